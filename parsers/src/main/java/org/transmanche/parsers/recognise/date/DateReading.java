package org.transmanche.parsers.recognise.date;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.DateSpan;

/**
 * The value of a {@code date} mention: the words, the interval they stand for, and how that
 * interval was obtained.
 *
 * <p>{@link #span()} is empty when the words cannot be resolved, typically a relative expression
 * ("jeudi", "last week", "le 7 septembre") in a passage without a reference date. For an open
 * period ("depuis 2004", "until May", "after 2016") the span is the anchor ("2004", "May", "2016")
 * and {@link #openEnded()} says which way the period runs; its precision is then that of a run
 * ({@code YEARS} for "depuis 2004", {@code DAYS} for "until 2 September"). Immutable and thread-safe;
 * serialisable with the model's {@code Json} mapper.
 *
 * <pre>{@code
 * DateReading r = DateReading.builder().wording("fin juillet").relative(true).build();
 * r.span(); // Optional.empty
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateReading.class)
@JsonDeserialize(as = ImmutableDateReading.class)
public interface DateReading {

  /** "after" for a period running on from the date, "before" for one running up to it. */
  String AFTER = "after";

  /** See {@link #AFTER}. */
  String BEFORE = "before";

  /** The exact words read, never blank. */
  String wording();

  /** The resolved interval, its wording set; empty when it cannot be resolved. */
  Optional<DateSpan> span();

  /** Whether the reading depends on the document date ("hier", "next week", "le 2 septembre"). */
  @Value.Default
  default boolean relative() {
    return false;
  }

  /** {@link #AFTER} or {@link #BEFORE} for an open period; empty for a closed one. */
  Optional<String> openEnded();

  /**
   * For an open period, whether the anchor itself belongs to it: true for "depuis 2004", "since
   * May", "until 2020"; false for "after 2016", "before 2010". True for closed readings.
   */
  @Value.Default
  default boolean inclusive() {
    return true;
  }

  /**
   * Whether words announcing the future stood near the expression ("will", "se tiendra", "va"), so
   * that an incomplete date was read forward from the document date.
   */
  @Value.Default
  default boolean future() {
    return false;
  }

  /** A builder. */
  static ImmutableDateReading.Builder builder() {
    return ImmutableDateReading.builder();
  }

  /** Checks the wording and the open-ended marker. */
  @Value.Check
  default void check() {
    checkState(!wording().isBlank(), "DateReading: wording is blank");
    checkState(
        openEnded().map(o -> o.equals(AFTER) || o.equals(BEFORE)).orElse(true),
        "DateReading '%s': openEnded '%s' is not one of after, before",
        wording(),
        openEnded().orElse(""));
  }
}
