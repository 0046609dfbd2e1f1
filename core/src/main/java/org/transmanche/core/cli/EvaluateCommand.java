package org.transmanche.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.transmanche.model.Dossier;
import org.transmanche.parsers.evaluate.Evaluation;
import org.transmanche.parsers.evaluate.EvaluationReport;
import org.transmanche.parsers.evaluate.Evaluator;
import org.transmanche.parsers.evaluate.GoldStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: scores a dossier against a folder of gold files (precision, recall and F1 per
 * fact type, misses and spurious facts per article) and prints the Markdown report, or JSON.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the facts against gold-standard files: precision, recall and F1 per fact type,",
      "with the missed and spurious facts of every article. Default: the bundled corpus against",
      "the seed gold files of the source tree."
    })
final class EvaluateCommand implements Callable<Integer> {

  /** Where the seed gold files live in the source tree, relative to its root. */
  static final String SEED_GOLD = "parsers/src/test/resources/gold/seeds";

  private final Console console;

  @Mixin Inputs inputs;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "Folder of gold JSON files, one per article. Default: " + SEED_GOLD + " under the project root.")
  Path gold;

  @Option(names = "--json", description = "Print the scores as JSON instead of Markdown.")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  EvaluateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Path folder = gold != null ? gold : Path.of(System.getProperty("transmanche.home", ".")).resolve(SEED_GOLD);
    if (!Files.isDirectory(folder)) {
      throw new UsageException("no gold folder at " + folder + "; give one with --gold DIR");
    }
    if (out != null && Files.isDirectory(out)) {
      throw new UsageException(out + " is a directory; expected a file name");
    }
    GoldStandard standard = GoldStandard.read(folder);
    Dossier dossier = inputs.load();
    Evaluation evaluation = Evaluator.standard().evaluate(dossier, standard);
    String report = json ? EvaluationReport.json(evaluation) : EvaluationReport.markdown(evaluation);
    if (out != null) {
      try {
        Files.writeString(out, report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out, e);
      }
      console.out.println("wrote " + out);
    } else {
      console.out.print(report);
    }
    console.out.flush();
    return 0;
  }
}
