package org.transmanche.core.cli;

import java.util.concurrent.Callable;
import org.transmanche.core.query.Citation;
import org.transmanche.core.query.Display;
import org.transmanche.core.query.Query;
import org.transmanche.core.query.Statements;
import org.transmanche.model.Actor;
import org.transmanche.model.Dossier;
import org.transmanche.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quotes}: who said what, by speaker and phrase. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Print who said what: each statement with its speaker, date and source sentence.",
      "Names and phrases match whatever the case and accents; courtesy titles (Mme, M., Mr) are ignored."
    })
final class QuotesCommand implements Callable<Integer> {

  private final Console console;

  @Mixin Inputs inputs;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements of this speaker (a name, part of one, or an actor id).")
  String speaker;

  @Option(names = "--phrase", paramLabel = "TEXT", description = "Only statements containing this phrase.")
  String phrase;

  QuotesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Dossier d = inputs.load();
    Statements s = Statements.of(d);
    if (speaker != null) {
      s = s.by(speaker);
    }
    if (phrase != null) {
      if (phrase.isBlank()) {
        throw new UsageException("--phrase is blank");
      }
      s = s.containing(phrase);
    }
    console.out.println(s.count() + (s.count() == 1 ? " statement" : " statements"));
    Query q = Query.of(d);
    for (Statement st : s.list()) {
      String who = d.actor(st.speaker()).map(Actor::name).orElse(st.speaker());
      console.out.println();
      console.out.println(Display.date(st.date()) + "  " + who + (st.direct() ? "" : " (reported)"));
      console.out.println("  «" + st.text() + "»");
      for (Citation c : q.sources(st)) {
        console.out.println("  " + c);
      }
    }
    console.out.flush();
    return 0;
  }
}
