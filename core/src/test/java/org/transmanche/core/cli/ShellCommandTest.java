package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellCommandTest {

  @TempDir Path dir;

  @Test
  void startsJshellWithTheClassPathImportsAndTheBundledCorpus() {
    Cli.Result r = Cli.run("shell", "--dry-run");

    assertThat(r.status()).isEqualTo(Main.OK);
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).endsWith(" --class-path " + System.getProperty("java.class.path")
        + " --startup DEFAULT --startup <startup.jsh>");
    assertThat(Path.of(lines[0].substring(0, lines[0].indexOf(" --class-path"))).getFileName().toString())
        .startsWith("jshell");
    assertThat(r.out())
        .contains("import org.transmanche.model.*;\n")
        .contains("import org.transmanche.core.*;\n")
        .contains("import org.transmanche.core.query.*;\n")
        .contains("import org.transmanche.core.ledger.*;\n")
        .contains("var d = Transmanche.seeds();\n");
  }

  @Test
  void preloadsAGivenDossier() {
    String json = Cli.sample(dir);
    Cli.Result r = Cli.run("shell", "--dry-run", "--dossier", json);

    assertThat(r.out()).contains("var d = Transmanche.read(java.nio.file.Path.of(" + ShellCommand.literal(Path.of(json).toAbsolutePath().toString()) + "));");
  }

  @Test
  void rejectsAMissingFile() {
    Cli.Result r = Cli.run("shell", "--dry-run", "no/such/dir");

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche shell: no such file or directory: no/such/dir\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "/tmp/a.txt      | \"/tmp/a.txt\"",
        "C:\\x\\\"y\"    | \"C:\\\\x\\\\\\\"y\\\"\"",
      })
  void writesPathsAsJavaStringLiterals(String path, String literal) {
    assertThat(ShellCommand.literal(path)).isEqualTo(literal);
  }
}
