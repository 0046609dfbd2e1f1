package org.transmanche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numeric claim about the situation: migrants in Calais, arrests, networks dismantled, stowaways
 * found, with its source and date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigure.class)
@JsonDeserialize(as = ImmutableFigure.class)
public interface Figure extends Fact {

  @Override
  String id();

  /** What is counted, in a few words. */
  String what();

  /** The number and its unit. */
  Quantity value();

  /** How the number relates to the true value. */
  @Value.Default
  default Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /** Id of the {@link Actor} the number comes from, when named. */
  Optional<String> source();

  @Override
  Optional<DateSpan> date();

  @Override
  ImmutableList<Evidence> evidence();

  @Override
  default String factType() {
    return "figure";
  }

  /** Builder. */
  static ImmutableFigure.Builder builder() {
    return ImmutableFigure.builder();
  }

  /** Checks id, evidence and description. */
  @Value.Check
  default void check() {
    FactChecks.check("Figure", this);
    FactChecks.checkText("Figure", id(), "what", what());
  }
}
