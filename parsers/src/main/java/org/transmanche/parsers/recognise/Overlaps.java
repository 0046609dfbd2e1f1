package org.transmanche.parsers.recognise;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Overlap resolution: among mentions that overlap, keep the longest, then the leftmost. Used by
 * {@link Pipeline} per mention type, so a date inside a quote survives but two readings of the same
 * amount do not.
 */
public final class Overlaps {
  private Overlaps() {}

  /** The mentions that survive, longest then leftmost first, returned sorted by start. */
  public static ImmutableList<Mention> longestThenLeftmost(List<Mention> mentions) {
    List<Mention> byPriority = new ArrayList<>(mentions);
    byPriority.sort(
        Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    java.util.TreeMap<Integer, Mention> byStart = new java.util.TreeMap<>();
    for (Mention m : byPriority) {
      var before = byStart.floorEntry(m.start());
      if (before != null && before.getValue().end() > m.start()) {
        continue;
      }
      var after = byStart.ceilingEntry(m.start());
      if (after != null && after.getKey() < m.end()) {
        continue;
      }
      byStart.put(m.start(), m);
      kept.add(m);
    }
    kept.sort(Comparator.naturalOrder());
    return ImmutableList.copyOf(kept);
  }
}
