package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.testing.ModelArbitraries;

class ActorProperties {

  @Provide
  Arbitrary<Actor> actors() {
    return ModelArbitraries.actors();
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
  void jsonRoundTripIsIdentity(@ForAll("actors") Actor a) {
    assertJsonRoundTrip(a, Actor.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("actors") Actor a) {
    assertEqualCopy(a, Actor.builder().from(a).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("actors") Actor a, @ForAll("actors") Actor b) {
    assertHashAgrees(a, b);
  }

  @Property
  void namesStartWithTheCanonicalName(@ForAll("actors") Actor a) {
    assertEquals(a.name(), a.names().iterator().next());
  }

  @Property
  void rejectsBlankName(@ForAll("actors") Actor a, @ForAll("blanks") String name) {
    assertRejects(
        IllegalStateException.class,
        () -> Actor.builder().from(a).name(name).build(),
        "Actor " + a.id() + ": name is blank");
  }

  @Property
  void rejectsBlankId(@ForAll("actors") Actor a, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class, () -> Actor.builder().from(a).id(id).build(), "Actor: id is blank");
  }

  @Property
  void rejectsIdWithWhiteSpace(@ForAll("actors") Actor a, @ForAll("whiteSpace") char space) {
    int at = a.id().indexOf(':') + 1;
    String id = a.id().substring(0, at) + space + a.id().substring(at);
    assertRejects(
        IllegalStateException.class,
        () -> Actor.builder().from(a).id(id).build(),
        "Actor " + id + ": id contains white space at " + at);
  }

  @Property
  void rejectsBlankAlias(@ForAll("actors") Actor a, @ForAll("blanks") String alias) {
    assertRejects(
        IllegalStateException.class,
        () -> Actor.builder().from(a).addAliases(alias).build(),
        "Actor " + a.id() + ": blank alias");
  }
}
