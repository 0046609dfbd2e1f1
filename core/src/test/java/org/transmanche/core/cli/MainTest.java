package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @Test
  void printsTheUsageWithoutASubCommand() {
    Cli.Result r = Cli.run();

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("Usage: transmanche").contains("summary").contains("annotate").contains("shell");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "extract", "annotate", "ledger", "quotes", "report", "shell"})
  void explainsEverySubCommandWithHelp(String command) {
    Cli.Result r = Cli.run(command, "--help");

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("Usage: transmanche " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void reportsAnUnknownSubCommandOnOneLine() {
    Cli.Result r = Cli.run("sumary");

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("transmanche: ").contains("sumary").endsWith("\n");
    assertThat(r.err().strip()).doesNotContain("\n");
  }

  @Test
  void reportsAnUnknownOptionOnOneLine() {
    Cli.Result r = Cli.run("ledger", "--curency", "EUR");

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).startsWith("transmanche ledger: ").contains("--curency").doesNotContain("\n");
  }

  @Test
  void reportsAMissingPathOnOneLine() {
    Cli.Result r = Cli.run("summary", "no/such/file.txt");

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche summary: no such file or directory: no/such/file.txt\n");
  }

  @Test
  void writesMessagesOnOneLine() {
    assertThat(Main.oneLine("  bad\n  value\t here ")).isEqualTo("bad value here");
  }
}
