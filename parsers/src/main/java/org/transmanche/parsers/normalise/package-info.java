/**
 * Turning raw extracted text into clean paragraphs while keeping a map back to the raw offsets.
 *
 * <p>Start with {@link org.transmanche.parsers.normalise.TextNormaliser#defaults()} and {@link
 * org.transmanche.parsers.normalise.TextNormaliser#normalise(String)}: it returns a {@link
 * org.transmanche.parsers.normalise.NormalisedText}, the clean text and an {@link
 * org.transmanche.model.OffsetMap} from its offsets to those of the raw text. The corpus reader uses
 * {@link org.transmanche.parsers.normalise.Excerpt} to normalise one article of a file, leaving out
 * header lines and URLs, and a {@link org.transmanche.parsers.normalise.Vocabulary} of the whole
 * corpus as evidence for repairs. Word lists live in {@code resources/.../normalise/<code>/}.
 */
@TransmancheStyle
package org.transmanche.parsers.normalise;

import org.transmanche.model.TransmancheStyle;
