package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.transmanche.model.Dossier;

class QueryTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void resolvesEachDisagreementToItsVersionsAndSources() {
    Conflict c = Query.of(D).conflicts().get(0);

    assertThat(c.disagreement().id()).isEqualTo("disagreement:accord-2015-amount");
    assertThat(c.versions())
        .extracting(Conflict.Version::value)
        .containsExactly("10,000,000 EUR a year for 3 years", "20,000,000 EUR");
    assertThat(c.versions().get(1).sources())
        .extracting(Citation::sentence)
        .containsExactly("The new agreement commits Britain to €20m, according to a Home Office briefing.");
  }

  @Test
  void findsTheConflictsOfOneFact() {
    assertThat(Query.of(D).conflictsOf("pledge:briefing-2015")).hasSize(1);
    assertThat(Query.of(D).conflictsOf("pledge:port-2014")).isEmpty();
  }

  @Test
  void printsAConflictWithEveryVersion() {
    assertThat(Query.of(D).conflicts().get(0).toString())
        .startsWith("disagreement:accord-2015-amount: sources disagree on the amount of UK funding under the 2015 accord\n")
        .contains("  10,000,000 EUR a year for 3 years (pledge:accord-2015)\n")
        .contains("  20,000,000 EUR (pledge:briefing-2015)\n    briefing.txt#1 (Evening Post, 2015-08-21) «The new agreement");
  }

  @Test
  void citesTheSourcesOfAFactById() {
    assertThat(Query.of(D).sources("statement:may-fences"))
        .extracting(Citation::sentence)
        .containsExactly("\"We are paying for fences and for more guards,\" Mrs May said.");
  }

  @Test
  void rejectsAnUnknownFactId() {
    assertThatThrownBy(() -> Query.of(D).sources("pledge:none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no fact with id 'pledge:none' in the dossier");
  }

  @Test
  void countsWhatTheDossierHolds() {
    assertThat(Query.of(D).toString())
        .isEqualTo(
            "Query over 3 documents, 6 actors, 3 agreements, 5 pledges, 1 deployments, 4 statements, 1 figures, 1 disagreements");
  }
}
