package org.transmanche.parsers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadersTest {

  private final Headers headers = CorpusData.defaults().headers;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "« la Voix du Nord », 28 août 2014 | « la Voix du Nord » | 2014-08-28",
        "Reuters 10 septembre 2014 | Reuters | 2014-09-10",
        " \"the Guardian\" (UK), 20 septembre 2014 | \"the Guardian\" (UK) | 2014-09-20",
        "Ministère de l’Intérieur, 30 août 2014 | Ministère de l’Intérieur | 2014-08-30",
        "Communication au Conseil des ministres du 3 septembre 2014 | Communication au Conseil des ministres | 2014-09-03",
        " UNHCR 26 septembre 2014 | UNHCR | 2014-09-26",
        "The Telegraph, 6 September 2014 | The Telegraph | 2014-09-06",
        "The Times, September 20, 2014 | The Times | 2014-09-20",
        "Le Monde – 1er février 2015 | Le Monde | 2015-02-01",
        "BBC News, 3 Sept. 2015 | BBC News | 2015-09-03",
        " France  Nord Pas-de-Calais, 26 septembre 2014 | France  Nord Pas-de-Calais | 2014-09-26",
      })
  void readsAnOutletAndADate(String line, String outlet, String date) {
    assertEquals(Optional.of(new Headers.Header(outlet, LocalDate.parse(date))), headers.parse(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Paris, le 3 septembre 2014",
        "Le 27 août 2014, M. Bernard Cazeneuve a rencontré son homologue",
        "Paris, 26 septembre 2014 (HCR) – L'Agence des Nations Unies pour les réfugiés",
        "Publié le 28 août 2014",
        "Mis à jour, 28 août 2014",
        "Reuters 31 février 2014",
        "Reuters, septembre 2014",
        "la proposition de la maire du 28 août 2014",
        "Fin 2013, le HCR recensait 51,2 millions de personnes déracinées. 3 août 2014",
        "Calais : tractations européennes",
        "",
      })
  void refusesLinesThatAreNotHeaders(String line) {
    assertEquals(Optional.empty(), headers.parse(line));
  }
}
