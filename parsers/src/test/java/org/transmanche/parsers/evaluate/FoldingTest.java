package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

  private final Folding folding = Folding.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // text | folded
        "Médecins du Monde | medecins du monde",
        "  Gérald   DARMANIN\t | gerald darmanin",
        "L’Auberge des Migrants | l'auberge des migrants",
        "Cecilia Malmström | cecilia malmstrom",
        "Défenseur des droits | defenseur des droits",
        "Préfecture du Nord-Pas-de-Calais | prefecture du nord-pas-de-calais",
        "ÉTAT | etat",
      })
  void foldsCaseAccentsApostrophesAndSpaces(String text, String folded) {
    assertThat(Folding.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // name | folded without titles
        "M. Bernard Cazeneuve | bernard cazeneuve",
        "Mme Natacha Bouchart | natacha bouchart",
        "MME  Bouchart | bouchart",
        "Mr James Brokenshire | james brokenshire",
        "Mr. James Brokenshire | james brokenshire",
        "Mrs Theresa May | theresa may",
        "Mme | mme",
        "Mmoi Bouchart | mmoi bouchart",
        "Bernard M. Cazeneuve | bernard m. cazeneuve",
      })
  void foldedNamesLoseTheCourtesyTitlesAtTheirFront(String name, String folded) {
    assertThat(folding.foldName(name)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // text | words, space separated
        "Nous sommes devenus un réseau géant. | nous sommes devenus un reseau geant",
        "les trafics d?êtres humains | les trafics d etres humains",
        "l’immigration, l'immigration | l immigration",
        "20 km (13 miles) | 20 km 13 miles",
      })
  void wordsAreDistinctRunsOfLettersAndDigits(String text, String words) {
    assertThat(String.join(" ", Folding.words(text))).isEqualTo(words);
  }

  @Test
  void titlesComeFromTheFrenchAndEnglishDataFiles() {
    assertThat(folding.honorifics()).contains("m.", "mme", "mr", "mrs");
  }
}
