/**
 * The money recogniser: amounts of money in French and English, with their qualifier, range,
 * schedule over years and restatements in other currencies.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.money.MoneyRecogniser}; its mentions carry
 * a {@link org.transmanche.parsers.recognise.money.MoneyReading}. Numbers are read by {@link
 * org.transmanche.parsers.recognise.number.NumberReader} in money mode ({@code £4m}, {@code 1,2 Md€});
 * currency signs and codes are data in {@code resources/.../recognise/money/currencies.tsv}, names
 * and linking words in {@code resources/.../recognise/money/{fr,en}/}.
 */
@TransmancheStyle
package org.transmanche.parsers.recognise.money;

import org.transmanche.model.TransmancheStyle;
