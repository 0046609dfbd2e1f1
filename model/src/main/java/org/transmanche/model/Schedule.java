package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a pledged amount is spread over time: an amount per year, a number of years and a total
 * ("€5m a year for three years", "soit 15 millions"). Any part may be unknown; when all three are
 * given, {@code total = perYear x years}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchedule.class)
@JsonDeserialize(as = ImmutableSchedule.class)
public interface Schedule {

  /** The amount for each year. */
  Optional<Money> perYear();

  /** The number of years; {@code >= 1}. */
  Optional<Integer> years();

  /** The total over all years. */
  Optional<Money> total();

  /** A schedule of {@code perYear} for {@code years} years, with its total computed. */
  static Schedule of(Money perYear, int years) {
    return ImmutableSchedule.builder()
        .perYear(perYear)
        .years(years)
        .total(perYear.times(years))
        .build();
  }

  /** Builder for schedules where only some parts are known. */
  static ImmutableSchedule.Builder builder() {
    return ImmutableSchedule.builder();
  }

  /** Checks the number of years and the total. */
  @Value.Check
  default void check() {
    years().ifPresent(y -> checkState(y >= 1, "Schedule: years %s < 1", y));
    checkState(
        perYear().isPresent() || years().isPresent() || total().isPresent(),
        "Schedule: perYear, years and total are all absent");
    if (perYear().isPresent() && total().isPresent()) {
      checkState(
          perYear().get().currency().equals(total().get().currency()),
          "Schedule: perYear currency %s != total currency %s",
          perYear().get().currency(),
          total().get().currency());
    }
    if (perYear().isPresent() && years().isPresent() && total().isPresent()) {
      Money expected = perYear().get().times(years().get());
      checkState(
          expected.amount().compareTo(total().get().amount()) == 0,
          "Schedule: total %s != perYear %s x years %s",
          total().get().format(),
          perYear().get().format(),
          years().get());
    }
  }
}
