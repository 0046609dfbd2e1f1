package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A country by its ISO-3166 alpha-2 code, or one of the two bodies that act like one here: {@code EU}
 * and {@code UN}. Serialised as the bare code ({@code "GB"}).
 *
 * <pre>{@code
 * Country uk = Country.of("gb"); // GB
 * }</pre>
 */
@Value.Immutable
public interface Country extends Comparable<Country> {

  /** Codes accepted besides ISO-3166 alpha-2. */
  ImmutableSet<String> EXTRA_CODES = ImmutableSet.of("EU", "UN");

  /** France. */
  Country FR = of("FR");

  /** The United Kingdom. */
  Country GB = of("GB");

  /** The upper-case code. */
  @JsonValue
  @Value.Parameter
  String code();

  /**
   * The country with this code (any case).
   *
   * @throws IllegalStateException if the code is neither ISO-3166 alpha-2 nor EU or UN
   */
  @JsonCreator
  static Country of(String code) {
    return ImmutableCountry.of(code);
  }

  @Override
  default int compareTo(Country o) {
    return code().compareTo(o.code());
  }

  /** Normalises case and checks the code. */
  @Value.Check
  default Country normalize() {
    String c = code().strip().toUpperCase(Locale.ROOT);
    checkState(
        EXTRA_CODES.contains(c) || Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(c),
        "Country: '%s' is not an ISO-3166 alpha-2 code, EU or UN",
        code());
    return c.equals(code()) ? this : ImmutableCountry.of(c);
  }
}
