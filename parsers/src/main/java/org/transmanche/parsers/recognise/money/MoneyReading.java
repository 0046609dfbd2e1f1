package org.transmanche.parsers.recognise.money;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Schedule;

/**
 * The value of a {@code money} mention: the amount as the text states it, how exact it is, and, when
 * the text says so, how it is spread over years, its bounds, and the same amount in other
 * currencies.
 *
 * <p>{@link #money()} is always the first amount the phrase states, as stated: for {@code €5m a year
 * for three years} it is the yearly €5m (the schedule holds the €15m total); for {@code £12m over
 * three years} it is the £12m total (the schedule holds the total and the years, not a yearly amount
 * the text does not give). For a range ({@code between £10m and £20m}) it is the lower bound, with
 * {@code AT_LEAST} and both bounds in {@link #min()} and {@link #max()}.
 *
 * <p>{@link #alsoStated()} holds the amount in other currencies ({@code €5m (£4m)}), each on the same
 * footing as {@link #money()}: yearly when {@code money()} is yearly. Its schedule is thus {@code
 * schedule()} with the amount swapped; it is not repeated, since a {@link Schedule} holds one
 * currency.
 *
 * <pre>{@code
 * // "€2m (£1.7m) a year for four years"
 * MoneyReading{money=2000000 EUR, qualifier=EXACT,
 *              schedule={perYear=2000000 EUR, years=4, total=8000000 EUR}, alsoStated=[1700000 GBP]}
 * }</pre>
 *
 * <p>Immutable and thread-safe; serialises to JSON with the model's mapper.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoneyReading.class)
@JsonPropertyOrder({"money", "qualifier", "min", "max", "schedule", "alsoStated"})
public interface MoneyReading {

  /** The amount as stated (see the type comment for schedules and ranges). */
  Money money();

  /** How the stated amount relates to the true one: exact, approximate, a floor or a ceiling. */
  @Value.Default
  default Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /** How the amount is spread over years, when the text says so. */
  Optional<Schedule> schedule();

  /** The same amount stated in other currencies, in the order of the text; empty for none. */
  ImmutableList<Money> alsoStated();

  /** The lower bound, in the currency of {@link #money()}: for a range or {@code AT_LEAST}. */
  Optional<BigDecimal> min();

  /** The upper bound, in the currency of {@link #money()}: for a range or {@code AT_MOST}. */
  Optional<BigDecimal> max();

  /** An exact amount with nothing else. */
  static MoneyReading of(Money money) {
    return builder().money(money).build();
  }

  /** Builder. */
  static ImmutableMoneyReading.Builder builder() {
    return ImmutableMoneyReading.builder();
  }

  /** Checks the bounds and the schedule's currency, and normalises the scale of the bounds. */
  @Value.Check
  default MoneyReading normalize() {
    min().ifPresent(m -> checkState(m.signum() >= 0, "MoneyReading: min %s < 0", m.toPlainString()));
    max().ifPresent(m -> checkState(m.signum() >= 0, "MoneyReading: max %s < 0", m.toPlainString()));
    if (min().isPresent() && max().isPresent()) {
      checkState(
          min().get().compareTo(max().get()) <= 0,
          "MoneyReading: min %s > max %s",
          min().get().toPlainString(),
          max().get().toPlainString());
    }
    schedule()
        .flatMap(s -> s.perYear().or(s::total))
        .ifPresent(
            m ->
                checkState(
                    m.currency().equals(money().currency()),
                    "MoneyReading: schedule currency %s != money currency %s",
                    m.currency(),
                    money().currency()));
    Optional<BigDecimal> lo = min().map(MoneyReading::plain);
    Optional<BigDecimal> hi = max().map(MoneyReading::plain);
    if (lo.equals(min()) && hi.equals(max())) {
      return this;
    }
    return ImmutableMoneyReading.copyOf(this).withMin(lo).withMax(hi);
  }

  private static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
