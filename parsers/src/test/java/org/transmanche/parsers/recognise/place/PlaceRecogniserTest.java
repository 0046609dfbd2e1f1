package org.transmanche.parsers.recognise.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Country;
import org.transmanche.parsers.knowledge.PlaceKind;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;

class PlaceRecogniserTest implements RecogniserContract {

  private static final PlaceRecogniser PLACES = new PlaceRecogniser();

  @Override
  public Recogniser recogniser() {
    return PLACES;
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "le port de Calais", "dans le Nord", "la Voix du Nord", "the port of Dover", "à la gare du Nord",
        "le tunnel sous la Manche", "Dunkirk", "Nord-Pas-de-Calais");
  }

  private static List<Mention> places(String text, String language) {
    return PLACES.recognise(Passage.of(text, language));
  }

  @ParameterizedTest(name = "{1}: {0} -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Des migrants affluent à Calais.|fr|Calais|calais",
        "Le port de Calais est devenu inaccessible.|fr|port de Calais|port-de-calais",
        "to bolster security at the port of Calais|en|port of Calais|port-de-calais",
        "le centre conjoint, à Coquelles|fr|Coquelles|coquelles",
        "le port de Loon-plage (terminal)|fr|port de Loon-plage|port-de-dunkerque",
        "les plages de Loon-Plage|fr|Loon-Plage|loon-plage",
        "une présence sur la côte entre Boulogne et|fr|Boulogne|boulogne",
        "ferries leaving Dunkirk|en|Dunkirk|dunkerque",
        "la gare de Fréthun|fr|gare de Fréthun|gare-de-calais-frethun",
        "la fermeture du centre de Sangatte|fr|centre de Sangatte|centre-de-sangatte",
        "the town of Sangatte|en|Sangatte|sangatte",
        "les accords signés au Touquet ou à Le Touquet|fr|Le Touquet|le-touquet",
        "à travers le tunnel sous la Manche|fr|tunnel sous la Manche|tunnel-sous-la-manche",
        "trains through the Channel Tunnel|en|Channel Tunnel|tunnel-sous-la-manche",
        "traverser la Manche en bateau|fr|la Manche|la-manche",
        "crossing the English Channel|en|the English Channel|la-manche",
        "the joint unit in Folkestone|en|Folkestone|folkestone",
        "pushed back to Dover, across|en|Dover|douvres",
        "bloqués à Douvres|fr|Douvres|douvres",
        "À la gare du Nord, point de départ|fr|gare du Nord|gare-du-nord",
        "the summit at Celtic Manor in Newport|en|Celtic Manor|celtic-manor",
        "summit venues in Cardiff, to protect|en|Cardiff|cardiff",
        "the Royal Military Academy Sandhurst|en|Royal Military Academy Sandhurst|sandhurst",
        "fin juillet à Londres, où|fr|Londres|londres",
        "talks in London on Friday|en|London|londres",
        "une manifestation dans Paris hier|fr|Paris|paris",
        "En déplacement à Rome, celui-ci|fr|Rome|rome",
        "s'est rendu à Barcelone pour|fr|Barcelone|barcelone",
        "a meeting in Barcelona on|en|Barcelona|barcelone",
        "le naufrage de migrants à Lampedusa|fr|Lampedusa|lampedusa",
        "les réfugiés du Pas-de-Calais|fr|Pas-de-Calais|pas-de-calais",
        "dans le Nord, les camps|fr|Nord|nord",
        "La préfecture du Nord-Pas-de-Calais compte|fr|Nord-Pas-de-Calais|nord-pas-de-calais",
        "venu dans les Hauts de France défendre|fr|Hauts de France|hauts-de-france",
        "pour les forces de l'ordre dans le Calaisis.|fr|le Calaisis|calaisis",
        "la surveillance du littoral pour empêcher|fr|littoral|littoral",
        "sur le littoral alentour|fr|le littoral|littoral",
        "le long du littoral du Nord et de la Manche|fr|littoral du Nord|littoral",
      })
  void readsAPlaceNamedInFrenchOrEnglish(String text, String language, String span, String id) {
    List<Mention> found = places(text, language);
    assertThat(found).extracting(Mention::text).contains(span);
    Mention m = found.stream().filter(x -> x.text().equals(span)).findFirst().orElseThrow();
    assertThat(m.type()).isEqualTo("place");
    assertThat(m.recogniser()).isEqualTo("place");
    assertThat(m.value(PlaceReading.class).id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "selon la Voix du Nord, hier|fr|Nord",
        "« La Voix du Nord », 28 août 2014|fr|Nord",
        "il est dans le nord de la France|fr|nord",
        "UNHCR's partner NGO France terre d'asile|en|France",
        "said France Terre d'Asile, an aid group|en|France",
        "on Channel 5 tomorrow night|en|Channel",
        "Le Nord Littoral publie|fr|Nord",
        "les Calaisiens et les Parisiens|fr|Calais",
        "Le tunnel est fermé.|fr|tunnel",
      })
  void ignoresNamesThatAreNotPlacesHere(String text, String language, String word) {
    assertThat(places(text, language)).extracting(Mention::text).noneMatch(t -> t.contains(word));
  }

  @Test
  void readsTheContainingPlacesAndCountry() {
    PlaceReading r = places("Le port de Calais est fermé.", "fr").get(0).value(PlaceReading.class);
    assertThat(r.name()).isEqualTo("port de Calais");
    assertThat(r.kind()).isEqualTo(PlaceKind.PORT);
    assertThat(r.country()).contains(Country.FR);
    assertThat(r.ancestors()).containsExactly("calais", "pas-de-calais", "hauts-de-france", "france");
  }

  @Test
  void leavesTheChannelWithoutCountry() {
    PlaceReading r = places("crossing the Channel", "en").get(0).value(PlaceReading.class);
    assertThat(r.id()).isEqualTo("la-manche");
    assertThat(r.country()).isEmpty();
    assertThat(r.ancestors()).isEmpty();
  }

  @Test
  void trustsAGenericNameWhenThePassageNamesAnotherPlace() {
    assertThat(places("Les migrants de Calais tentent le tunnel chaque nuit.", "fr"))
        .extracting(Mention::text)
        .containsExactly("Calais", "le tunnel");
  }

  @Test
  void givesDocumentOffsets() {
    Passage p = Passage.builder().text("vers Calais").language("fr").offset(100).referenceDate(LocalDate.of(2014, 9, 20)).build();
    Mention m = PLACES.recognise(p).get(0);
    assertThat(m.start()).isEqualTo(105);
    assertThat(m.end()).isEqualTo(111);
    assertThat(m.text()).isEqualTo("Calais");
  }

  @Test
  void findsSeveralPlacesInOrder() {
    assertThat(places("De Cardiff à Rome, en passant par Madrid.", "fr"))
        .extracting(m -> m.value(PlaceReading.class).id())
        .containsExactly("cardiff", "rome", "madrid");
  }
}
