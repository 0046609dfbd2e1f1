package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.language.LanguageIdentifier;

/**
 * The language knowledge the corpus reader needs, read once from {@code resources/.../corpus/}:
 * header words and month names, byline words, and outlet names. Immutable and thread-safe.
 */
final class CorpusData {

  private static final String ROOT = "/org/transmanche/parsers/corpus/";

  final Headers headers;
  final Bylines bylines;
  final Outlets outlets;

  private CorpusData(Headers headers, Bylines bylines, Outlets outlets) {
    this.headers = headers;
    this.bylines = bylines;
    this.outlets = outlets;
  }

  static CorpusData defaults() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final CorpusData DEFAULT = load();
  }

  private static CorpusData load() {
    ImmutableList.Builder<String[]> months = ImmutableList.builder();
    ImmutableList.Builder<String[]> headerWords = ImmutableList.builder();
    ImmutableList.Builder<String[]> bylineWords = ImmutableList.builder();
    for (String language : LanguageIdentifier.defaults().languages()) {
      months.addAll(rows(ROOT + language + "/months.tsv", 2));
      headerWords.addAll(rows(ROOT + language + "/headers.tsv", 2));
      bylineWords.addAll(rows(ROOT + language + "/bylines.tsv", 2));
    }
    return new CorpusData(
        Headers.of(months.build(), headerWords.build()),
        Bylines.of(bylineWords.build()),
        Outlets.of(rows(ROOT + "outlets.tsv", 1)));
  }

  /**
   * Tab-separated rows of a UTF-8 resource, skipping blank lines and {@code #} comments.
   *
   * @throws TransmancheException if the resource is missing or a row has fewer than {@code minCells}
   *     cells
   */
  private static ImmutableList<String[]> rows(String resource, int minCells) {
    try (InputStream in = CorpusData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("corpus resource " + resource + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableList.Builder<String[]> out = ImmutableList.builder();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        if (cells.length < minCells) {
          throw new TransmancheException(
              resource + ":" + number + ": expected " + minCells + " tab-separated cells, found " + cells.length);
        }
        out.add(cells);
      }
      return out.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
