package org.transmanche.parsers.recognise.quote;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.parsers.recognise.Mention;

/**
 * The value of a {@code quote} mention: the quoted words, where they are, and who said them.
 *
 * <p>The mention spans the quote with its marks; {@link #text()} is the words inside, without the
 * marks, the blanks next to them and a trailing comma, and {@code text()} is exactly the document
 * text {@code [textStart(), textEnd())}. The speaker is the {@code actor} mention found for the quote
 * (its value is whatever the actor recogniser put there), {@link #speakerText()} the words that name
 * the speaker ("le ministère", "il", "Philippe Leclerc"), which may be a pronoun or a noun phrase
 * without an actor. All offsets are document offsets. Immutable and thread-safe; serialises to JSON
 * with the model's mapper ({@code org.transmanche.model.json.Json.mapper()}).
 *
 * <pre>{@code
 * QuoteReading r = QuoteReading.builder().text("Non").textStart(1).textEnd(4)
 *     .attribution(QuoteReading.NONE).slogan(true).closed(true).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuoteReading.class)
@JsonPropertyOrder({
  "text", "textStart", "textEnd", "attribution", "speaker", "speakerText", "speakerStart", "speakerEnd", "slogan", "closed"
})
public interface QuoteReading {

  /** Attribution by a speech verb after the quote: "», a indiqué le ministère", "," he said". */
  String VERB_AFTER = "verb-after";

  /** Attribution by a speech verb that ends the text before the quote: "Il prévient "…"". */
  String VERB_BEFORE = "verb-before";

  /** Attribution by a source marker: "selon X", "according to X", "Pour X, … « … »". */
  String SELON = "selon";

  /** The quote follows a colon after its speaker: "X said: "…"", "X est le patron de Y : « … »". */
  String COLON = "colon";

  /** A speech clause inside the quote, between commas: "« …, raconte Martin. … »". */
  String INCISE = "incise";

  /** Borrowed from another quote of the same sentence. */
  String SAME_SENTENCE = "same-sentence";

  /** Borrowed from the quote of the previous paragraph that this one continues. */
  String CONTINUED = "continued";

  /** A whole-sentence quote that borrows the speaker of the sentence before. */
  String PREVIOUS_SENTENCE = "previous-sentence";

  /** No attribution found. */
  String NONE = "none";

  /** Every attribution kind. */
  ImmutableSet<String> KINDS =
      ImmutableSet.of(VERB_AFTER, VERB_BEFORE, SELON, COLON, INCISE, SAME_SENTENCE, CONTINUED, PREVIOUS_SENTENCE, NONE);

  /** The quoted words, without the marks; never empty. */
  String text();

  /** Start of {@link #text()}, inclusive, in document offsets. */
  int textStart();

  /** End of {@link #text()}, exclusive, in document offsets. */
  int textEnd();

  /** How the speaker was found: one of {@link #KINDS}. */
  String attribution();

  /** The actor mention of the speaker, unchanged from the passage; empty when none was found. */
  Optional<Mention> speaker();

  /** The words naming the speaker ("le ministère", "il"); present whenever {@link #speaker()} is. */
  Optional<String> speakerText();

  /** Start of {@link #speakerText()} in document offsets; present with it. */
  Optional<Integer> speakerStart();

  /** End, exclusive, of {@link #speakerText()} in document offsets; present with it. */
  Optional<Integer> speakerEnd();

  /**
   * Whether this is a quoted word or short phrase ("jungle", « small boats ») rather than a statement:
   * fewer than four words and no attribution.
   */
  boolean slogan();

  /**
   * Whether the closing mark was found; false for a quote bounded at a paragraph or sentence end
   * (see the package documentation).
   */
  boolean closed();

  /** A builder. */
  static ImmutableQuoteReading.Builder builder() {
    return ImmutableQuoteReading.builder();
  }

  /** Checks spans, attribution kind and slogan rule. */
  @Value.Check
  default void check() {
    checkState(!text().isEmpty(), "QuoteReading: text is empty");
    checkState(textStart() >= 0, "QuoteReading: textStart %s < 0", textStart());
    checkState(
        textEnd() - textStart() == text().length(),
        "QuoteReading: text length %s != textEnd %s - textStart %s", text().length(), textEnd(), textStart());
    checkState(KINDS.contains(attribution()), "QuoteReading: attribution '%s' is not one of %s", attribution(), KINDS);
    checkState(
        speakerText().isPresent() == speakerStart().isPresent() && speakerText().isPresent() == speakerEnd().isPresent(),
        "QuoteReading: speakerText, speakerStart and speakerEnd must be all present or all absent");
    speakerText()
        .ifPresent(
            t ->
                checkState(
                    speakerEnd().get() - speakerStart().get() == t.length() && speakerStart().get() >= 0,
                    "QuoteReading: speakerText '%s' does not fit [%s, %s)", t, speakerStart().get(), speakerEnd().get()));
    checkState(
        speaker().isEmpty() || speakerText().isPresent(), "QuoteReading: speaker %s without speakerText", speaker());
    checkState(
        !slogan() || attribution().equals(NONE), "QuoteReading: slogan with attribution '%s'", attribution());
  }
}
