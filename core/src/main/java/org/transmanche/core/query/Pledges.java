package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Set;
import org.transmanche.model.Dossier;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;

/**
 * The pledges of a dossier, narrowed by pledger, recipient, status, kind, agreement and period.
 * Immutable and thread-safe; see {@link Selection} for the shared filters. Actors are named as in
 * {@link Actors#named(String)}, or by id, or by a two-letter country code (every actor of that
 * country: {@code "GB"} is the UK government, the Home Office and British ministers).
 *
 * <pre>{@code
 * Query.of(d).pledges().byPledger("GB").inYear(2014).list();
 * Query.of(d).pledges().withStatus(PledgeStatus.PAID);
 * }</pre>
 */
public final class Pledges extends Selection<Pledge, Pledges> {

  Pledges(Dossier dossier, Iterable<? extends Pledge> pledges) {
    super(dossier, pledges);
  }

  /** Every pledge of {@code dossier}. */
  public static Pledges of(Dossier dossier) {
    return new Pledges(dossier, dossier.pledges());
  }

  @Override
  Pledges with(ImmutableList<Pledge> facts) {
    return new Pledges(dossier(), facts);
  }

  /** The pledges made by the actors {@code who} denotes: an id, a country code or a name. */
  public Pledges byPledger(String who) {
    Set<String> ids = ActorMatch.resolve(dossier(), checkNotNull(who, "who"));
    return where(p -> ids.contains(p.pledger()));
  }

  /** The pledges to the actors {@code who} denotes: an id, a country code or a name. */
  public Pledges byRecipient(String who) {
    Set<String> ids = ActorMatch.resolve(dossier(), checkNotNull(who, "who"));
    return where(p -> p.recipient().map(ids::contains).orElse(false));
  }

  /** The pledges with one of these statuses. */
  public Pledges withStatus(PledgeStatus... statuses) {
    Set<PledgeStatus> wanted = ImmutableSet.copyOf(Arrays.asList(statuses));
    return where(p -> wanted.contains(p.status()));
  }

  /** The pledges of this kind (money or in kind). */
  public Pledges ofKind(PledgeKind kind) {
    checkNotNull(kind, "kind");
    return where(p -> p.kind() == kind);
  }

  /** The pledges with an amount in this currency (ISO-4217 code, any case). */
  public Pledges inCurrency(String currency) {
    String code = currency.strip().toUpperCase(java.util.Locale.ROOT);
    return where(p -> p.amount().map(m -> m.currency().equals(code)).orElse(false));
  }

  /**
   * The pledges made under the agreements {@code agreement} denotes: an agreement id, or words of its
   * name or aliases ("Touquet", "joint declaration"), any case and accents.
   */
  public Pledges underAgreement(String agreement) {
    Set<String> ids = Agreements.resolve(dossier(), checkNotNull(agreement, "agreement"));
    return where(p -> p.agreement().map(ids::contains).orElse(false));
  }

  @Override
  TextTable.Builder table() {
    return TextTable.builder("Date", "Id", "Pledge", "Status", "Source").width(2, 70).width(4, 50);
  }

  @Override
  Object[] row(Pledge p) {
    return new Object[] {
      Display.date(p.date()), p.id(), Describe.summary(dossier(), p), p.status().name().toLowerCase(java.util.Locale.ROOT), source(p)
    };
  }
}
