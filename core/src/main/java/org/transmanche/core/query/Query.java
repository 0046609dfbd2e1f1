package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;

/**
 * Where queries over a {@link Dossier} start: one method per kind of fact, the actors, offices, the
 * time line, the sources of a fact and the conflicts between sources. Every query is immutable,
 * thread-safe, returns Guava immutable collections and prints as a readable table in JShell.
 *
 * <pre>{@code
 * Query q = Query.of(Transmanche.seeds());
 * q.pledges().byPledger("GB").inYear(2014).list();
 * }</pre>
 */
public final class Query {

  private final Dossier dossier;

  private Query(Dossier dossier) {
    this.dossier = dossier;
  }

  /** Queries over {@code dossier}. */
  public static Query of(Dossier dossier) {
    return new Query(checkNotNull(dossier, "dossier"));
  }

  /** The dossier queried. */
  public Dossier dossier() {
    return dossier;
  }

  /** Every pledge, to narrow by pledger, recipient, status, agreement or period. */
  public Pledges pledges() {
    return Pledges.of(dossier);
  }

  /** Every agreement, to narrow by party, signatory, name or period. */
  public Agreements agreements() {
    return Agreements.of(dossier);
  }

  /** Every deployment, to narrow by place, resource, status or period. */
  public Deployments deployments() {
    return Deployments.of(dossier);
  }

  /** Every statement, to narrow by speaker, phrase or date. */
  public Statements statements() {
    return Statements.of(dossier);
  }

  /** Every figure, to narrow by subject, source or period. */
  public Figures figures() {
    return Figures.of(dossier);
  }

  /** Every actor, to find by name or alias. */
  public Actors actors() {
    return Actors.of(dossier);
  }

  /** Office-holders on a day, from the dossier's roles and the knowledge base. */
  public Offices offices() {
    return Offices.of(dossier);
  }

  /** Agreements, pledges and deployments in date order. */
  public Timeline timeline() {
    return Timeline.of(dossier);
  }

  /** Where {@code fact} was read, each span with its surrounding sentence. */
  public ImmutableList<Citation> sources(Fact fact) {
    checkNotNull(fact, "fact");
    return fact.evidence().stream().map(e -> Citation.of(dossier, e)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Where the fact with id {@code factId} was read.
   *
   * @throws IllegalArgumentException if the dossier has no fact with that id
   */
  public ImmutableList<Citation> sources(String factId) {
    Fact f =
        dossier.fact(checkNotNull(factId, "factId"))
            .orElseThrow(() -> new IllegalArgumentException("no fact with id '" + factId + "' in the dossier"));
    return sources(f);
  }

  /** Every disagreement between sources, resolved to its facts and their sources. */
  public ImmutableList<Conflict> conflicts() {
    return dossier.disagreements().stream().map(g -> Conflict.of(dossier, g)).collect(ImmutableList.toImmutableList());
  }

  /** The disagreements that involve the fact with id {@code factId}. */
  public ImmutableList<Conflict> conflictsOf(String factId) {
    checkNotNull(factId, "factId");
    return dossier.disagreements().stream()
        .filter(g -> g.facts().contains(factId))
        .map(g -> Conflict.of(dossier, g))
        .collect(ImmutableList.toImmutableList());
  }

  /** A one-line count of what the dossier holds. */
  @Override
  public String toString() {
    return String.format(
        "Query over %d documents, %d actors, %d agreements, %d pledges, %d deployments, %d statements, %d figures, %d disagreements",
        dossier.documents().size(), dossier.actors().size(), dossier.agreements().size(), dossier.pledges().size(),
        dossier.deployments().size(), dossier.statements().size(), dossier.figures().size(), dossier.disagreements().size());
  }
}
