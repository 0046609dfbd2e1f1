package org.transmanche.parsers.normalise;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.language.LanguageIdentifier;

/**
 * Normalises raw extracted text and keeps the map back to the raw offsets.
 *
 * <p>In order: line endings ({@code \r\n}, {@code \r}, form feeds) become {@code \n}; soft hyphens,
 * zero-width and control characters are dropped, tabs become spaces; the text is put in Unicode NFC
 * (ICU4J {@link Normalizer2}); lines are unwrapped into paragraphs, including a paragraph that a page
 * break cut in the middle of a sentence; runs of spaces become one; and words damaged by extraction
 * are repaired where the evidence says so (a hyphen or a space inside a word, a "?" for a lost
 * apostrophe), using word lists of the paragraph's language and the words of the corpus. Where a
 * repair is uncertain the raw form is kept; nothing is invented.
 *
 * <p>The output has one paragraph per line-block, paragraphs separated by {@code "\n\n"}.
 * Normalising normalised text changes nothing. Each call is one left-to-right pass per step.
 * Immutable and thread-safe; the word lists are loaded once.
 *
 * <pre>{@code
 * TextNormaliser.defaults().normalise("Il parle d?autres\nsujets.").text();
 * // "Il parle d'autres sujets."
 * }</pre>
 */
public final class TextNormaliser {

  private static final String ROOT = "/org/transmanche/parsers/normalise/";
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final WordRepairer repairer;

  private TextNormaliser(WordRepairer repairer) {
    this.repairer = repairer;
  }

  /**
   * The normaliser with the word lists shipped with Transmanche, loaded once (a few megabytes).
   *
   * @throws TransmancheException if a word list is missing from the class path
   */
  public static TextNormaliser defaults() {
    return Holder.DEFAULT;
  }

  /**
   * Normalises all of {@code raw}, taking its own words as the corpus.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public NormalisedText normalise(String raw) {
    checkNotNull(raw, "raw");
    return normalise(raw, Excerpt.of(0, raw.length()), Vocabulary.of(ImmutableList.of(raw)));
  }

  /**
   * Normalises all of {@code raw}, with the words of {@code vocabulary} as evidence for repairs.
   *
   * @throws NullPointerException if an argument is null
   */
  public NormalisedText normalise(String raw, Vocabulary vocabulary) {
    checkNotNull(raw, "raw");
    return normalise(raw, Excerpt.of(0, raw.length()), vocabulary);
  }

  /**
   * Normalises the part of {@code raw} that {@code excerpt} selects; the map of the result gives
   * offsets of {@code raw} itself.
   *
   * @throws IllegalArgumentException if the excerpt ends after the text
   * @throws NullPointerException if an argument is null
   */
  public NormalisedText normalise(String raw, Excerpt excerpt, Vocabulary vocabulary) {
    checkNotNull(raw, "raw");
    checkNotNull(excerpt, "excerpt");
    checkNotNull(vocabulary, "vocabulary");
    checkArgument(
        excerpt.end() <= raw.length(), "excerpt ends at %s, after the text (length %s)", excerpt.end(), raw.length());
    Tracked cleaned = composeNfc(clean(raw, excerpt));
    Unwrapper.Result unwrapped = Unwrapper.unwrap(cleaned, excerpt.standalone());
    Tracked repaired = repairer.repair(unwrapped.text(), unwrapped.spans(), vocabulary);
    return NormalisedText.of(repaired.toString(), repaired.map(excerpt.start()));
  }

  /** Line endings, control characters and invisible characters; removed ranges are skipped. */
  private static Tracked clean(String raw, Excerpt excerpt) {
    int[] cuts = cuts(excerpt);
    Tracked out = new Tracked(excerpt.end() - excerpt.start());
    int cut = 0;
    int end = excerpt.end();
    int i = excerpt.start();
    while (i < end) {
      while (cut < cuts.length && cuts[cut + 1] <= i) {
        cut += 2;
      }
      if (cut < cuts.length && cuts[cut] <= i) {
        i = cuts[cut + 1];
        continue;
      }
      int stop = cut < cuts.length ? Math.min(end, cuts[cut]) : end;
      char c = raw.charAt(i);
      switch (c) {
        case '\r':
          if (i + 1 < stop && raw.charAt(i + 1) == '\n') {
            out.append('\n', i, i + 2);
            i += 2;
          } else {
            out.append('\n', i, i + 1);
            i++;
          }
          continue;
        case '\n':
        case '\u000B':
        case '\u0085':
        case '\u2028':
        case '\u2029':
          out.append('\n', i, i + 1);
          break;
        case '\f':
          out.append('\n', i, i + 1);
          out.append('\n', i, i + 1);
          break;
        case '\t':
          out.append(' ', i, i + 1);
          break;
        default:
          if (!isDropped(c)) {
            out.append(c, i, i + 1);
          }
          break;
      }
      i++;
    }
    return out;
  }

