package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Precision;

/** Resolving date expressions; the reference is Tuesday 12 February 2013. */
class ExprTest {

  private static final CalendarRules RULES = CalendarRules.load();
  private static final LocalDate TUESDAY = LocalDate.of(2013, 2, 12);

  private static Span at(Expr e) {
    return e.resolve(TUESDAY, Dir.NEAREST);
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource(delimiter = '|', textBlock = """
      BARE       | 1 | 2013-02-11
      BARE       | 2 | 2013-02-12
      BARE       | 5 | 2013-02-08
      THIS_WEEK  | 5 | 2013-02-15
      NEXT_WEEK  | 3 | 2013-02-20
      LAST_WEEK  | 2 | 2013-02-05
      NEXT_OCC   | 3 | 2013-02-13
      PREV_OCC   | 7 | 2013-02-10
      AFTER_NEXT | 5 | 2013-02-22
      """)
  void placesDayNames(String mode, int weekday, LocalDate expected) {
    assertThat(at(Expr.weekday(weekday, mode, 0)).from).isEqualTo(expected);
  }

  @Test
  void readsABareDayNameForwardInTheFuture() {
    assertThat(Expr.weekday(5, "BARE", 0).resolve(TUESDAY, Dir.FUTURE).from).isEqualTo(LocalDate.of(2013, 2, 15));
    assertThat(Expr.weekday(2, "BARE", 0).resolve(TUESDAY, Dir.FUTURE).from).isEqualTo(TUESDAY);
  }

  @Test
  void movesUnitsFromTheReference() {
    assertThat(at(Expr.unitRel(Unit.WEEK, -1)).from).isEqualTo(LocalDate.of(2013, 2, 4));
    assertThat(at(Expr.unitRel(Unit.QUARTER, 1)).from).isEqualTo(LocalDate.of(2013, 4, 1));
    assertThat(at(Expr.run(Unit.MONTH, 3)).to).isEqualTo(LocalDate.of(2013, 5, 31));
    assertThat(at(Expr.run(Unit.YEAR, -2)).from).isEqualTo(LocalDate.of(2011, 1, 1));
  }

  @Test
  void rollsRunsFromTheReference() {
    Span past = at(Expr.rolling(Unit.YEAR, 1));
    Span ahead = at(Expr.rollingAhead(Unit.WEEK, 3));

    assertThat(past.from).isEqualTo(LocalDate.of(2012, 2, 12));
    assertThat(past.to).isEqualTo(TUESDAY);
    assertThat(past.precision).isEqualTo(Precision.YEARS);
    assertThat(ahead.from).isEqualTo(LocalDate.of(2013, 2, 13));
    assertThat(ahead.to).isEqualTo(LocalDate.of(2013, 3, 5));
  }

  @Test
  void shiftsByAmounts() {
    Expr shifted = Expr.shift(Expr.deictic(0),
        List.of(new Expr.Amount(Unit.WEEK, 2), new Expr.Amount(Unit.DAY, 2)), -1);

    assertThat(at(shifted).from).isEqualTo(LocalDate.of(2013, 1, 27));
  }

  @Test
  void countsWeeksByTheirThursday() {
    Expr september2014 = Expr.partial(Partial.ymd(2014, false, 9, null), RULES);

    assertThat(at(Expr.nthUnit(september2014, Unit.WEEK, -1)).from).isEqualTo(LocalDate.of(2014, 9, 22));
    assertThat(at(Expr.nthUnit(september2014, Unit.WEEK, 1)).from).isEqualTo(LocalDate.of(2014, 9, 1));
  }

  @Test
  void findsTheNthDayNameOfAMonth() {
    Expr october2013 = Expr.partial(Partial.ymd(2013, false, 10, null), RULES);

    assertThat(at(Expr.nthWeekday(october2013, 2, 1)).from).isEqualTo(LocalDate.of(2013, 10, 1));
    assertThat(at(Expr.nthWeekday(october2013, 5, -1)).from).isEqualTo(LocalDate.of(2013, 10, 25));
  }

  @Test
  void takesTheFirstWeeksOfAMonthAsRunsOfSevenDays() {
    Expr august = Expr.partial(Partial.ymd(2014, false, 8, null), RULES);
    Span s = at(Expr.firstN(august, Unit.WEEK, 2, false));

    assertThat(s.from).isEqualTo(LocalDate.of(2014, 8, 1));
    assertThat(s.to).isEqualTo(LocalDate.of(2014, 8, 14));
    assertThat(s.precision).isEqualTo(Precision.PART_OF_MONTH);
  }

  @Test
  void lendsMonthAndYearAcrossARange() {
    Expr nov = Expr.partial(Partial.ymd(null, false, 11, null), RULES);
    Expr feb2017 = Expr.partial(Partial.ymd(2017, false, 2, null), RULES);
    Span s = at(Expr.range(nov, feb2017, RULES));

    assertThat(s.from).isEqualTo(LocalDate.of(2016, 11, 1));
    assertThat(s.to).isEqualTo(LocalDate.of(2017, 2, 28));
    assertThat(s.precision).isEqualTo(Precision.MONTHS);
  }

  @Test
  void placesAYearlessRangeAsAWhole() {
    Expr may = Expr.partial(Partial.ymd(null, false, 5, null), RULES);
    Expr march = Expr.partial(Partial.ymd(null, false, 3, null), RULES);
    Span s = Expr.range(may, march, RULES).resolve(LocalDate.of(2018, 9, 7), Dir.FUTURE);

    assertThat(s.from).isEqualTo(LocalDate.of(2018, 5, 1));
    assertThat(s.to).isEqualTo(LocalDate.of(2019, 3, 31));
  }

  @Test
  void needsAReferenceForRelativeExpressions() {
    assertThat(Expr.deictic(-1).resolve(null, Dir.NEAREST)).isNull();
    assertThat(Expr.decade(1990).resolve(null, Dir.NEAREST).from).isEqualTo(LocalDate.of(1990, 1, 1));
  }
}
