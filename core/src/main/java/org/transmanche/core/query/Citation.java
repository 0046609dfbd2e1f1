package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;

/**
 * Where a fact was read, for people: the {@link Evidence} (document id, span, exact text), the
 * sentence around it in the document, and the document's title, outlet and publication date. An
 * immutable value; components are never null.
 *
 * <pre>{@code
 * Fact f = d.facts().get(0);
 * Citation.of(d, f.evidence().get(0)).sentence();
 * }</pre>
 *
 * @param evidence the span the fact was read from
 * @param sentence the sentence (or sentences) of the document around the span, on one line; the
 *     evidence text itself when the document is unknown
 * @param title the document's headline, when it has one
 * @param outlet the document's outlet, when named
 * @param published the document's publication date, when known
 */
public record Citation(
    Evidence evidence,
    String sentence,
    Optional<String> title,
    Optional<String> outlet,
    Optional<DateSpan> published) {

  /** Checks that no component is null. */
  public Citation {
    checkNotNull(evidence, "evidence");
    checkNotNull(sentence, "sentence");
    checkNotNull(title, "title");
    checkNotNull(outlet, "outlet");
    checkNotNull(published, "published");
  }

  /**
   * The citation of {@code evidence}: its sentence is cut out of the dossier's document at the
   * nearest sentence boundaries ({@code . ! ?} and paragraph breaks). When the dossier does not hold
   * the document, the sentence is the evidence text.
   */
  public static Citation of(Dossier dossier, Evidence evidence) {
    Optional<Document> doc = dossier.document(evidence.document());
    if (doc.isEmpty() || evidence.end() > doc.get().text().length()) {
      return new Citation(
          evidence, oneLine(evidence.text()), Optional.empty(), Optional.empty(), Optional.empty());
    }
    Document d = doc.get();
    int[] span = Sentences.around(d.text(), evidence.start(), evidence.end());
    return new Citation(evidence, oneLine(d.text().substring(span[0], span[1])), d.title(), d.outlet(), d.published());
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The id of the document. */
  public String documentId() {
    return evidence.document();
  }

  /** The exact text of the span. */
  public String quote() {
    return evidence.text();
  }

  /** One line: {@code doc#1 (outlet, date) «sentence»}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(documentId());
    String source =
        Stream.concat(outlet.stream(), published.map(Display::date).stream()).collect(Collectors.joining(", "));
    if (!source.isEmpty()) {
      b.append(" (").append(source).append(')');
    }
    return b.append(" «").append(sentence).append('»').toString();
  }
}
