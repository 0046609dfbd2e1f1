package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesCommandTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "--speaker, mme bouchart,    2 statements",
    "--speaker, Bernard Cazeneuve, 1 statement",
    "--phrase,  SECURITE,        1 statement",
    "--phrase,  main dans la main, 1 statement",
    "--phrase,  no such words,   0 statements",
  })
  void narrowsStatementsBySpeakerOrPhrase(String option, String value, String heading) {
    Cli.Result r = Cli.run("quotes", option, value, "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith(heading + "\n");
  }

  @Test
  void showsTheSpeakerDateQuoteAndSource() {
    Cli.Result r = Cli.run("quotes", "--speaker", "Cazeneuve", "--dossier", Cli.sample(dir));

    assertThat(r.out())
        .contains("2015-08-20  Bernard Cazeneuve")
        .contains("«Nous travaillons main dans la main avec nos voisins britanniques»")
        .contains("accord.txt");
  }

  @Test
  void marksReportedSpeech() {
    Cli.Result r = Cli.run("quotes", "--phrase", "welcomed", "--dossier", Cli.sample(dir));

    assertThat(r.out()).contains("Natacha Bouchart (reported)");
  }

  @Test
  void rejectsABlankPhrase() {
    Cli.Result r = Cli.run("quotes", "--phrase", " ", "--dossier", Cli.sample(dir));

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("transmanche quotes: --phrase is blank\n");
  }
}
