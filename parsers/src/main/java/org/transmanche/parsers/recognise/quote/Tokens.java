package org.transmanche.parsers.recognise.quote;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a region of text into {@link Token}s in one pass: runs of letters and digits (with inner
 * apostrophes and hyphens) are words, every other visible character is a punctuation token. A word
 * is cut after an elided prefix of the language ({@code l'}, {@code qu'}). Stateless apart from the
 * immutable elision set; thread-safe.
 */
final class Tokens {

  private final ImmutableSet<String> elisions;

  Tokens(ImmutableSet<String> elisions) {
    this.elisions = elisions;
  }

  /** Whether {@code c} is blank: white space, no-break spaces and other space separators. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.getType(c) == Character.SPACE_SEPARATOR
        || c == '\u00a0'
        || c == '\u202f'
        || c == '\u2007'
        || c == '\u200b'
        || c == '\ufeff';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Lower case with plain apostrophes and hyphens. */
  static String normalise(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isApostrophe(c)) {
        b.append('\'');
      } else if (isHyphen(c)) {
        b.append('-');
      } else {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The tokens of {@code text[from, to)}, in order. */
  ImmutableList<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = Math.max(0, from);
    int limit = Math.min(to, text.length());
    while (i < limit) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        out.add(new Token(i, i + 1, String.valueOf(isApostrophe(c) ? '\'' : c), false, false));
        i++;
        continue;
      }
      int start = i;
      while (i < limit) {
        char d = text.charAt(i);
        if (isWordChar(d)) {
          i++;
        } else if (isApostrophe(d) && elisions.contains(normalise(text.substring(start, i + 1)))) {
          out.add(word(text, start, i + 1));
          i++;
          start = i;
          if (i >= limit || !isWordChar(text.charAt(i))) {
            break;
          }
        } else if ((isApostrophe(d) || isHyphen(d)) && i + 1 < limit && isWordChar(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) {
        out.add(word(text, start, i));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static Token word(String text, int start, int end) {
    return new Token(start, end, normalise(text.substring(start, end)), true, Character.isUpperCase(text.charAt(start)));
  }
}
