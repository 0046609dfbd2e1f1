package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class DateSpanProperties {

  @Provide
  Arbitrary<DateSpan> spans() {
    return ModelArbitraries.dateSpans();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return ModelArbitraries.dates();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("spans") DateSpan d) {
    assertJsonRoundTrip(d, DateSpan.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("spans") DateSpan d) {
    assertEqualCopy(d, ImmutableDateSpan.builder().from(d.from()).to(d.to()).precision(d.precision())
        .wording(d.wording()).inferred(d.inferred()).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("spans") DateSpan a, @ForAll("spans") DateSpan b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsToBeforeFrom(
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(min = 1, max = 5000) int daysBefore,
      @ForAll Precision precision) {
    LocalDate to = from.minusDays(daysBefore);
    assertRejects(
        IllegalStateException.class,
        () -> DateSpan.of(from, to, precision),
        "DateSpan: to " + to + " < from " + from);
  }

  @Property
  void rejectsBlankWording(@ForAll("spans") DateSpan d, @ForAll("blanks") String wording) {
    assertRejects(IllegalStateException.class, () -> d.withWording(wording), "wording is blank");
  }

  @Property
  void containsBothBoundsAndOverlapsItself(@ForAll("spans") DateSpan d) {
    assertTrue(d.contains(d.from()));
    assertTrue(d.contains(d.to()));
    assertFalse(d.contains(d.to().plusDays(1)));
    assertTrue(d.overlaps(d));
  }
}
