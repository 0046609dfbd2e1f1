package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number with an optional unit, such as 200 {@code people}, 20 {@code km} or 41 {@code percent}.
 * A bare number is a quantity without a unit.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(new BigDecimal("3.3"), "m");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public interface Quantity {

  /** The value, without trailing zeros after the decimal point. */
  @Value.Parameter
  BigDecimal value();

  /** The unit in lower case ("people", "km", "m", "percent", "services"); empty for a bare number. */
  @Value.Parameter
  Optional<String> unit();

  /** A quantity with a unit. */
  static Quantity of(BigDecimal value, String unit) {
    return ImmutableQuantity.of(value, Optional.of(unit));
  }

  /** A whole quantity with a unit. */
  static Quantity of(long value, String unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /** A bare number. */
  static Quantity number(BigDecimal value) {
    return ImmutableQuantity.of(value, Optional.empty());
  }

  /** Normalises the value's scale and checks the unit. */
  @Value.Check
  default Quantity normalize() {
    checkState(
        unit().map(u -> !u.isBlank()).orElse(true), "Quantity %s: unit is blank", value().toPlainString());
    BigDecimal scaled = value().stripTrailingZeros();
    if (scaled.scale() < 0) {
      scaled = scaled.setScale(0);
    }
    return scaled.equals(value()) ? this : ImmutableQuantity.of(scaled, unit());
  }
}
