package org.transmanche.parsers.recognise;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A span of text with a typed value and the name of the recogniser that found it.
 *
 * <p>{@code type} is one of {@code date}, {@code money}, {@code quantity}, {@code place}, {@code
 * actor}, {@code quote} (or a new recogniser's own type); {@code value} is the typed reading: a
 * {@code DateReading}, {@code MoneyReading}, model {@code Quantity}, {@code PlaceReading}, {@code
 * ActorReading} or {@code QuoteReading}. Spans are half-open document offsets.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonPropertyOrder({"type", "start", "end", "text", "value", "recogniser"})
public interface Mention extends Comparable<Mention> {

  /** Start, inclusive, in document offsets. */
  @Value.Parameter
  int start();

  /** End, exclusive. */
  @Value.Parameter
  int end();

  /** The exact text of the span. */
  @Value.Parameter
  String text();

  /** The mention type ("date", "money", ...). */
  @Value.Parameter
  String type();

  /** Name of the recogniser that found it. */
  @Value.Parameter
  String recogniser();

  /** The typed value. */
  @Value.Parameter
  Object value();

  /** A mention. */
  static Mention of(int start, int end, String text, String type, String recogniser, Object value) {
    return ImmutableMention.of(start, end, text, type, recogniser, value);
  }

  /** The value as {@code type}. @throws ClassCastException if it is another type */
  default <T> T value(Class<T> type) {
    return type.cast(value());
  }

  /** Number of characters covered. */
  default int length() {
    return end() - start();
  }

  /** Whether the two spans share a character. */
  default boolean overlaps(Mention o) {
    return start() < o.end() && o.start() < end();
  }

  /** Orders by start, then longer first, then type. */
  @Override
  default int compareTo(Mention o) {
    int c = Integer.compare(start(), o.start());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(o.end(), end());
    return c != 0 ? c : type().compareTo(o.type());
  }

  /** Checks the span. */
  @Value.Check
  default void check() {
    checkState(start() >= 0 && end() >= start(), "Mention '%s': bad span [%s, %s)", text(), start(), end());
    checkState(
        text().length() == end() - start(),
        "Mention [%s, %s): text length %s != span length", start(), end(), text().length());
    checkState(type().matches("[a-z][a-z_]*"), "Mention: type '%s' is not lower_snake", type());
  }
}
