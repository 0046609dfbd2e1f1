package org.transmanche.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintStream;
import java.util.Map;
import org.transmanche.core.ledger.AccountingYear;
import org.transmanche.core.ledger.Ledger;
import org.transmanche.core.query.Conflict;
import org.transmanche.core.query.Display;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;

/**
 * Example: how much money was pledged, per year and per pledger, in euros by calendar year and in
 * pounds by UK financial year (April to March), converted at the ECB rate of each pledge's date.
 *
 * <pre>{@code
 * LedgerExample.main();                                    // the bundled corpus
 * LedgerExample.print(Transmanche.seeds(), System.out);    // the same, on any dossier and stream
 * }</pre>
 */
public final class LedgerExample {

  private LedgerExample() {}

  /**
   * Prints the ledgers of the bundled corpus, or of the corpus files and directories given.
   *
   * @param args corpus files or directories; none for the bundled corpus
   */
  public static void main(String... args) {
    print(Examples.dossier(args), System.out);
  }

  /**
   * Prints the pledge ledger of {@code dossier} twice (EUR by calendar year, GBP by UK financial
   * year), then the yearly totals and the disagreements between sources.
   *
   * @param dossier the facts to account for
   * @param out where to print
   * @throws NullPointerException if an argument is null
   */
  public static void print(Dossier dossier, PrintStream out) {
    checkNotNull(dossier, "dossier");
    checkNotNull(out, "out");
    Ledger euros = Ledger.of(dossier).currency("EUR");
    out.println("== Pledges in EUR, by calendar year ==");
    out.println(euros);
    Ledger pounds = Ledger.of(dossier).currency("GBP").financialYears();
    out.println("== Pledges in GBP, by UK financial year ==");
    out.println(pounds);
    out.println("== Yearly totals (EUR) ==");
    for (Map.Entry<AccountingYear, Money> e : euros.totalsByYear().entrySet()) {
      out.println(e.getKey() + "  " + Display.money(e.getValue()));
    }
    out.println("Total: " + Display.money(euros.total()));
    if (!euros.conflicts().isEmpty()) {
      out.println("== Where sources disagree ==");
      for (Conflict c : euros.conflicts()) {
        out.println(c);
      }
    }
    out.flush();
  }
}
