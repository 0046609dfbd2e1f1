package org.transmanche.parsers.recognise.number;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Character classes and folding shared by the number, money and quantity readers.
 *
 * <p>A text is cut into tokens: a run of letters (with their combining marks), a run of ASCII
 * digits, or one other code point. White space separates tokens and is never part of one. Folding
 * makes equal what a reader should not tell apart: case (unless asked), accents, typographic
 * apostrophes and dashes.
 */
final class Chars {

  private Chars() {}

  /** Whether {@code c} is white space, including the no-break and narrow no-break spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether {@code c} may separate digit groups: one space, no-break, narrow or thin space. */
  static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
  }

  /** Whether {@code c} is an ASCII digit. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the code point belongs to a word: a letter or a combining mark. */
  static boolean isWord(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Whether the code point at {@code i} belongs to a word; false outside the text. */
  static boolean isWordAt(CharSequence s, int i) {
    return i >= 0 && i < s.length() && isWord(Character.codePointAt(s, i));
  }

  /** Whether the code point that ends just before {@code i} belongs to a word. */
  static boolean isWordBefore(CharSequence s, int i) {
    return i > 0 && i <= s.length() && isWord(Character.codePointBefore(s, i));
  }

  /** Whether {@code c} is a hyphen, dash or minus sign. */
  static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
  }

  /** Whether {@code c} is an apostrophe, straight or typographic. */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4';
  }

  /** End of the token that starts at {@code i} (which must not be white space). */
  static int tokenEnd(CharSequence s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    if (isDigit(c)) {
      int j = i + 1;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      return j;
    }
    int cp = Character.codePointAt(s, i);
    if (isWord(cp)) {
      int j = i + Character.charCount(cp);
      while (j < n) {
        int next = Character.codePointAt(s, j);
        if (!isWord(next)) {
          break;
        }
        j += Character.charCount(next);
      }
      return j;
    }
    return i + Character.charCount(cp);
  }

  /** Start of the token that ends at {@code end} (the char before it must not be white space). */
  static int tokenStart(CharSequence s, int end) {
    char c = s.charAt(end - 1);
    if (isDigit(c)) {
      int j = end - 1;
      while (j > 0 && isDigit(s.charAt(j - 1))) {
        j--;
      }
      return j;
    }
    int cp = Character.codePointBefore(s, end);
    if (isWord(cp)) {
      int j = end - Character.charCount(cp);
      while (j > 0) {
        int prev = Character.codePointBefore(s, j);
        if (!isWord(prev)) {
          break;
        }
        j -= Character.charCount(prev);
      }
      return j;
    }
    return end - Character.charCount(cp);
  }

  /**
   * The lookup key of a token: accents removed, apostrophes and dashes made plain, and lower case
   * unless {@code keepCase}.
   */
  static String key(CharSequence token, boolean keepCase) {
    if (token.length() == 1) {
      char c = token.charAt(0);
      if (isApostrophe(c)) {
        return "'";
      }
      if (isDash(c)) {
        return "-";
      }
      if (c < 0x80) {
        return keepCase ? String.valueOf(c) : String.valueOf(Character.toLowerCase(c));
      }
    }
    String s = token.toString();
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
      String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
      StringBuilder b = new StringBuilder(decomposed.length());
      for (int i = 0; i < decomposed.length(); ) {
        int cp = decomposed.codePointAt(i);
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
          b.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
      s = b.toString();
      if (s.isEmpty()) {
        s = token.toString();
      }
    }
    return keepCase ? s : s.toLowerCase(Locale.ROOT);
  }

  /**
   * Index of the first non-space char at or after {@code i}, or {@code -1} when the space run holds a
   * blank line (two line breaks), which no phrase crosses.
   */
  static int skipSpace(CharSequence s, int i) {
    int n = s.length();
    int breaks = 0;
    while (i < n && isSpace(s.charAt(i))) {
      if (s.charAt(i) == '\n' && ++breaks > 1) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** Index just after the last non-space char before {@code i}, or {@code -1} across a blank line. */
  static int skipSpaceBack(CharSequence s, int i) {
    int breaks = 0;
    while (i > 0 && isSpace(s.charAt(i - 1))) {
      if (s.charAt(i - 1) == '\n' && ++breaks > 1) {
        return -1;
      }
      i--;
    }
    return i;
  }
}
