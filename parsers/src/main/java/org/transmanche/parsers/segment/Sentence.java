package org.transmanche.parsers.segment;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * One sentence of a text: the half-open span {@code [start, end)} of the text it was cut from
 * (document offsets when cut from {@link org.transmanche.model.Document#text()}) and its text,
 * without surrounding white space.
 *
 * <pre>{@code
 * Sentence s = Sentence.of(0, 8, "Bonjour.");
 * }</pre>
 */
@Value.Immutable
public interface Sentence {

  /** First character, inclusive; {@code >= 0}. */
  @Value.Parameter
  int start();

  /** End, exclusive; {@code > start()}. */
  @Value.Parameter
  int end();

  /** The text of the span; never null, never blank. */
  @Value.Parameter
  String text();

  /**
   * A sentence.
   *
   * @throws IllegalStateException if the span is negative, empty or inverted, or the text length
   *     differs from the span length
   */
  static Sentence of(int start, int end, String text) {
    return ImmutableSentence.of(start, end, text);
  }

  /** Checks the span. */
  @Value.Check
  default void check() {
    checkState(start() >= 0, "Sentence: start %s < 0", start());
    checkState(end() > start(), "Sentence: end %s <= start %s", end(), start());
    checkState(
        text().length() == end() - start(),
        "Sentence [%s, %s): text length %s != span length %s",
        start(), end(), text().length(), end() - start());
  }
}
