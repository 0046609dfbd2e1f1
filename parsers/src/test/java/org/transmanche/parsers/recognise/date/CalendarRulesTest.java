package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Precision;

/** The calendar conventions of calendar.tsv. */
class CalendarRulesTest {

  private static final CalendarRules RULES = CalendarRules.load();
  private static final LocalDate REF = LocalDate.of(2014, 9, 20);

  @ParameterizedTest(name = "{0} {1} of {2}")
  @CsvSource(delimiter = '|', textBlock = """
      MONTH | BEGIN   | 2014-02-01 | 2014-02-01 | 2014-02-10
      MONTH | MID     | 2014-02-01 | 2014-02-11 | 2014-02-20
      MONTH | END     | 2014-02-01 | 2014-02-21 | 2014-02-28
      YEAR  | BEGIN   | 2014-01-01 | 2014-01-01 | 2014-04-30
      YEAR  | MID     | 2014-01-01 | 2014-05-01 | 2014-08-31
      YEAR  | END     | 2014-01-01 | 2014-09-01 | 2014-12-31
      WEEK  | BEGIN   | 2014-09-15 | 2014-09-15 | 2014-09-17
      WEEK  | END     | 2014-09-15 | 2014-09-19 | 2014-09-21
      WEEK  | WEEKEND | 2014-09-15 | 2014-09-20 | 2014-09-21
      WEEK  | REST    | 2014-09-15 | 2014-09-20 | 2014-09-21
      MONTH | LATER   | 2014-09-01 | 2014-09-20 | 2014-09-30
      MONTH | EARLIER | 2014-09-01 | 2014-09-01 | 2014-09-15
      """)
  void cutsPeriodsIntoParts(Unit unit, CalendarRules.Part part, LocalDate start, LocalDate from, LocalDate to) {
    Span s = RULES.part(Span.of(unit, start), part, REF);

    assertThat(s.from).isEqualTo(from);
    assertThat(s.to).isEqualTo(to);
  }

  @Test
  void namesMonthPartsAsPartsOfAMonth() {
    assertThat(RULES.part(Span.of(Unit.MONTH, LocalDate.of(2014, 7, 1)), CalendarRules.Part.END, REF).precision)
        .isEqualTo(Precision.PART_OF_MONTH);
  }

  @Test
  void runsWinterAcrossTheNewYear() {
    Span w = RULES.season(4, 2013);

    assertThat(w.from).isEqualTo(LocalDate.of(2013, 12, 21));
    assertThat(w.to).isEqualTo(LocalDate.of(2014, 3, 19));
    assertThat(RULES.seasonAt(LocalDate.of(2014, 1, 10)).from).isEqualTo(w.from);
  }

  @Test
  void followsTheIssueForSummer() {
    Span s = RULES.season(2, 2014);

    assertThat(s.from).isEqualTo(LocalDate.of(2014, 6, 21));
    assertThat(s.to).isEqualTo(LocalDate.of(2014, 9, 22));
    assertThat(s.precision).isEqualTo(Precision.PART_OF_YEAR);
  }

  @Test
  void movesFromSeasonToSeason() {
    assertThat(RULES.seasonShift(LocalDate.of(2013, 2, 12), -1).from).isEqualTo(LocalDate.of(2012, 9, 23));
    assertThat(RULES.seasonShift(LocalDate.of(2013, 2, 12), 1).from).isEqualTo(LocalDate.of(2013, 3, 20));
  }

  @ParameterizedTest(name = "{0} near {1}")
  @CsvSource(delimiter = '|', textBlock = """
      74 | 2013-02-12 | 1974
      14 | 2013-02-12 | 2014
      98 | 2019-08-12 | 1998
      30 | 2016-11-07 | 2030
      74 |            | 1974
      14 |            | 2014
      """)
  void placesTwoDigitYearsInTheNearestCentury(int yy, LocalDate ref, int year) {
    assertThat(RULES.fullYear(yy, ref)).isEqualTo(year);
  }

  @Test
  void countsAVaguePluralAsThree() {
    assertThat(RULES.vagueCount()).isEqualTo(3);
  }
}
