package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sécurité                 | securite",
        "  Mme   Bouchart’s       | mme bouchart's",
        "ŒUVRE Cœur               | oeuvre coeur",
        "Straße                   | strasse",
        "franco–britannique       | franco-britannique",
        "ÉTÉ\u00a0à Calais        | ete a calais",
      })
  void foldsCaseAccentsApostrophesDashesAndSpaces(String text, String folded) {
    assertThat(Fold.fold(text)).isEqualTo(folded);
  }

  @Test
  void splitsFoldedTextIntoWords() {
    assertThat(Fold.foldedTokens("Le Royaume-Uni, l’an 2015.")).containsExactly("le", "royaume", "uni", "l", "an", "2015");
  }

  @Test
  void findsARunOfWholeWords() {
    List<String> hay = List.of("natacha", "bouchart");

    assertThat(Fold.containsRun(hay, List.of("bouchart"))).isTrue();
    assertThat(Fold.containsRun(hay, List.of("natacha", "bouchart"))).isTrue();
    assertThat(Fold.containsRun(hay, List.of("bouch"))).isFalse();
    assertThat(Fold.containsRun(hay, List.of())).isFalse();
  }
}
