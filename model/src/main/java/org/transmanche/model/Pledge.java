package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commitment by one actor to give money or goods to another: amount with its qualifier, the same
 * amount stated in other currencies, a yearly schedule, status, date, purpose and agreement.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePledge.class)
@JsonDeserialize(as = ImmutablePledge.class)
public interface Pledge extends Fact {

  @Override
  String id();

  /** Id of the {@link Actor} who pledges. */
  String pledger();

  /** Id of the {@link Actor} who receives, when known. */
  Optional<String> recipient();

  /** The amount as first stated; empty for in-kind or unquantified pledges. */
  Optional<Money> amount();

  /** How the amount relates to the true value. */
  @Value.Default
  default Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /** The same pledge stated in other currencies (or other amounts of a disputed report). */
  ImmutableList<Money> alsoStated();

  /** How the amount is spread over years, when stated. */
  Optional<Schedule> schedule();

  /** Money or goods. */
  PledgeKind kind();

  /** How far it has gone. */
  PledgeStatus status();

  @Override
  Optional<DateSpan> date();

  /** What it is for, in the text's words. */
  Optional<String> purpose();

  /** Id of the {@link Agreement} it belongs to. */
  Optional<String> agreement();

  @Override
  ImmutableList<Evidence> evidence();

  @Override
  default String factType() {
    return "pledge";
  }

  /** Builder. */
  static ImmutablePledge.Builder builder() {
    return ImmutablePledge.builder();
  }

  /** Checks id, evidence and references. */
  @Value.Check
  default void check() {
    FactChecks.check("Pledge", this);
    FactChecks.checkText("Pledge", id(), "pledger", pledger());
    checkState(
        kind() == PledgeKind.IN_KIND || amount().isPresent() || schedule().isPresent() || purpose().isPresent(),
        "Pledge %s: a FUNDING pledge needs an amount, a schedule or a purpose",
        id());
  }
}
