package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of each language, read from the data files. */
class DateLexiconTest {

  private static final DateLexicon FR = DateLexicon.load("fr");
  private static final DateLexicon EN = DateLexicon.load("en");

  private static List<DateLexicon.Hit> hits(DateLexicon lex, String text) {
    return lex.hits(DateToken.tokenise(text), 0);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | septembre            | MONTH    | 9
      fr | août                 | MONTH    | 8
      fr | dimanche             | WEEKDAY  | 7
      fr | quatre-vingt-dix     | TENS     | 90
      fr | avant-hier           | DEICTIC  | -2
      fr | aujourd’hui          | DEICTIC  | 0
      en | september            | MONTH    | 9
      en | thursday             | WEEKDAY  | 4
      en | twentieth            | ORD      | 20
      en | the day before yesterday | DEICTIC | -2
      """)
  void readsWordsFromTheDataFiles(String language, String phrase, String tag, int value) {
    DateLexicon lex = language.equals("fr") ? FR : EN;

    DateLexicon.Hit h = hits(lex, phrase).get(0);

    assertThat(h.entry.tag).isEqualTo(Tag.valueOf(tag));
    assertThat(h.entry.value()).isEqualTo(value);
    assertThat(h.end).isEqualTo(DateToken.tokenise(phrase).size());
  }

  @Test
  void givesTheLongestPhraseFirst() {
    List<DateLexicon.Hit> h = hits(FR, "la semaine du 6 octobre");

    assertThat(h.get(0).entry.tag).isEqualTo(Tag.WEEKOF);
    assertThat(h.get(0).end).isEqualTo(3);
  }

  @Test
  void tellsAccentedWordsApart() {
    assertThat(hits(FR, "à partir du 8")).extracting(x -> x.entry.tag).contains(Tag.OPEN);
    assertThat(hits(FR, "a partir du 8")).extracting(x -> x.entry.tag).doesNotContain(Tag.OPEN);
    assertThat(hits(FR, "a été")).extracting(x -> x.entry.tag).doesNotContain(Tag.PREP, Tag.TO);
  }

  @Test
  void matchesWordEndingsOfTheFuture() {
    assertThat(hits(FR, "rencontreront")).extracting(x -> x.entry.tag).contains(Tag.FUTURE);
    assertThat(hits(FR, "caméra")).extracting(x -> x.entry.tag).doesNotContain(Tag.FUTURE);
  }

  @Test
  void marksAmbiguousNames() {
    assertThat(hits(EN, "may").get(0).entry.has("amb")).isTrue();
    assertThat(hits(EN, "june").get(0).entry.has("amb")).isFalse();
  }
}
