package org.transmanche.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.transmanche.core.query.Citation;
import org.transmanche.core.query.Display;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.Qualifier;
import org.transmanche.parsers.rates.Rate;

/**
 * One row of a {@link Ledger}: a pledge, or one year of a pledge's schedule, with its amount as
 * stated, the ECB rate used and the converted amount, and where it was read. An immutable value;
 * components are never null.
 *
 * <pre>{@code
 * LedgerRow r = Ledger.of(d).currency("EUR").rows().get(0);
 * r.original(); r.rate(); r.converted(); r.sources();
 * }</pre>
 *
 * @param pledge the pledge the row comes from
 * @param pledgerName the pledger's name (its id when the dossier does not know it)
 * @param year the year the amount falls in; empty for an undated pledge
 * @param part which year of the schedule this row is, from 1; 1 for an amount not spread
 * @param parts how many years the amount is spread over; 1 when not spread
 * @param original the amount as stated, in its own currency (for a schedule: this year's part)
 * @param rate the ECB rate used, with the publication day; empty when no conversion was needed or
 *     possible
 * @param converted the amount in the ledger's currency, to the cent; empty when it could not be
 *     converted
 * @param problem why the amount could not be converted; empty when it was
 * @param sources where the pledge was read: document ids, quotes and their sentences
 * @param disagreements ids of the dossier's disagreements this pledge is part of
 */
public record LedgerRow(
    Pledge pledge,
    String pledgerName,
    Optional<AccountingYear> year,
    int part,
    int parts,
    Money original,
    Optional<Rate> rate,
    Optional<Money> converted,
    Optional<String> problem,
    ImmutableList<Citation> sources,
    ImmutableList<String> disagreements) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code part} is not within {@code 1..parts}, or a row is
   *     both converted and has a problem, or neither
   */
  public LedgerRow {
    checkNotNull(pledge, "pledge");
    checkNotNull(pledgerName, "pledgerName");
    checkNotNull(year, "year");
    checkNotNull(original, "original");
    checkNotNull(rate, "rate");
    checkNotNull(converted, "converted");
    checkNotNull(problem, "problem");
    checkNotNull(sources, "sources");
    checkNotNull(disagreements, "disagreements");
    checkArgument(parts >= 1 && part >= 1 && part <= parts, "LedgerRow %s: part %s of %s", pledge.id(), part, parts);
    checkArgument(
        converted.isPresent() != problem.isPresent(),
        "LedgerRow %s: exactly one of converted and problem must be present", pledge.id());
  }

  /** The pledge's id. */
  public String pledgeId() {
    return pledge.id();
  }

  /** The pledger's actor id. */
  public String pledger() {
    return pledge.pledger();
  }

  /** How the stated amount relates to the true value. */
  public Qualifier qualifier() {
    return pledge.qualifier();
  }

  /** Whether sources disagree about this pledge. */
  public boolean disputed() {
    return !disagreements.isEmpty();
  }

  /** Short notes: the schedule part, the qualifier, a stale rate, the disagreements. */
  public String notes() {
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    if (parts > 1) {
      notes.add("year " + part + " of " + parts);
    }
    if (qualifier() != Qualifier.EXACT) {
      notes.add(qualifier().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    rate.filter(r -> r.staleBy(7)).ifPresent(r -> notes.add("rate of " + r.rateDate()));
    if (!disagreements.isEmpty()) {
      notes.add("disputed: " + String.join(", ", disagreements));
    }
    problem.ifPresent(notes::add);
    return String.join("; ", notes.build());
  }

  /** {@code 2014  United Kingdom  12,000,000 GBP -> 15,257,469.80 EUR (pledge id)}. */
  @Override
  public String toString() {
    return year.map(AccountingYear::label).orElse("undated") + "  " + pledgerName + "  "
        + Display.money(original, qualifier())
        + converted.map(m -> " -> " + Display.money(m)).orElse(" (not converted)")
        + " (" + pledge.id() + ")";
  }
}
