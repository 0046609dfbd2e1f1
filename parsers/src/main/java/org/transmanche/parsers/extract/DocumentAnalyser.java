package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.ImmutableDocument;
import org.transmanche.model.Precision;
import org.transmanche.model.Role;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.segment.Paragraph;
import org.transmanche.parsers.segment.Segmenter;

/**
 * Analyses one document: paragraphs and sentences, mentions from the recogniser pipeline (run per
 * paragraph with the document's date as reference), an inferred date when the document has none,
 * and the facts. Stateless and thread-safe.
 *
 * <pre>{@code
 * DocumentFacts f = DocumentAnalyser.standard().analyse(document);
 * }</pre>
 */
public final class DocumentAnalyser {

  private final Pipeline pipeline;
  private final Segmenter segmenter;
  private final FactExtractor extractor;
  private final DateInference inference;

  /**
   * An analyser.
   *
   * @param pipeline the recognisers
   * @param officesOf the dated offices of a person id, used to date undated documents
   */
  public DocumentAnalyser(Pipeline pipeline, Function<String, List<Role>> officesOf) {
    this.pipeline = pipeline;
    this.segmenter = Segmenter.defaults();
    this.extractor = FactExtractor.standard();
    this.inference = new DateInference(officesOf);
  }

  /** The mentions of a document, passage by passage. */
  public ImmutableList<Mention> mentions(Document doc, Optional<LocalDate> reference) {
    List<Mention> out = new ArrayList<>();
    for (Paragraph p : segmenter.paragraphs(doc)) {
      String lang = p.language().equals("und") ? doc.language() : p.language();
      var b = Passage.builder().documentId(doc.id()).text(p.text()).language(lang.equals("und") ? "fr" : lang).offset(p.start());
      reference.ifPresent(b::referenceDate);
      out.addAll(pipeline.recognise(b.build()));
    }
    out.sort(null);
    return ImmutableList.copyOf(out);
  }

  /** Facts of a document, with its published date inferred when it has none. */
  public DocumentFacts analyse(Document doc) {
    Optional<DateSpan> published = doc.published();
    // A day is the reference; a month-wide date gives its middle, enough to resolve offices and
    // month-level expressions (day-level ones then land within the month).
    Optional<LocalDate> day = published.flatMap(d -> d.precision() == Precision.DAY
        ? Optional.of(d.from())
        : d.precision() == Precision.MONTH ? Optional.of(d.from().plusDays(14)) : Optional.empty());
    ImmutableList<Mention> mentions = mentions(doc, day);
    Document dated = doc;
    if (published.isEmpty()) {
      Optional<DateSpan> inferred = inference.infer(mentions);
      if (inferred.isPresent()) {
        dated = ImmutableDocument.copyOf(doc).withPublished(inferred);
      }
    }
    List<int[]> sentences = new ArrayList<>();
    segmenter.sentences(doc).forEach(s -> sentences.add(new int[] {s.start(), s.end()}));
    // Facts without a date of their own take the document's, inferred or not (an inferred date
    // says so in its DateSpan).
    return extractor.extract(dated, sentences, mentions, dated.published());
  }
}
