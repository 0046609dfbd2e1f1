/**
 * Numbers in French and English text, in digits and in words, and the bare-number recogniser.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.number.NumberReader}: {@code
 * NumberReader.forLanguage("fr").findAll(text)} returns every {@link
 * org.transmanche.parsers.recognise.number.NumberSpan} of a text. The money and quantity recognisers
 * build on it, and on {@link org.transmanche.parsers.recognise.number.PhraseTable}, which matches
 * short phrases from data files at a place in a text. {@link
 * org.transmanche.parsers.recognise.number.NumberRecogniser} reports the numbers that are nothing
 * else as unit-less {@code quantity} mentions.
 *
 * <p>All language knowledge is data under {@code resources/.../recognise/number/{fr,en}/}: {@code
 * words.tsv} (number words with their kind and value), {@code suffixes.tsv} ({@code k}, {@code M},
 * {@code bn}), {@code qualifiers.tsv} ({@code près de}, {@code more than}), {@code dates.tsv} (month
 * names) and {@code format.properties} (decimal mark and grammar switches). Spelled-out numbers are
 * read by a small grammar over tokens rather than by ICU's rule-based spell-out parser, which is slow
 * on long inputs and misses spaced forms ({@code quatre vingt dix}); the tests use ICU's spell-out
 * formatter as an oracle instead.
 */
@TransmancheStyle
package org.transmanche.parsers.recognise.number;

import org.transmanche.model.TransmancheStyle;
