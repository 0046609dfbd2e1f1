package org.transmanche.parsers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.model.Role;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.standard();

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
    "fr-interior-minister, 2014-09-20, Bernard Cazeneuve",
    "fr-interior-minister, 2014-08-28, Bernard Cazeneuve",
    "fr-interior-minister, 2018-01-16, Gérard Collomb",
    "fr-interior-minister, 2019-01-11, Christophe Castaner",
    "fr-interior-minister, 2021-11-24, Gérald Darmanin",
    "gb-home-secretary, 2022-11-15, Suella Braverman",
    "gb-home-secretary, 2014-09-20, Theresa May",
    "gb-home-secretary, 2021-11-24, Priti Patel",
    "gb-prime-minister, 2018-01-16, Theresa May",
    "fr-president, 2018-01-16, Emmanuel Macron",
    "fr-mayor-calais, 2014-08-28, Natacha Bouchart",
    "fr-government-spokesperson, 2018-01-16, Benjamin Griveaux",
    "gb-immigration-minister, 2014-09-06, James Brokenshire",
    "it-interior-minister, 2014-08-27, Angelino Alfano",
    "es-interior-minister, 2014-08-30, Jorge Fernández Díaz",
    "eu-home-affairs-commissioner, 2014-09-03, Cecilia Malmström",
  })
  void findsTheHolderOfAnOfficeOnADay(String office, LocalDate day, String holder) {
    assertThat(KB.holdersOf(office, day)).extracting(Actor::name).containsExactly(holder);
  }

  @Test
  void findsBothHoldersOnAHandoverDay() {
    assertThat(KB.holdersOf("gb-home-secretary", LocalDate.of(2016, 7, 13)))
        .extracting(Actor::name)
        .containsExactly("Theresa May", "Amber Rudd");
  }

  @ParameterizedTest(name = "{0} on {1} -> nobody")
  @CsvSource({
    "fr-interior-minister, 1990-01-01",
    "fr-deputy-mayor-calais, 2014-09-10",
    "no-such-office, 2014-09-10",
  })
  void findsNobodyOutsideTheData(String office, LocalDate day) {
    assertThat(KB.holdersOf(office, day)).isEmpty();
  }

  @Test
  void givesThePersonsOfficesAsDatedRoles() {
    List<Role> roles = KB.officesOf("bernard-cazeneuve");
    assertThat(roles).extracting(Role::title).containsExactly("ministre de l'intérieur", "premier ministre");
    assertThat(roles.get(0).from()).contains(LocalDate.of(2014, 4, 2));
    assertThat(roles.get(0).to()).contains(LocalDate.of(2016, 12, 6));
    assertThat(roles.get(0).country()).contains(Country.FR);
    assertThat(KB.person("person:bernard-cazeneuve").orElseThrow().roles()).isEqualTo(roles);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "bernard-cazeneuve, person:bernard-cazeneuve, Bernard Cazeneuve, PERSON, FR",
    "person:theresa-may, person:theresa-may, Theresa May, PERSON, GB",
    "cecilia-malmstrom, person:cecilia-malmstrom, Cecilia Malmström, PERSON, SE",
  })
  void looksPeopleUpWithOrWithoutPrefix(String id, String fullId, String name, ActorKind kind, String country) {
    Actor a = KB.person(id).orElseThrow();
    assertThat(a.id()).isEqualTo(fullId);
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.kind()).isEqualTo(kind);
    assertThat(a.country()).contains(Country.of(country));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "home-office|Home Office|GOVERNMENT_BODY|GB",
        "ministere-interieur-fr|Ministère de l'Intérieur|GOVERNMENT_BODY|FR",
        "org:police-aux-frontieres|Police aux frontières|GOVERNMENT_BODY|FR",
        "frontex|Frontex|INTERNATIONAL_ORG|EU",
        "unhcr|UNHCR|INTERNATIONAL_ORG|UN",
        "france-terre-d-asile|France terre d'asile|NGO|FR",
      })
  void looksOrganisationsUp(String id, String name, ActorKind kind, String country) {
    Actor a = KB.organisation(id).orElseThrow();
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.kind()).isEqualTo(kind);
    assertThat(a.country()).contains(Country.of(country));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "GB, state:GB, United Kingdom, GOVERNMENT",
    "FR, state:FR, France, GOVERNMENT",
    "EU, state:EU, European Union, INTERNATIONAL_ORG",
  })
  void looksStatesUp(String code, String id, String name, ActorKind kind) {
    Actor a = KB.state(Country.of(code)).orElseThrow();
    assertThat(a.id()).isEqualTo(id);
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.kind()).isEqualTo(kind);
    assertThat(KB.actor(id)).contains(a);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ministère de l’intérieur|org:ministere-interieur-fr",
        "MINISTERE FRANCAIS DE L'INTERIEUR|org:ministere-interieur-fr",
        "Royaume-Uni|state:GB",
        "Gerald  Darmanin|person:gerald-darmanin",
        "HCR|org:unhcr",
      })
  void findsActorsByAnyFoldedName(String name, String id) {
    assertThat(KB.findByName(name)).extracting(Actor::id).containsExactly(id);
  }

  @Test
  void findsNoActorForAnUnknownName() {
    assertThat(KB.findByName("Jean Dupont")).isEmpty();
  }

  @Test
  void givesThePlaceAndItsAncestors() {
    Place port = KB.place("port-de-calais").orElseThrow();
    assertThat(port.name()).isEqualTo("port de Calais");
    assertThat(port.kind()).isEqualTo(PlaceKind.PORT);
    assertThat(KB.ancestors("port-de-calais"))
        .extracting(Place::id)
        .containsExactly("calais", "pas-de-calais", "hauts-de-france", "france");
  }

  @Test
  void commonTimeInTheirInteriorOfficesIsWhenBothWereInterior() {
    assertThat(
            KB.commonTimeInOffice(
                List.of("bernard-cazeneuve", "theresa-may"), List.of("fr-interior-minister", "gb-home-secretary")))
        .contains(Period.of(LocalDate.of(2014, 4, 2), Optional.of(LocalDate.of(2016, 7, 13))));
  }

  @Test
  void commonTimeInAnyOfficeRunsUntilTheFirstLeaves() {
    // May went on as Prime Minister, Cazeneuve as Prime Minister until 2017-05-15.
    assertThat(KB.commonTimeInOffice(List.of("bernard-cazeneuve", "theresa-may")))
        .contains(Period.of(LocalDate.of(2014, 4, 2), Optional.of(LocalDate.of(2017, 5, 15))));
  }

  @Test
  void commonTimeOfDarmaninAndPatel() {
    assertThat(KB.commonTimeInOffice(List.of("gerald-darmanin", "person:priti-patel")))
        .contains(Period.of(LocalDate.of(2020, 7, 6), Optional.of(LocalDate.of(2022, 9, 6))));
  }

  @Test
  void commonTimeIsOpenWhenAllAreStillInOffice() {
    assertThat(KB.commonTimeInOffice(List.of("emmanuel-macron")))
        .contains(Period.of(LocalDate.of(2017, 5, 14), Optional.empty()));
  }

  @Test
  void noCommonTimeForPeopleWhoNeverServedTogether() {
    assertThat(KB.commonTimeInOffice(List.of("jacques-chirac", "keir-starmer"))).isEmpty();
    assertThat(KB.commonTimeInOffice(List.of("bernard-cazeneuve", "nobody-known"))).isEmpty();
  }

  @Test
  void commonTimeNeedsSomebody() {
    assertThatThrownBy(() -> KB.commonTimeInOffice(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no person ids");
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource({
    "fr-interior-minister, GB, gb-home-secretary",
    "gb-home-secretary, FR, fr-interior-minister",
    "fr-interior-minister, ES, es-interior-minister",
    "fr-prime-minister, GB, gb-prime-minister",
  })
  void findsTheCounterpartOfAnOffice(String office, String country, String counterpart) {
    assertThat(KB.counterpart(office, Country.of(country))).map(Office::id).contains(counterpart);
  }

  @Test
  void everyHolderIsAKnownPersonAndEveryOfficeHasATitle() {
    for (Office o : KB.offices()) {
      assertThat(o.titles()).isNotEmpty();
    }
    assertThat(KB.people()).hasSizeGreaterThan(100);
    assertThat(KB.office("fr-deputy-mayor-calais").map(Office::country)).contains(Country.FR);
    assertThat(KB.office("gb-home-secretary").map(Office::title)).contains("home secretary");
  }
}
