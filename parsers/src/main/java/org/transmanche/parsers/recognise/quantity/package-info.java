/**
 * The quantity recogniser: numbers with a unit, such as people, counted things, lengths and
 * percentages, in French and English.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.quantity.QuantityRecogniser}; its mentions
 * carry a {@link org.transmanche.parsers.recognise.quantity.QuantityReading} (a model {@code
 * Quantity} and a {@code Qualifier}). Numbers are read by {@link
 * org.transmanche.parsers.recognise.number.NumberReader}; units, modifiers and link words are data in
 * {@code resources/.../recognise/quantity/{fr,en}/}.
 */
@TransmancheStyle
package org.transmanche.parsers.recognise.quantity;

import org.transmanche.model.TransmancheStyle;
