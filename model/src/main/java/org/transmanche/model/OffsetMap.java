package org.transmanche.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Collections;
import org.immutables.value.Value;

/**
 * Maps offsets of a rewritten text (unwrapped, de-hyphenated, normalised) back to the text it was
 * made from.
 *
 * <p>The map is a list of anchors: normalised offset {@code normalised[i]} corresponds to raw offset
 * {@code raw[i]}. Between two anchors the texts are copied one to one, so an offset maps to {@code
 * raw[i] + (n - normalised[i])}, clamped to the next anchor. Both lists are non-decreasing, so the
 * mapping is monotonic. No anchors means the identity. Maps compose with {@link #andThen(OffsetMap)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOffsetMap.class)
@JsonDeserialize(as = ImmutableOffsetMap.class)
public interface OffsetMap {

  /** The identity map. */
  OffsetMap IDENTITY = ImmutableOffsetMap.builder().build();

  /** Anchor offsets in the rewritten text; non-decreasing. */
  ImmutableList<Integer> normalised();

  /** Matching offsets in the original text; non-decreasing, same size as {@link #normalised()}. */
  ImmutableList<Integer> raw();

  /** A map from parallel anchor lists. */
  static OffsetMap of(Iterable<Integer> normalised, Iterable<Integer> raw) {
    return ImmutableOffsetMap.builder().normalised(normalised).raw(raw).build();
  }

  /** A map that shifts every offset by {@code delta} (text cut out of a larger file). */
  static OffsetMap shift(int delta) {
    return of(ImmutableList.of(0), ImmutableList.of(delta));
  }

  /**
   * The original offset of {@code offset} in the rewritten text.
   *
   * @throws IllegalArgumentException if {@code offset < 0}
   */
  default int toRaw(int offset) {
    checkArgument(offset >= 0, "offset %s < 0", offset);
    ImmutableList<Integer> n = normalised();
    if (n.isEmpty()) {
      return offset;
    }
    int i = Collections.binarySearch(n, offset);
    if (i >= 0) {
      while (i + 1 < n.size() && n.get(i + 1) == offset) {
        i++;
      }
    } else {
      i = -i - 2;
    }
    if (i < 0) {
      return Math.max(0, raw().get(0) - (n.get(0) - offset));
    }
    int mapped = raw().get(i) + (offset - n.get(i));
    return i + 1 < n.size() ? Math.min(mapped, raw().get(i + 1)) : mapped;
  }

  /**
   * This map followed by {@code outer}: offsets go through this map, then through {@code outer}.
   * Use it when text rewritten by this map was itself rewritten from another text by {@code outer}.
   */
  default OffsetMap andThen(OffsetMap outer) {
    if (outer.normalised().isEmpty()) {
      return this;
    }
    if (normalised().isEmpty()) {
      return outer;
    }
    // The composition is monotonic and, between the points where either map changes behaviour,
    // copies one to one or stands still; anchoring it at each such point (and its neighbours, so
    // that jumps land on whole offsets) describes it exactly.
    java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
    points.add(0);
    for (int e : events()) {
      addAround(points, e);
    }
    for (int m : outer.events()) {
      addAround(points, firstReaching(m));
    }
    ImmutableList.Builder<Integer> ns = ImmutableList.builder();
    ImmutableList.Builder<Integer> rs = ImmutableList.builder();
    for (int p : points) {
      ns.add(p);
      rs.add(outer.toRaw(toRaw(p)));
    }
    return of(ns.build(), rs.build());
  }

  /** Offsets where this map starts or stops copying, or jumps. */
  private java.util.List<Integer> events() {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    ImmutableList<Integer> n = normalised();
    ImmutableList<Integer> r = raw();
    if (!n.isEmpty()) {
      out.add(Math.max(0, n.get(0) - r.get(0)));
    }
    for (int i = 0; i < n.size(); i++) {
      out.add(n.get(i));
      if (i + 1 < n.size()) {
        out.add(n.get(i) + (r.get(i + 1) - r.get(i)));
      }
    }
    return out;
  }

  /** The smallest offset that this map sends to {@code target} or beyond. */
  private int firstReaching(int target) {
    long lo = 0;
    long hi = (normalised().isEmpty() ? 0L : normalised().get(normalised().size() - 1)) + Math.abs((long) target) + 2;
    hi = Math.min(hi, Integer.MAX_VALUE - 2);
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (toRaw((int) mid) >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return (int) lo;
  }

  private static void addAround(java.util.Set<Integer> points, int e) {
    for (int d = -1; d <= 1; d++) {
      long p = (long) e + d;
      if (p >= 0 && p < Integer.MAX_VALUE - 2) {
        points.add((int) p);
      }
    }
  }

  /** Checks that the anchor lists match and never go backwards. */
  @Value.Check
  default void check() {
    checkState(
        normalised().size() == raw().size(),
        "OffsetMap: %s normalised anchors but %s raw anchors",
        normalised().size(), raw().size());
    for (int i = 0; i < normalised().size(); i++) {
      checkState(normalised().get(i) >= 0 && raw().get(i) >= 0, "OffsetMap: anchor %s is negative", i);
      if (i > 0) {
        checkState(
            normalised().get(i) >= normalised().get(i - 1) && raw().get(i) >= raw().get(i - 1),
            "OffsetMap: anchor %s (%s -> %s) goes back from (%s -> %s)",
            i, normalised().get(i), raw().get(i), normalised().get(i - 1), raw().get(i - 1));
      }
    }
  }
}
