package org.transmanche.parsers.evaluate;

import org.immutables.value.Value;
import org.transmanche.model.Evidence;

/**
 * A system fact or actor, counted for an article, that no gold item matched: its type, id, a
 * one-line summary and its first evidence in that article. Immutable and thread-safe.
 */
@Value.Immutable
public interface Spurious {

  /** The fact type. */
  FactType type();

  /** The fact's or actor's id in the dossier. */
  String id();

  /** The key fields, on one line; never null. */
  String summary();

  /** The first evidence the item has in the article. */
  Evidence evidence();

  /** Builder. */
  static ImmutableSpurious.Builder builder() {
    return ImmutableSpurious.builder();
  }
}
