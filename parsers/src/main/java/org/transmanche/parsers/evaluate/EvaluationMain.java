package org.transmanche.parsers.evaluate;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.transmanche.model.Dossier;
import org.transmanche.model.TransmancheException;
import org.transmanche.model.json.Json;

/**
 * Command-line entry point: evaluates a dossier JSON file against a folder of gold files and
 * prints the Markdown report to standard output.
 *
 * <pre>
 * java ... org.transmanche.parsers.evaluate.EvaluationMain dossier.json gold/seeds [--json]
 * </pre>
 *
 * <p>With {@code --json} it prints the JSON scores instead. Exit status: 0 on success, 2 for a
 * usage error, 1 when an input cannot be read (the reason goes to standard error).
 */
public final class EvaluationMain {

  private static final String USAGE = "usage: EvaluationMain <dossier.json> <gold-folder> [--json]";

  private EvaluationMain() {}

  /**
   * Runs the evaluation and exits with its status.
   *
   * @param args the dossier file, the gold folder and optionally {@code --json}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out, System.err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs with the given streams and returns the exit status; for tests and embedding. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    String dossierFile = null;
    String goldFolder = null;
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
      } else if (a.startsWith("--")) {
        err.println("unknown option '" + a + "'; known: --json");
        err.println(USAGE);
        return 2;
      } else if (dossierFile == null) {
        dossierFile = a;
      } else if (goldFolder == null) {
        goldFolder = a;
      } else {
        err.println("too many arguments: '" + a + "'");
        err.println(USAGE);
        return 2;
      }
    }
    if (goldFolder == null) {
      err.println(USAGE);
      return 2;
    }
    Path dossierPath = Path.of(dossierFile);
    Path goldPath = Path.of(goldFolder);
    if (!Files.isRegularFile(dossierPath)) {
      err.println("dossier file '" + dossierPath + "' does not exist");
      return 1;
    }
    try {
      Dossier dossier = Json.readDossier(dossierPath);
      GoldStandard gold = GoldStandard.read(goldPath);
      Evaluation e = Evaluator.standard().evaluate(dossier, gold);
      out.print(json ? EvaluationReport.json(e) : EvaluationReport.markdown(e));
      return 0;
    } catch (TransmancheException | UncheckedIOException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
