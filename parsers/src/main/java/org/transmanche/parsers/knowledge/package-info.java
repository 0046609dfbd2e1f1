/**
 * The knowledge base: the people, offices and office-holders, organisations, states and places that
 * UK&ndash;France migration news names, loaded once from the data files beside this package.
 *
 * <p>Start with {@link org.transmanche.parsers.knowledge.KnowledgeBase#standard()}: it looks up
 * actors (as model {@link org.transmanche.model.Actor}s with stable ids such as {@code
 * person:bernard-cazeneuve}, {@code org:home-office}, {@code state:GB}), who held an office on a day,
 * the offices of a person, places and their containing places, and the time several people were in
 * office together. {@link org.transmanche.parsers.knowledge.DataFile} reads the bundled tab-separated
 * files and word lists. The formats are described in {@code README.md} beside the data.
 */
@TransmancheStyle
package org.transmanche.parsers.knowledge;

import org.transmanche.model.TransmancheStyle;
