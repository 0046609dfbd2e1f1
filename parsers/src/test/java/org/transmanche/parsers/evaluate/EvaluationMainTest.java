package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Dossier;
import org.transmanche.model.json.Json;

class EvaluationMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvaluationMain.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsTheMarkdownReport(@TempDir Path dir) throws IOException {
    Path gold = goldFolder(dir);
    Path dossier = dir.resolve("dossier.json");
    Files.writeString(dossier, Json.write(Dossier.builder().build()));

    assertThat(run(dossier.toString(), gold.toString())).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("# Evaluation against the gold standard")
        .contains("| statements | 1 | 0 | 0 | 1.000 | 0.000 | 0.000 |");
  }

  @Test
  void printsJsonOnRequest(@TempDir Path dir) throws IOException {
    Path gold = goldFolder(dir);
    Path dossier = dir.resolve("dossier.json");
    Files.writeString(dossier, Json.write(Dossier.builder().build()));

    assertThat(run(dossier.toString(), gold.toString(), "--json")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"statements\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // arguments (space separated) | exit status | error output contains
        " | 2 | usage:",
        "only-one.json | 2 | usage:",
        "a.json gold --html | 2 | unknown option '--html'; known: --json",
        "a.json gold extra | 2 | too many arguments: 'extra'",
        "missing.json gold | 1 | dossier file 'missing.json' does not exist",
      })
  void reportsUsageAndInputErrors(String args, int status, String message) {
    String[] argv = args == null ? new String[0] : args.trim().split(" ");

    assertThat(run(argv)).isEqualTo(status);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anInvalidDossierIsReportedWithExitStatusOne(@TempDir Path dir) throws IOException {
    Path dossier = dir.resolve("dossier.json");
    Files.writeString(dossier, "{\"schema\": \"transmanche/1\", \"documents\": [{}]}");

    assertThat(run(dossier.toString(), goldFolder(dir).toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("dossier.json");
  }

  private static Path goldFolder(Path dir) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        gold.resolve("a.txt#1.json"),
        "{\"document\":\"a.txt#1\",\"statements\":[{\"speaker\":\"X\",\"quote\":\"des mots\"}]}",
        StandardCharsets.UTF_8);
    return gold;
  }
}
