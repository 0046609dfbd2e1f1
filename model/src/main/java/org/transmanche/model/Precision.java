package org.transmanche.model;

/**
 * How precisely a {@link DateSpan} is known, from a single day to several years.
 *
 * <p>{@code PART_OF_MONTH} covers wordings such as "fin juillet", "mi-novembre" or "the first two
 * weeks of August"; {@code PART_OF_YEAR} covers "the first seven months of 2014" or "cet été";
 * {@code DAYS}, {@code MONTHS} and {@code YEARS} are runs of whole units ("the past year" is
 * {@code YEARS} when it ends on the reference date).
 */
public enum Precision {
  /** One calendar day. */
  DAY,
  /** A run of several days that is not a calendar week or month. */
  DAYS,
  /** One ISO week, Monday to Sunday. */
  WEEK,
  /** A named part of one month: beginning, middle, end, first weeks. */
  PART_OF_MONTH,
  /** One calendar month. */
  MONTH,
  /** A run of several whole months. */
  MONTHS,
  /** A season or another named part of one year. */
  PART_OF_YEAR,
  /** One calendar year. */
  YEAR,
  /** A run of several years, or an open period such as "since 2004". */
  YEARS
}
