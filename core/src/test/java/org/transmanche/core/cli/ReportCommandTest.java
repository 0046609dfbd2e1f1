package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transmanche.core.query.SampleDossier;
import org.transmanche.model.json.Json;

class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheHtmlReport() throws Exception {
    Path html = dir.resolve("report.html");
    Cli.Result r = Cli.run("report", "--html", html.toString(), "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).isEqualTo("wrote " + html + "\n");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains("15,257,469.80");
  }

  @Test
  void writesCsvTablesAndJsonToo() throws Exception {
    Path csv = dir.resolve("tables");
    Path json = dir.resolve("d.json");
    Cli.Result r = Cli.run("report", "--csv", csv.toString(), "--json", json.toString(), "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(csv.resolve("pledges.csv")).exists();
    assertThat(csv.resolve("statements.csv")).exists();
    assertThat(Json.readDossier(json)).isEqualTo(SampleDossier.dossier());
  }

  @Test
  void refusesToRunWithNothingToWrite() {
    Cli.Result r = Cli.run("report", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche report: nothing to write: give --html FILE (and/or --csv DIR, --json FILE)\n");
  }

  @Test
  void rejectsAFileInAMissingDirectory() {
    Path html = dir.resolve("missing/report.html");
    Cli.Result r = Cli.run("report", "--html", html.toString(), "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche report: no such directory: " + html.getParent() + "\n");
  }
}
