package org.transmanche.parsers.recognise.actor;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import org.transmanche.parsers.gazetteer.Gazetteer;

/**
 * A word or a punctuation char of a passage, with its span and folded form. Words run over letters,
 * digits and marks, across inner hyphens ({@code Jean-Pierre}) and apostrophes ({@code O'Mahoney}),
 * except that an elided French article or preposition stands alone ({@code l'}, {@code d'}).
 */
final class Token {

  final int index;
  final int start;
  final int end;
  final String text;
  final String folded;
  /** Letters or digits, not punctuation. */
  final boolean word;
  /** A word whose first char is an upper-case letter. */
  final boolean cap;
  /** A word with at least two letters, all upper case. */
  final boolean upper;
  /** Only digits. */
  final boolean number;
  /** First token of a line: a line break (or the start of the text) comes before it. */
  final boolean lineStart;
  /** First token of a paragraph: a blank line (or the start of the text) comes before it. */
  final boolean paragraphStart;

  private Token(int index, int start, String source, boolean word, boolean lineStart, boolean paragraphStart) {
    this.index = index;
    this.start = start;
    this.end = start + source.length();
    this.text = source;
    this.folded = Gazetteer.fold(source);
    this.word = word;
    this.cap = word && Character.isUpperCase(source.codePointAt(0));
    this.number = word && source.chars().allMatch(Character::isDigit);
    this.upper = word && source.codePoints().filter(Character::isLetter).count() >= 2
        && source.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    this.lineStart = lineStart;
    this.paragraphStart = paragraphStart;
  }

  /** Whether this is the punctuation char {@code c}. */
  boolean is(char c) {
    return !word && text.length() == 1 && text.charAt(0) == c;
  }

  /** Whether it starts a sentence: after . ! ? : « " ( or a line break, or first. */
  boolean sentenceStart(ImmutableList<Token> tokens) {
    if (index == 0 || lineStart) {
      return true;
    }
    Token p = tokens.get(index - 1);
    return !p.word && ".!?:«\"“(—–-".indexOf(p.text.charAt(0)) >= 0;
  }

  /**
   * The tokens of {@code text}. {@code elisions} holds the folded words that end with an apostrophe
   * and stand alone ({@code l}, {@code d}, {@code qu}). One left-to-right pass.
   */
  static ImmutableList<Token> of(String text, Set<String> elisions) {
    ImmutableList.Builder<Token> out = ImmutableList.builder();
    int n = text.length();
    int i = 0;
    int index = 0;
    int breaks = 2;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        breaks += cp == '\n' ? 1 : 0;
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean word = isWordChar(cp);
      i = word ? wordEnd(text, i, elisions) : i + Character.charCount(cp);
      out.add(new Token(index++, start, text.substring(start, i), word, breaks > 0, breaks > 1));
      breaks = 0;
    }
    return out.build();
  }

  private static int wordEnd(String text, int from, Set<String> elisions) {
    int n = text.length();
    int i = from;
    while (i < n) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        i = next;
      } else if ((cp == '-' || cp == '\u2010' || cp == '\u2011') && next < n && isWordChar(text.codePointAt(next))) {
        i = next;
      } else if ((cp == '\'' || cp == '\u2019') && (next >= n || isWordChar(text.codePointAt(next)))) {
        // an elided word keeps its apostrophe, also at the end of a text (a cue phrase such as "d'")
        if (elisions.contains(Gazetteer.fold(text.substring(from, i)))) {
          return next;
        }
        if (next >= n) {
          break;
        }
        i = next;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
