package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A statement the gold file of an article records: who spoke and the quoted words.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface GoldStatement {

  /**
   * The speaker as written in the gold file: an actor name or country code; several joint
   * speakers are separated by {@code ;}. Never blank.
   */
  String speaker();

  /** The quoted words; never blank. */
  String quote();

  /** The joint speakers, each trimmed, blank ones left out. */
  default ImmutableList<String> speakers() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String s : speaker().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out.build();
  }

  /** Builder. */
  static ImmutableGoldStatement.Builder builder() {
    return ImmutableGoldStatement.builder();
  }
}
