package org.transmanche.parsers.extract;

import java.text.Normalizer;

/**
 * Character folding that keeps offsets: each char becomes one char, lower case, without accents,
 * with typographic apostrophes and dashes made plain. A folded string has the same length as its
 * source, so offsets found in it are offsets in the source.
 */
final class Fold {
  private Fold() {}

  static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  static char fold(char c) {
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    switch (c) {
      case '\u2019':
      case '\u2018':
      case '\u02bc':
      case '\u00b4':
        return '\'';
      case '\u2010':
      case '\u2011':
      case '\u2013':
      case '\u2014':
        return '-';
      case '\u00a0':
      case '\u202f':
      case '\u2009':
        return ' ';
      default:
        break;
    }
    char lower = Character.toLowerCase(c);
    String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    return d.isEmpty() ? lower : d.charAt(0);
  }
}
