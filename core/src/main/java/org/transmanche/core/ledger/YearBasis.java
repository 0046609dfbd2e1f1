package org.transmanche.core.ledger;

/**
 * How a ledger cuts time into years. Sources mix both: French budgets and most news use calendar
 * years, UK government spending uses financial years.
 *
 * <pre>{@code
 * AccountingYear.of(LocalDate.of(2015, 2, 1), YearBasis.FINANCIAL); // 2014-15
 * }</pre>
 */
public enum YearBasis {
  /** January to December. */
  CALENDAR,
  /** The UK financial year, 1 April to 31 March. */
  FINANCIAL
}
