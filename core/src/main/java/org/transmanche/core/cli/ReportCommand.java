package org.transmanche.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.transmanche.core.export.CsvExport;
import org.transmanche.core.export.HtmlReport;
import org.transmanche.core.export.JsonExport;
import org.transmanche.model.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: the HTML report, and optionally the CSV tables and the JSON, written to files. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a self-contained HTML report (pledges per year chart, agreement timeline, ledger, sources),",
      "and optionally CSV tables per fact type and the dossier JSON."
    })
final class ReportCommand implements Callable<Integer> {

  private final Console console;

  @Mixin Inputs inputs;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report to FILE.")
  Path html;

  @Option(names = "--csv", paramLabel = "DIR", description = "Write one CSV table per fact type (and actors) into DIR.")
  Path csv;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the dossier JSON to FILE.")
  Path json;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR", description = "Currency of the pledges chart and ledger (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--financial-year", description = "Pledges by UK financial year (April-March) instead of calendar year.")
  boolean financialYear;

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (html == null && csv == null && json == null) {
      throw new UsageException("nothing to write: give --html FILE (and/or --csv DIR, --json FILE)");
    }
    String code = LedgerCommand.currency(currency);
    for (Path p : new Path[] {html, json}) {
      if (p != null) {
        parentExists(p);
        if (Files.isDirectory(p)) {
          throw new UsageException(p + " is a directory; expected a file name");
        }
      }
    }
    if (csv != null) {
      parentExists(csv);
      if (Files.exists(csv) && !Files.isDirectory(csv)) {
        throw new UsageException("--csv expects a directory, but " + csv + " is a file");
      }
    }
    Dossier d = inputs.load();
    if (html != null) {
      HtmlReport report = HtmlReport.of(d).currency(code);
      (financialYear ? report.financialYears() : report).write(html);
      console.out.println("wrote " + html);
    }
    if (csv != null) {
      CsvExport.write(d, csv).forEach(p -> console.out.println("wrote " + p));
    }
    if (json != null) {
      JsonExport.write(d, json, true);
      console.out.println("wrote " + json);
    }
    console.out.flush();
    return 0;
  }

  private static void parentExists(Path p) {
    Path parent = p.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException("no such directory: " + parent);
    }
  }
}
