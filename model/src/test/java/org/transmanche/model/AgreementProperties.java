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
import org.transmanche.model.testing.ModelArbitraries;

class AgreementProperties {

  @Provide
  Arbitrary<Agreement> agreements() {
    return ModelArbitraries.agreements();
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
  void jsonRoundTripIsIdentity(@ForAll("agreements") Agreement f) {
    assertJsonRoundTrip(f, Agreement.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("agreements") Agreement f) {
    assertEqualCopy(f, Agreement.builder().from(f).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("agreements") Agreement a, @ForAll("agreements") Agreement b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsEmptyEvidence(@ForAll("agreements") Agreement f) {
    assertRejects(
        IllegalStateException.class,
        () -> Agreement.builder().from(f).evidence(List.of()).build(),
        "Agreement " + f.id() + ": evidence is empty");
  }

  @Property
  void rejectsBlankId(@ForAll("agreements") Agreement f, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class, () -> Agreement.builder().from(f).id(id).build(), "Agreement: id is blank");
  }

  @Property
  void rejectsIdWithWhiteSpace(@ForAll("agreements") Agreement f, @ForAll("whiteSpace") char space) {
    String id = f.id() + space + "x";
    assertRejects(
        IllegalStateException.class,
        () -> Agreement.builder().from(f).id(id).build(),
        "Agreement " + id + ": id contains white space at " + f.id().length());
  }

  @Property
  void rejectsBlankName(@ForAll("agreements") Agreement f, @ForAll("blanks") String name) {
    assertRejects(
        IllegalStateException.class,
        () -> Agreement.builder().from(f).name(name).build(),
        "Agreement " + f.id() + ": name is blank");
  }
}
