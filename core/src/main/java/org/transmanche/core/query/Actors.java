package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Dossier;

/**
 * The actors of a dossier, found by name or alias and narrowed by kind, country or office. Names
 * match whatever the case and accents, and with or without a courtesy title ("Mme", "M.", "Mr"):
 * {@code named("mme bouchart")} finds Natacha Bouchart. Immutable and thread-safe; no method
 * returns null.
 *
 * <pre>{@code
 * Actors.of(d).named("mme bouchart").first();
 * Actors.of(d).ofKind(ActorKind.PERSON).inCountry("GB");
 * }</pre>
 */
public final class Actors {

  private final Dossier dossier;
  private final ImmutableList<Actor> actors;

  private Actors(Dossier dossier, ImmutableList<Actor> actors) {
    this.dossier = dossier;
    this.actors = actors;
  }

  /** Every actor of {@code dossier}, by id. */
  public static Actors of(Dossier dossier) {
    checkNotNull(dossier, "dossier");
    return new Actors(
        dossier,
        dossier.actors().stream()
            .sorted(java.util.Comparator.comparing(Actor::id))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The actors whose id is {@code name}, or one of whose names (canonical or alias) holds its words
   * as a run of whole words; best first: the id, then a whole name, then part of a name.
   */
  public Actors named(String name) {
    return new Actors(dossier, ActorMatch.named(actors, checkNotNull(name, "name")));
  }

  /** The actor with this id. */
  public Optional<Actor> get(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The actors of one of these kinds. */
  public Actors ofKind(ActorKind... kinds) {
    Set<ActorKind> wanted = ImmutableSet.copyOf(Arrays.asList(kinds));
    return where(a -> wanted.contains(a.kind()));
  }

  /**
   * The actors of this country (a two-letter code, EU or UN, any case).
   *
   * @throws IllegalArgumentException if {@code country} is not such a code
   */
  public Actors inCountry(String country) {
    var c = ActorMatch.country(checkNotNull(country, "country").strip());
    if (c.isEmpty()) {
      throw new IllegalArgumentException("'" + country + "' is not an ISO-3166 alpha-2 code, EU or UN");
    }
    return where(a -> a.country().equals(c));
  }

  /**
   * The actors who, by the dossier's roles and the knowledge base, held {@code office} on {@code
   * day}; see {@link Offices#holders(String, LocalDate)}.
   */
  public Actors holding(String office, LocalDate day) {
    Set<String> ids =
        Offices.of(dossier).holders(office, day).stream().map(OfficeHolder::actorId).collect(Collectors.toSet());
    return where(a -> ids.contains(a.id()));
  }

  /** The actors that pass {@code test}. */
  public Actors where(Predicate<? super Actor> test) {
    checkNotNull(test, "test");
    return new Actors(dossier, actors.stream().filter(test).collect(ImmutableList.toImmutableList()));
  }

  /** The selected actors. */
  public ImmutableList<Actor> list() {
    return actors;
  }

  /** The first selected actor (the best match after {@link #named(String)}). */
  public Optional<Actor> first() {
    return actors.stream().findFirst();
  }

  /** How many actors are selected. */
  public int count() {
    return actors.size();
  }

  /** Whether no actor is selected. */
  public boolean isEmpty() {
    return actors.isEmpty();
  }

  /** The dossier the actors come from. */
  public Dossier dossier() {
    return dossier;
  }

  /** The selected actors as a table with a count line. */
  @Override
  public String toString() {
    TextTable.Builder t = TextTable.builder("Id", "Kind", "Name", "Country", "Roles").width(4, 60);
    for (Actor a : actors) {
      t.row(
          a.id(),
          a.kind().name().toLowerCase(java.util.Locale.ROOT),
          a.name(),
          a.country().map(c -> c.code()).orElse(""),
          a.roles().stream().map(r -> r.title()).distinct().collect(Collectors.joining("; ")));
    }
    return actors.size() + (actors.size() == 1 ? " actor\n" : " actors\n") + (actors.isEmpty() ? "" : t.build());
  }
}
