package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;
import org.transmanche.model.Precision;

/**
 * Agreements, pledges and deployments on one time line: sorted by the first day of their date,
 * undated facts last, ties in dossier order. Immutable and thread-safe; no method returns null.
 *
 * <pre>{@code
 * Timeline.of(d);                    // prints the whole time line
 * Timeline.of(d).only("agreement").between(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31));
 * }</pre>
 */
public final class Timeline {

  /** The fact types a time line holds. */
  public static final ImmutableSet<String> TYPES = ImmutableSet.of("agreement", "pledge", "deployment");

  private static final Comparator<TimelineEntry> ORDER =
      Comparator.comparing((TimelineEntry e) -> e.date().map(DateSpan::from).orElse(LocalDate.MAX));

  private final ImmutableList<TimelineEntry> entries;

  private Timeline(ImmutableList<TimelineEntry> entries) {
    this.entries = entries;
  }

  /** The agreements, pledges and deployments of {@code dossier}. */
  public static Timeline of(Dossier dossier) {
    checkNotNull(dossier, "dossier");
    ImmutableList<TimelineEntry> entries =
        Stream.of(dossier.agreements(), dossier.pledges(), dossier.deployments())
            .flatMap(l -> l.stream())
            .map(f -> entry(dossier, f))
            .sorted(ORDER)
            .collect(ImmutableList.toImmutableList());
    return new Timeline(entries);
  }

  private static TimelineEntry entry(Dossier dossier, Fact f) {
    return new TimelineEntry(f.date(), f.factType(), f, Describe.summary(dossier, f), f.evidence());
  }

  /**
   * Only the entries of these fact types.
   *
   * @throws IllegalArgumentException if a type is not one of {@link #TYPES}
   */
  public Timeline only(String... types) {
    Set<String> wanted = ImmutableSet.copyOf(Arrays.asList(types));
    for (String t : wanted) {
      checkArgument(TYPES.contains(t), "unknown fact type '%s'; a timeline holds: %s", t, String.join(", ", TYPES));
    }
    return where(e -> wanted.contains(e.type()));
  }

  /** Only the agreements. */
  public Timeline agreements() {
    return only("agreement");
  }

  /**
   * The entries whose date overlaps {@code [from, to]}, both inclusive; undated entries are left out.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Timeline between(LocalDate from, LocalDate to) {
    checkArgument(!to.isBefore(from), "between: to %s is before from %s", to, from);
    DateSpan period = DateSpan.of(from, to, Precision.DAYS);
    return where(e -> e.date().map(d -> d.overlaps(period)).orElse(false));
  }

  /** The entries that pass {@code test}. */
  public Timeline where(Predicate<? super TimelineEntry> test) {
    checkNotNull(test, "test");
    return new Timeline(entries.stream().filter(test).collect(ImmutableList.toImmutableList()));
  }

  /** The entries, in date order, undated last. */
  public ImmutableList<TimelineEntry> entries() {
    return entries;
  }

  /** How many entries. */
  public int count() {
    return entries.size();
  }

  /** Whether there is no entry. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The time line as a table: date, type, what, first source. */
  @Override
  public String toString() {
    TextTable.Builder t = TextTable.builder("Date", "Type", "What", "Source").width(2, 80).width(3, 40);
    for (TimelineEntry e : entries) {
      t.row(Display.date(e.date()), e.type(), e.summary(), Selection.source(e.fact()));
    }
    return entries.size() + (entries.size() == 1 ? " entry\n" : " entries\n") + (entries.isEmpty() ? "" : t.build());
  }
}
