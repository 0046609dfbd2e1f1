package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private static final String GOLD = Path.of("..", EvaluateCommand.SEED_GOLD).toString();

  @TempDir Path dir;

  @Test
  void printsTheScoresOfADossierAgainstTheGoldFiles() {
    Cli.Result r = Cli.run("evaluate", "--gold", GOLD, "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("# Evaluation against the gold standard")
        .contains("| agreements |").contains("| pledges |").contains("### 004_8fecf36aac7f0217.txt#12");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void writesJsonToAFile() throws Exception {
    Path out = dir.resolve("scores.json");
    Cli.Result r = Cli.run("evaluate", "--gold", GOLD, "--json", "--out", out.toString(), "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).isEqualTo("wrote " + out + "\n");
    assertThat(Files.readString(out)).contains("\"agreements\"").contains("\"f1\"");
  }

  @Test
  void rejectsAMissingGoldFolder() {
    Path missing = dir.resolve("nowhere");
    Cli.Result r = Cli.run("evaluate", "--gold", missing.toString(), "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche evaluate: no gold folder at " + missing + "; give one with --gold DIR\n");
  }
}
