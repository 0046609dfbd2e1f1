package org.transmanche.parsers.normalise;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.transmanche.parsers.language.LanguageIdentifier;

/**
 * Repairs words that text extraction damaged, inside each paragraph, only where the evidence says
 * so, and otherwise keeps the raw form:
 *
 * <ul>
 *   <li>a hyphen inside a word ("gouver-nement") is dropped when the joined form occurs elsewhere in
 *       the corpus, or when it is a known word and the two halves are not both words of the
 *       paragraph's language; never after a prefix written with a hyphen on purpose ("anti-"), and
 *       never when the hyphenated form itself is a known word ("centre-ville");
 *   <li>a space inside a word ("gouver nement") is dropped when neither half is a known word
 *       and the joined form is a known word or occurs elsewhere in the corpus;
 *   <li>a "?" standing for a lost apostrophe between an elided form and a vowel ("d?autres") becomes
 *       an apostrophe, one character for one.
 * </ul>
 *
 * Glued words are left alone. Immutable and thread-safe.
 */
final class WordRepairer {

  /** Enough rounds for any repair that an earlier repair makes possible in real text. */
  private static final int MAX_ROUNDS = 8;

  private final LanguageIdentifier identifier;
  private final ImmutableMap<String, Lexicon> lexicons;
  private final ImmutableMap<String, ImmutableSet<String>> prefixes;
  private final ImmutableMap<String, ImmutableSet<String>> elisions;
  private final ImmutableSet<String> allPrefixes;

  WordRepairer(
      LanguageIdentifier identifier,
      ImmutableMap<String, Lexicon> lexicons,
      ImmutableMap<String, ImmutableSet<String>> prefixes,
      ImmutableMap<String, ImmutableSet<String>> elisions) {
    this.identifier = identifier;
    this.lexicons = lexicons;
    this.prefixes = prefixes;
    this.elisions = elisions;
    this.allPrefixes =
        prefixes.values().stream().flatMap(ImmutableSet::stream).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Repairs each paragraph {@code [spans[2k], spans[2k + 1])} of {@code in} and copies the rest.
   * Words joined by a repair count as evidence for the next ones; rounds repeat until nothing
   * changes, so that repairing the output again changes nothing.
   */
  Tracked repair(Tracked in, int[] spans, Vocabulary vocabulary) {
    Set<String> joined = new HashSet<>();
    Tracked current = in;
    int[] currentSpans = spans;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int[] nextSpans = new int[currentSpans.length];
      Tracked next = repairOnce(current, currentSpans, vocabulary, joined, nextSpans);
      if (next.length() == current.length() && next.toString().equals(current.toString())) {
        return next;
      }
      current = next;
      currentSpans = nextSpans;
    }
    return current;
  }

  private Tracked repairOnce(Tracked in, int[] spans, Vocabulary vocabulary, Set<String> joined, int[] outSpans) {
    Tracked out = new Tracked(in.length());
    String fallback = identifier.identify(in.chars());
    int copied = 0;
    for (int k = 0; k < spans.length; k += 2) {
      int s = spans[k];
      int e = spans[k + 1];
      for (int i = copied; i < s; i++) {
        out.copy(in, i);
      }
      String language = identifier.identify(in.chars(), s, e);
      if (language.equals(LanguageIdentifier.UNDETERMINED)) {
        language = fallback;
      }
      outSpans[k] = out.length();
      repairParagraph(in, s, e, language, new Support(vocabulary, joined), out);
      outSpans[k + 1] = out.length();
      copied = e;
    }
    for (int i = copied; i < in.length(); i++) {
      out.copy(in, i);
    }
    return out;
  }

  /** The corpus's words, and the words that repairs have joined so far. */
  private record Support(Vocabulary vocabulary, Set<String> joined) {
    boolean contains(String lowerCaseWord) {
      return joined.contains(lowerCaseWord) || vocabulary.contains(lowerCaseWord);
    }
  }

