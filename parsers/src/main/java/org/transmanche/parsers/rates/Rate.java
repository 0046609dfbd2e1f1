package org.transmanche.parsers.rates;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One conversion rate: how many units of {@code to} one unit of {@code from} buys, as published by
 * the ECB for {@code rateDate} (the latest publication on or before the {@code requested} day).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRate.class)
public interface Rate {

  /** Source currency (ISO-4217). */
  String from();

  /** Target currency (ISO-4217). */
  String to();

  /** The day the conversion was asked for. */
  LocalDate requested();

  /** The ECB publication day used; on or before {@link #requested()}. */
  LocalDate rateDate();

  /** Units of {@code to} per unit of {@code from}, to 10 significant digits. */
  BigDecimal rate();

  /** Whether the rate is older than {@code days} days before the requested day. */
  default boolean staleBy(int days) {
    return rateDate().plusDays(days).isBefore(requested());
  }
}
