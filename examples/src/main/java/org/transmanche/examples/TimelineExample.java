package org.transmanche.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintStream;
import org.transmanche.core.query.Timeline;
import org.transmanche.model.Dossier;

/**
 * Example: the agreement time line, then every agreement, pledge and deployment in date order
 * (undated facts last).
 *
 * <pre>{@code
 * TimelineExample.main();                                  // the bundled corpus
 * TimelineExample.print(Transmanche.seeds(), System.out);  // the same, on any dossier and stream
 * }</pre>
 */
public final class TimelineExample {

  private TimelineExample() {}

  /**
   * Prints the time lines of the bundled corpus, or of the corpus files and directories given.
   *
   * @param args corpus files or directories; none for the bundled corpus
   */
  public static void main(String... args) {
    print(Examples.dossier(args), System.out);
  }

  /**
   * Prints the agreements of {@code dossier} in date order, then the full time line of agreements,
   * pledges and deployments.
   *
   * @param dossier the facts to order
   * @param out where to print
   * @throws NullPointerException if an argument is null
   */
  public static void print(Dossier dossier, PrintStream out) {
    checkNotNull(dossier, "dossier");
    checkNotNull(out, "out");
    Timeline all = Timeline.of(dossier);
    out.println("== Agreements ==");
    out.println(all.agreements());
    out.println("== Agreements, pledges and deployments ==");
    out.println(all);
    out.flush();
  }
}
