package org.transmanche.parsers.recognise.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.TransmancheException;

class PhraseTableTest {

  private final PhraseTable<String> table =
      PhraseTable.<String>builder()
          .hyphensJoin(true)
          .add("près de", "near")
          .add("plus", "more")
          .add("plus de", "over")
          .add("dix sept", "17")
          .add("US $", "usd")
          .add("M", "million", true, false)
          .add("A$", "aud", true, true)
          .build();

  @ParameterizedTest(name = "\"{0}\" at {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "près de 200         | 0 | near [0, 7)",
        "PRES  DE 200        | 0 | near [0, 8)",
        "plus de 10          | 0 | over [0, 7)",
        "plus 10             | 0 | more [0, 4)",
        "'  dix-sept'        | 0 | 17 [2, 10)",
        "US$4                | 0 | usd [0, 3)",
        "3 M                 | 1 | million [2, 3)",
        "3 m                 | 1 | none",
        "A$5                 | 0 | aud [0, 2)",
        "A $5                | 0 | none",
        "prèsde              | 0 | none",
      })
  void matchesWholeTokensForwards(String text, int from, String expected) {
    String got = table.matchAt(text, from).map(m -> m.value() + " [" + m.start() + ", " + m.end() + ")").orElse("none");
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void matchesBackwardsFromAnEnd() {
    String text = "il y a plus de  200";
    assertThat(table.matchEndingAt(text, 16)).get().satisfies(m -> {
      assertThat(m.value()).isEqualTo("over");
      assertThat(m.start()).isEqualTo(7);
      assertThat(m.end()).isEqualTo(14);
    });
  }

  @Test
  void neverCrossesABlankLine() {
    assertThat(table.matchAt("près\n\nde", 0)).isEmpty();
    assertThat(table.matchAt("près\nde", 0)).isPresent();
  }

  @Test
  void findsEveryPhraseLeftToRight() {
    assertThat(table.findAll("plus de dix-sept ou plus")).extracting(PhraseTable.Match::value)
        .containsExactly("over", "17", "more");
  }

  @Test
  void acceptsOnlyValuesThatPassTheFilter() {
    assertThat(table.matchAt("plus de", 0, v -> !v.equals("over"))).get().extracting(PhraseTable.Match::value)
        .isEqualTo("more");
  }

  @Test
  void readsDataFilesAndNamesTheBadLine() {
    assertThat(PhraseTable.rows(LanguageData.class, "en/words.tsv")).isNotEmpty();
    assertThatThrownBy(() -> PhraseTable.<String>builder().addResource(PhraseTableTest.class, "missing.tsv", c -> ""))
        .isInstanceOf(TransmancheException.class)
        .hasMessageContaining("missing.tsv");
    assertThatThrownBy(
            () -> PhraseTable.<Word>builder().addResource(LanguageData.class, "en/suffixes.tsv", Word::parse))
        .isInstanceOf(TransmancheException.class)
        .hasMessageContaining("en/suffixes.tsv:");
  }

  @Test
  void rejectsAnEmptyPhraseOrIndexOutsideTheText() {
    assertThatThrownBy(() -> PhraseTable.<String>builder().add("  ", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no token");
    assertThatThrownBy(() -> table.matchAt("abc", 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
