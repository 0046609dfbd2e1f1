package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class QuantityProperties {

  @Provide
  Arbitrary<Quantity> quantities() {
    return ModelArbitraries.quantities();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("quantities") Quantity q) {
    assertJsonRoundTrip(q, Quantity.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("quantities") Quantity q) {
    assertEqualCopy(q, ImmutableQuantity.builder().from(q).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsBlankUnit(@ForAll("quantities") Quantity q, @ForAll("blanks") String unit) {
    assertRejects(
        IllegalStateException.class,
        () -> Quantity.of(q.value(), unit),
        "Quantity " + q.value().toPlainString() + ": unit is blank");
  }

  @Property
  void normalisesScaleSoEqualValuesAreEqual(
      @ForAll("quantities") Quantity q, @ForAll @IntRange(max = 6) int extraZeros) {
    BigDecimal padded = q.value().setScale(q.value().scale() + extraZeros);
    Quantity same = ImmutableQuantity.of(padded, q.unit());
    assertEquals(q, same);
    assertEquals(q.hashCode(), same.hashCode());
  }
}
