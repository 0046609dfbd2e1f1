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

class DeploymentProperties {

  @Provide
  Arbitrary<Deployment> deployments() {
    return ModelArbitraries.deployments();
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
  void jsonRoundTripIsIdentity(@ForAll("deployments") Deployment f) {
    assertJsonRoundTrip(f, Deployment.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("deployments") Deployment f) {
    assertEqualCopy(f, Deployment.builder().from(f).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("deployments") Deployment a, @ForAll("deployments") Deployment b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsEmptyEvidence(@ForAll("deployments") Deployment f) {
    assertRejects(
        IllegalStateException.class,
        () -> Deployment.builder().from(f).evidence(List.of()).build(),
        "Deployment " + f.id() + ": evidence is empty");
  }

  @Property
  void rejectsBlankId(@ForAll("deployments") Deployment f, @ForAll("blanks") String id) {
    assertRejects(
        IllegalStateException.class, () -> Deployment.builder().from(f).id(id).build(), "Deployment: id is blank");
  }

  @Property
  void rejectsIdWithWhiteSpace(@ForAll("deployments") Deployment f, @ForAll("whiteSpace") char space) {
    String id = f.id() + space + "x";
    assertRejects(
        IllegalStateException.class,
        () -> Deployment.builder().from(f).id(id).build(),
        "Deployment " + id + ": id contains white space at " + f.id().length());
  }

  @Property
  void rejectsBlankWhat(@ForAll("deployments") Deployment f, @ForAll("blanks") String what) {
    assertRejects(
        IllegalStateException.class,
        () -> Deployment.builder().from(f).what(what).build(),
        "Deployment " + f.id() + ": what is blank");
  }
}
