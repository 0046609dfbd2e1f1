package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Evidence;
import org.transmanche.model.Fact;

/**
 * One line of a {@link Timeline}: when, what kind of fact, what it says, and where it was read. An
 * immutable value; components are never null.
 *
 * <pre>{@code
 * TimelineEntry e = Timeline.of(d).entries().get(0);
 * e.date(); e.summary();
 * }</pre>
 *
 * @param date the fact's date, empty when undated
 * @param type {@code agreement}, {@code pledge} or {@code deployment}
 * @param fact the fact itself
 * @param summary what the fact says in a few words, with actor names
 * @param evidence where the fact was read
 */
public record TimelineEntry(
    Optional<DateSpan> date, String type, Fact fact, String summary, ImmutableList<Evidence> evidence) {

  /** Checks that no component is null. */
  public TimelineEntry {
    checkNotNull(date, "date");
    checkNotNull(type, "type");
    checkNotNull(fact, "fact");
    checkNotNull(summary, "summary");
    checkNotNull(evidence, "evidence");
  }

  /** The fact's id. */
  public String factId() {
    return fact.id();
  }

  /** {@code 2014-09-20  agreement  summary}. */
  @Override
  public String toString() {
    return Display.date(date) + "  " + type + "  " + summary;
  }
}
