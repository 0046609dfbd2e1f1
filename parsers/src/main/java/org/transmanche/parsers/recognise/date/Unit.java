package org.transmanche.parsers.recognise.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.transmanche.model.Precision;

/** A calendar unit, and the kind of period a resolved span stands for. */
enum Unit {
  DAY,
  WEEK,
  FORTNIGHT,
  MONTH,
  QUARTER,
  HALF,
  YEAR,
  DECADE,
  CENTURY,
  /** A season (only as the kind of a span). */
  SEASON,
  /** No calendar unit: a run of days, a range. */
  NONE;

  /** First day of the unit holding {@code d}; a fortnight starts on the Monday of d's week. */
  LocalDate start(LocalDate d) {
    switch (this) {
      case WEEK:
      case FORTNIGHT:
        return d.with(DayOfWeek.MONDAY);
      case MONTH:
        return d.withDayOfMonth(1);
      case QUARTER:
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case HALF:
        return LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
      case YEAR:
        return d.withDayOfYear(1);
      case DECADE:
        return LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
      case CENTURY:
        return LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
      default:
        return d;
    }
  }

  /** {@code d} moved by {@code n} units. */
  LocalDate plus(LocalDate d, long n) {
    switch (this) {
      case DAY:
        return d.plusDays(n);
      case WEEK:
        return d.plusWeeks(n);
      case FORTNIGHT:
        return d.plusWeeks(2 * n);
      case MONTH:
        return d.plusMonths(n);
      case QUARTER:
        return d.plusMonths(3 * n);
      case HALF:
        return d.plusMonths(6 * n);
      case YEAR:
        return d.plusYears(n);
      case DECADE:
        return d.plusYears(10 * n);
      case CENTURY:
        return d.plusYears(100 * n);
      default:
        return d.plusDays(n);
    }
  }

  /** The precision of one such unit. */
  Precision one() {
    switch (this) {
      case DAY:
        return Precision.DAY;
      case WEEK:
        return Precision.WEEK;
      case MONTH:
        return Precision.MONTH;
      case YEAR:
        return Precision.YEAR;
      case QUARTER:
      case HALF:
        return Precision.MONTHS;
      case DECADE:
      case CENTURY:
        return Precision.YEARS;
      case SEASON:
        return Precision.PART_OF_YEAR;
      default:
        return Precision.DAYS;
    }
  }

  /** The precision of several such units in a row. */
  Precision many() {
    switch (this) {
      case MONTH:
      case QUARTER:
      case HALF:
        return Precision.MONTHS;
      case YEAR:
      case DECADE:
      case CENTURY:
        return Precision.YEARS;
      default:
        return Precision.DAYS;
    }
  }
}
