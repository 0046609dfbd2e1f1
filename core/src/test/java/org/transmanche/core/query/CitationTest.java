package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;

class CitationTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void citesTheSentenceAroundTheEvidenceWithTheDocumentsMetadata() {
    Citation c = Citation.of(D, SampleDossier.ev(SampleDossier.PORT, "will give £12m"));

    assertThat(c.sentence())
        .isEqualTo(
            "The United Kingdom will give £12m to make the port of Calais harder to enter, the Home Secretary "
                + "said in Calais on Saturday.");
    assertThat(c.documentId()).isEqualTo("port-funding.txt#1");
    assertThat(c.quote()).isEqualTo("will give £12m");
    assertThat(c.outlet()).contains("Channel Courier");
    assertThat(c.published()).contains(DateSpan.ofDay(LocalDate.of(2014, 9, 20)));
  }

  @Test
  void stopsAtAParagraphBreak() {
    Citation c = Citation.of(D, SampleDossier.ev(SampleDossier.PORT, "100 extra guards"));

    assertThat(c.sentence()).isEqualTo("About 100 extra guards will be posted at the port of Calais.");
  }

  @Test
  void fallsBackToTheQuoteWhenTheDocumentIsUnknown() {
    Citation c = Citation.of(Dossier.builder().build(), Evidence.of("elsewhere.txt#1", 4, 9, "words"));

    assertThat(c.sentence()).isEqualTo("words");
    assertThat(c.outlet()).isEmpty();
  }

  @Test
  void printsDocumentOutletDateAndSentence() {
    Citation c = Citation.of(D, SampleDossier.ev(SampleDossier.ACCORD, "accords du Touquet"));

    assertThat(c.toString())
        .isEqualTo("accord.txt#1 (Le Quotidien du Détroit, 2015-08-20) «Les accords du Touquet restent en vigueur.»");
  }
}
