/**
 * The place recogniser: finds the towns, ports, regions, seas and sites of the knowledge base in a
 * passage, in French and English, and reads each as a {@link
 * org.transmanche.parsers.recognise.place.PlaceReading} with its containing places.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.place.PlaceRecogniser}. Names come from
 * {@code knowledge/places.tsv}; the words that decide whether an ambiguous name ({@code Nord}, {@code
 * le tunnel}) is a place are data in {@code resources/.../recognise/place/{fr,en}/}.
 */
@TransmancheStyle
package org.transmanche.parsers.recognise.place;

import org.transmanche.model.TransmancheStyle;
