package org.transmanche.parsers.segment;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * One paragraph of a text: the half-open span {@code [start, end)} of the text it was cut from
 * (document offsets when cut from {@link org.transmanche.model.Document#text()}), its text without
 * surrounding white space, and its own language.
 *
 * <pre>{@code
 * Paragraph p = Paragraph.of(0, 14, "Hello, Calais.", "en");
 * }</pre>
 */
@Value.Immutable
public interface Paragraph {

  /** First character, inclusive; {@code >= 0}. */
  @Value.Parameter
  int start();

  /** End, exclusive; {@code > start()}. */
  @Value.Parameter
  int end();

  /** The text of the span; never null, never blank. */
  @Value.Parameter
  String text();

  /** ISO-639-1 code of the paragraph's language, or "und" when it cannot be told. */
  @Value.Parameter
  String language();

  /**
   * A paragraph.
   *
   * @throws IllegalStateException if the span is negative, empty or inverted, the text length
   *     differs from the span length, or the language is not a code
   */
  static Paragraph of(int start, int end, String text, String language) {
    return ImmutableParagraph.of(start, end, text, language);
  }

  /** Checks the span and the language. */
  @Value.Check
  default void check() {
    checkState(start() >= 0, "Paragraph: start %s < 0", start());
    checkState(end() > start(), "Paragraph: end %s <= start %s", end(), start());
    checkState(
        text().length() == end() - start(),
        "Paragraph [%s, %s): text length %s != span length %s",
        start(), end(), text().length(), end() - start());
    checkState(
        language().matches("[a-z]{2}|und"),
        "Paragraph [%s, %s): language '%s' is not an ISO-639-1 code or 'und'",
        start(), end(), language());
  }
}
