package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class OffsetMapProperties {

  @Provide
  Arbitrary<OffsetMap> maps() {
    return ModelArbitraries.offsetMaps();
  }

  @Provide
  Arbitrary<OffsetMap> anchoredMaps() {
    return ModelArbitraries.offsetMaps().filter(m -> !m.normalised().isEmpty());
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 500);
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("maps") OffsetMap m) {
    assertJsonRoundTrip(m, OffsetMap.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("maps") OffsetMap m) {
    assertEqualCopy(m, OffsetMap.of(new ArrayList<>(m.normalised()), new ArrayList<>(m.raw())));
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("maps") OffsetMap a, @ForAll("maps") OffsetMap b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsAnchorListsOfDifferentSizes(
      @ForAll("maps") OffsetMap m, @ForAll @IntRange(min = 1, max = 5) int extra, @ForAll boolean moreRaw) {
    List<Integer> longer = new ArrayList<>(moreRaw ? m.raw() : m.normalised());
    int last = longer.isEmpty() ? 0 : longer.get(longer.size() - 1);
    for (int i = 0; i < extra; i++) {
      longer.add(last);
    }
    List<Integer> normalised = moreRaw ? m.normalised() : longer;
    List<Integer> raw = moreRaw ? longer : m.raw();
    assertRejects(
        IllegalStateException.class,
        () -> OffsetMap.of(normalised, raw),
        "OffsetMap: " + normalised.size() + " normalised anchors but " + raw.size() + " raw anchors");
  }

  @Property
  void rejectsAnchorThatGoesBack(
      @ForAll("anchoredMaps") OffsetMap m, @ForAll @IntRange(min = 1, max = 50) int back, @ForAll boolean inRaw) {
    int i = m.normalised().size();
    int lastN = m.normalised().get(i - 1);
    int lastR = m.raw().get(i - 1);
    Assume.that((inRaw ? lastR : lastN) >= back);
    List<Integer> normalised = new ArrayList<>(m.normalised());
    List<Integer> raw = new ArrayList<>(m.raw());
    int n = inRaw ? lastN : lastN - back;
    int r = inRaw ? lastR - back : lastR;
    normalised.add(n);
    raw.add(r);
    assertRejects(
        IllegalStateException.class,
        () -> OffsetMap.of(normalised, raw),
        "OffsetMap: anchor " + i + " (" + n + " -> " + r + ") goes back from (" + lastN + " -> " + lastR + ")");
  }

  @Property
  void rejectsNegativeAnchor(@ForAll @IntRange(min = -100, max = -1) int negative, @ForAll boolean inRaw) {
    assertRejects(
        IllegalStateException.class,
        () -> OffsetMap.of(List.of(inRaw ? 0 : negative), List.of(inRaw ? negative : 0)),
        "OffsetMap: anchor 0 is negative");
  }

  @Property
  void toRawIsMonotonic(@ForAll("maps") OffsetMap m, @ForAll("offsets") int a, @ForAll("offsets") int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    assertTrue(m.toRaw(lo) <= m.toRaw(hi), () -> m + ": toRaw(" + lo + ") > toRaw(" + hi + ")");
  }

  @Property
  void toRawIsMonotonicStepByStep(@ForAll("maps") OffsetMap m) {
    int previous = m.toRaw(0);
    for (int n = 1; n <= 420; n++) {
      int next = m.toRaw(n);
      assertTrue(previous <= next, m + ": toRaw(" + (n - 1) + ") = " + previous + " > toRaw(" + n + ") = " + next);
      previous = next;
    }
  }

  @Property
  void toRawNeverGoesBelowZero(@ForAll("maps") OffsetMap m, @ForAll("offsets") int n) {
    assertTrue(m.toRaw(n) >= 0);
  }

  @Property
  void identityMapsEveryOffsetToItself(@ForAll("offsets") int n, @ForAll @IntRange(max = 400) int anchor) {
    assertEquals(n, OffsetMap.IDENTITY.toRaw(n));
    assertEquals(n, OffsetMap.shift(0).toRaw(n));
    assertEquals(n, OffsetMap.of(List.of(anchor), List.of(anchor)).toRaw(n));
  }

  @Property
  void shiftAddsItsDelta(@ForAll("offsets") int n, @ForAll @IntRange(max = 10_000) int delta) {
    assertEquals(n + delta, OffsetMap.shift(delta).toRaw(n));
  }

  @Property
  void toRawRejectsNegativeOffset(@ForAll("maps") OffsetMap m, @ForAll @IntRange(min = -1000, max = -1) int n) {
    assertRejects(IllegalArgumentException.class, () -> m.toRaw(n), "offset " + n + " < 0");
  }

  @Property
  void composingWithIdentityChangesNothing(@ForAll("maps") OffsetMap m, @ForAll("offsets") int n) {
    assertEquals(m.toRaw(n), m.andThen(OffsetMap.IDENTITY).toRaw(n));
    assertEquals(m.toRaw(n), OffsetMap.IDENTITY.andThen(m).toRaw(n));
  }

  /** {@code a.andThen(b)} maps an offset as {@code a} then {@code b} would. */
  @Property
  void andThenMapsThroughThisMapThenTheOuterMap(
      @ForAll("maps") OffsetMap a, @ForAll("maps") OffsetMap b, @ForAll("offsets") int n) {
    int expected = b.toRaw(a.toRaw(n));
    int actual = a.andThen(b).toRaw(n);
    assertEquals(expected, actual, () -> a + " andThen " + b + " = " + a.andThen(b) + " at " + n);
  }
}
