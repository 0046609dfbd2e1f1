package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where a fact was read: a document id, a half-open character span {@code [start, end)} of that
 * document's normalised {@link Document#text() text}, and the exact text of the span.
 *
 * <p>{@code text().length() == end() - start()} always holds; that the text equals the document's
 * substring is checked by {@link Dossier}, which knows the documents.
 *
 * <pre>{@code
 * Evidence e = Evidence.of("004_8fecf36aac7f0217.txt#12", 10, 14, "£12m");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public interface Evidence extends Comparable<Evidence> {

  /** Id of the {@link Document} the span refers to; never blank. */
  @Value.Parameter
  String document();

  /** First character of the span, inclusive, in UTF-16 code units; {@code >= 0}. */
  @Value.Parameter
  int start();

  /** End of the span, exclusive; {@code >= start()}. */
  @Value.Parameter
  int end();

  /** The exact text of the span. */
  @Value.Parameter
  String text();

  /**
   * Creates evidence.
   *
   * @throws IllegalStateException if the id is blank, the span is negative or inverted, or the
   *     text length differs from the span length
   */
  static Evidence of(String document, int start, int end, String text) {
    return ImmutableEvidence.of(document, start, end, text);
  }

  /** Number of characters covered. */
  default int length() {
    return end() - start();
  }

  /** Whether this span and {@code other} are in the same document and share a character. */
  default boolean overlaps(Evidence other) {
    return document().equals(other.document()) && start() < other.end() && other.start() < end();
  }

  /** Orders by document id, then start, then end. */
  @Override
  default int compareTo(Evidence o) {
    int c = document().compareTo(o.document());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(start(), o.start());
    return c != 0 ? c : Integer.compare(end(), o.end());
  }

  /** Checks the span. */
  @Value.Check
  default void check() {
    checkState(!document().isBlank(), "Evidence: document id is blank");
    checkState(start() >= 0, "Evidence %s: start %s < 0", document(), start());
    checkState(end() >= start(), "Evidence %s: end %s < start %s", document(), end(), start());
    checkState(
        text().length() == end() - start(),
        "Evidence %s [%s, %s): text length %s != span length %s",
        document(), start(), end(), text().length(), end() - start());
  }
}
