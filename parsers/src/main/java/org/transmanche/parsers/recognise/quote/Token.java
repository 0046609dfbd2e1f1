package org.transmanche.parsers.recognise.quote;

/**
 * A word or a punctuation character of a passage, with its local span and a normalised form
 * (lower case, typographic apostrophes and hyphens made plain).
 *
 * @param start first character, inclusive, in passage-local offsets
 * @param end last character, exclusive
 * @param norm the normalised form used for word-list look-ups
 * @param word true for a word (letters or digits), false for a punctuation character
 * @param capitalised true when the first character is an upper-case letter
 */
record Token(int start, int end, String norm, boolean word, boolean capitalised) {

  /** Whether this is the punctuation character {@code c}. */
  boolean is(char c) {
    return !word && norm.length() == 1 && norm.charAt(0) == c;
  }

  /** Whether this punctuation character ends a clause: full stop, semicolon, colon, ! or ?. */
  boolean endsClause() {
    return is('.') || is(';') || is(':') || is('!') || is('?') || is('…');
  }

  /** Whether this is a quotation mark of any family. */
  boolean quoteMark() {
    return !word && norm.length() == 1 && Marks.isQuoteChar(norm.charAt(0));
  }
}
