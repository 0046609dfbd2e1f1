package org.transmanche.parsers.evaluate;

import org.immutables.value.Value;

/**
 * A gold item that no system item matched: its type, its position in the gold file's array and a
 * one-line summary of its key fields. Immutable and thread-safe.
 */
@Value.Immutable
public interface Miss {

  /** The fact type. */
  FactType type();

  /** 0-based index in the gold file's array for the type ({@code pledges[2]}). */
  int position();

  /** The key fields, on one line; never null. */
  String summary();

  /** Builder. */
  static ImmutableMiss.Builder builder() {
    return ImmutableMiss.builder();
  }
}
