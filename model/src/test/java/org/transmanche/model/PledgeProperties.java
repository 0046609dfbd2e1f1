package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.testing.ModelArbitraries;

class PledgeProperties {

  @Provide
  Arbitrary<Pledge> pledges() {
    return ModelArbitraries.pledges();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Provide
  Arbitrary<Character> whiteSpace() {
    return ValueContracts.whiteSpace();
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("pledges") Pledge f) {
    assertJsonRoundTrip(f, Pledge.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("pledges") Pledge f) {
    assertEqualCopy(f, Pledge.builder().from(f).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("pledges") Pledge a, @ForAll("pledges") Pledge b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsEmptyEvidence(@ForAll("pledges") Pledge f) {
    assertRejects(
        IllegalStateException.class,
        () -> Pledge.builder().from(f).evidence(List.of()).build(),
        "Pledge " + f.id() + ": evidence is empty");
  }

  @Property
  void rejectsBlankId(@ForAll("pledges") Pledge f, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class, () -> Pledge.builder().from(f).id(id).build(), "Pledge: id is blank");
  }

  @Property
  void rejectsIdWithWhiteSpace(@ForAll("pledges") Pledge f, @ForAll("whiteSpace") char space) {
    String id = f.id() + space + "x";
    assertRejects(
        IllegalStateException.class,
        () -> Pledge.builder().from(f).id(id).build(),
        "Pledge " + id + ": id contains white space at " + f.id().length());
  }

  @Property
  void rejectsBlankPledger(@ForAll("pledges") Pledge f, @ForAll("blanks") String pledger) {
    assertRejects(
        IllegalStateException.class,
        () -> Pledge.builder().from(f).pledger(pledger).build(),
        "Pledge " + f.id() + ": pledger is blank");
  }

  @Property
  void rejectsFundingWithNoAmountScheduleOrPurpose(@ForAll("pledges") Pledge f) {
    assertRejects(
        IllegalStateException.class,
        () ->
            Pledge.builder()
                .from(f)
                .kind(PledgeKind.FUNDING)
                .amount(Optional.empty())
                .schedule(Optional.empty())
                .purpose(Optional.empty())
                .build(),
        "Pledge " + f.id() + ": a FUNDING pledge needs an amount, a schedule or a purpose");
  }

  @Property
  void acceptsInKindWithNoAmountScheduleOrPurpose(@ForAll("pledges") Pledge f) {
    Pledge p =
        Pledge.builder()
            .from(f)
            .kind(PledgeKind.IN_KIND)
            .amount(Optional.empty())
            .schedule(Optional.empty())
            .purpose(Optional.empty())
            .build();
    assertEquals(PledgeKind.IN_KIND, p.kind());
  }
}
