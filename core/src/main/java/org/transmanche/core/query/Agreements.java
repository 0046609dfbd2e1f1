package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.Dossier;

/**
 * The agreements of a dossier, narrowed by party, signatory, name, kind and period. Immutable and
 * thread-safe; see {@link Selection} for the shared filters.
 *
 * <pre>{@code
 * Query.of(d).agreements().withParty("GB").concluded();
 * Query.of(d).agreements().named("Touquet").first();
 * }</pre>
 */
public final class Agreements extends Selection<Agreement, Agreements> {

  Agreements(Dossier dossier, Iterable<? extends Agreement> agreements) {
    super(dossier, agreements);
  }

  /** Every agreement of {@code dossier}. */
  public static Agreements of(Dossier dossier) {
    return new Agreements(dossier, dossier.agreements());
  }

  @Override
  Agreements with(ImmutableList<Agreement> facts) {
    return new Agreements(dossier(), facts);
  }

  /**
   * The agreements {@code country} is a party to.
   *
   * @throws IllegalArgumentException if {@code country} is not a two-letter country code, EU or UN
   */
  public Agreements withParty(String country) {
    Optional<Country> c = ActorMatch.country(checkNotNull(country, "country").strip());
    if (c.isEmpty()) {
      throw new IllegalArgumentException("'" + country + "' is not an ISO-3166 alpha-2 code, EU or UN");
    }
    return where(a -> a.parties().contains(c.get()));
  }

  /** The agreements signed by the actors {@code who} denotes: an id, a country code or a name. */
  public Agreements signedBy(String who) {
    Set<String> ids = ActorMatch.resolve(dossier(), checkNotNull(who, "who"));
    return where(a -> a.signatories().stream().anyMatch(ids::contains));
  }

  /** The agreements whose id is {@code name}, or whose name or an alias contains its words (any case, accents). */
  public Agreements named(String name) {
    Set<String> ids = resolve(dossier(), checkNotNull(name, "name"));
    return where(a -> ids.contains(a.id()));
  }

  /** The agreements of this kind. */
  public Agreements ofKind(AgreementKind kind) {
    checkNotNull(kind, "kind");
    return where(a -> a.kind() == kind);
  }

  /** The agreements reported as concluded, leaving out those only referred to. */
  public Agreements concluded() {
    return where(a -> !a.mentionOnly());
  }

  /** Ids of the agreements {@code name} denotes: the agreement with that id, else those whose names contain its words. */
  static ImmutableSet<String> resolve(Dossier dossier, String name) {
    String n = name.strip();
    if (dossier.fact(n).filter(f -> f instanceof Agreement).isPresent()) {
      return ImmutableSet.of(n);
    }
    List<String> words = Fold.foldedTokens(n);
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (Agreement a : dossier.agreements()) {
      boolean match = !words.isEmpty()
          && ImmutableSet.<String>builder().add(a.name()).addAll(a.aliases()).build().stream()
              .anyMatch(x -> Fold.containsRun(Fold.foldedTokens(x), words));
      if (match) {
        ids.add(a.id());
      }
    }
    return ids.build();
  }

  @Override
  TextTable.Builder table() {
    return TextTable.builder("Date", "Id", "Agreement", "Place", "Source").width(2, 60).width(4, 50);
  }

  @Override
  Object[] row(Agreement a) {
    return new Object[] {Display.date(a.date()), a.id(), Describe.summary(dossier(), a), a.place().orElse(""), source(a)};
  }
}
