/**
 * Quotations and their speakers, in French and English news text.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.quote.QuoteRecogniser}: it runs after the
 * actor recogniser and emits one {@code quote} mention per top-level quote, whose value is a {@link
 * org.transmanche.parsers.recognise.quote.QuoteReading} (the words, their document offsets, the
 * speaker's actor mention and the words naming the speaker, how the speaker was found, and whether the
 * quote is a mere slogan).
 *
 * <p><b>Marks.</b> « … » (with or without no-break spaces inside), “ … ” and „ … ”, ‘ … ’ (a ’
 * closes only an open ‘ and only when no letter follows, so apostrophes stay apostrophes) and straight
 * " … ", whose direction is read from its neighbours. A closer pairs with the nearest opener of its
 * family; a quote inside another (« … “ … ” … ») belongs to the outer one and is not emitted on its
 * own. The straight apostrophe is never a mark.
 *
 * <p><b>Paragraphs and unclosed quotes.</b> A blank line is a paragraph break; it is hard when the text
 * before it ends a sentence, soft otherwise (a page break in the middle of a sentence), and only hard
 * breaks stop a quote. A quote still open at a hard break whose next paragraph starts with a mark (« “
 * " ‘, or the French » that opens a continuing paragraph) ends at the break, and the next quote is
 * marked as its continuation, which inherits the speaker. Any other unclosed quote is bounded: a
 * guillemet or curly quote that opens a sentence ends at the end of its paragraph or passage; otherwise
 * the quote ends before the first sentence end after its opener, or at the paragraph end when there is
 * none. The search never reaches more than 3,000 characters past the opener; a quote with no sentence
 * end within that reach is dropped. Bounded quotes have {@code closed() == false}.
 *
 * <p><b>Attribution.</b> Data-driven (speech verbs, auxiliaries, pronouns, inversions such as
 * "a-t-il", source markers, determiners, titles, prepositions, adverbs, in {@code fr/} and {@code en/}
 * word lists). See {@link org.transmanche.parsers.recognise.quote.QuoteReading#KINDS} for the kinds and
 * the package-private {@code Attributor} for the order in which they are tried and how pronouns are
 * resolved (first person of the quote's sentence before the quote, then of up to eight sentences
 * before it). A quote with no attribution and fewer than four words is a slogan.
 */
@TransmancheStyle
package org.transmanche.parsers.recognise.quote;

import org.transmanche.model.TransmancheStyle;
