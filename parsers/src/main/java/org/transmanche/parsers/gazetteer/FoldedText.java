package org.transmanche.parsers.gazetteer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * A text folded for matching, with the way back to the original offsets.
 *
 * <p>Folding works one code point at a time, left to right: white space runs become one space,
 * typographic apostrophes become {@code '}, the Unicode hyphens become {@code -}, soft hyphens and
 * combining marks vanish, and every other code point is decomposed (NFKD) and stripped of its
 * accents; in {@linkplain Mode#FULL full} mode it is also case-folded with ICU. Each folded char remembers
 * the original span of the code point it came from, so a folded span maps back exactly.
 */
final class FoldedText {

  /** How much to fold. */
  enum Mode {
    /** Punctuation, white space and accents: case is kept. */
    CASED,
    /** Punctuation, white space, accents and case. */
    FULL
  }

  private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

  /** Folded forms of the first code points, computed once; the rest are folded on the fly. */
  private static final int TABLE_SIZE = 0x0250;

  private static final String[] FULL_TABLE = new String[TABLE_SIZE];

  static {
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      FULL_TABLE[cp] = foldFull(cp);
    }
  }

  private final String original;
  private final String folded;
  private final int[] starts;
  private final int[] ends;

  private FoldedText(String original, String folded, int[] starts, int[] ends) {
    this.original = original;
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
  }

  /** Folds {@code text}. */
  static FoldedText of(CharSequence text, Mode mode) {
    String original = text.toString();
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[][] spans = {new int[n + 8], new int[n + 8]};
    int i = 0;
    while (i < n) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isSpace(cp)) {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == ' ') {
          spans[1][last] = next;
        } else {
          append(out, " ", i, next, spans);
        }
      } else {
        append(out, fold(cp, mode), i, next, spans);
      }
      i = next;
    }
    return new FoldedText(original, out.toString(), spans[0], spans[1]);
  }

  /** The folded form of a whole string, without offsets. */
  static String fold(CharSequence text, Mode mode) {
    return of(text, mode).folded();
  }

  /** Appends a folded piece, recording for each of its chars the original span; grows the arrays. */
  private static void append(StringBuilder out, String piece, int from, int to, int[][] spans) {
    for (int k = 0; k < piece.length(); k++) {
      int at = out.length();
      if (at == spans[0].length) {
        spans[0] = java.util.Arrays.copyOf(spans[0], at * 2);
        spans[1] = java.util.Arrays.copyOf(spans[1], at * 2);
      }
      out.append(piece.charAt(k));
      spans[0][at] = from;
      spans[1][at] = to;
    }
  }

  /** The folded text. */
  String folded() {
    return folded;
  }

  /** The original text. */
  String original() {
    return original;
  }

  /** Original offset where the folded char at {@code foldedStart} begins. */
  int originalStart(int foldedStart) {
    return starts[foldedStart];
  }

  /**
   * Original offset where the folded span ending (exclusive) at {@code foldedEnd} ends, taking in
   * the combining marks and soft hyphens that follow it in the original.
   */
  int originalEnd(int foldedEnd) {
    int end = ends[foldedEnd - 1];
    while (end < original.length()) {
      int cp = original.codePointAt(end);
      if (!vanishes(cp)) {
        break;
      }
      end += Character.charCount(cp);
    }
    return end;
  }

  private static String fold(int cp, Mode mode) {
    String punctuation = punctuation(cp);
    if (punctuation != null) {
      return punctuation;
    }
    if (mode == Mode.FULL && cp < TABLE_SIZE) {
      return FULL_TABLE[cp];
    }
    return strip(cp, mode == Mode.FULL);
  }

  private static String foldFull(int cp) {
    String punctuation = punctuation(cp);
    return punctuation != null ? punctuation : strip(cp, true);
  }

  /** The code point decomposed (NFKD) without its marks, case-folded if asked. */
  private static String strip(int cp, boolean foldCase) {
    if (vanishes(cp)) {
      return "";
    }
    String decomposed = NFKD.getDecomposition(cp);
    if (decomposed == null) {
      return foldCase ? UCharacter.foldCase(new String(Character.toChars(cp)), true) : new String(Character.toChars(cp));
    }
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      if (!vanishes(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return foldCase ? UCharacter.foldCase(out.toString(), true) : out.toString();
  }

  /** The fixed replacement of a space-like, apostrophe-like or hyphen-like code point, or null. */
  private static String punctuation(int cp) {
    switch (cp) {
      case '\u2019':
      case '\u2018':
      case '\u02bc':
      case '\u2032':
      case '\u00b4':
      case '`':
        return "'";
      case '\u2010':
      case '\u2011':
        return "-";
      case '\u00ad':
        return "";
      default:
        return null;
    }
  }

  private static boolean vanishes(int cp) {
    int type = UCharacter.getType(cp);
    return cp == '\u00ad'
        || type == UCharacterCategory.NON_SPACING_MARK
        || type == UCharacterCategory.ENCLOSING_MARK;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
