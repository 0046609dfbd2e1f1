package org.transmanche.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintStream;
import org.transmanche.core.query.Citation;
import org.transmanche.core.query.Display;
import org.transmanche.core.query.Query;
import org.transmanche.model.Actor;
import org.transmanche.model.Dossier;
import org.transmanche.model.Statement;

/**
 * Example: who said what. Every statement of a dossier, grouped by speaker, with its date and the
 * sentence of the source document it was read from.
 *
 * <pre>{@code
 * WhoSaidWhatExample.main();                                  // the bundled corpus
 * WhoSaidWhatExample.print(Transmanche.seeds(), System.out);  // the same, on any dossier and stream
 * }</pre>
 */
public final class WhoSaidWhatExample {

  private WhoSaidWhatExample() {}

  /**
   * Prints who said what in the bundled corpus, or in the corpus files and directories given.
   *
   * @param args corpus files or directories; none for the bundled corpus
   */
  public static void main(String... args) {
    print(Examples.dossier(args), System.out);
  }

  /**
   * Prints, for each actor who made a statement (in actor order), the statements in date order with
   * their sources.
   *
   * @param dossier the facts to read
   * @param out where to print
   * @throws NullPointerException if an argument is null
   */
  public static void print(Dossier dossier, PrintStream out) {
    checkNotNull(dossier, "dossier");
    checkNotNull(out, "out");
    Query q = Query.of(dossier);
    out.println("== Who said what: " + dossier.statements().size() + " statements ==");
    for (Actor speaker : dossier.actors()) {
      var said = q.statements().by(speaker.id());
      if (said.isEmpty()) {
        continue;
      }
      out.println();
      out.println(speaker.name() + " (" + said.count() + ")");
      for (Statement s : said.list()) {
        out.println("  " + Display.date(s.date()) + (s.direct() ? "  " : "  (reported) ") + "«" + s.text() + "»");
        for (Citation c : q.sources(s)) {
          out.println("    " + c);
        }
      }
    }
    out.flush();
  }
}
