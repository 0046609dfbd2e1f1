package org.transmanche.parsers.recognise.quantity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;

/**
 * The value of a {@code quantity} mention with a unit: the model {@link Quantity} and how exactly the
 * text states it ({@code plus de 60 %} is {@code AT_LEAST} 60 percent, {@code une dizaine de
 * migrants} {@code APPROXIMATE} 10 people, {@code des centaines de migrants} {@code AT_LEAST} 100
 * people).
 *
 * <pre>{@code
 * QuantityReading.of(Quantity.of(200, "people"), Qualifier.EXACT);
 * }</pre>
 *
 * <p>Immutable and thread-safe; serialises to JSON with the model's mapper.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantityReading.class)
@JsonPropertyOrder({"quantity", "qualifier"})
public interface QuantityReading {

  /** The number and its unit. */
  @Value.Parameter
  Quantity quantity();

  /** How the stated number relates to the true one. */
  @Value.Parameter
  Qualifier qualifier();

  /** A reading. */
  static QuantityReading of(Quantity quantity, Qualifier qualifier) {
    return ImmutableQuantityReading.of(quantity, qualifier);
  }
}
