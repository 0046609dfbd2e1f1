package org.transmanche.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountingYearTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "2014-09-20, CALENDAR,  2014,    2014-01-01, 2014-12-31",
    "2014-09-20, FINANCIAL, 2014-15, 2014-04-01, 2015-03-31",
    "2015-03-31, FINANCIAL, 2014-15, 2014-04-01, 2015-03-31",
    "2015-04-01, FINANCIAL, 2015-16, 2015-04-01, 2016-03-31",
    "2015-01-01, CALENDAR,  2015,    2015-01-01, 2015-12-31",
    "1999-06-30, FINANCIAL, 1999-00, 1999-04-01, 2000-03-31",
  })
  void placesADayInItsYear(LocalDate day, YearBasis basis, String label, LocalDate start, LocalDate end) {
    AccountingYear y = AccountingYear.of(day, basis);

    assertThat(y.label()).isEqualTo(label);
    assertThat(y.start()).isEqualTo(start);
    assertThat(y.end()).isEqualTo(end);
    assertThat(y.contains(day)).isTrue();
    assertThat(y.next().contains(day)).isFalse();
  }
}
