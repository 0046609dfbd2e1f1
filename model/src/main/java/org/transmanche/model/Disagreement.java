package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Sources that disagree about one thing: facts that report the same event or quantity with
 * different values (amounts, dates, counts). Every version is kept; nothing is averaged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisagreement.class)
@JsonDeserialize(as = ImmutableDisagreement.class)
public interface Disagreement {

  /** Stable id. */
  String id();

  /** What the sources disagree about ("migrants in Calais", "UK pledge of 2014-09-20"). */
  String subject();

  /** The field that differs: amount, date, value. */
  String field();

  /** Ids of the facts holding the differing versions; at least two. */
  ImmutableList<String> facts();

  /** Builder. */
  static ImmutableDisagreement.Builder builder() {
    return ImmutableDisagreement.builder();
  }

  /** Checks id and the number of versions. */
  @Value.Check
  default void check() {
    Ids.checkId("Disagreement", id());
    checkState(facts().size() >= 2, "Disagreement %s: %s fact(s), needs at least 2", id(), facts().size());
  }
}
