package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transmanche.core.Transmanche;
import org.transmanche.core.query.SampleDossier;
import org.transmanche.model.Dossier;
import org.transmanche.model.json.Json;

class ExtractCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheDossierJsonOnOneLine() {
    Cli.Result r = Cli.run("extract", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out().strip()).doesNotContain("\n").startsWith("{\"schema\":\"transmanche/1\"");
    assertThat(Json.readDossier(r.out())).isEqualTo(SampleDossier.dossier());
  }

  @Test
  void indentsWithPretty() {
    Cli.Result r = Cli.run("extract", "--pretty", "--dossier", Cli.sample(dir));

    assertThat(r.out()).contains("\n  \"pledges\"");
    assertThat(Json.readDossier(r.out())).isEqualTo(SampleDossier.dossier());
  }

  @Test
  void extractsTheCorpusFilesGiven() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, "La France et le Royaume-Uni ont signé un accord à Calais le 20 août 2015.\n");

    Cli.Result r = Cli.run("extract", file.toString());

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(Json.readDossier(r.out())).isEqualTo(Transmanche.parse(file));
  }

  @Test
  void extractsTheBundledCorpusByDefault() {
    Cli.Result r = Cli.run("extract");

    assertThat(r.status()).isEqualTo(Main.OK);
    Dossier d = Json.readDossier(r.out());
    assertThat(d.documents()).isNotEmpty();
  }
}
