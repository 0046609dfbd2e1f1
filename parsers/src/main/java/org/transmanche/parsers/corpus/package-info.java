/**
 * Reading a corpus of plain-text news files into {@link org.transmanche.model.Document}s: decoding,
 * splitting press reviews into articles at their outlet-and-date header lines, and filling each
 * document's metadata (outlet, date, title, authors, URLs, language) and normalised text.
 *
 * <p>Start with {@link org.transmanche.parsers.corpus.CorpusReader#defaults()}, then {@link
 * org.transmanche.parsers.corpus.CorpusReader#read(java.nio.file.Path)} for a file or a directory,
 * or {@link org.transmanche.parsers.corpus.CorpusReader#read(String, byte[])} for bytes in memory.
 * Both return a {@link org.transmanche.parsers.corpus.ReadResult}: the documents and the {@link
 * org.transmanche.model.Diagnostic}s of everything that could not be read, so no document is lost
 * silently. Month names, byline words and outlet names are data in {@code resources/.../corpus/}.
 */
@TransmancheStyle
package org.transmanche.parsers.corpus;

import org.transmanche.model.TransmancheStyle;
