/**
 * Fact extraction: from a document's mentions to agreements, pledges, deployments, statements,
 * figures and actors, each with its evidence.
 *
 * <p>Start with {@link org.transmanche.parsers.extract.FactExtractor}. Word lists (resources,
 * triggers, conclusion verbs, future markers, nationalities, well-known agreements) are data under
 * {@code resources/org/transmanche/parsers/extract/}.
 */
@TransmancheStyle
package org.transmanche.parsers.extract;

import org.transmanche.model.TransmancheStyle;
