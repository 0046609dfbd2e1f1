package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Dossier;

class ActorsTest {

  private static final Dossier D = SampleDossier.dossier();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "mme bouchart,             person:natacha-bouchart",
    "Mme Bouchart,             person:natacha-bouchart",
    "BOUCHART,                 person:natacha-bouchart",
    "Madame Natacha Bouchart,  person:natacha-bouchart",
    "M. Cazeneuve,             person:bernard-cazeneuve",
    "bernard  cazeneuve,       person:bernard-cazeneuve",
    "Mrs May,                  person:theresa-may",
    "theresa may,              person:theresa-may",
    "royaume uni,              state:GB",
    "Londres,                  state:GB",
    "person:natacha-bouchart,  person:natacha-bouchart",
    "home office,              org:home-office",
  })
  void findsActorsByNameWhateverTheCaseAccentsAndCourtesyTitle(String query, String id) {
    assertThat(Actors.of(D).named(query).first().map(Actor::id)).contains(id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Macron", "Mme", "bouch", "nat bouchart"})
  void findsNoActorForWordsNoNameHolds(String query) {
    assertThat(Actors.of(D).named(query).list()).isEmpty();
  }

  @Test
  void ranksAWholeNameBeforePartOfAName() {
    Dossier d =
        Dossier.builder()
            .addActors(
                Actor.builder().id("person:a").kind(ActorKind.PERSON).name("Jean Calais Martin").build(),
                Actor.builder().id("person:b").kind(ActorKind.PERSON).name("Calais").build())
            .build();

    assertThat(Actors.of(d).named("calais").list()).extracting(Actor::id).containsExactly("person:b", "person:a");
  }

  @Test
  void narrowsByKindAndCountry() {
    assertThat(Actors.of(D).ofKind(ActorKind.PERSON).inCountry("fr").list())
        .extracting(Actor::id)
        .containsExactly("person:bernard-cazeneuve", "person:natacha-bouchart");
  }

  @Test
  void rejectsAWordThatIsNoCountryCode() {
    assertThatThrownBy(() -> Actors.of(D).inCountry("France"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'France' is not an ISO-3166 alpha-2 code");
  }

  @Test
  void findsWhoHeldAnOfficeOnADay() {
    LocalDate day = LocalDate.of(2014, 9, 20);

    assertThat(Actors.of(D).holding("French interior minister", day).list())
        .extracting(Actor::id)
        .containsExactly("person:bernard-cazeneuve");
    assertThat(Actors.of(D).holding("ministre de l'intérieur", day).list())
        .extracting(Actor::id)
        .containsExactly("person:bernard-cazeneuve", "person:theresa-may");
  }

  @Test
  void printsATableWithACount() {
    String printed = Actors.of(D).named("bouchart").toString();

    assertThat(printed).startsWith("1 actor\n").contains("person:natacha-bouchart").contains("maire de Calais");
  }
}
