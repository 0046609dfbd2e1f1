package org.transmanche.parsers.normalise;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableRangeSet;
import org.immutables.value.Value;

/**
 * Which part of a raw text to normalise: the span {@code [start, end)}, the raw ranges to leave out
 * (URLs, header lines), and the raw ranges whose lines stand apart as paragraphs of their own and
 * are never joined to their neighbours (bylines). All offsets are UTF-16 offsets of the raw text.
 *
 * <pre>{@code
 * Excerpt e = Excerpt.builder().start(0).end(120)
 *     .removed(ImmutableRangeSet.of(Range.closedOpen(40, 75))).build();
 * }</pre>
 */
@Value.Immutable
public interface Excerpt {

  /** First raw offset to read, inclusive; {@code >= 0}. */
  @Value.Parameter
  int start();

  /** Raw offset to stop at, exclusive; {@code >= start()}. */
  @Value.Parameter
  int end();

  /** Raw ranges left out of the result; read as if they were not there. Empty by default. */
  @Value.Default
  default ImmutableRangeSet<Integer> removed() {
    return ImmutableRangeSet.of();
  }

  /** Raw ranges whose lines are paragraphs of their own, never joined to others. Empty by default. */
  @Value.Default
  default ImmutableRangeSet<Integer> standalone() {
    return ImmutableRangeSet.of();
  }

  /** The span {@code [start, end)} with nothing removed. */
  static Excerpt of(int start, int end) {
    return ImmutableExcerpt.of(start, end);
  }

  /** Builder. */
  static ImmutableExcerpt.Builder builder() {
    return ImmutableExcerpt.builder();
  }

  /** Checks the span. */
  @Value.Check
  default void check() {
    checkState(start() >= 0, "Excerpt: start %s < 0", start());
    checkState(end() >= start(), "Excerpt: end %s < start %s", end(), start());
  }
}