  /**
   * Whether the normaliser drops {@code c}: soft hyphens, zero-width characters and control
   * characters other than line breaks and tabs.
   */
  static boolean isDropped(char c) {
    switch (c) {
      case '\u00AD':
      case '\u200B':
      case '\u2060':
      case '\uFEFF':
        return true;
      case '\n':
      case '\r':
      case '\t':
      case '\f':
      case '\u000B':
      case '\u0085':
        return false;
      default:
        return Character.isISOControl(c);
    }
  }

  /** The removed ranges clipped to the excerpt, as sorted pairs {@code [from, to)}. */
  private static int[] cuts(Excerpt excerpt) {
    List<Integer> pairs = new ArrayList<>();
    Range<Integer> span = Range.closedOpen(excerpt.start(), excerpt.end());
    for (Range<Integer> r : excerpt.removed().asRanges()) {
      if (!r.isConnected(span)) {
        continue;
      }
      Range<Integer> c = r.intersection(span);
      int from = c.lowerEndpoint() + (c.lowerBoundType() == BoundType.OPEN ? 1 : 0);
      int to = c.upperEndpoint() + (c.upperBoundType() == BoundType.CLOSED ? 1 : 0);
      if (from < to) {
        pairs.add(from);
        pairs.add(to);
      }
    }
    return pairs.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Unicode NFC, segment by segment, each output character mapped into its segment's raw span. */
  private static Tracked composeNfc(Tracked in) {
    String s = in.toString();
    if (NFC.isNormalized(s)) {
      return in;
    }
    Tracked out = new Tracked(in.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      int j = i + Character.charCount(s.codePointAt(i));
      while (j < n && !NFC.hasBoundaryBefore(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      String segment = s.substring(i, j);
      String composed = NFC.normalize(segment);
      if (composed.equals(segment)) {
        for (int k = i; k < j; k++) {
          out.copy(in, k);
        }
      } else {
        appendComposed(in, i, segment, composed, out);
      }
      i = j;
    }
    return out;
  }

  /**
   * Appends the NFC form of the segment starting at {@code i}: output character {@code k} is mapped
   * to the raw span of the shortest input prefix whose NFC form starts with the first {@code k + 1}
   * output characters, minus what the earlier characters took. A segment is a base character and
   * its marks, so the quadratic search is over a handful of characters.
   */
  private static void appendComposed(Tracked in, int i, String segment, String composed, Tracked out) {
    int taken = 0;
    for (int k = 0; k < composed.length(); k++) {
      int cut = segment.length();
      if (k < composed.length() - 1) {
        for (int c = Math.max(taken, 1); c <= segment.length(); c++) {
          if (NFC.normalize(segment.substring(0, c)).startsWith(composed.substring(0, k + 1))) {
            cut = c;
            break;
          }
        }
      }
      int from;
      int to;
      if (cut > taken) {
        from = in.rawStart(i + taken);
        to = in.rawEnd(i + cut - 1);
      } else {
        int last = Math.max(taken, 1) - 1;
        from = in.rawStart(i + last);
        to = in.rawEnd(i + last);
      }
      out.append(composed.charAt(k), from, Math.max(from, to));
      taken = Math.max(taken, cut);
    }
  }

  private static final class Holder {
    static final TextNormaliser DEFAULT = load();
  }

  private static TextNormaliser load() {
    LanguageIdentifier identifier = LanguageIdentifier.defaults();
    ImmutableMap.Builder<String, Lexicon> lexicons = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableSet<String>> prefixes = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableSet<String>> elisions = ImmutableMap.builder();
    for (String language : identifier.languages()) {
      String dir = ROOT + language + "/";
      lexicons.put(language, Lexicon.load(dir + "words.txt.gz"));
      prefixes.put(language, ImmutableSet.copyOf(lines(dir + "prefixes.txt", true)));
      elisions.put(language, ImmutableSet.copyOf(lines(dir + "elisions.txt", false)));
    }
    return new TextNormaliser(
        new WordRepairer(identifier, lexicons.build(), prefixes.build(), elisions.build()));
  }

  /** Non-blank, non-comment lines of a UTF-8 resource; a missing optional resource has none. */
  private static ImmutableList<String> lines(String resource, boolean required) {
    try (InputStream in = TextNormaliser.class.getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new TransmancheException("normalise resource " + resource + " is missing from the class path");
        }
        return ImmutableList.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
