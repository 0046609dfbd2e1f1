package org.transmanche.parsers.recognise.number;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.transmanche.model.Qualifier;

/**
 * A number found in a text by {@link NumberReader}: where it is, its value and how it was written.
 *
 * <p>Offsets are half-open char offsets into the text given to the reader. The qualifier is {@code
 * EXACT} except for collectives: {@code une dizaine} is {@code APPROXIMATE} 10, {@code des centaines}
 * and {@code hundreds of} are {@code AT_LEAST} 100. Immutable and thread-safe.
 *
 * <pre>{@code
 * NumberReader.forLanguage("fr").findAll("31,4 millions").get(0).value(); // 31400000
 * }</pre>
 */
@Value.Immutable
public interface NumberSpan {

  /** Start, inclusive, in the offsets of the text read. */
  int start();

  /** End, exclusive. */
  int end();

  /** The value; negative only for a signed number read in {@link NumberReader.Mode#TEXT}. */
  BigDecimal value();

  /** How the written number relates to the count: exact, approximate or a floor. */
  @Value.Default
  default Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /** Whether a word is part of it ({@code cinq}, {@code 3 millions}); false for digits only. */
  @Value.Default
  default boolean spelled() {
    return false;
  }

  /**
   * The largest scale word or suffix applied ({@code 1000000} for {@code 3 millions} or {@code £3m},
   * {@code 1} when none); a range such as {@code 5-10m} passes it to its first bound.
   */
  @Value.Default
  default BigDecimal multiplier() {
    return BigDecimal.ONE;
  }

  /** Whether a letter touches its start ({@code USD3}, {@code A16}). */
  @Value.Default
  default boolean gluedBefore() {
    return false;
  }

  /** Whether a letter touches its end ({@code 29km}, {@code 4th}, {@code 1er}). */
  @Value.Default
  default boolean gluedAfter() {
    return false;
  }

  /** Whether it is a whole number written without scale or qualifier ({@code 43}, {@code forty}). */
  default boolean whole() {
    return qualifier() == Qualifier.EXACT
        && multiplier().compareTo(BigDecimal.ONE) == 0
        && (value().signum() == 0 || value().stripTrailingZeros().scale() <= 0);
  }

  /** Builder. */
  static ImmutableNumberSpan.Builder builder() {
    return ImmutableNumberSpan.builder();
  }

  /** Checks the span and the multiplier. */
  @Value.Check
  default void check() {
    checkState(start() >= 0 && end() > start(), "NumberSpan: bad span [%s, %s)", start(), end());
    checkState(multiplier().signum() > 0, "NumberSpan: multiplier %s <= 0", multiplier());
  }
}
