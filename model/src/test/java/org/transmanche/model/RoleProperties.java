package org.transmanche.model;

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

class RoleProperties {

  @Provide
  Arbitrary<Role> roles() {
    return ModelArbitraries.roles();
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
  void jsonRoundTripIsIdentity(@ForAll("roles") Role r) {
    assertJsonRoundTrip(r, Role.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("roles") Role r) {
    assertEqualCopy(
        r,
        Role.builder()
            .title(r.title())
            .organisation(r.organisation())
            .country(r.country())
            .from(r.from())
            .to(r.to())
            .build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("roles") Role a, @ForAll("roles") Role b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsToBeforeFrom(
      @ForAll("roles") Role r, @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 5000) int daysBefore) {
    LocalDate to = from.minusDays(daysBefore);
    assertRejects(
        IllegalStateException.class,
        () -> Role.builder().title(r.title()).organisation(r.organisation()).from(from).to(to).build(),
        "Role " + r.title() + ": to " + to + " < from " + from);
  }

  @Property
  void rejectsBlankTitle(@ForAll("blanks") String title) {
    assertRejects(IllegalStateException.class, () -> Role.of(title), "Role: title is blank");
  }

  @Property
  void isHeldOnItsFirstAndLastDays(@ForAll("roles") Role r) {
    r.from().ifPresent(d -> assertTrue(r.heldOn(d)));
    r.to().ifPresent(d -> assertTrue(r.heldOn(d)));
  }
}
