package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.transmanche.model.Dossier;

class TimelineTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void ordersAgreementsPledgesAndDeploymentsByDateWithUndatedLast() {
    assertThat(Timeline.of(D).entries())
        .extracting(TimelineEntry::factId)
        .containsExactly(
            "agreement:joint-declaration-2014",
            "pledge:port-2014",
            "pledge:dogs-2014",
            "deployment:guards-2014",
            "agreement:accord-2015",
            "pledge:accord-2015",
            "pledge:briefing-2015",
            "agreement:touquet",
            "pledge:centre");
  }

  @Test
  void keepsOneTypeOrOnePeriod() {
    assertThat(Timeline.of(D).agreements().entries())
        .extracting(TimelineEntry::factId)
        .containsExactly("agreement:joint-declaration-2014", "agreement:accord-2015", "agreement:touquet");
    assertThat(Timeline.of(D).between(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).count()).isEqualTo(3);
  }

  @Test
  void rejectsAnUnknownTypeNamingTheKnownOnes() {
    assertThatThrownBy(() -> Timeline.of(D).only("statement"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown fact type 'statement'; a timeline holds: agreement, pledge, deployment");
  }

  @Test
  void printsDateTypeAndSummary() {
    assertThat(Timeline.of(D).agreements().toString())
        .startsWith("3 entries\n")
        .contains("2014-09-20  agreement  joint declaration (joint declaration, FR-GB)")
        .contains("undated     agreement  accords du Touquet (treaty, FR-GB, mentioned)");
  }
}
