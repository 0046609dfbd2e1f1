package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {

  @TempDir Path dir;

  // Expected amounts by hand: £12m on 2014-09-20 at EUR->GBP 0.7865 (ECB, 2014-09-19) is
  // 15,257,469.80 EUR; €10m a year from 2015-08-20 at 0.7138 (ECB, 2015-08-20) is 7,138,000 GBP.
  @Test
  void printsTheLedgerInEurosByCalendarYearByDefault() {
    Cli.Result r = Cli.run("ledger", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out())
        .startsWith("Pledge ledger in EUR by calendar year")
        .contains("15,257,469.80")
        .contains("(2014-09-19)")
        .contains("Totals by year")
        .contains("Totals by pledger");
  }

  @Test
  void printsTheLedgerInPoundsByFinancialYear() {
    Cli.Result r = Cli.run("ledger", "--currency", "gbp", "--financial-year", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out())
        .startsWith("Pledge ledger in GBP by UK financial year (April-March)")
        .contains("2014-15")
        .contains("2015-16")
        .contains("7,138,000");
  }

  @Test
  void rejectsACurrencyWithoutEcbRates() {
    Cli.Result r = Cli.run("ledger", "--currency", "XYZ", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("transmanche ledger: unknown currency 'XYZ'; ECB rates exist for: ").contains("GBP");
    assertThat(r.err().strip()).doesNotContain("\n");
  }
}
