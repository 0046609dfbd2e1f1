/**
 * Finding known names in text: {@link org.transmanche.parsers.gazetteer.Gazetteer}, an
 * Aho&ndash;Corasick dictionary that ignores case, accents and typographic variants, matches whole
 * words only, prefers the longest then the leftmost name, and reports spans in the offsets of the
 * original text.
 *
 * <p>Start with {@link org.transmanche.parsers.gazetteer.Gazetteer#builder()}; the knowledge base
 * and the place and actor recognisers build their gazetteers with it.
 */
package org.transmanche.parsers.gazetteer;
