package org.transmanche.parsers.recognise.actor;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;

/**
 * The value of an {@code actor} mention: who the text names.
 *
 * <p>{@link #actorId()} is stable across documents: {@code person:<slug>}, {@code org:<slug>} and
 * {@code state:<code>} for actors of the knowledge base, {@code person:<slug of the name>} for people
 * it does not know. A role named without a person and without a date to resolve it ("le ministre de
 * l'Intérieur" in an undated text) keeps the office instead: {@code role:<office id>}, with the
 * office's title as name; it is never guessed.
 *
 * <pre>{@code
 * // "le ministre de l'Intérieur" on 2014-08-28
 * ActorReading{actorId=person:bernard-cazeneuve, name=Bernard Cazeneuve, kind=PERSON, country=FR,
 *              role=ministre de l'Intérieur, resolvedByRole=true, office=fr-interior-minister}
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActorReading.class)
@JsonPropertyOrder({"actorId", "name", "kind", "country", "role", "resolvedByRole", "office", "note"})
public interface ActorReading {

  /** Prefix of the ids of unresolved roles. */
  String ROLE = "role:";

  /** Stable id: {@code person:...}, {@code org:...}, {@code state:GB} or {@code role:<office>}. */
  String actorId();

  /** The canonical name ({@code Bernard Cazeneuve}, {@code United Kingdom}), whatever the text says. */
  String name();

  /** What the actor is; a state read as a government is {@code GOVERNMENT}. */
  ActorKind kind();

  /** The country the actor acts for, when known. */
  Optional<Country> country();

  /** The role or title as the text gives it ({@code ministre de l'Intérieur}, {@code maire de Calais}). */
  Optional<String> role();

  /** True when the actor was found from a role or counterpart mention and the reference date. */
  @Value.Default
  default boolean resolvedByRole() {
    return false;
  }

  /** Id of the office the role names, when the knowledge base knows it ({@code fr-interior-minister}). */
  Optional<String> office();

  /**
   * A remark on the name: {@code pseudonym} when a footnote of the passage says the name was changed,
   * {@code footnote (1)} when the name carries a footnote mark whose text is not in the passage,
   * {@code byline} for an author's name.
   */
  Optional<String> note();

  /** Whether this is an unresolved role ({@code role:...}) rather than an actor. */
  default boolean isRole() {
    return actorId().startsWith(ROLE);
  }

  /** Builder. */
  static ImmutableActorReading.Builder builder() {
    return ImmutableActorReading.builder();
  }
}
