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

class StatementProperties {

  @Provide
  Arbitrary<Statement> statements() {
    return ModelArbitraries.statements();
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
  void jsonRoundTripIsIdentity(@ForAll("statements") Statement f) {
    assertJsonRoundTrip(f, Statement.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("statements") Statement f) {
    assertEqualCopy(f, Statement.builder().from(f).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("statements") Statement a, @ForAll("statements") Statement b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsEmptyEvidence(@ForAll("statements") Statement f) {
    assertRejects(
        IllegalStateException.class,
        () -> Statement.builder().from(f).evidence(List.of()).build(),
        "Statement " + f.id() + ": evidence is empty");
  }

  @Property
  void rejectsBlankId(@ForAll("statements") Statement f, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class, () -> Statement.builder().from(f).id(id).build(), "Statement: id is blank");
  }

  @Property
  void rejectsIdWithWhiteSpace(@ForAll("statements") Statement f, @ForAll("whiteSpace") char space) {
    String id = f.id() + space + "x";
    assertRejects(
        IllegalStateException.class,
        () -> Statement.builder().from(f).id(id).build(),
        "Statement " + id + ": id contains white space at " + f.id().length());
  }

  @Property
  void rejectsBlankSpeaker(@ForAll("statements") Statement f, @ForAll("blanks") String speaker) {
    assertRejects(
        IllegalStateException.class,
        () -> Statement.builder().from(f).speaker(speaker).build(),
        "Statement " + f.id() + ": speaker is blank");
  }

  @Property
  void rejectsBlankText(@ForAll("statements") Statement f, @ForAll("blanks") String text) {
    assertRejects(
        IllegalStateException.class,
        () -> Statement.builder().from(f).text(text).build(),
        "Statement " + f.id() + ": text is blank");
  }
}
