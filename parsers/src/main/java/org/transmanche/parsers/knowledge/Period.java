package org.transmanche.parsers.knowledge;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An interval of days, both ends inclusive; the end is empty when the period is still open.
 *
 * <pre>{@code
 * Period p = Period.of(LocalDate.of(2014, 4, 2), Optional.of(LocalDate.of(2016, 7, 13)));
 * }</pre>
 */
@Value.Immutable
public interface Period {

  /** First day. */
  @Value.Parameter
  LocalDate from();

  /** Last day; empty when open. */
  @Value.Parameter
  Optional<LocalDate> to();

  /**
   * A period.
   *
   * @throws IllegalStateException if {@code to} is before {@code from}
   */
  static Period of(LocalDate from, Optional<LocalDate> to) {
    return ImmutablePeriod.of(from, to);
  }

  /** Whether {@code day} lies in the period. */
  default boolean contains(LocalDate day) {
    return !day.isBefore(from()) && to().map(t -> !day.isAfter(t)).orElse(true);
  }

  /** Checks the order of the ends. */
  @Value.Check
  default void check() {
    checkState(
        to().map(t -> !t.isBefore(from())).orElse(true), "Period: to %s < from %s", to().orElse(null), from());
  }
}
