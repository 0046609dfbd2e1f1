package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.json.Json;
import org.transmanche.model.testing.ModelArbitraries;

class CountryProperties {

  private static final Set<String> CODES = codes();

  private static Set<String> codes() {
    Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.addAll(Country.EXTRA_CODES);
    return codes;
  }

  @Provide
  Arbitrary<Country> countries() {
    return ModelArbitraries.countries();
  }

  @Provide
  Arbitrary<String> badCodes() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
            Arbitraries.strings().withChars("abGBFRé1 -").ofMaxLength(4),
            Arbitraries.of("GBR", "UK", "FRA", "EU ", "Europe", ""))
        .filter(c -> !CODES.contains(c.strip().toUpperCase(Locale.ROOT)));
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("countries") Country c) {
    assertJsonRoundTrip(c, Country.class);
  }

  @Property
  void writesTheBareCode(@ForAll("countries") Country c) {
    assertEquals("\"" + c.code() + "\"", Json.write(c));
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("countries") Country c) {
    assertEqualCopy(c, ImmutableCountry.builder().from(c).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("countries") Country a, @ForAll("countries") Country b) {
    assertHashAgrees(a, b);
  }

  @Property
  void normalisesCaseAndSpaces(@ForAll("countries") Country c) {
    Country other = Country.of(" " + c.code().toLowerCase(Locale.ROOT) + "\t");
    assertEquals(c, other);
    assertEquals(c.hashCode(), other.hashCode());
    assertEquals(c.code(), other.code());
  }

  @Property
  void rejectsCodeThatIsNeitherIsoNorEuNorUn(@ForAll("badCodes") String code) {
    assertRejects(
        IllegalStateException.class,
        () -> Country.of(code),
        "Country: '" + code + "' is not an ISO-3166 alpha-2 code, EU or UN");
  }
}
