package org.transmanche.core.cli;

import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.transmanche.core.query.Display;
import org.transmanche.model.Actor;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.parsers.rates.ExchangeRates;
import org.transmanche.parsers.rates.Rate;
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
    console.out.print(pledges(d, LedgerCommand.currency(currency)));
    console.out.println();
    console.out.print(ledger);
    console.out.println();
    console.out.println("Agreement timeline");
    console.out.print(Timeline.of(d).agreements());
    console.out.flush();
    return 0;
  }

  /**
   * Each pledge once: its stated amount and the same amount as other sources put it, its schedule,
   * and its value in {@code currency} at the ECB rate of its date, with the rate and the day the ECB
   * published it.
   */
  static String pledges(Dossier d, String currency) {
    StringBuilder sb = new StringBuilder("Pledges, each once with every way the sources state it\n");
    for (Pledge p : d.pledges()) {
      if (p.amount().isEmpty()) {
        continue;
      }
      Money stated = p.amount().get();
      String who = d.actor(p.pledger()).map(Actor::name).orElse(p.pledger());
      sb.append("- ").append(Display.date(p.date())).append("  ").append(who).append(": ")
          .append(Display.money(stated, p.qualifier()));
      if (!p.alsoStated().isEmpty()) {
        sb.append(" (also stated as ")
            .append(p.alsoStated().stream().map(Display::money).collect(Collectors.joining(", ")))
            .append(')');
      }
      p.schedule().ifPresent(sc -> sc.perYear().ifPresent(y -> sb.append(", ").append(Display.money(y))
          .append(" a year").append(sc.years().map(n -> " for " + n + " years").orElse(""))));
      Optional<LocalDate> day = p.date().map(DateSpan::from);
      if (!stated.currency().equals(currency) && day.isPresent()) {
        Optional<Rate> rate = ExchangeRates.ecb().rate(stated.currency(), currency, day.get());
        if (rate.isPresent()) {
          sb.append("; = ").append(Display.money(ExchangeRates.ecb().convert(stated, currency, day.get())))
              .append(" at ").append(rate.get().rate().round(new MathContext(6)).toPlainString())
              .append(" (ECB, ").append(rate.get().rateDate()).append(')');
        }
      }
      Set<String> documents = new LinkedHashSet<>();
      p.evidence().forEach(e -> documents.add(e.document()));
      sb.append("; ").append(documents.size()).append(documents.size() == 1 ? " source: " : " sources: ")
          .append(String.join(", ", documents)).append('\n');
    }
    return sb.toString();
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
