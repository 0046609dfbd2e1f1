package org.transmanche.core.cli;

import java.util.concurrent.Callable;
import org.transmanche.core.corpus.BundledCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code transmanche} command line. */
@Command(
    name = "transmanche",
    mixinStandardHelpOptions = true,
    version = "transmanche 0.1.0-SNAPSHOT",
    description = "Reads news about UK-France migration cooperation and prints sourced facts.",
    subcommands = {Main.Summary.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (0 on success). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 0;
  }

  /** Prints what the bundled corpus holds. */
  @Command(name = "summary", mixinStandardHelpOptions = true, description = "Summarise the bundled corpus.")
  static final class Summary implements Callable<Integer> {
    @Override
    public Integer call() {
      System.out.println("Bundled corpus: " + BundledCorpus.names().size() + " files; no facts extracted yet.");
      return 0;
    }
  }
}
