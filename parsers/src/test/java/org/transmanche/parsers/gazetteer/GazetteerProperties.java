package org.transmanche.parsers.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GazetteerProperties {

  private static final Gazetteer<String> NAMES =
      Gazetteer.<String>builder()
          .addIgnoringCase("Calais", "calais")
          .add("port de Calais", "port")
          .addIgnoringCase("Ministère de l'Intérieur", "interior")
          .addIgnoringCase("Straße", "street")
          .add("Nord", "nord")
          .build();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("aeéèiouÉNordCalisMnt'’ \n\u00a0\u0301\u00adß-.,").ofMaxLength(40);
    Arbitrary<String> name =
        Arbitraries.of("Calais", "CALAIS", "port  de Calais", "Ministère de l’Intérieur", "STRASSE", "Straße", "Nord");
    return net.jqwik.api.Combinators.combine(noise, name, noise).as((a, b, c) -> a + b + c);
  }

  @Property(tries = 500)
  void matchesAreExactSubstringsThatDoNotOverlap(@ForAll("texts") String text) {
    int previousEnd = 0;
    for (Gazetteer.Match<String> m : NAMES.find(text)) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.end()).isLessThanOrEqualTo(text.length());
      assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
      previousEnd = m.end();
    }
  }

  @Property(tries = 500)
  void aMatchFoldsToItsName(@ForAll("texts") String text) {
    for (Gazetteer.Match<String> m : NAMES.findAll(text)) {
      assertThat(Gazetteer.fold(m.text()))
          .isIn("calais", "port de calais", "ministere de l'interieur", "strasse", "nord");
    }
  }

  @Property(tries = 300)
  void neverThrowsOnAnyText(@ForAll String text) {
    assertThat(NAMES.find(text)).isNotNull();
  }
}
