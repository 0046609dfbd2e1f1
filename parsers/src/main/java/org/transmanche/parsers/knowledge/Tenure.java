package org.transmanche.parsers.knowledge;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding an office between two days, both inclusive. On a handover day the outgoing and
 * the incoming holder may both hold the office.
 */
@Value.Immutable
public interface Tenure {

  /** How sure the data is of the dates. */
  enum Confidence {
    /** Sure to the day. */
    HIGH,
    /** The holder and period are sure; the day may be off by a few days. */
    MEDIUM,
    /** The boundary is approximate: the month is known, the day estimated. */
    LOW
  }

  /** Id of the office. */
  String office();

  /** Actor id of the holder, such as {@code person:bernard-cazeneuve}. */
  String person();

  /** First day in office. */
  LocalDate from();

  /** Last day in office; empty while still in office at the last check of the data. */
  Optional<LocalDate> to();

  /** How sure the dates are. */
  Confidence confidence();

  /** Whether the office was held on {@code day}. */
  default boolean heldOn(LocalDate day) {
    return !day.isBefore(from()) && to().map(t -> !day.isAfter(t)).orElse(true);
  }

  /** The days in office. */
  default Period period() {
    return Period.of(from(), to());
  }

  /** Builder. */
  static ImmutableTenure.Builder builder() {
    return ImmutableTenure.builder();
  }

  /** Checks the dates. */
  @Value.Check
  default void check() {
    checkState(
        to().map(t -> !t.isBefore(from())).orElse(true),
        "Tenure %s %s: to %s < from %s", office(), person(), to().orElse(null), from());
  }
}
