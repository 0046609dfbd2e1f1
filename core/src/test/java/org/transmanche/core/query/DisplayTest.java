package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Money;
import org.transmanche.model.Precision;
import org.transmanche.model.Qualifier;

class DisplayTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "12000000,     GBP, EXACT,       '12,000,000 GBP'",
    "15257469.80,  EUR, EXACT,       '15,257,469.80 EUR'",
    "0.5,          EUR, APPROXIMATE, '≈ 0.50 EUR'",
    "999,          EUR, AT_LEAST,    '≥ 999 EUR'",
    "1000,         GBP, AT_MOST,     '≤ 1,000 GBP'",
  })
  void writesMoneyWithSeparatorsAndQualifier(BigDecimal amount, String currency, Qualifier q, String expected) {
    assertThat(Display.money(Money.of(amount, currency), q)).isEqualTo(expected);
  }

  @Test
  void writesDatesAtTheirPrecision() {
    assertThat(Display.date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))).isEqualTo("2014-09-20");
    assertThat(Display.date(DateSpan.ofMonth(YearMonth.of(2015, 8)))).isEqualTo("2015-08");
    assertThat(Display.date(DateSpan.ofYear(2016))).isEqualTo("2016");
    assertThat(Display.date(DateSpan.of(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 8, 31), Precision.PART_OF_YEAR)))
        .isEqualTo("2015-06-01..2015-08-31");
    assertThat(Display.date(DateSpan.ofYear(2016).asInferred())).isEqualTo("2016?");
    assertThat(Display.date(Optional.empty())).isEqualTo("undated");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "short          | 10 | short",
        "a  b\\nc       | 10 | a b c",
        "abcdefghijkl   | 5  | abcd…",
        "abcde          | 5  | abcde",
      })
  void shortensToOneLine(String text, int max, String expected) {
    assertThat(Display.shorten(text.replace("\\n", "\n"), max)).isEqualTo(expected);
  }
}
