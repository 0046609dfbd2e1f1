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
    ImmutableList.Builder<Integer> ns = ImmutableList.builder();
    ImmutableList.Builder<Integer> rs = ImmutableList.builder();
    if (normalised().isEmpty()) {
      return outer;
    }
    // Anchors of this map, plus the outer anchors expressed in this map's rewritten offsets.
    java.util.TreeMap<Integer, Integer> points = new java.util.TreeMap<>();
    for (int i = 0; i < normalised().size(); i++) {
      points.merge(normalised().get(i), outer.toRaw(raw().get(i)), Math::max);
    }
    for (int j = 0; j < outer.normalised().size(); j++) {
      int mid = outer.normalised().get(j);
      int k = Collections.binarySearch(raw(), mid);
      if (k >= 0) {
        continue;
      }
      k = -k - 2;
      if (k >= 0 && k < normalised().size()) {
        int nOff = normalised().get(k) + (mid - raw().get(k));
        boolean copied = k + 1 >= normalised().size() || nOff <= normalised().get(k + 1);
        if (copied) {
          points.merge(nOff, outer.toRaw(mid), Math::max);
        }
      }
    }
    int last = -1;
    for (var e : points.entrySet()) {
      int r = Math.max(last, e.getValue());
      ns.add(e.getKey());
      rs.add(r);
      last = r;
    }
    return of(ns.build(), rs.build());
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
