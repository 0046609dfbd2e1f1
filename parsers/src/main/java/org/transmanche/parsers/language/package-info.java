/**
 * Which language a text is written in: French, English, or undetermined.
 *
 * <p>Start with {@link org.transmanche.parsers.language.LanguageIdentifier#defaults()} and {@link
 * org.transmanche.parsers.language.LanguageIdentifier#identify(CharSequence)}. The identifier counts
 * frequent function words (lists in {@code resources/.../language/<code>/stopwords.txt}); it is
 * meant for paragraphs and articles, not for single words.
 */
package org.transmanche.parsers.language;
