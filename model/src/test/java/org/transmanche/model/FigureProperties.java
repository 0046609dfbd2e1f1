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

class FigureProperties {

  @Provide
  Arbitrary<Figure> figures() {
    return ModelArbitraries.figures();
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
  void jsonRoundTripIsIdentity(@ForAll("figures") Figure f) {
    assertJsonRoundTrip(f, Figure.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("figures") Figure f) {
    assertEqualCopy(f, Figure.builder().from(f).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("figures") Figure a, @ForAll("figures") Figure b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsEmptyEvidence(@ForAll("figures") Figure f) {
    assertRejects(
        IllegalStateException.class,
        () -> Figure.builder().from(f).evidence(List.of()).build(),
        "Figure " + f.id() + ": evidence is empty");
  }

  @Property
  void rejectsBlankId(@ForAll("figures") Figure f, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class, () -> Figure.builder().from(f).id(id).build(), "Figure: id is blank");
  }

  @Property
  void rejectsIdWithWhiteSpace(@ForAll("figures") Figure f, @ForAll("whiteSpace") char space) {
    String id = f.id() + space + "x";
    assertRejects(
        IllegalStateException.class,
        () -> Figure.builder().from(f).id(id).build(),
        "Figure " + id + ": id contains white space at " + f.id().length());
  }

  @Property
  void rejectsBlankWhat(@ForAll("figures") Figure f, @ForAll("blanks") String what) {
    assertRejects(
        IllegalStateException.class,
        () -> Figure.builder().from(f).what(what).build(),
        "Figure " + f.id() + ": what is blank");
  }
}
