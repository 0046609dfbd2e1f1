package org.transmanche.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.transmanche.model.TransmancheException;

/**
 * Language data about names and full stops, read once from {@code fr/} and {@code en/} beside this
 * class: courtesy titles written before names ({@code honorifics.txt}) and words abbreviated with a
 * full stop inside sentences ({@code abbreviations.txt}). Immutable and thread-safe.
 */
final class Titles {

  private static final ImmutableList<String> LANGUAGES = ImmutableList.of("fr", "en");

  private final ImmutableSet<String> honorifics;
  private final ImmutableSet<String> abbreviations;

  private Titles(ImmutableSet<String> honorifics, ImmutableSet<String> abbreviations) {
    this.honorifics = honorifics;
    this.abbreviations = abbreviations;
  }

  /** The bundled data, loaded once. */
  static Titles standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Titles STANDARD = load();
  }

  private static Titles load() {
    ImmutableSet.Builder<String> honorifics = ImmutableSet.builder();
    ImmutableSet.Builder<String> abbreviations = ImmutableSet.builder();
    for (String language : LANGUAGES) {
      for (String h : lines(language + "/honorifics.txt")) {
        honorifics.addAll(Fold.foldedTokens(h));
      }
      for (String a : lines(language + "/abbreviations.txt")) {
        abbreviations.addAll(Fold.foldedTokens(a));
      }
    }
    ImmutableSet<String> h = honorifics.build();
    return new Titles(h, ImmutableSet.<String>builder().addAll(abbreviations.build()).addAll(h).build());
  }

  private static ImmutableList<String> lines(String resource) {
    try (InputStream in = Titles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException(
            "query data " + resource + " is missing from the class path of " + Titles.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read query data " + resource, e);
    }
  }

  /** {@code tokens} (folded) without the courtesy titles at their start; unchanged if all are titles. */
  List<String> withoutHonorifics(List<String> tokens) {
    int i = 0;
    while (i < tokens.size() - 1 && honorifics.contains(tokens.get(i))) {
      i++;
    }
    return tokens.subList(i, tokens.size());
  }

  /** Whether a folded word followed by a full stop is an abbreviation rather than a sentence end. */
  boolean abbreviation(String foldedWord) {
    return foldedWord.length() == 1 && Character.isLetter(foldedWord.charAt(0))
        || abbreviations.contains(foldedWord);
  }
}
