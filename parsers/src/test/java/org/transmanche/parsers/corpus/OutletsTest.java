package org.transmanche.parsers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.TransmancheException;

class OutletsTest {

  private final Outlets outlets = CorpusData.defaults().outlets;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "« la Voix du Nord » | La Voix du Nord",
        "\"the Guardian\" (UK) | The Guardian",
        "« The Telegraph » | The Telegraph",
        "« le Figaro » | Le Figaro",
        "\"Express\" (UK) | Express",
        "Ministère de l’Intérieur | Ministère de l'Intérieur",
        "Communication au Conseil des ministres | Conseil des ministres",
        "France  Nord Pas-de-Calais | France Nord Pas-de-Calais",
        "« le Courrier picard » | Le Courrier picard",
        "Ambassade de France en Espagne | Ambassade de France en Espagne",
      })
  void givesTheCanonicalNameOrTheCleanedHeader(String header, String expected) {
    assertEquals(expected, outlets.canonical(header));
  }

  @Test
  void knowsALetterheadWhateverItsCase() {
    assertEquals(Optional.of("Ministère de l'Intérieur"), outlets.known("MINISTÈRE DE L'INTÉRIEUR"));
    assertEquals(Optional.empty(), outlets.known("Coquelles, France"));
  }

  @Test
  void refusesANameGivenToTwoOutlets() {
    assertThrows(
        TransmancheException.class,
        () -> Outlets.of(List.of(new String[] {"Le Monde", "Monde"}, new String[] {"Monde diplomatique", "Monde"})));
  }
}
