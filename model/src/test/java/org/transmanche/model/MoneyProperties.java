package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class MoneyProperties {

  private static final Set<String> CODES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());

  @Provide
  Arbitrary<Money> money() {
    return ModelArbitraries.money();
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return ModelArbitraries.amounts();
  }

  @Provide
  Arbitrary<BigDecimal> negativeAmounts() {
    return ModelArbitraries.amounts().filter(a -> a.signum() > 0).map(BigDecimal::negate);
  }

  @Provide
  Arbitrary<String> currencies() {
    return ModelArbitraries.currencyCodes();
  }

  @Provide
  Arbitrary<String> badCurrencies() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
            Arbitraries.strings().withChars("abcXYZ€£$ 1é").ofMaxLength(5),
            Arbitraries.of("euro", "€", "£", "UKP", "FRF2", ""))
        .filter(c -> !CODES.contains(c.strip().toUpperCase(Locale.ROOT)));
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("money") Money m) {
    assertJsonRoundTrip(m, Money.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("money") Money m) {
    assertEqualCopy(m, ImmutableMoney.builder().from(m).build());
    assertEqualCopy(m, Money.of(m.amount(), m.currency()));
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("money") Money a, @ForAll("money") Money b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsNegativeAmount(@ForAll("negativeAmounts") BigDecimal amount, @ForAll("currencies") String currency) {
    assertRejects(
        IllegalStateException.class,
        () -> Money.of(amount, currency),
        "Money: amount " + amount.toPlainString() + " < 0");
  }

  @Property
  void rejectsCodeThatIsNotIso4217(@ForAll("amounts") BigDecimal amount, @ForAll("badCurrencies") String currency) {
    assertRejects(
        IllegalStateException.class,
        () -> Money.of(amount, currency),
        "Money: currency '" + currency + "' is not an ISO-4217 code");
  }

  @Property
  void normalisesScaleAndCaseSoEqualAmountsAreEqual(
      @ForAll("amounts") BigDecimal amount,
      @ForAll("currencies") String currency,
      @ForAll @IntRange(max = 6) int extraZeros,
      @ForAll boolean lowerCase) {
    Money plain = Money.of(amount, currency);
    Money padded =
        Money.of(
            amount.setScale(Math.max(0, amount.scale()) + extraZeros),
            lowerCase ? " " + currency.toLowerCase(Locale.ROOT) : currency);
    assertEquals(plain, padded);
    assertEquals(plain.hashCode(), padded.hashCode());
    assertEquals(currency, padded.currency());
    assertEquals(0, amount.compareTo(padded.amount()));
    assertTrue(padded.amount().scale() >= 0, padded.amount()::toString);
    assertTrue(
        padded.amount().scale() == 0
            || !padded.amount().unscaledValue().mod(BigInteger.TEN).equals(BigInteger.ZERO),
        () -> "trailing zeros left in " + padded.amount());
  }

  @Property
  void plusAddsAmountsInOneCurrency(@ForAll("money") Money a, @ForAll("amounts") BigDecimal b) {
    Money sum = a.plus(Money.of(b, a.currency()));
    assertEquals(0, a.amount().add(b).compareTo(sum.amount()));
  }

  @Property
  void plusRejectsMixedCurrencies(@ForAll("money") Money a, @ForAll("money") Money b) {
    net.jqwik.api.Assume.that(!a.currency().equals(b.currency()));
    assertRejects(
        IllegalArgumentException.class, () -> a.plus(b), "cannot add " + b.currency() + " to " + a.currency());
  }
}