  private void repairParagraph(Tracked in, int s, int e, String language, Support evidence, Tracked out) {
    ImmutableSet<String> elided = elisions.getOrDefault(language, ImmutableSet.of());
    int wordStart = -1;
    for (int i = s; i < e; i++) {
      char c = in.charAt(i);
      if (isWordChar(c)) {
        if (wordStart < 0) {
          wordStart = out.length();
        }
        out.copy(in, i);
        continue;
      }
      boolean letterAfter = i + 1 < e && isWordChar(in.charAt(i + 1));
      if (wordStart >= 0 && letterAfter) {
        String left = out.substring(wordStart, out.length());
        if (isHyphen(c)) {
          String right = run(in, i + 1, e);
          if (joinsAcrossHyphen(left, right, language, evidence)) {
            continue;
          }
        } else if (c == ' ' && Character.isLowerCase(in.charAt(i + 1)) && wholeWord(out, wordStart)) {
          String right = run(in, i + 1, e);
          int end = i + 1 + right.length();
          boolean wholeRight = end >= e || !(isHyphen(in.charAt(end)) || isApostrophe(in.charAt(end)));
          if (wholeRight && joinsAcrossSpace(left, right, language, evidence)) {
            continue;
          }
        } else if (c == '?' && isVowel(in.charAt(i + 1)) && elided.contains(left.toLowerCase(Locale.ROOT))) {
          out.append('\'', in, i);
          wordStart = -1;
          continue;
        }
      }
      out.copy(in, i);
      wordStart = -1;
    }
  }

  private boolean joinsAcrossHyphen(String left, String right, String language, Support evidence) {
    if (left.length() < 2 || right.length() < 2) {
      return false;
    }
    String a = left.toLowerCase(Locale.ROOT);
    String b = right.toLowerCase(Locale.ROOT);
    if (prefixes.getOrDefault(language, allPrefixes).contains(a) || knownInAny(a + "-" + b)) {
      return false;
    }
    boolean join = evidence.contains(a + b) || known(a + b, language) && !(known(a, language) && known(b, language));
    if (join) {
      evidence.joined().add(a + b);
    }
    return join;
  }

  private boolean joinsAcrossSpace(String left, String right, String language, Support evidence) {
    if (left.length() < 2 || right.length() < 2) {
      return false;
    }
    String a = left.toLowerCase(Locale.ROOT);
    String b = right.toLowerCase(Locale.ROOT);
    if (knownInAny(a) || knownInAny(b)) {
      return false;
    }
    boolean join = known(a + b, language) || evidence.contains(a + b);
    if (join) {
      evidence.joined().add(a + b);
    }
    return join;
  }

  private boolean known(String word, String language) {
    Lexicon lexicon = lexicons.get(language);
    return lexicon != null ? lexicon.contains(word) : knownInAny(word);
  }

  private boolean knownInAny(String word) {
    for (Lexicon lexicon : lexicons.values()) {
      if (lexicon.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word that starts at {@code wordStart} of {@code out} is not the tail of a compound. */
  private static boolean wholeWord(Tracked out, int wordStart) {
    if (wordStart == 0) {
      return true;
    }
    char before = out.charAt(wordStart - 1);
    return !isHyphen(before) && !isApostrophe(before) && !Character.isDigit(before);
  }

  private static String run(Tracked in, int from, int to) {
    int i = from;
    while (i < to && isWordChar(in.charAt(i))) {
      i++;
    }
    return in.substring(from, i);
  }

  /** A letter, or a combining mark that belongs to one. */
  static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** A letter whose base letter is a, e, i, o, u or y, in any case and with any accent. */
  private static boolean isVowel(char c) {
    if (!Character.isLetter(c)) {
      return false;
    }
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return "aeiouyAEIOUY".indexOf(base.charAt(0)) >= 0 || "æœÆŒ".indexOf(c) >= 0;
  }
}
