package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * A non-negative amount of money in one ISO-4217 currency.
 *
 * <p>Amounts are {@link BigDecimal}, never {@code double}; equal amounts are equal values whatever
 * their written scale ({@code 7000000} and {@code 7000000.00} normalise to the same value). Mixing
 * currencies is an error: {@link #plus(Money)} rejects it, and conversion is an explicit step with a
 * date (see the core ledger).
 *
 * <pre>{@code
 * Money m = Money.of("31.4e6", "EUR"); // 31400000 EUR
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoney.class)
@JsonDeserialize(as = ImmutableMoney.class)
public interface Money extends Comparable<Money> {

  /** The amount; {@code >= 0}, without trailing zeros after the decimal point. */
  @Value.Parameter
  BigDecimal amount();

  /** Upper-case ISO-4217 code, such as {@code EUR} or {@code GBP}. */
  @Value.Parameter
  String currency();

  /** Money from an amount and a currency code (any case). */
  static Money of(BigDecimal amount, String currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /** Money from a decimal string such as {@code "31400000"} or {@code "4.5E6"}. */
  static Money of(String amount, String currency) {
    return of(new BigDecimal(amount), currency);
  }

  /** Money from a whole number. */
  static Money of(long amount, String currency) {
    return of(BigDecimal.valueOf(amount), currency);
  }

  /**
   * The sum of two amounts in the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  default Money plus(Money other) {
    if (!currency().equals(other.currency())) {
      throw new IllegalArgumentException(
          "cannot add " + other.currency() + " to " + currency() + "; convert first");
    }
    return of(amount().add(other.amount()), currency());
  }

  /** This amount multiplied by a whole factor. */
  default Money times(int factor) {
    return of(amount().multiply(BigDecimal.valueOf(factor)), currency());
  }

  /**
   * Orders by amount within one currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  default int compareTo(Money o) {
    if (!currency().equals(o.currency())) {
      throw new IllegalArgumentException(
          "cannot compare " + currency() + " with " + o.currency() + "; convert first");
    }
    return amount().compareTo(o.amount());
  }

  /** Normalises the currency case and the amount's scale. */
  @Value.Check
  default Money normalize() {
    checkState(amount().signum() >= 0, "Money: amount %s < 0", amount().toPlainString());
    String code = currency().strip().toUpperCase(java.util.Locale.ROOT);
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Money: currency '" + currency() + "' is not an ISO-4217 code");
    }
    BigDecimal scaled = amount().stripTrailingZeros();
    if (scaled.scale() < 0) {
      scaled = scaled.setScale(0);
    }
    if (code.equals(currency()) && scaled.equals(amount())) {
      return this;
    }
    return ImmutableMoney.of(scaled, code);
  }

  /** Returns the amount and currency, such as {@code 31400000 EUR}. */
  default String format() {
    return amount().toPlainString() + " " + currency();
  }
}
