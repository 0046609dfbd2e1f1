/**
 * Cutting a normalised text into paragraphs and sentences, as spans of document offsets.
 *
 * <p>Start with {@link org.transmanche.parsers.segment.Segmenter#defaults()}: {@link
 * org.transmanche.parsers.segment.Segmenter#paragraphs(org.transmanche.model.Document)} gives each
 * {@link org.transmanche.parsers.segment.Paragraph} with its own language (articles may mix French
 * and English), and {@link
 * org.transmanche.parsers.segment.Segmenter#sentences(org.transmanche.model.Document)} gives the
 * {@link org.transmanche.parsers.segment.Sentence}s. Sentence breaks come from ICU's {@code
 * BreakIterator}, corrected by abbreviation lists ({@code resources/.../segment/<code>/abbreviations.txt})
 * and by quotations, which are never cut.
 */
@TransmancheStyle
package org.transmanche.parsers.segment;

import org.transmanche.model.TransmancheStyle;
