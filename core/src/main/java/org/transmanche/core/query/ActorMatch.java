package org.transmanche.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.transmanche.model.Actor;
import org.transmanche.model.Country;
import org.transmanche.model.Dossier;

/**
 * Finds actors by what a person would type: an id, a country code, a name or part of one, with any
 * case, accents and courtesy titles ("Mme", "M.", "Mr"). Stateless.
 */
final class ActorMatch {

  /** An id, typed exactly (any case). */
  static final int ID = 0;

  /** All the words of one of the actor's names. */
  static final int FULL_NAME = 1;

  /** A run of whole words of one of the actor's names ("bouchart" in "Natacha Bouchart"). */
  static final int PART_OF_NAME = 2;

  /** No match. */
  static final int NONE = Integer.MAX_VALUE;

  private ActorMatch() {}

  /** The folded words of a query or a name, without leading courtesy titles. */
  static List<String> words(String text) {
    return Titles.standard().withoutHonorifics(Fold.foldedTokens(text));
  }

  /** How well {@code actor} matches the words of {@code query}; {@link #NONE} when not at all. */
  static int rank(Actor actor, String query, List<String> queryWords) {
    if (actor.id().equalsIgnoreCase(query.strip())) {
      return ID;
    }
    if (queryWords.isEmpty()) {
      return NONE;
    }
    int best = NONE;
    for (String name : actor.names()) {
      List<String> nameWords = words(name);
      if (nameWords.equals(queryWords)) {
        return FULL_NAME;
      }
      if (Fold.containsRun(nameWords, queryWords)) {
        best = PART_OF_NAME;
      }
    }
    return best;
  }

  /** The actors matching {@code query} by id or name, best match first, then by id. */
  static ImmutableList<Actor> named(List<Actor> actors, String query) {
    List<String> queryWords = words(query);
    return actors.stream()
        .filter(a -> rank(a, query, queryWords) != NONE)
        .sorted(Comparator.comparingInt((Actor a) -> rank(a, query, queryWords)).thenComparing(Actor::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The ids of the actors {@code who} denotes: the actor with that id; else, for a two-letter
   * country code ("GB", "fr"), every actor of that country; else every actor whose name matches.
   */
  static ImmutableSet<String> resolve(Dossier dossier, String who) {
    String w = who.strip();
    Optional<Actor> byId = dossier.actors().stream().filter(a -> a.id().equalsIgnoreCase(w)).findFirst();
    if (byId.isPresent()) {
      return ImmutableSet.of(byId.get().id());
    }
    Optional<Country> country = country(w);
    if (country.isPresent()) {
      return dossier.actors().stream()
          .filter(a -> a.country().equals(country))
          .map(Actor::id)
          .collect(ImmutableSet.toImmutableSet());
    }
    return named(dossier.actors(), w).stream().map(Actor::id).collect(ImmutableSet.toImmutableSet());
  }

  /** The country a two-letter code names, if it is one. */
  static Optional<Country> country(String code) {
    if (code.length() != 2 || !code.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Country.of(code.toUpperCase(Locale.ROOT)));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The actor's name, or the id itself when the dossier does not know it. */
  static String name(Dossier dossier, String actorId) {
    return dossier.actor(actorId).map(Actor::name).orElse(actorId);
  }
}
