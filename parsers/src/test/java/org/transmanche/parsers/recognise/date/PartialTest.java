package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Completing an incomplete calendar date from the document date. */
class PartialTest {

  private static final CalendarRules RULES = CalendarRules.load();

  @ParameterizedTest(name = "{0}/{1} near {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      7  |  9 | 2014-09-20 | NEAREST | 2014-09-07
      25 |  9 | 2014-09-20 | NEAREST | 2014-09-25
      31 | 10 | 2013-02-12 | NEAREST | 2012-10-31
      5  |  7 | 2013-02-12 | NEAREST | 2013-07-05
      2  |  9 | 2014-09-20 | FUTURE  | 2015-09-02
      25 |  9 | 2014-09-20 | PAST    | 2013-09-25
      29 |  2 | 2017-03-22 | NEAREST | 2016-02-29
      29 |  2 | 2019-03-22 | NEAREST | 2020-02-29
      """)
  void picksTheYearTheDirectionAsksFor(int day, int month, LocalDate ref, Dir dir, LocalDate expected) {
    Span s = Partial.ymd(null, false, month, day).resolve(ref, dir, RULES);

    assertThat(s.from).isEqualTo(expected);
  }

  @Test
  void picksTheMonthOfADayAlone() {
    assertThat(Partial.ymd(null, false, null, 2).resolve(LocalDate.of(2013, 2, 12), Dir.NEAREST, RULES).from)
        .isEqualTo(LocalDate.of(2013, 2, 2));
  }

  @Test
  void letsTheWeekdayChooseTheMonth() {
    Partial thursday15 = new Partial(null, false, null, 15, 4);

    assertThat(thursday15.resolve(LocalDate.of(2013, 2, 12), Dir.NEAREST, RULES).from)
        .isEqualTo(LocalDate.of(2012, 11, 15));
  }

  @Test
  void staysUnresolvedWithoutYearOrReference() {
    assertThat(Partial.ymd(null, false, 9, 7).resolve(null, Dir.NEAREST, RULES)).isNull();
    assertThat(Partial.ymd(2014, false, 9, 7).resolve(null, Dir.NEAREST, RULES).from)
        .isEqualTo(LocalDate.of(2014, 9, 7));
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(Partial.ymd(2015, false, 2, 29).plausible()).isFalse();
    assertThat(Partial.ymd(null, false, 4, 31).plausible()).isFalse();
    assertThat(Partial.ymd(null, false, 13, 1).plausible()).isFalse();
    assertThat(Partial.ymd(null, false, 2, 29).plausible()).isTrue();
  }
}
