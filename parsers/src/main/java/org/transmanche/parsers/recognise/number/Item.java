package org.transmanche.parsers.recognise.number;

import java.math.BigDecimal;

/**
 * One lexical item of a text as the number grammar sees it: a digit literal, a written fraction, a
 * number word, a hyphen, or anything else. Immutable.
 */
final class Item {

  /** What an item is. */
  enum Type {
    /** Digits: {@code 1 200}, {@code 31,4}, {@code 12k}, {@code 1e10}. */
    NUM,
    /** A fraction in digits or one character: {@code 3/4}, {@code ½}. */
    FRAC,
    /** A number word or phrase of {@code words.tsv}. */
    WORD,
    /** A hyphen or dash that does not join two number words. */
    HYPHEN,
    /** Any other word or character. */
    OTHER
  }

  final Type type;
  final int start;
  final int end;
  /** White space separates this item from the one before. */
  final boolean spaceBefore;
  /** A hyphen joined this word to the number word before it. */
  final boolean joined;
  /** The word, for {@link Type#WORD}; null otherwise. */
  final Word word;
  /** The value, for {@link Type#NUM} and {@link Type#FRAC}; null otherwise. */
  final BigDecimal value;
  /** The digit literal, for {@link Type#NUM} and digit fractions; null otherwise. */
  final DigitLiteral literal;

  Item(Type type, int start, int end, boolean spaceBefore, boolean joined, Word word, BigDecimal value, DigitLiteral literal) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.spaceBefore = spaceBefore;
    this.joined = joined;
    this.word = word;
    this.value = value;
    this.literal = literal;
  }

  Item joined() {
    return new Item(type, start, end, spaceBefore, true, word, value, literal);
  }

  boolean is(Word.Kind kind) {
    return type == Type.WORD && word.kind == kind;
  }

  /** A digit literal with no separator, suffix, exponent or decimals: {@code 21}. */
  boolean plainInteger() {
    return type == Type.NUM && literal.plain;
  }

  @Override
  public String toString() {
    return type + (word != null ? "(" + word + ")" : value != null ? "(" + value.toPlainString() + ")" : "")
        + "[" + start + "," + end + ")";
  }
}
