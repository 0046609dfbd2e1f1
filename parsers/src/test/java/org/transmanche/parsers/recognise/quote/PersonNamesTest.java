package org.transmanche.parsers.recognise.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.parsers.recognise.Mention;

class PersonNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
      Bernard Cazeneuve | true
      Martin | true
      M. Philippe Leclerc | true
      Jean-Pierre Vandenabeele | true
      Natacha Bouchart | true
      Ministère de l'Intérieur | false
      le ministère | false
      Home Office | false
      HCR | false
      UNHCR | false
      Royaume-Uni | false
      Police aux frontières | false
      le ministre de l'Intérieur | false
      Calais town hall | false
      """)
  void judgesPersonsByTheShapeOfTheName(String name, boolean person) {
    Mention m = Mention.of(0, name.length(), name, "actor", "actor", name);
    assertThat(PersonNames.INSTANCE.test(m)).isEqualTo(person);
  }
}
