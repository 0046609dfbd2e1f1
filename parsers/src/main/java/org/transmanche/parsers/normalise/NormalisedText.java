package org.transmanche.parsers.normalise;

import org.immutables.value.Value;
import org.transmanche.model.OffsetMap;

/**
 * Normalised text and the map from its offsets to the offsets of the raw text it was made from.
 *
 * <p>Paragraphs of {@link #text()} are separated by one blank line ({@code "\n\n"}); a paragraph
 * holds no line break, no leading or trailing space and no run of spaces.
 *
 * <pre>{@code
 * NormalisedText n = TextNormaliser.defaults().normalise("Un mot\nplus loin.");
 * n.text();                // "Un mot plus loin."
 * n.rawMap().toRaw(7);     // 7, the 'p' of "plus" in the raw text
 * }</pre>
 */
@Value.Immutable
public interface NormalisedText {

  /** The normalised text; never null. */
  @Value.Parameter
  String text();

  /**
   * Maps offsets of {@link #text()} to offsets of the raw text (UTF-16 units); monotonic, and a span
   * {@code [s, e)} of the text comes from the raw span {@code [toRaw(s), toRaw(e))}.
   */
  @Value.Parameter
  OffsetMap rawMap();

  /** A normalised text. */
  static NormalisedText of(String text, OffsetMap rawMap) {
    return ImmutableNormalisedText.of(text, rawMap);
  }
}
