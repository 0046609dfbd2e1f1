package org.transmanche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Personnel, barriers, surveillance, detection, facilities or vehicles sent, placed, opened or
 * funded at a place.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeployment.class)
@JsonDeserialize(as = ImmutableDeployment.class)
public interface Deployment extends Fact {

  @Override
  String id();

  /** What kind of resource. */
  Resource resource();

  /** What is deployed, in the text's words ("200 policiers", "caméras de surveillance"). */
  String what();

  /** How many or how much, when stated. */
  Optional<Quantity> quantity();

  /** Id of the {@link Actor} who deploys, when known. */
  Optional<String> deployer();

  /** Place names, most specific first ("port de Calais", "Calais"). */
  ImmutableList<String> location();

  @Override
  Optional<DateSpan> date();

  /** Announced, active or completed at the time of the report. */
  DeploymentStatus status();

  /** Id of the {@link Agreement} that brings it. */
  Optional<String> agreement();

  /** Id of the {@link Pledge} that funds it. */
  Optional<String> pledge();

  @Override
  ImmutableList<Evidence> evidence();

  @Override
  default String factType() {
    return "deployment";
  }

  /** Builder. */
  static ImmutableDeployment.Builder builder() {
    return ImmutableDeployment.builder();
  }

  /** Checks id, evidence and description. */
  @Value.Check
  default void check() {
    FactChecks.check("Deployment", this);
    FactChecks.checkText("Deployment", id(), "what", what());
  }
}
