package org.transmanche.parsers.recognise;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of text to recognise: a sentence or paragraph of a document, its language, its offset in
 * the document, the document's date as reference for relative expressions, and the mentions found
 * by the recognisers that ran before (those a recogniser {@linkplain Recogniser#requires()
 * requires}).
 *
 * <pre>{@code
 * Passage p = Passage.of("Le Royaume-Uni versera 15 millions d'euros.", "fr");
 * }</pre>
 */
@Value.Immutable
public interface Passage {

  /** Id of the document the passage belongs to; "" when it stands alone. */
  @Value.Default
  default String documentId() {
    return "";
  }

  /** The text. */
  String text();

  /** ISO-639-1 language code, "fr" or "en" (others are treated as English). */
  String language();

  /** Offset of {@link #text()} in its document; mention spans are document offsets. */
  @Value.Default
  default int offset() {
    return 0;
  }

  /** The document's date, the reference for "hier", "last week", "jeudi". */
  Optional<LocalDate> referenceDate();

  /** Mentions found earlier in this passage by other recognisers, in document offsets. */
  ImmutableList<Mention> mentions();

  /** A stand-alone passage at offset 0 with no reference date. */
  static Passage of(String text, String language) {
    return ImmutablePassage.builder().text(text).language(language).build();
  }

  /** A stand-alone passage at offset 0 with a reference date. */
  static Passage of(String text, String language, LocalDate referenceDate) {
    return ImmutablePassage.builder().text(text).language(language).referenceDate(referenceDate).build();
  }

  /**
   * Whether no blank line lies between offsets {@code from} and {@code to} of {@code text}: a single
   * line break is a soft wrap in a hard-wrapped article ("a year for\nthree years") and does not
   * separate the words around it; a blank line ends a paragraph. Offsets outside the text are
   * clamped.
   */
  static boolean sameParagraph(CharSequence text, int from, int to) {
    boolean lineBlank = false;
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (lineBlank) {
          return false;
        }
        lineBlank = true;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        lineBlank = false;
      }
    }
    return true;
  }

  /** Builder. */
  static ImmutablePassage.Builder builder() {
    return ImmutablePassage.builder();
  }

  /** Whether the passage is French. */
  default boolean french() {
    return language().equals("fr");
  }

  /** End of the passage in document offsets. */
  default int end() {
    return offset() + text().length();
  }

  /** The earlier mentions of one type. */
  default ImmutableList<Mention> mentions(String type) {
    return mentions().stream().filter(m -> m.type().equals(type)).collect(ImmutableList.toImmutableList());
  }

  /**
   * A mention of the span {@code [localStart, localEnd)} of this passage's text, converted to
   * document offsets.
   */
  default Mention mention(int localStart, int localEnd, String type, String recogniser, Object value) {
    return Mention.of(
        offset() + localStart, offset() + localEnd, text().substring(localStart, localEnd), type, recogniser, value);
  }

  /** Checks offset and language. */
  @Value.Check
  default void check() {
    checkState(offset() >= 0, "Passage: offset %s < 0", offset());
    checkState(language().matches("[a-z]{2}|und"), "Passage: language '%s' is not ISO-639-1", language());
  }
}
