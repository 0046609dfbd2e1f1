package org.transmanche.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;
import org.transmanche.model.testing.ModelArbitraries;

class LedgerProperties {

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  @Property(tries = 200)
  void totalIsTheSumOfTheConvertedRows(@ForAll("dossiers") Dossier d) {
    for (String currency : new String[] {"EUR", "GBP"}) {
      Ledger ledger = Ledger.of(d).currency(currency);

      BigDecimal rows =
          ledger.rows().stream()
              .flatMap(r -> r.converted().stream())
              .map(Money::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal pledgers =
          ledger.totalsByPledger().values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

      assertThat(ledger.total().amount()).isEqualByComparingTo(rows);
      assertThat(pledgers).isEqualByComparingTo(rows);
      assertThat(ledger.total().currency()).isEqualTo(currency);
    }
  }

  @Property(tries = 200)
  void yearTotalsAddUpToTheDatedConvertedRows(@ForAll("dossiers") Dossier d) {
    Ledger ledger = Ledger.of(d).financialYears();

    BigDecimal dated =
        ledger.rows().stream()
            .filter(r -> r.year().isPresent())
            .flatMap(r -> r.converted().stream())
            .map(Money::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal years = ledger.totalsByYear().values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(years).isEqualByComparingTo(dated);
  }

  @Property(tries = 200)
  void everyPledgeIsARowOrListedWithoutAmount(@ForAll("dossiers") Dossier d) {
    Ledger ledger = Ledger.of(d);

    long pledgesWithRows = ledger.rows().stream().map(LedgerRow::pledgeId).distinct().count();

    assertThat(pledgesWithRows + ledger.unquantified().size()).isEqualTo(d.pledges().size());
    assertThat(ledger.rows()).allMatch(r -> r.converted().isPresent() != r.problem().isPresent());
    assertThat(ledger.rows())
        .allMatch(r -> r.converted().map(m -> m.currency().equals("EUR")).orElse(true));
  }

  @Property(tries = 100)
  void printsWithoutFailing(@ForAll("dossiers") Dossier d) {
    assertThat(Ledger.of(d).currency("GBP").toString()).startsWith("Pledge ledger in GBP");
  }
}
