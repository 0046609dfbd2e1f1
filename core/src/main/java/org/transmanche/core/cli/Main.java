package org.transmanche.core.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code transmanche} command line: {@code summary}, {@code extract}, {@code annotate}, {@code
 * ledger}, {@code quotes}, {@code report}, {@code shell} and {@code evaluate}, each with {@code
 * --help}. Output is
 * UTF-8. Exit status: 0 on success, 1 when the work failed, 2 for a bad argument or path; either
 * error is one line on standard error.
 *
 * <pre>{@code
 * Main.run("ledger", "--currency", "GBP", "--financial-year"); // prints the ledger, returns 0
 * Main.run("summary", "no/such/file");                         // one line on stderr, returns 2
 * }</pre>
 */
@Command(
    name = "transmanche",
    mixinStandardHelpOptions = true,
    version = "transmanche 0.1.0-SNAPSHOT",
    description = "Reads news about UK-France migration cooperation at Calais and the Channel and prints sourced facts.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

  /** Exit status of a successful run. */
  public static final int OK = 0;

  /** Exit status when the work failed (unreadable input, a write error). */
  public static final int FAILED = 1;

  /** Exit status for a bad argument, option or path. */
  public static final int USAGE = 2;

  private final Console console;

  @Spec CommandSpec spec;

  private Main(Console console) {
    this.console = console;
  }

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on the process's standard streams (output in UTF-8) and returns its exit
   * status.
   *
   * @param args the command-line arguments
   * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    try {
      return run(out, err, System.in, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs the command line on the given streams and returns its exit status; nothing is written to
   * the process's own streams (except by {@code shell}, whose JShell uses them). Thread-safe when
   * each call has its own streams.
   *
   * @param out where results go
   * @param err where errors go: one line per error
   * @param in what {@code annotate} reads
   * @param args the command-line arguments
   * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(PrintWriter out, PrintWriter err, InputStream in, String... args) {
    Console console = new Console(out, err, in);
    CommandLine cmd = new CommandLine(new Main(console));
    cmd.addSubcommand(new SummaryCommand(console));
    cmd.addSubcommand(new ExtractCommand(console));
    cmd.addSubcommand(new AnnotateCommand(console));
    cmd.addSubcommand(new LedgerCommand(console));
    cmd.addSubcommand(new QuotesCommand(console));
    cmd.addSubcommand(new ReportCommand(console));
    cmd.addSubcommand(new ShellCommand(console));
    cmd.addSubcommand(new EvaluateCommand(console));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println(
              c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage())
                  + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
          c.getErr().flush();
          return USAGE;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
          c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(message));
          if (System.getenv("TRANSMANCHE_DEBUG") != null) {
            ex.printStackTrace(c.getErr());
          }
          c.getErr().flush();
          return ex instanceof UsageException ? USAGE : FAILED;
        });
    int status = cmd.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** The usage, when no sub-command is given. */
  @Override
  public Integer call() {
    spec.commandLine().usage(console.out);
    console.out.flush();
    return OK;
  }

  /** {@code message} on one line: each run of white space, line breaks included, becomes one space. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s+", " ");
  }
}
