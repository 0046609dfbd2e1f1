package org.transmanche.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.core.query.Query;
import org.transmanche.core.query.SampleDossier;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Schedule;

/**
 * Expected amounts are computed by hand from the ECB reference rates: EUR->GBP 0.7865 published
 * 2014-09-19 (the Friday before the Saturday 2014-09-20) and 0.7138 published 2015-08-20. £12m is
 * 12,000,000 / 0.7865 = 15,257,469.8029 EUR, so 15,257,469.80; €10m is 7,138,000 GBP.
 */
class LedgerTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void convertsAPoundPledgeAtTheEcbRateOfItsDate() {
    LedgerRow row = Ledger.of(D).currency("EUR").rows().get(0);

    assertThat(row.pledgeId()).isEqualTo("pledge:port-2014");
    assertThat(row.original()).isEqualTo(Money.of(12_000_000, "GBP"));
    assertThat(row.rate().orElseThrow().rateDate()).isEqualTo(LocalDate.of(2014, 9, 19));
    assertThat(row.rate().orElseThrow().rate()).isEqualByComparingTo("1.271455817");
    assertThat(row.converted()).contains(Money.of(new BigDecimal("15257469.80"), "EUR"));
    assertThat(row.sources()).extracting(c -> c.documentId() + " " + c.quote()).containsExactly("port-funding.txt#1 will give £12m");
  }

  @Test
  void spreadsAScheduleOverItsYearsFromThePledgeYear() {
    assertThat(
            Ledger.of(D).rows().stream()
                .filter(r -> r.pledgeId().equals("pledge:accord-2015"))
                .map(r -> r.year().orElseThrow().label() + " " + r.part() + "/" + r.parts() + " " + r.converted().orElseThrow().format()))
        .containsExactly("2015 1/3 10000000 EUR", "2016 2/3 10000000 EUR", "2017 3/3 10000000 EUR");
  }

  @ParameterizedTest(name = "{0} by {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EUR | CALENDAR  | 2014=15257469.8 2015=30000000 2016=10000000 2017=10000000 | 65257469.8",
        "GBP | CALENDAR  | 2014=12000000 2015=21414000 2016=7138000 2017=7138000      | 52690000",
        "EUR | FINANCIAL | 2014-15=15257469.8 2015-16=30000000 2016-17=10000000 2017-18=10000000 | 65257469.8",
        "GBP | FINANCIAL | 2014-15=12000000 2015-16=21414000 2016-17=7138000 2017-18=7138000 | 52690000",
      })
  void totalsPerYearInEuroOrPound(String currency, YearBasis basis, String byYear, BigDecimal total) {
    Ledger ledger = Ledger.of(D).currency(currency).basis(basis);

    assertThat(
            ledger.totalsByYear().entrySet().stream()
                .map(e -> e.getKey().label() + "=" + e.getValue().amount().toPlainString())
                .collect(Collectors.joining(" ")))
        .isEqualTo(byYear);
    assertThat(ledger.total()).isEqualTo(Money.of(total, currency));
  }

  @Test
  void totalsPerPledger() {
    assertThat(Ledger.of(D).totalsByPledger())
        .containsExactly(Map.entry("state:GB", Money.of(new BigDecimal("65257469.80"), "EUR")));
  }

  @Test
  void keepsAnUndatedForeignAmountOutOfTheTotalsWithItsReason() {
    LedgerRow centre = Ledger.of(D).currency("EUR").unconverted().get(0);

    assertThat(centre.pledgeId()).isEqualTo("pledge:centre");
    assertThat(centre.year()).isEmpty();
    assertThat(centre.problem()).contains("undated: no day to take a GBP->EUR rate from");
  }

  @Test
  void countsAnUndatedAmountAlreadyInTheLedgerCurrency() {
    Ledger gbp = Ledger.of(D).currency("gbp");

    assertThat(gbp.unconverted()).isEmpty();
    assertThat(gbp.rows().get(gbp.rows().size() - 1).converted()).contains(Money.of(5_000_000, "GBP"));
  }

  @Test
  void listsPledgesWithoutAmountApart() {
    assertThat(Ledger.of(D).unquantified()).extracting(Pledge::id).containsExactly("pledge:dogs-2014");
  }

  @Test
  void marksDisputedRowsAndShowsTheConflict() {
    Ledger ledger = Ledger.of(D);

    assertThat(ledger.rows().stream().filter(LedgerRow::disputed).map(LedgerRow::pledgeId).distinct())
        .containsExactly("pledge:accord-2015", "pledge:briefing-2015");
    assertThat(ledger.conflicts()).hasSize(1);
    assertThat(ledger.toString()).contains("Sources disagree").contains("disputed: disagreement:accord-2015-amount");
  }

  @Test
  void restrictsToTheResultOfAQuery() {
    Ledger french = Ledger.of(Query.of(D).pledges().byPledger("FR"));

    assertThat(french.rows()).isEmpty();
    assertThat(french.total()).isEqualTo(Money.of(0, "EUR"));
    assertThat(french.conflicts()).isEmpty();
  }

  @Test
  void rejectsACurrencyWithoutEcbRateNamingTheKnownOnes() {
    assertThatThrownBy(() -> Ledger.of(D).currency("XAU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no ECB rate for currency 'XAU'; known: ")
        .hasMessageContaining("GBP");
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @CsvSource({
    "1000, XAU, 2014-09-20, no ECB rate for XAU",
    "1000, GBP, 1998-05-01, no ECB rate GBP->EUR on or before 1998-05-01",
  })
  void explainsWhyAnAmountCannotBeConverted(long amount, String currency, LocalDate day, String problem) {
    Dossier d = dossierWith(pledge("pledge:x", Money.of(amount, currency), day).build());

    assertThat(Ledger.of(d).rows().get(0).problem()).contains(problem);
    assertThat(Ledger.of(d).total()).isEqualTo(Money.of(0, "EUR"));
  }

  @Test
  void splitsAScheduleTotalEvenlyWithTheRestInTheLastYear() {
    Pledge p =
        pledge("pledge:split", Money.of(10_000_000, "EUR"), LocalDate.of(2016, 2, 1))
            .schedule(Schedule.builder().total(Money.of(10_000_000, "EUR")).years(3).build())
            .build();

    assertThat(Ledger.of(dossierWith(p)).financialYears().rows())
        .extracting(r -> r.year().orElseThrow().label() + " " + r.original().amount().toPlainString())
        .containsExactly("2015-16 3333333.33", "2016-17 3333333.33", "2017-18 3333333.34");
  }

  @Test
  void printsRowsTotalsAndSources() {
    String printed = Ledger.of(D).currency("EUR").toString();

    assertThat(printed)
        .startsWith("Pledge ledger in EUR by calendar year, at the ECB reference rate of each pledge's date\n")
        .contains("12,000,000 GBP")
        .contains("1.271455817 (2014-09-19)")
        .contains("15,257,469.80")
        .contains("port-funding.txt#1 «will give £12m»")
        .contains("Total: 65,257,469.80 EUR")
        .contains("Without an amount: pledge:dogs-2014");
  }

  private static ImmutablePledge.Builder pledge(String id, Money amount, LocalDate day) {
    return Pledge.builder()
        .id(id)
        .pledger("state:GB")
        .amount(amount)
        .kind(PledgeKind.FUNDING)
        .status(PledgeStatus.COMMITTED)
        .date(DateSpan.ofDay(day))
        .addEvidence(DOC.evidence(0, 4));
  }

  private static final Document DOC = Document.builder().file("x.txt").index(1).language("en").text("Money given.").build();

  private static Dossier dossierWith(Pledge p) {
    return Dossier.builder()
        .addDocuments(DOC)
        .addActors(Actor.builder().id("state:GB").kind(ActorKind.GOVERNMENT).name("United Kingdom").build())
        .addPledges(p)
        .build();
  }
}
