package org.transmanche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerExampleTest {

  // £12m on 2014-09-20 at the ECB rate published 2014-09-19 (EUR->GBP 0.7865):
  // 12,000,000 / 0.7865 = 15,257,469.8029... EUR, rounded to the cent.
  @Test
  void convertsAPoundPledgeToEurosAtTheRateOfItsDate() {
    String out = Fixture.printed(o -> LedgerExample.print(Fixture.dossier(), o));

    assertThat(out)
        .contains("== Pledges in EUR, by calendar year ==")
        .contains("15,257,469.80")
        .contains("1.271455817 (2014-09-19)") // GBP->EUR, 1 / 0.7865 to nine places
        .contains("== Pledges in GBP, by UK financial year ==")
        .contains("2014-15")
        .contains("12,000,000")
        .contains("Total: 15,257,469.80 EUR");
  }

  @Test
  void runsOnTheBundledCorpus() {
    String out = Fixture.printedByMain(LedgerExample::main);

    assertThat(out).contains("== Pledges in EUR, by calendar year ==").contains("Total: ");
  }
}
