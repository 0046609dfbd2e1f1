package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Dossier;
import org.transmanche.model.Resource;

/**
 * The deployments of a dossier (staff, fences, cameras, centres sent or opened), narrowed by place,
 * resource, status, deployer, agreement and period. Immutable and thread-safe; see {@link Selection}
 * for the shared filters.
 *
 * <pre>{@code
 * Query.of(d).deployments().at("Calais").ofResource(Resource.PERSONNEL);
 * Query.of(d).deployments().withStatus(DeploymentStatus.ACTIVE).count();
 * }</pre>
 */
public final class Deployments extends Selection<Deployment, Deployments> {

  Deployments(Dossier dossier, Iterable<? extends Deployment> deployments) {
    super(dossier, deployments);
  }

  /** Every deployment of {@code dossier}. */
  public static Deployments of(Dossier dossier) {
    return new Deployments(dossier, dossier.deployments());
  }

  @Override
  Deployments with(ImmutableList<Deployment> facts) {
    return new Deployments(dossier(), facts);
  }

  /**
   * The deployments one of whose place names contains the words of {@code place}, any case and
   * accents: {@code at("calais")} finds "port de Calais" and "Calais".
   */
  public Deployments at(String place) {
    List<String> words = Fold.foldedTokens(checkNotNull(place, "place"));
    return where(x -> x.location().stream().anyMatch(l -> Fold.containsRun(Fold.foldedTokens(l), words)));
  }

  /** The deployments of one of these resources. */
  public Deployments ofResource(Resource... resources) {
    Set<Resource> wanted = ImmutableSet.copyOf(Arrays.asList(resources));
    return where(x -> wanted.contains(x.resource()));
  }

  /** The deployments with one of these statuses. */
  public Deployments withStatus(DeploymentStatus... statuses) {
    Set<DeploymentStatus> wanted = ImmutableSet.copyOf(Arrays.asList(statuses));
    return where(x -> wanted.contains(x.status()));
  }

  /** The deployments made by the actors {@code who} denotes: an id, a country code or a name. */
  public Deployments byDeployer(String who) {
    Set<String> ids = ActorMatch.resolve(dossier(), checkNotNull(who, "who"));
    return where(x -> x.deployer().map(ids::contains).orElse(false));
  }

  /** The deployments brought by the agreements {@code agreement} denotes (id or words of a name). */
  public Deployments underAgreement(String agreement) {
    Set<String> ids = Agreements.resolve(dossier(), checkNotNull(agreement, "agreement"));
    return where(x -> x.agreement().map(ids::contains).orElse(false));
  }

  @Override
  TextTable.Builder table() {
    return TextTable.builder("Date", "Id", "Resource", "Deployment", "Source").width(3, 80).width(4, 50);
  }

  @Override
  Object[] row(Deployment x) {
    return new Object[] {
      Display.date(x.date()), x.id(), x.resource().name().toLowerCase(java.util.Locale.ROOT), Describe.summary(dossier(), x), source(x)
    };
  }
}
