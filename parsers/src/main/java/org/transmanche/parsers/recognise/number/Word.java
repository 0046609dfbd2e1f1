package org.transmanche.parsers.recognise.number;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What a number word means to the grammar: its kind, its value and a few flags, read from one line
 * of {@code words.tsv} ({@code soixante  tens  60  teen}).
 */
final class Word {

  /** The grammatical role of a number word. */
  enum Kind {
    /** 0 to 9. */
    UNIT,
    /** 10 to 19 ({@code dix-sept} included). */
    TEEN,
    /** 20, 30, ... 90 ({@code quatre-vingt} included). */
    TENS,
    /** A hundred: multiplies what precedes it and takes a tail below 100. */
    HUNDRED,
    /** Thousand, million, lakh...: closes a group of the number. */
    SCALE,
    /** A dozen: multiplies the group before it exactly. */
    DOZEN,
    /** {@code dizaine}, {@code centaine}, {@code millier}: a round count, often approximate. */
    COLLECTIVE,
    /** {@code couple}, {@code pair}: two, after an article. */
    COUPLE,
    /** A denominator: {@code tiers}, {@code fifth}, {@code hundredths}. */
    ORDINAL,
    /** {@code a}, {@code an}, {@code un}, {@code une}: one, only before a multiplier or denominator. */
    ARTICLE,
    /** {@code and}, {@code et}. */
    AND,
    /** {@code point}, {@code virgule}: decimals read digit by digit follow. */
    POINT,
    /** {@code over}, {@code sur}, {@code out of}: a fraction written as a division. */
    OVER,
    /** {@code minus}, {@code negative}, {@code moins}. */
    NEGATIVE,
    /** {@code of}, {@code de}: links a collective or fraction to a multiplier. */
    OF,
    /** {@code des}, {@code plusieurs}, {@code several}: a plural determiner before a collective. */
    DET,
    /** {@code the}, {@code this}, {@code which}...: before {@code one}, a pronoun, not a number. */
    PRONOUN,
    /** A phrase that is not a number and hides a shorter one ({@code pour cent}). */
    STOP
  }

  final Kind kind;
  final BigDecimal value;
  /** A plural form ({@code millions}, {@code thirds}). */
  final boolean plural;
  /** A tens word that takes 10 to 19 after it ({@code soixante-dix}). */
  final boolean teen;
  /** A multiplier that stands without a number before it ({@code mille}, {@code cent}). */
  final boolean bare;
  /** An ordinal used only at the end of a compound ({@code twenty-first}, {@code vingt et unième}). */
  final boolean compound;
  /** A denominator that stands alone as a fraction ({@code half}, {@code demi}). */
  final boolean standalone;
  /** A denominator that stands alone only before a scale ({@code quarter million}). */
  final boolean scaleOnly;
  /** A division that needs numerator &lt; denominator ({@code out of}, {@code in}). */
  final boolean proper;
  /** A collective that is approximate after an article ({@code une dizaine}). */
  final boolean approx;

  private Word(Kind kind, BigDecimal value, String flags) {
    this.kind = kind;
    this.value = value;
    this.plural = flags.contains(" pl ");
    this.teen = flags.contains(" teen ");
    this.bare = flags.contains(" bare ");
    this.compound = flags.contains(" compound ");
    this.standalone = flags.contains(" standalone ");
    this.scaleOnly = flags.contains(" scaleonly ");
    this.proper = flags.contains(" proper ");
    this.approx = flags.contains(" approx ");
  }

  /**
   * Reads the columns after the phrase: kind, then the value for kinds that carry one, then flags.
   *
   * @throws IllegalArgumentException on an unknown kind or flag, or a missing value
   */
  static Word parse(List<String> columns) {
    checkArgument(!columns.isEmpty(), "missing kind");
    Kind kind = Kind.valueOf(columns.get(0).toUpperCase(Locale.ROOT));
    int next = 1;
    BigDecimal value = BigDecimal.ONE;
    boolean valued =
        switch (kind) {
          case UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN, COLLECTIVE, COUPLE, ORDINAL -> true;
          default -> false;
        };
    if (valued) {
      checkArgument(columns.size() > 1, "kind %s needs a value", kind);
      value = new BigDecimal(columns.get(1));
      next = 2;
    }
    StringBuilder flags = new StringBuilder(" ");
    for (String f : columns.subList(next, columns.size())) {
      checkArgument(
          f.matches("pl|teen|bare|compound|standalone|scaleonly|proper|approx"), "unknown flag '%s'", f);
      flags.append(f).append(' ');
    }
    return new Word(kind, value, flags.toString());
  }

  boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return kind + " " + value.toPlainString();
  }
}
