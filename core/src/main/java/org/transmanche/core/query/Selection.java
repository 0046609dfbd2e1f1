package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;

/**
 * What the fact queries share: an immutable selection of facts of one kind from a dossier, in date
 * order (by first day; undated facts last; ties in dossier order), narrowed by chained filters that
 * each return a new selection. Filters on dates keep the facts whose date span overlaps the period.
 * Immutable and thread-safe; no method returns null.
 *
 * <pre>{@code
 * Query.of(d).pledges().inYear(2014).count();
 * Query.of(d).statements().between(LocalDate.of(2015, 8, 1), LocalDate.of(2015, 8, 31)).list();
 * }</pre>
 *
 * @param <F> the kind of fact
 * @param <S> the concrete selection type, returned by the filters
 */
public abstract class Selection<F extends Fact, S extends Selection<F, S>> {

  private static final Comparator<Fact> BY_DATE =
      Comparator.comparing((Fact f) -> f.date().map(DateSpan::from).orElse(LocalDate.MAX));

  private final Dossier dossier;
  private final ImmutableList<F> facts;

  Selection(Dossier dossier, Iterable<? extends F> facts) {
    this.dossier = checkNotNull(dossier, "dossier");
    this.facts =
        StreamSupport.stream(facts.spliterator(), false)
            .sorted(BY_DATE)
            .collect(ImmutableList.toImmutableList());
  }

  /** A selection of the same kind over {@code facts} (already in order). */
  abstract S with(ImmutableList<F> facts);

  /** The columns of the printed table. */
  abstract TextTable.Builder table();

  /** The cells of one fact in the printed table. */
  abstract Object[] row(F fact);

  /** The dossier the facts come from. */
  public final Dossier dossier() {
    return dossier;
  }

  /** The selected facts, in date order, undated last. */
  public final ImmutableList<F> list() {
    return facts;
  }

  /** The ids of the selected facts, in order. */
  public final ImmutableList<String> ids() {
    return facts.stream().map(Fact::id).collect(ImmutableList.toImmutableList());
  }

  /** How many facts are selected. */
  public final int count() {
    return facts.size();
  }

  /** Whether no fact is selected. */
  public final boolean isEmpty() {
    return facts.isEmpty();
  }

  /** The earliest selected fact, if any. */
  public final Optional<F> first() {
    return facts.stream().findFirst();
  }

  /** The facts that pass {@code test}. */
  public final S where(Predicate<? super F> test) {
    checkNotNull(test, "test");
    return with(facts.stream().filter(test).collect(ImmutableList.toImmutableList()));
  }

  /** The facts dated within calendar year {@code year} (their span overlaps it). */
  public final S inYear(int year) {
    return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * The facts dated within the UK financial year that starts on 1 April {@code firstYear} and ends on
   * 31 March of the next year ({@code inFinancialYear(2014)} is 2014-15).
   */
  public final S inFinancialYear(int firstYear) {
    return between(LocalDate.of(firstYear, 4, 1), LocalDate.of(firstYear + 1, 3, 31));
  }

  /**
   * The facts whose date span overlaps {@code [from, to]}, both days inclusive.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public final S between(LocalDate from, LocalDate to) {
    checkArgument(!to.isBefore(from), "between: to %s is before from %s", to, from);
    DateSpan period = DateSpan.of(from, to, org.transmanche.model.Precision.DAYS);
    return where(f -> f.date().map(d -> d.overlaps(period)).orElse(false));
  }

  /** The facts whose date span contains {@code day}. */
  public final S on(LocalDate day) {
    return between(day, day);
  }

  /** The facts without a date. */
  public final S undated() {
    return where(f -> f.date().isEmpty());
  }

  /** The facts with a date. */
  public final S dated() {
    return where(f -> f.date().isPresent());
  }

  /** The facts with at least one evidence span in document {@code documentId}. */
  public final S inDocument(String documentId) {
    checkNotNull(documentId, "documentId");
    return where(f -> f.evidence().stream().anyMatch(e -> e.document().equals(documentId)));
  }

  /** Where each selected fact was read, fact by fact, each with its surrounding sentence. */
  public final ImmutableList<Citation> sources() {
    return facts.stream()
        .flatMap(f -> f.evidence().stream())
        .map(e -> Citation.of(dossier, e))
        .collect(ImmutableList.toImmutableList());
  }

  /** The selected facts as a table with a count line, readable when printed in JShell. */
  @Override
  public final String toString() {
    TextTable.Builder t = table();
    facts.forEach(f -> t.row(row(f)));
    String noun = getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    return facts.size() + " " + (facts.size() == 1 ? noun.substring(0, noun.length() - 1) : noun) + "\n"
        + (facts.isEmpty() ? "" : t.build().toString());
  }

  /** The first evidence of a fact as a short {@code doc «quote»} cell. */
  static String source(Fact f) {
    return f.evidence().isEmpty()
        ? ""
        : f.evidence().get(0).document() + " «" + f.evidence().get(0).text() + "»"
            + (f.evidence().size() > 1 ? " +" + (f.evidence().size() - 1) : "");
  }
}
