package org.transmanche.parsers.recognise.date;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Locale;

/**
 * One token of a passage as the date grammar sees it: a run of letters, a run of digits or a single
 * other character, with its half-open offsets in the passage text and a comparison form (lower
 * case, accents removed, apostrophes and dashes unified).
 *
 * <p>A hyphen between two letters ("avant-hier", "mi-novembre") is dropped, so the two halves become
 * two glued tokens and match the spaced spelling too. Letters and digits are split ("14april",
 * "1er", "2018Q4"); {@link #spaceBefore} tells whether they were glued.
 */
final class DateToken {

  /** What kind of characters the token holds. */
  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  final int start;
  final int end;
  final Kind kind;
  final String norm;
  /** Lower case with accents kept, for the few words that accents tell apart ("a", "à"). */
  final String lower;
  final boolean spaceBefore;
  final boolean capitalised;
  /** Whether a hyphen joining two words was dropped just before this token ("Nov-Feb"). */
  final boolean hyphenBefore;

  private DateToken(int start, int end, Kind kind, String norm, String lower, boolean spaceBefore,
      boolean capitalised, boolean hyphenBefore) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.norm = norm;
    this.lower = lower;
    this.spaceBefore = spaceBefore;
    this.capitalised = capitalised;
    this.hyphenBefore = hyphenBefore;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isPunct(String s) {
    return kind == Kind.PUNCT && norm.equals(s);
  }

  /** Number of digits of a number token; 0 for other tokens. */
  int digits() {
    return kind == Kind.NUMBER ? norm.length() : 0;
  }

  /** Value of a number token of at most nine digits; -1 otherwise. */
  int value() {
    if (kind != Kind.NUMBER || norm.length() > 9) {
      return -1;
    }
    return Integer.parseInt(norm);
  }

  @Override
  public String toString() {
    return norm;
  }

  /** Splits a text into tokens, left to right, in linear time. */
  static ImmutableList<DateToken> tokenise(String text) {
    ImmutableList.Builder<DateToken> out = ImmutableList.builder();
    int n = text.length();
    int i = 0;
    boolean space = true;
    boolean hyphen = false;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        hyphen = false;
        i += len;
        continue;
      }
      if (Character.isLetter(cp)) {
        int j = i;
        while (j < n) {
          int c = text.codePointAt(j);
          if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            break;
          }
          j += Character.charCount(c);
        }
        String raw = text.substring(i, j);
        out.add(new DateToken(i, j, Kind.WORD, fold(raw), raw.toLowerCase(Locale.ROOT), space,
            Character.isUpperCase(cp), hyphen));
        i = j;
        space = false;
        hyphen = false;
        // a hyphen between two letters joins two words: skip it, the next word stays glued
        if (i + 1 < n && isHyphen(text.charAt(i)) && Character.isLetter(text.codePointAt(i + 1))) {
          i += 1;
          hyphen = true;
        }
        continue;
      }
      if (cp >= '0' && cp <= '9') {
        int j = i;
        while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        String digits = text.substring(i, j);
        out.add(new DateToken(i, j, Kind.NUMBER, digits, digits, space, false, false));
        i = j;
        space = false;
        continue;
      }
      String p = punct(cp);
      out.add(new DateToken(i, i + len, Kind.PUNCT, p, p, space, false, false));
      i += len;
      space = false;
    }
    return out.build();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static String punct(int cp) {
    switch (cp) {
      case '\u2019':
      case '\u2018':
      case '\u02bc':
      case '`':
      case '\u00b4':
        return "'";
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2212':
        return "-";
      default:
        return new String(Character.toChars(cp));
    }
  }

  /** Lower case without accents; the form used by the lexicon. */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean plain = true;
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) > 0x7f) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return lower;
    }
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\u0153') {
        sb.append("oe");
      } else if (c == '\u00e6') {
        sb.append("ae");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
