package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Dossier;

class OfficesTest {

  private static final Dossier D = SampleDossier.dossier();

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "fr-interior-minister,      2014-09-20, person:bernard-cazeneuve",
    "French interior minister,  2014-09-20, person:bernard-cazeneuve",
    "interior minister of France, 2014-09-20, person:bernard-cazeneuve",
    "fr-interior-minister,      2012-01-01, person:claude-gueant",
    "gb-home-secretary,         2014-09-20, person:theresa-may",
  })
  void namesTheKnowledgeBaseHolderOfAnOffice(String office, LocalDate day, String holder) {
    assertThat(Offices.holder(office, day).map(OfficeHolder::actorId)).contains(holder);
  }

  @Test
  void knowsNoHolderForAnUnknownOffice() {
    assertThat(Offices.holder("fr-minister-of-magic", LocalDate.of(2014, 9, 20))).isEmpty();
    assertThat(Offices.of(D).officeIds("minister of magic")).isEmpty();
  }

  @Test
  void joinsTheDossierRoleAndTheKnowledgeBaseTerm() {
    OfficeHolder h = Offices.of(D).holders("fr-interior-minister", LocalDate.of(2014, 9, 20)).get(0);

    assertThat(h.actorId()).isEqualTo("person:bernard-cazeneuve");
    assertThat(h.sources()).containsExactlyInAnyOrder(OfficeHolder.Source.DOSSIER, OfficeHolder.Source.KNOWLEDGE_BASE);
    assertThat(h.from()).contains(LocalDate.of(2014, 4, 2));
  }

  @Test
  void answersEveryReadingOfATitleWithoutACountryAndFiltersByCountry() {
    LocalDate day = LocalDate.of(2014, 9, 20);

    assertThat(Offices.of(D).holders("ministre de l'intérieur", day))
        .extracting(OfficeHolder::actorId)
        .contains("person:bernard-cazeneuve", "person:theresa-may");
    assertThat(Offices.of(D).holders("ministre de l'intérieur", "GB", day))
        .extracting(OfficeHolder::actorId)
        .containsExactly("person:theresa-may");
  }

  @Test
  void usesDatedDossierRolesTheKnowledgeBaseDoesNotName() {
    Dossier d = D;

    assertThat(Offices.of(d).holders("maire de Calais", LocalDate.of(2015, 8, 20)))
        .extracting(OfficeHolder::actorId)
        .contains("person:natacha-bouchart");
    assertThat(Offices.of(d).holders("maire de Calais", LocalDate.of(2001, 1, 1)))
        .extracting(OfficeHolder::actorId)
        .doesNotContain("person:natacha-bouchart");
  }

  @Test
  void printsNameTitleTermAndSources() {
    assertThat(Offices.holder("fr-interior-minister", LocalDate.of(2014, 9, 20)).orElseThrow().toString())
        .startsWith("Bernard Cazeneuve — ")
        .contains("(FR), 2014-04-02..2016-12-06 [knowledge base]");
  }
}
