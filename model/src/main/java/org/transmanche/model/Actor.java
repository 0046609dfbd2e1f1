package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person, government, public body, organisation, party, outlet or company that the texts name.
 *
 * <p>The id is stable across runs: {@code person:bernard-cazeneuve}, {@code state:GB}, {@code
 * org:home-office}. Aliases hold every other name the texts use; roles hold every office the texts
 * or the knowledge base give, with dates; evidence holds the spans where the actor is mentioned.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public interface Actor {

  /** Stable id; no white space. */
  String id();

  /** What the actor is. */
  ActorKind kind();

  /** The canonical name. */
  String name();

  /** Other names and spellings, without the canonical name. */
  ImmutableSet<String> aliases();

  /** The actor's country, when known. */
  Optional<Country> country();

  /** Roles held, with dates when known. */
  ImmutableList<Role> roles();

  /** Spans where the actor is mentioned; empty for actors known only from data. */
  ImmutableList<Evidence> evidence();

  /** Builder. */
  static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  /** The canonical name followed by the aliases. */
  default ImmutableSet<String> names() {
    return ImmutableSet.<String>builder().add(name()).addAll(aliases()).build();
  }

  /** Roles held on {@code day}. */
  default ImmutableList<Role> rolesOn(java.time.LocalDate day) {
    return roles().stream().filter(r -> r.heldOn(day)).collect(ImmutableList.toImmutableList());
  }

  /** Checks id and name. */
  @Value.Check
  default void check() {
    Ids.checkId("Actor", id());
    checkState(!name().isBlank(), "Actor %s: name is blank", id());
    for (String a : aliases()) {
      checkState(!a.isBlank(), "Actor %s: blank alias", id());
    }
  }
}
