package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreTest {

  @ParameterizedTest
  @CsvSource({
    // gold, system, matched, precision, recall, f1
    "4, 5, 3, 0.6, 0.75, 0.6666667",
    "10, 10, 10, 1, 1, 1",
    "10, 0, 0, 1, 0, 0",
    "0, 3, 0, 0, 1, 0",
    "0, 0, 0, 1, 1, 1",
    "5, 5, 0, 0, 0, 0",
  })
  void scoresFollowTheEmptySideConventions(
      int gold, int system, int matched, double precision, double recall, double f1) {
    Score s = Score.of(FactType.PLEDGES, gold, system, matched);
    assertThat(s.precision()).isCloseTo(precision, within(1e-6));
    assertThat(s.recall()).isCloseTo(recall, within(1e-6));
    assertThat(s.f1()).isCloseTo(f1, within(1e-6));
  }

  @Test
  void scoresAddUpForMicroAveraging() {
    Score a = Score.of(FactType.ACTORS, 4, 2, 2);
    Score b = Score.of(FactType.ACTORS, 1, 3, 1);
    assertThat(a.plus(b)).isEqualTo(Score.of(FactType.ACTORS, 5, 5, 3));
  }

  @Test
  void scoresOfDifferentTypesDoNotAdd() {
    assertThatThrownBy(() -> Score.of(FactType.ACTORS, 1, 1, 1).plus(Score.of(FactType.FIGURES, 1, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FIGURES");
  }

  @Test
  void matchedCannotExceedEitherSide() {
    assertThatThrownBy(() -> Score.of(FactType.ACTORS, 1, 3, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Score ACTORS: matched 2 exceeds gold 1 or system 3");
  }
}
