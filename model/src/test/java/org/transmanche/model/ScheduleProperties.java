package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class ScheduleProperties {

  @Provide
  Arbitrary<Schedule> schedules() {
    return ModelArbitraries.schedules();
  }

  @Provide
  Arbitrary<Money> money() {
    return ModelArbitraries.money();
  }

  @Provide
  Arbitrary<BigDecimal> positive() {
    return ModelArbitraries.amounts().filter(a -> a.signum() > 0);
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("schedules") Schedule s) {
    assertJsonRoundTrip(s, Schedule.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("schedules") Schedule s) {
    assertEqualCopy(s, Schedule.builder().from(s).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("schedules") Schedule a, @ForAll("schedules") Schedule b) {
    assertHashAgrees(a, b);
  }

  @Property
  void ofComputesTheTotal(@ForAll("money") Money perYear, @ForAll @IntRange(min = 1, max = 50) int years) {
    Schedule s = Schedule.of(perYear, years);
    assertEquals(
        0, perYear.amount().multiply(BigDecimal.valueOf(years)).compareTo(s.total().orElseThrow().amount()));
    assertEquals(perYear.currency(), s.total().orElseThrow().currency());
  }

  @Property
  void rejectsTotalOtherThanPerYearTimesYears(
      @ForAll("money") Money perYear,
      @ForAll @IntRange(min = 1, max = 10) int years,
      @ForAll("positive") BigDecimal difference,
      @ForAll boolean more) {
    BigDecimal exact = perYear.amount().multiply(BigDecimal.valueOf(years));
    Assume.that(more || exact.compareTo(difference) > 0);
    Money total = Money.of(more ? exact.add(difference) : exact.subtract(difference), perYear.currency());
    assertRejects(
        IllegalStateException.class,
        () -> Schedule.builder().perYear(perYear).years(years).total(total).build(),
        "Schedule: total " + total.format() + " != perYear " + perYear.format() + " x years " + years);
  }

  @Property
  void rejectsFewerThanOneYear(
      @ForAll @IntRange(min = -1000, max = 0) int years, @ForAll("money") Money perYear, @ForAll boolean withPerYear) {
    assertRejects(
        IllegalStateException.class,
        () -> Schedule.builder().years(years).perYear(withPerYear ? Optional.of(perYear) : Optional.empty()).build(),
        "Schedule: years " + years + " < 1");
  }

  @Property
  void rejectsTotalInAnotherCurrency(
      @ForAll("money") Money perYear, @ForAll("money") Money total, @ForAll boolean withYears) {
    Assume.that(!perYear.currency().equals(total.currency()));
    assertRejects(
        IllegalStateException.class,
        () ->
            Schedule.builder()
                .perYear(perYear)
                .total(total)
                .years(withYears ? Optional.of(3) : Optional.empty())
                .build(),
        "Schedule: perYear currency " + perYear.currency() + " != total currency " + total.currency());
  }

  @Example
  void rejectsScheduleWithNoPart() {
    assertRejects(
        IllegalStateException.class,
        () -> Schedule.builder().build(),
        "Schedule: perYear, years and total are all absent");
  }
}
