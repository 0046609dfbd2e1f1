package org.transmanche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.core.ledger.Ledger;
import org.transmanche.core.ledger.LedgerRow;
import org.transmanche.core.query.Statements;
import org.transmanche.core.query.Timeline;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;
import org.transmanche.model.json.Json;
import org.transmanche.model.testing.ModelArbitraries;

/**
 * Downstream-style properties: the SDK as a user sees it, over any valid dossier the model's shipped
 * arbitraries generate (the model test-jar, as documented in the README).
 */
class ExamplesProperties {

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  @Property(tries = 100)
  void theExamplesPrintAnyValidDossier(@ForAll("dossiers") Dossier d) {
    String ledger = Fixture.printed(o -> LedgerExample.print(d, o));
    String quotes = Fixture.printed(o -> WhoSaidWhatExample.print(d, o));
    String timeline = Fixture.printed(o -> TimelineExample.print(d, o));

    assertThat(ledger).startsWith("== Pledges in EUR, by calendar year ==");
    assertThat(quotes).startsWith("== Who said what: " + d.statements().size() + " statements ==");
    assertThat(timeline).startsWith("== Agreements ==");
  }

  @Property(tries = 100)
  void theTimelineHoldsEveryAgreementPledgeAndDeploymentOnce(@ForAll("dossiers") Dossier d) {
    assertThat(Timeline.of(d).count())
        .isEqualTo(d.agreements().size() + d.pledges().size() + d.deployments().size());
    assertThat(Statements.of(d).count()).isEqualTo(d.statements().size());
  }

  @Property(tries = 100)
  void theLedgerTotalIsTheSumOfItsConvertedRowsInItsCurrency(@ForAll("dossiers") Dossier d) {
    Ledger ledger = Ledger.of(d).currency("GBP").financialYears();

    BigDecimal sum =
        ledger.rows().stream()
            .map(LedgerRow::converted)
            .flatMap(java.util.Optional::stream)
            .map(Money::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(ledger.total().currency()).isEqualTo("GBP");
    assertThat(ledger.total().amount()).isEqualByComparingTo(sum);
  }

  @Property(tries = 50)
  void aDossierSurvivesTheJsonTheSdkWrites(@ForAll("dossiers") Dossier d) {
    String json = org.transmanche.core.export.JsonExport.toJson(d, false);

    assertThat(Json.readDossier(json)).isEqualTo(d);
  }
}
