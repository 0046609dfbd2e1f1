package org.transmanche.parsers.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private static final Gazetteer<String> NAMES =
      Gazetteer.<String>builder()
          .addIgnoringCase("Calais", "calais")
          .add("port de Calais", "calais-port")
          .add("ministère de l'Intérieur", "interior")
          .addIgnoringCase("Theresa May", "may")
          .add("gare du Nord", "gare-du-nord")
          .add("Nord", "nord")
          .add("PAF", "paf")
          .add("Pas-de-Calais", "pas-de-calais")
          .add("Nord-Pas-de-Calais", "nord-pas-de-calais")
          .addIgnoringCase("Paris", "paris")
          .addIgnoringCase("Paris", "france")
          .add("Le Monde", "le-monde")
          .build();

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "À Calais, jeudi|2|8|calais",
        "le port de Calais est fermé|3|17|calais-port",
        "LE PORT DE CALAIS|3|17|calais-port",
        "le ministère de l’Intérieur a dit|3|27|interior",
        "le MINISTERE DE L'INTERIEUR|3|27|interior",
        "par Theresa\u00a0May|4|15|may",
        "à la gare du Nord|5|17|gare-du-nord",
        "dans le Nord, hier|8|12|nord",
        "les agents de la PAF|17|20|paf",
        "LES AGENTS DE LA PAF|17|20|paf",
        "dans le NORD|8|12|nord",
        "lu dans Le Monde|8|16|le-monde",
        "lu dans LE MONDE|8|16|le-monde",
        "la préfecture du Nord-Pas-de-Calais|17|35|nord-pas-de-calais",
        "Ministe\u0300re de l'Inte\u0301rieur|0|26|interior",
      })
  void findsTheLongestNameAndMapsItBackToTheOriginal(String text, int start, int end, String value) {
    ImmutableList<Gazetteer.Match<String>> found = NAMES.find(text);
    assertThat(found).hasSize(1);
    Gazetteer.Match<String> m = found.get(0);
    assertThat(m.start()).isEqualTo(start);
    assertThat(m.end()).isEqualTo(end);
    assertThat(m.text()).isEqualTo(text.substring(start, end));
    assertThat(m.values()).containsExactly(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "les Calaisiens",
        "Parisien",
        "le nord de la France",
        "la paf",
        "Paf!",
        "nord",
        "le reste du monde",
        "Le monde entier",
        "theresamay",
        "Theresa Mays",
      })
  void ignoresPartsOfWordsAndCasedNamesInTheWrongCase(String text) {
    assertThat(NAMES.find(text)).isEmpty();
  }

  @Test
  void matchesANameBrokenAcrossLines() {
    assertThat(NAMES.find("par Theresa \n May hier"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("Theresa \n May"));
  }

  @Test
  void keepsEveryValueOfANameInTheOrderAdded() {
    assertThat(NAMES.find("Paris envisage").get(0).values()).containsExactly("paris", "france");
  }

  @Test
  void findAllReportsOverlappingNamesLongestFirst() {
    assertThat(NAMES.findAll("le port de Calais"))
        .extracting(m -> m.values().get(0))
        .containsExactly("calais-port", "calais");
  }

  @Test
  void findKeepsSeveralNamesInOrder() {
    assertThat(NAMES.find("De Calais à Paris, puis Calais"))
        .extracting(Gazetteer.Match::start)
        .containsExactly(3, 12, 24);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ministère de l’Intérieur|ministere de l'interieur",
        "  Gérard   COLLOMB |gerard collomb",
        "Straße|strasse",
        "Nuñez|nunez",
      })
  void foldsCaseAccentsApostrophesAndSpaces(String text, String folded) {
    assertThat(Gazetteer.fold(text)).isEqualTo(folded);
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> Gazetteer.<String>builder().add(" \u00ad ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void countsDistinctNameValuePairs() {
    assertThat(
            Gazetteer.<String>builder()
                .add("Calais", "a")
                .add("Calais", "a")
                .add("calais", "a")
                .add("Calais", "b")
                .build()
                .size())
        .isEqualTo(3);
  }
}
