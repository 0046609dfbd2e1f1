/**
 * The Transmanche domain model: immutable, sourced facts about UK&ndash;France cooperation on
 * migration at Calais and the Channel.
 *
 * <p>Start with {@link org.transmanche.model.Dossier}, the aggregate that holds {@link
 * org.transmanche.model.Document}s, {@link org.transmanche.model.Actor}s and the five kinds of
 * {@link org.transmanche.model.Fact}: {@link org.transmanche.model.Agreement}, {@link
 * org.transmanche.model.Pledge}, {@link org.transmanche.model.Deployment}, {@link
 * org.transmanche.model.Statement} and {@link org.transmanche.model.Figure}. Every fact carries
 * {@link org.transmanche.model.Evidence}: the document id, a half-open character span and the exact
 * text of that span. Small values ({@link org.transmanche.model.Money}, {@link
 * org.transmanche.model.DateSpan}, {@link org.transmanche.model.Quantity}, {@link
 * org.transmanche.model.Country}) have {@code of(...)} factories; entities and facts have builders.
 *
 * <p>All types are immutable and thread-safe. A value that exists is valid: each type checks its
 * own invariants when built, and {@code Dossier} checks the rules that span objects.
 */
@TransmancheStyle
package org.transmanche.model;
