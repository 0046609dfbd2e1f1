package org.transmanche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** Words attributed to an actor: a direct quote or, with {@code direct = false}, reported speech. */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public interface Statement extends Fact {

  @Override
  String id();

  /** Id of the speaking {@link Actor}. */
  String speaker();

  /** The words, without the quotation marks. */
  String text();

  /** True for a direct quote, false for reported speech. */
  @Value.Default
  default boolean direct() {
    return true;
  }

  @Override
  Optional<DateSpan> date();

  @Override
  ImmutableList<Evidence> evidence();

  @Override
  default String factType() {
    return "statement";
  }

  /** Builder. */
  static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }

  /** Checks id, evidence, speaker and text. */
  @Value.Check
  default void check() {
    FactChecks.check("Statement", this);
    FactChecks.checkText("Statement", id(), "speaker", speaker());
    FactChecks.checkText("Statement", id(), "text", text());
  }
}
