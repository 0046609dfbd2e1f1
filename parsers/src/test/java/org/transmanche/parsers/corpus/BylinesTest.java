package org.transmanche.parsers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

  private final Bylines bylines = CorpusData.defaults().bylines;

  /** Authors are separated by " ~ " in the cases. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "par Denis Demonpion & Elsa Vigoureux | Denis Demonpion ~ Elsa Vigoureux",
        "par Marie Goudeseune | Marie Goudeseune",
        "by Tim Ross | Tim Ross",
        "By Nadia Khomami and Jane Doe | Nadia Khomami ~ Jane Doe",
        "Par Jean-Pierre de La Fontaine, Anne Martin et Paul Durand | Jean-Pierre de La Fontaine ~ Anne Martin ~ Paul Durand",
        "par Valéry d'Estaing | Valéry d'Estaing",
      })
  void readsTheAuthors(String line, String authors) {
    List<String> expected = Arrays.asList(authors.split(" ~ "));
    assertEquals(Optional.of(expected), bylines.parse(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "par le tunnel sous la Manche",
        "by stowing away on trains",
        "par",
        "Natacha Polony est chroniqueuse au Figaro.",
        "par Marie Goudeseune et",
        "by Tim Ross, who writes for the paper",
      })
  void refusesLinesThatAreNotBylines(String line) {
    assertEquals(Optional.empty(), bylines.parse(line));
  }
}
