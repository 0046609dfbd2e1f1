package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting text into the tokens the date grammar reads. */
class DateTokenTest {

  private static String forms(String text) {
    return DateToken.tokenise(text).stream().map(t -> t.norm).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      aujourd’hui      | aujourd ' hui
      avant-hier       | avant hier
      mi-novembre      | mi novembre
      14april 2015     | 14 april 2015
      2018Q4           | 2018 q 4
      1er Décembre     | 1 er decembre
      13–15 juillet    | 13 - 15 juillet
      20/09/2014       | 20 / 09 / 2014
      Œuvre d'août     | oeuvre d ' aout
      mid-2015         | mid - 2015
      """)
  void splitsAndFoldsTokens(String text, String expected) {
    assertThat(forms(text)).isEqualTo(expected);
  }

  @Test
  void dropsAHyphenBetweenWordsAndRemembersIt() {
    List<DateToken> t = DateToken.tokenise("Nov-Feb 2017");

    assertThat(t).extracting(x -> x.norm).containsExactly("nov", "feb", "2017");
    assertThat(t.get(1).hyphenBefore).isTrue();
    assertThat(t.get(1).spaceBefore).isFalse();
    assertThat(t.get(2).hyphenBefore).isFalse();
  }

  @Test
  void keepsOffsetsAndAccents() {
    List<DateToken> t = DateToken.tokenise("le 28 août");

    assertThat(t).extracting(x -> x.start).containsExactly(0, 3, 6);
    assertThat(t).extracting(x -> x.end).containsExactly(2, 5, 10);
    assertThat(t.get(2).lower).isEqualTo("août");
    assertThat(t.get(2).norm).isEqualTo("aout");
  }

  @Test
  void readsNumberValues() {
    List<DateToken> t = DateToken.tokenise("2014 0730 12345678901");

    assertThat(t.get(0).value()).isEqualTo(2014);
    assertThat(t.get(1).digits()).isEqualTo(4);
    assertThat(t.get(2).value()).isEqualTo(-1);
  }

  @Test
  void tokenisesEmptyText() {
    assertThat(DateToken.tokenise("")).isEmpty();
  }
}
