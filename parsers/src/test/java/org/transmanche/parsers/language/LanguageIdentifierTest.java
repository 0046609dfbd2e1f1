package org.transmanche.parsers.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

  private final LanguageIdentifier identifier = LanguageIdentifier.defaults();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Les deux ministres se sont rencontrés à Londres pour parler de la frontière. | fr",
        "The two ministers met in London to discuss the border. | en",
        "RUSHING THE PORT | en",
        "Calais au bord de l'explosion | fr",
        "« Nous avons échangé très rapidement », a-t-elle expliqué. | fr",
        "\"It's easy to say it's not your problem,\" said Philippe Mignonet. | en",
        "Coquelles, France | und",
        "'' | und",
        "12 345 678 | und",
      })
  void identifiesLanguageByFunctionWords(String text, String expected) {
    assertEquals(expected, identifier.identify(text));
  }

  @Test
  void identifiesARangeOfTheText() {
    String text = "Le ministre est venu. The minister came to the port.";
    assertEquals("fr", identifier.identify(text, 0, 21));
    assertEquals("en", identifier.identify(text, 22, text.length()));
  }

  @Test
  void ignoresWordsThatBothLanguagesShare() {
    LanguageIdentifier custom = LanguageIdentifier.of(Map.of("fr", List.of("on", "le"), "en", List.of("on", "the")));
    assertEquals("und", custom.identify("on on on"));
    assertEquals("fr", custom.identify("on le"));
  }

  @Test
  void knowsFrenchAndEnglish() {
    assertEquals(List.of("fr", "en"), identifier.languages());
  }

  @Test
  void rejectsARangeOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class, () -> identifier.identify("abc", 1, 5));
  }

  @Test
  void rejectsALanguageThatIsNotACode() {
    assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.of(Map.of("french", List.of("le"))));
  }
}
