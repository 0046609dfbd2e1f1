package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.transmanche.model.TransmancheException;

/**
 * The folding the evaluation compares names and quotes with.
 *
 * <p>{@link #fold} lower-cases (root locale), decomposes to NFD and drops the combining marks (so
 * accents vanish), turns typographic apostrophes into {@code '} and collapses white space runs into
 * one space, trimmed. {@link #foldName} also drops the courtesy titles ({@code M.}, {@code Mme},
 * {@code Mr}, {@code Mrs}...) found at the front of a name; the titles are data, read once from
 * {@code fr/honorifics.txt} and {@code en/honorifics.txt} beside this class. {@link #words} splits a
 * folded text into its runs of letters and digits.
 *
 * <p>Immutable and thread-safe.
 */
final class Folding {

  private static final String[] LANGUAGES = {"fr", "en"};

  private final ImmutableSet<String> honorifics;

  private Folding(ImmutableSet<String> honorifics) {
    this.honorifics = honorifics;
  }

  /** The folding with the bundled French and English courtesy titles, loaded once. */
  static Folding standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Folding STANDARD = load();
  }

  private static Folding load() {
    ImmutableSet.Builder<String> titles = ImmutableSet.builder();
    for (String language : LANGUAGES) {
      String resource = language + "/honorifics.txt";
      try (InputStream in = Folding.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new TransmancheException("missing resource " + Folding.class.getPackageName() + "/" + resource);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String entry = line.strip();
          if (!entry.isEmpty() && !entry.startsWith("#")) {
            titles.add(fold(entry));
          }
        }
      } catch (IOException e) {
        throw new TransmancheException("cannot read " + resource, e);
      }
    }
    return new Folding(titles.build());
  }

  /** Lower case, no accents, straight apostrophes, single spaces, trimmed; never null. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    int i = 0;
    while (i < decomposed.length()) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (isApostrophe(cp)) {
        out.append('\'');
      } else {
        out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\u2019' || cp == '\u2018' || cp == '\u02bc' || cp == '\u2032' || cp == '`';
  }

  /**
   * The folded name without the courtesy titles at its front; a name made only of titles is kept
   * as folded.
   */
  String foldName(String name) {
    String folded = fold(name);
    int start = 0;
    while (true) {
      int space = folded.indexOf(' ', start);
      if (space < 0 || !honorifics.contains(folded.substring(start, space))) {
        break;
      }
      start = space + 1;
    }
    return folded.substring(start);
  }

  /** The folded forms of the given names, without titles, blank ones left out. */
  ImmutableSet<String> foldNames(Iterable<String> names) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String n : names) {
      String f = foldName(n);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out.build();
  }

  /** The distinct runs of letters and digits of the folded text, in order of first appearance. */
  static ImmutableSet<String> words(String text) {
    String folded = fold(text);
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    int start = -1;
    int i = 0;
    while (i <= folded.length()) {
      int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
      boolean word = Character.isLetterOrDigit(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
      i += i < folded.length() ? Character.charCount(cp) : 1;
    }
    return out.build();
  }

  /** The titles, folded; for tests. */
  ImmutableList<String> honorifics() {
    return honorifics.asList();
  }
}
