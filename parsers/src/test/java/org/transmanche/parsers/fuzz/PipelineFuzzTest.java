package org.transmanche.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.parsers.extract.DocumentAnalyser;
import org.transmanche.parsers.extract.DocumentFacts;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.Recognisers;
import org.transmanche.parsers.reconcile.Reconciler;

/**
 * Random text through each recogniser alone, and through the standard pipeline, the extractor and
 * the reconciler. Outcome checked: no exception at all (none is documented for these calls), every
 * mention lies inside its passage and quotes it exactly, and the dossier is valid (building it
 * checks every invariant).
 */
class PipelineFuzzTest {

  private static final Pipeline PIPELINE = Recognisers.standard();
  private static final DocumentAnalyser ANALYSER = new DocumentAnalyser(PIPELINE, office -> List.of());

  @FuzzTest(maxDuration = "30s")
  void everyRecogniserKeepsItsMentionsInsideThePassage(FuzzedDataProvider data) {
    int which = data.consumeInt(0, PIPELINE.names().size() - 1);
    String language = data.consumeBoolean() ? "fr" : "en";
    int offset = data.consumeInt(0, 1000);
    String text = data.consumeRemainingAsString();
    Pipeline one = Recognisers.only(List.of(PIPELINE.names().get(which)));
    Passage p = Passage.builder().text(text).language(language).offset(offset)
        .referenceDate(LocalDate.of(2016, 3, 3)).build();

    for (Recogniser r : List.of(one.recognisers().get(one.recognisers().size() - 1))) {
      assertThat(r.name()).isEqualTo(PIPELINE.names().get(which));
    }
    assertInside(one.recognise(p), p);
  }

  @FuzzTest(maxDuration = "30s")
  void theFullPipelineGivesAValidDossier(FuzzedDataProvider data) {
    String language = data.consumeBoolean() ? "fr" : "en";
    String text = data.consumeRemainingAsString();
    if (text.isBlank()) {
      return; // a Document needs some text; the reader never makes a blank one
    }
    Document doc = Document.builder().file("fuzz.txt").index(1).language(language).text(text).build();

    assertInside(PIPELINE.recognise(Passage.builder().text(text).language(language).build()),
        Passage.of(text, language));
    DocumentFacts facts = ANALYSER.analyse(doc);
    Dossier dossier = Reconciler.reconcile(List.of(facts), List.of());

    assertThat(dossier.violations()).isEmpty();
    assertThat(dossier.documents()).hasSize(1);
  }

  private static void assertInside(ImmutableList<Mention> mentions, Passage p) {
    for (Mention m : mentions) {
      assertThat(m.start()).isBetween(p.offset(), m.end());
      assertThat(m.end()).isLessThanOrEqualTo(p.end());
      assertThat(m.text()).isEqualTo(p.text().substring(m.start() - p.offset(), m.end() - p.offset()));
    }
  }
}
