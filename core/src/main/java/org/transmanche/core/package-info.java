/**
 * The Transmanche SDK entry point: parse corpora into a {@link org.transmanche.model.Dossier}, read
 * dossiers from JSON, and recognise mentions in a text.
 *
 * <p>Start with {@link org.transmanche.core.Transmanche}: {@code Transmanche.seeds()} is the bundled
 * corpus, parsed once. Queries live in {@code core.query}, the currency-aware ledger in {@code
 * core.ledger}, exports in {@code core.export}, the command line in {@code core.cli}.
 */
package org.transmanche.core;
