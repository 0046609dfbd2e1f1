package org.transmanche.parsers.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class LanguageIdentifierProperties {

  private final LanguageIdentifier identifier = LanguageIdentifier.defaults();

  @Property
  void alwaysAnswersAKnownCodeOrUnd(@ForAll String text) {
    String language = identifier.identify(text);
    assertTrue(identifier.languages().contains(language) || language.equals("und"), language);
  }

  @Property
  void answersTheSameTwice(@ForAll String text) {
    assertEquals(identifier.identify(text), identifier.identify(text));
  }
}
