package org.transmanche.parsers.evaluate;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.DateSpan;

/**
 * A figure the gold file of an article records: what is counted, the number (or range), its unit,
 * source and date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface GoldFigure {

  /** What is counted; never blank. */
  String what();

  /** The number, or the low end of a range. */
  BigDecimal value();

  /** The high end of a range ("10 to 15"), when given. */
  Optional<BigDecimal> valueMax();

  /** The unit, when given. */
  Optional<String> unit();

  /** The source's name, when given. */
  Optional<String> source();

  /** When; empty when the gold file leaves it null. */
  Optional<DateSpan> date();

  /** The qualifier in the gold file's words ("more than", "up to"), when given. */
  Optional<String> qualifier();

  /** True when the gold file marks the number as approximate. */
  @Value.Default
  default boolean approximate() {
    return false;
  }

  /** Builder. */
  static ImmutableGoldFigure.Builder builder() {
    return ImmutableGoldFigure.builder();
  }
}
