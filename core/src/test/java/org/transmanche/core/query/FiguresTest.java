package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transmanche.model.Dossier;

class FiguresTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void findsFiguresBySubjectSourceAndPeriod() {
    assertThat(Figures.of(D).about("Migrants").ids()).containsExactly("figure:migrants-2015");
    assertThat(Figures.of(D).bySource("home office").count()).isEqualTo(1);
    assertThat(Figures.of(D).inYear(2014).count()).isZero();
    assertThat(Figures.of(D).inFinancialYear(2015).count()).isEqualTo(1);
  }

  @Test
  void printsTheQualifiedValue() {
    assertThat(Figures.of(D).toString()).contains("migrants around Calais: ≈ 3,000 people");
  }
}
