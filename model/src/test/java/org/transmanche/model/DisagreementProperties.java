package org.transmanche.model;

import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class DisagreementProperties {

  @Provide
  Arbitrary<Disagreement> disagreements() {
    return ModelArbitraries.disagreements();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("disagreements") Disagreement d) {
    assertJsonRoundTrip(d, Disagreement.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("disagreements") Disagreement d) {
    assertEqualCopy(d, Disagreement.builder().from(d).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("disagreements") Disagreement a, @ForAll("disagreements") Disagreement b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsFewerThanTwoFacts(@ForAll("disagreements") Disagreement d, @ForAll @IntRange(max = 1) int kept) {
    List<String> facts = d.facts().subList(0, kept);
    assertRejects(
        IllegalStateException.class,
        () -> Disagreement.builder().from(d).facts(facts).build(),
        "Disagreement " + d.id() + ": " + kept + " fact(s), needs at least 2");
  }

  @Property
  void rejectsBlankId(@ForAll("disagreements") Disagreement d, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class,
        () -> Disagreement.builder().from(d).id(id).build(),
        "Disagreement: id is blank");
  }
}
