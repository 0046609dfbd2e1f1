package org.transmanche.parsers.recognise.actor;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.transmanche.model.Actor;

/** An actor of the knowledge base behind a name, and how that name may be used. Immutable. */
final class Known {

  /** How a name of the actor is read. */
  enum Form {
    /** A name proper: a person's, an organisation's, a country's. */
    NAME,
    /** A capital or seat of government standing for the state ({@code Londres}); needs an actor's slot. */
    CAPITAL,
    /** A people standing for its state ({@code les Britanniques}, {@code the French}). */
    DEMONYM,
    /** A phrase of one language naming that language's government ({@code le gouvernement}). */
    GOVERNMENT_PHRASE,
    /**
     * A place's name, never an actor: it only keeps a shorter name inside it from matching ({@code
     * France} in {@code Hauts-de-France}). Its actor is the place's state, or absent.
     */
    PLACE
  }

  /** The actor; absent for {@link Form#PLACE}. */
  final Optional<Actor> actor;
  final Form form;
  /** For government phrases, the only language they are read in. */
  final Optional<String> language;
  /** For government phrases, the folded words after which they mean something else. */
  final ImmutableSet<String> notBefore;

  Known(Optional<Actor> actor, Form form, Optional<String> language, ImmutableSet<String> notBefore) {
    this.actor = actor;
    this.form = form;
    this.language = language;
    this.notBefore = notBefore;
  }

  static Known name(Actor actor) {
    return new Known(Optional.of(actor), Form.NAME, Optional.empty(), ImmutableSet.of());
  }

  static Known place() {
    return new Known(Optional.empty(), Form.PLACE, Optional.empty(), ImmutableSet.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Known
        && ((Known) o).actor.map(Actor::id).equals(actor.map(Actor::id))
        && ((Known) o).form == form
        && ((Known) o).language.equals(language)
        && ((Known) o).notBefore.equals(notBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actor.map(Actor::id), form, language, notBefore);
  }

  @Override
  public String toString() {
    return actor.map(Actor::id).orElse("-") + "/" + form;
  }
}
