package org.transmanche.parsers.recognise;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * Finds typed mentions in a passage.
 *
 * <p>Implementations are stateless and thread-safe: settings and gazetteers come through the
 * constructor, are loaded once and never change. They make one left-to-right pass (or a bounded
 * number) and use no regular expression with nested unbounded quantifiers.
 */
public interface Recogniser {

  /** The recogniser's name, such as {@code "money"}; lower case, unique in a pipeline. */
  String name();

  /**
   * The mentions in {@code passage}, sorted by start, spans inside the passage, in document offsets.
   * Never null; never throws on any text.
   */
  ImmutableList<Mention> recognise(Passage passage);

  /** Names of the recognisers whose mentions this one reads from {@link Passage#mentions()}. */
  default ImmutableSet<String> requires() {
    return ImmutableSet.of();
  }
}
