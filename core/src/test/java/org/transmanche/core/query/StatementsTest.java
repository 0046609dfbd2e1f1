package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Dossier;

class StatementsTest {

  private static final Dossier D = SampleDossier.dossier();

  @ParameterizedTest(name = "by({0})")
  @CsvSource({
    "Mme Bouchart,       statement:bouchart-welcome statement:bouchart-security",
    "natacha bouchart,   statement:bouchart-welcome statement:bouchart-security",
    "M. Cazeneuve,       statement:cazeneuve-hands",
    "Mrs May,            statement:may-fences",
    "FR,                 statement:bouchart-welcome statement:cazeneuve-hands statement:bouchart-security",
    "Macron,             ''",
  })
  void findsStatementsBySpeaker(String who, String ids) {
    assertThat(String.join(" ", Statements.of(D).by(who).ids())).isEqualTo(ids);
  }

  @ParameterizedTest(name = "containing({0})")
  @CsvSource({
    "securite,                statement:bouchart-security",
    "SÉCURITÉ,                statement:bouchart-security",
    "main  dans la MAIN,      statement:cazeneuve-hands",
    "fences and for,          statement:may-fences",
    "voisins britanniques,    statement:cazeneuve-hands",
    "frontière,               ''",
  })
  void findsStatementsByPhraseIgnoringCaseAndAccents(String phrase, String ids) {
    assertThat(String.join(" ", Statements.of(D).containing(phrase).ids())).isEqualTo(ids);
  }

  @ParameterizedTest(name = "around({0}, {1})")
  @CsvSource({
    "2014-09-21, 1, statement:may-fences statement:bouchart-welcome",
    "2014-09-21, 0, ''",
    "2015-08-25, 5, statement:cazeneuve-hands statement:bouchart-security",
    "2015-01-01, 400, statement:may-fences statement:bouchart-welcome statement:cazeneuve-hands statement:bouchart-security",
  })
  void findsStatementsAroundADay(LocalDate day, int days, String ids) {
    assertThat(String.join(" ", Statements.of(D).around(day, days).ids())).isEqualTo(ids);
  }

  @Test
  void keepsDirectQuotesOnly() {
    assertThat(Statements.of(D).by("bouchart").direct().ids()).containsExactly("statement:bouchart-security");
  }

  @Test
  void rejectsABlankPhrase() {
    assertThatThrownBy(() -> Statements.of(D).containing("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("containing: the phrase is blank");
  }

  @Test
  void printsWhoSaidWhat() {
    assertThat(Statements.of(D).by("cazeneuve").toString())
        .startsWith("1 statement\n")
        .contains("2015-08-20  Bernard Cazeneuve  «Nous travaillons main dans la main avec nos voisins britanniques»  accord.txt#1");
  }

  @Test
  void citesEachStatementInItsSentence() {
    assertThat(Statements.of(D).by("cazeneuve").sources())
        .extracting(Citation::sentence)
        .containsExactly(
            "« Nous travaillons main dans la main avec nos voisins britanniques », a déclaré M. Cazeneuve.");
  }
}
