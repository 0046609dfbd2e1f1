package org.transmanche.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * One year of a ledger: a calendar year ({@code 2014}) or a UK financial year running from 1 April
 * to 31 March ({@code 2014-15}). Ordered by first day; an immutable value.
 *
 * <pre>{@code
 * AccountingYear.of(LocalDate.of(2014, 9, 20), YearBasis.FINANCIAL).label(); // "2014-15"
 * AccountingYear.calendar(2014).next();                                      // 2015
 * }</pre>
 *
 * @param basis calendar or financial
 * @param firstYear the calendar year of the first day (2014 for 2014-15)
 */
public record AccountingYear(YearBasis basis, int firstYear) implements Comparable<AccountingYear> {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code firstYear} is outside 1..9998
   */
  public AccountingYear {
    checkNotNull(basis, "basis");
    checkArgument(firstYear >= 1 && firstYear <= 9998, "AccountingYear: year %s outside 1..9998", firstYear);
  }

  /** The calendar year {@code year}. */
  public static AccountingYear calendar(int year) {
    return new AccountingYear(YearBasis.CALENDAR, year);
  }

  /** The UK financial year starting on 1 April {@code firstYear}. */
  public static AccountingYear financial(int firstYear) {
    return new AccountingYear(YearBasis.FINANCIAL, firstYear);
  }

  /** The year of {@code basis} that contains {@code day}. */
  public static AccountingYear of(LocalDate day, YearBasis basis) {
    checkNotNull(day, "day");
    if (basis == YearBasis.FINANCIAL && day.getMonthValue() < 4) {
      return new AccountingYear(basis, day.getYear() - 1);
    }
    return new AccountingYear(basis, day.getYear());
  }

  /** The first day: 1 January, or 1 April for a financial year. */
  public LocalDate start() {
    return basis == YearBasis.CALENDAR ? LocalDate.of(firstYear, 1, 1) : LocalDate.of(firstYear, 4, 1);
  }

  /** The last day: 31 December, or 31 March of the next year for a financial year. */
  public LocalDate end() {
    return basis == YearBasis.CALENDAR ? LocalDate.of(firstYear, 12, 31) : LocalDate.of(firstYear + 1, 3, 31);
  }

  /** Whether {@code day} falls in this year. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** The following year of the same basis. */
  public AccountingYear next() {
    return plus(1);
  }

  /** The year {@code n} years later (earlier when negative). */
  public AccountingYear plus(int n) {
    return new AccountingYear(basis, firstYear + n);
  }

  /** {@code 2014} for a calendar year, {@code 2014-15} for a financial year. */
  public String label() {
    return basis == YearBasis.CALENDAR
        ? String.valueOf(firstYear)
        : firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
  }

  /** Calendar years before financial ones, then by first year. */
  @Override
  public int compareTo(AccountingYear o) {
    int c = basis.compareTo(o.basis);
    return c != 0 ? c : Integer.compare(firstYear, o.firstYear);
  }

  /** The {@link #label()}. */
  @Override
  public String toString() {
    return label();
  }
}
