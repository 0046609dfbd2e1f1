/**
 * Historical ECB euro reference rates, read offline from the history that {@code
 * org.javamoney.moneta:moneta-convert-ecb} ships in its jar, for explicit, dated currency conversion.
 *
 * <p>Start with {@link org.transmanche.parsers.rates.ExchangeRates#ecb()}. Nothing here ever opens a
 * network connection.
 */
@TransmancheStyle
package org.transmanche.parsers.rates;

import org.transmanche.model.TransmancheStyle;
