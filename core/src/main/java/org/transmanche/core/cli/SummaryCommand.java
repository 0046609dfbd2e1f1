package org.transmanche.core.cli;

import java.util.concurrent.Callable;
import org.transmanche.core.ledger.Ledger;
import org.transmanche.core.query.Timeline;
import org.transmanche.model.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code summary}: what a corpus holds, its pledge ledger and its agreement time line. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Summarise a corpus: documents, actors and facts counted, the pledge ledger and the agreement timeline.",
      "Reads the bundled corpus unless files, directories or --dossier are given."
    })
final class SummaryCommand implements Callable<Integer> {

  private final Console console;

  @Mixin Inputs inputs;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR", description = "Ledger currency (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--financial-year", description = "Ledger by UK financial year (April-March) instead of calendar year.")
  boolean financialYear;

  SummaryCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Ledger ledger = LedgerCommand.ledger(inputs, currency, financialYear);
    Dossier d = ledger.dossier();
    console.out.print(counts(d, inputs.describe()));
    console.out.println();
    console.out.print(ledger);
    console.out.println();
    console.out.println("Agreement timeline");
    console.out.print(Timeline.of(d).agreements());
    console.out.flush();
    return 0;
  }

  /** The counts block of the summary. */
  static String counts(Dossier d, String source) {
    return String.format(
        "Transmanche summary of %s%n"
            + "Documents      %d%n"
            + "Diagnostics    %d%n"
            + "Actors         %d%n"
            + "Facts          %d (%d agreements, %d pledges, %d deployments, %d statements, %d figures)%n"
            + "Disagreements  %d%n",
        source,
        d.documents().size(),
        d.diagnostics().size(),
        d.actors().size(),
        d.facts().size(),
        d.agreements().size(),
        d.pledges().size(),
        d.deployments().size(),
        d.statements().size(),
        d.figures().size(),
        d.disagreements().size());
  }
}
