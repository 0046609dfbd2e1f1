package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transmanche.core.Transmanche;
import org.transmanche.model.Dossier;

class SummaryCommandTest {

  @TempDir Path dir;

  @Test
  void countsDocumentsActorsAndFactsThenShowsTheLedgerAndTimeline() {
    Cli.Result r = Cli.run("summary", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Documents      3")
        .contains("Actors         6")
        .contains("Facts          14 (3 agreements, 5 pledges, 1 deployments, 4 statements, 1 figures)")
        .contains("Disagreements  1")
        .contains("Pledges, each once with every way the sources state it")
        .contains("12,000,000 GBP; = 15,257,469.80 EUR at 1.27146 (ECB, 2014-09-19); 1 source: ")
        .contains("Pledge ledger in EUR by calendar year")
        .contains("15,257,469.80")
        .contains("Agreement timeline")
        .contains("accord sur la frontière");
  }

  @Test
  void summarisesTheBundledCorpusByDefault() {
    Cli.Result r = Cli.run("summary");

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("Transmanche summary of the bundled corpus (5 files)").contains("Documents ");
  }

  @Test
  void summarisesTheCorpusFilesGiven() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, "Britain will give £12m to France for the port of Calais, the Home Office said on 20 September 2014.\n");
    Dossier parsed = Transmanche.parse(file);

    Cli.Result r = Cli.run("summary", file.toString());

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out())
        .startsWith("Transmanche summary of " + file + "\n")
        .contains(String.format("Documents      %d%n", parsed.documents().size()))
        .contains(String.format("Actors         %d%n", parsed.actors().size()));
  }

  @Test
  void rejectsFilesAndDossierTogether() {
    Cli.Result r = Cli.run("summary", "--dossier", Cli.sample(dir), dir.toString());

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche summary: give either corpus files or --dossier, not both\n");
  }
}
