package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An inclusive interval of days with its precision, the wording it was read from and whether it was
 * inferred rather than stated.
 *
 * <pre>{@code
 * DateSpan d = DateSpan.ofDay(LocalDate.of(2014, 9, 20));
 * DateSpan m = DateSpan.ofMonth(YearMonth.of(2019, 1)); // 2019-01-01..2019-01-31, MONTH
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateSpan.class)
@JsonDeserialize(as = ImmutableDateSpan.class)
public interface DateSpan {

  /** First day, inclusive. */
  LocalDate from();

  /** Last day, inclusive; never before {@link #from()}. */
  LocalDate to();

  /** How precisely the span is known. */
  Precision precision();

  /** The words the span was read from, such as "fin juillet"; empty when built from data. */
  Optional<String> wording();

  /** True when the span was inferred (for example from office-holders) rather than stated. */
  @Value.Default
  default boolean inferred() {
    return false;
  }

  /** A span from {@code from} to {@code to} inclusive. */
  static DateSpan of(LocalDate from, LocalDate to, Precision precision) {
    return ImmutableDateSpan.builder().from(from).to(to).precision(precision).build();
  }

  /** One day. */
  static DateSpan ofDay(LocalDate day) {
    return of(day, day, Precision.DAY);
  }

  /** One calendar month. */
  static DateSpan ofMonth(YearMonth month) {
    return of(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
  }

  /** One calendar year. */
  static DateSpan ofYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} into a year, month or day span. */
  static DateSpan parse(String iso) {
    String s = iso.strip();
    switch (s.length()) {
      case 4:
        return ofYear(Integer.parseInt(s));
      case 7:
        return ofMonth(YearMonth.parse(s));
      case 10:
        return ofDay(LocalDate.parse(s));
      default:
        throw new IllegalArgumentException(
            "DateSpan: cannot parse '" + iso + "'; expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  /** A copy with the given wording. */
  default DateSpan withWording(String wording) {
    return ImmutableDateSpan.copyOf(this).withWording(wording);
  }

  /** A copy marked as inferred. */
  default DateSpan asInferred() {
    return ImmutableDateSpan.copyOf(this).withInferred(true);
  }

  /** Whether {@code day} lies in the span. */
  default boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /** Whether the two spans share at least one day. */
  default boolean overlaps(DateSpan other) {
    return !other.to().isBefore(from()) && !other.from().isAfter(to());
  }

  /** Number of days between the two spans; 0 when they overlap. */
  default long distanceInDays(DateSpan other) {
    if (overlaps(other)) {
      return 0;
    }
    return other.from().isAfter(to())
        ? java.time.temporal.ChronoUnit.DAYS.between(to(), other.from())
        : java.time.temporal.ChronoUnit.DAYS.between(other.to(), from());
  }

  /** Checks that the interval is not inverted. */
  @Value.Check
  default void check() {
    checkState(!to().isBefore(from()), "DateSpan: to %s < from %s", to(), from());
    checkState(
        wording().map(w -> !w.isBlank()).orElse(true), "DateSpan %s..%s: wording is blank", from(), to());
  }
}
