package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Dossier;

class AgreementsTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void listsAgreementsByDateWithTheUndatedMentionLast() {
    assertThat(Agreements.of(D).ids())
        .containsExactly("agreement:joint-declaration-2014", "agreement:accord-2015", "agreement:touquet");
  }

  @ParameterizedTest(name = "named({0})")
  @CsvSource({
    "touquet,              agreement:touquet",
    "Le Touquet Treaty,    agreement:touquet",
    "ACCORDS DU TOUQUET,   agreement:touquet",
    "declaration,          agreement:joint-declaration-2014",
    "accord,               agreement:accord-2015",
    "sangatte,             ''",
  })
  void findsAgreementsByWordsOfTheirNames(String name, String ids) {
    assertThat(String.join(" ", Agreements.of(D).named(name).ids())).isEqualTo(ids);
  }

  @Test
  void narrowsByPartySignatoryKindAndConclusion() {
    assertThat(Agreements.of(D).withParty("gb").count()).isEqualTo(3);
    assertThat(Agreements.of(D).withParty("DE").count()).isZero();
    assertThat(Agreements.of(D).signedBy("Mrs May").ids()).containsExactly("agreement:joint-declaration-2014");
    assertThat(Agreements.of(D).ofKind(AgreementKind.TREATY).ids()).containsExactly("agreement:touquet");
    assertThat(Agreements.of(D).concluded().ids())
        .containsExactly("agreement:joint-declaration-2014", "agreement:accord-2015");
  }

  @Test
  void rejectsAPartyThatIsNoCountryCode() {
    assertThatThrownBy(() -> Agreements.of(D).withParty("Britain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Britain' is not an ISO-3166 alpha-2 code, EU or UN");
  }
}
