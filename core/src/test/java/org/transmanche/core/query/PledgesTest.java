package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Dossier;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;

class PledgesTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void listsPledgesInDateOrderWithUndatedLast() {
    assertThat(Query.of(D).pledges().ids())
        .containsExactly(
            "pledge:port-2014", "pledge:dogs-2014", "pledge:accord-2015", "pledge:briefing-2015", "pledge:centre");
  }

  @ParameterizedTest(name = "byPledger({0}).inYear({1})")
  @CsvSource({
    "GB,             2014, pledge:port-2014",
    "gb,             2015, pledge:accord-2015 pledge:briefing-2015",
    "state:FR,       2014, pledge:dogs-2014",
    "Royaume-Uni,    2014, pledge:port-2014",
    "britain,        2016, ''",
    "FR,             2015, ''",
  })
  void narrowsByPledgerAndCalendarYear(String who, int year, String ids) {
    assertThat(String.join(" ", Query.of(D).pledges().byPledger(who).inYear(year).ids())).isEqualTo(ids);
  }

  @ParameterizedTest(name = "inFinancialYear({0})")
  @CsvSource({
    "2014, pledge:port-2014 pledge:dogs-2014",
    "2015, pledge:accord-2015 pledge:briefing-2015",
    "2013, ''",
  })
  void narrowsByUkFinancialYear(int firstYear, String ids) {
    assertThat(String.join(" ", Query.of(D).pledges().inFinancialYear(firstYear).ids())).isEqualTo(ids);
  }

  @Test
  void narrowsByRecipientStatusKindAndCurrency() {
    assertThat(Query.of(D).pledges().byRecipient("France").ids())
        .containsExactly("pledge:port-2014", "pledge:accord-2015");
    assertThat(Query.of(D).pledges().withStatus(PledgeStatus.OFFERED).ids())
        .containsExactly("pledge:dogs-2014", "pledge:briefing-2015", "pledge:centre");
    assertThat(Query.of(D).pledges().ofKind(PledgeKind.IN_KIND).ids()).containsExactly("pledge:dogs-2014");
    assertThat(Query.of(D).pledges().inCurrency("gbp").ids()).containsExactly("pledge:port-2014", "pledge:centre");
  }

  @ParameterizedTest(name = "underAgreement({0})")
  @CsvSource({
    "agreement:accord-2015,     pledge:accord-2015 pledge:briefing-2015",
    "accord sur la frontiere,   pledge:accord-2015 pledge:briefing-2015",
    "Joint Declaration,         pledge:port-2014",
    "Touquet,                   ''",
  })
  void narrowsByAgreementIdOrName(String agreement, String ids) {
    assertThat(String.join(" ", Query.of(D).pledges().underAgreement(agreement).ids())).isEqualTo(ids);
  }

  @Test
  void chainsFiltersIntoNewSelectionsLeavingTheFirstUnchanged() {
    Pledges all = Query.of(D).pledges();
    Pledges british = all.byPledger("GB");

    assertThat(all.count()).isEqualTo(5);
    assertThat(british.count()).isEqualTo(4);
    assertThat(british.undated().ids()).containsExactly("pledge:centre");
  }

  @Test
  void printsOneRowPerPledgeWithNamesAmountsAndSources() {
    String printed = Query.of(D).pledges().byPledger("GB").inYear(2014).toString();

    assertThat(printed)
        .startsWith("1 pledge\n")
        .contains("2014-09-20")
        .contains("United Kingdom → France: 12,000,000 GBP, port security [committed]")
        .contains("port-funding.txt#1 «will give £12m»");
  }

  @Test
  void describesAScheduleInTheRow() {
    assertThat(Query.of(D).pledges().underAgreement("agreement:accord-2015").toString())
        .contains("United Kingdom → France: 10,000,000 EUR a year for 3 years [committed]");
  }
}
