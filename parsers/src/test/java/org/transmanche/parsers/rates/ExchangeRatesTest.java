package org.transmanche.parsers.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Money;

class ExchangeRatesTest {

  private final ExchangeRates rates = ExchangeRates.ecb();

  @ParameterizedTest
  @CsvSource({
    // from, to, day, ECB day used, rate (ECB publishes EUR->GBP 0.7865 and EUR->USD 1.2852 on 2014-09-19)
    "EUR, GBP, 2014-09-19, 2014-09-19, 0.7865",
    "EUR, USD, 2014-09-19, 2014-09-19, 1.2852",
    "EUR, GBP, 2014-09-20, 2014-09-19, 0.7865",
    "EUR, GBP, 2014-09-21, 2014-09-19, 0.7865",
  })
  void readsTheBundledEcbHistory(String from, String to, LocalDate day, LocalDate used, BigDecimal rate) {
    Rate r = rates.rate(from, to, day).orElseThrow();
    assertThat(r.rateDate()).isEqualTo(used);
    assertThat(r.rate()).isEqualByComparingTo(rate);
    assertThat(r.requested()).isEqualTo(day);
  }

  @Test
  void convertsThroughTheEuroBetweenTwoOtherCurrencies() {
    Rate r = rates.rate("GBP", "USD", LocalDate.of(2014, 9, 19)).orElseThrow();
    assertThat(r.rate()).isEqualByComparingTo(new BigDecimal("1.634075016"));
  }

  @Test
  void convertsMoneyAtTheRateOfItsDay() {
    Money eur = rates.convert(Money.of(15_000_000, "EUR"), "GBP", LocalDate.of(2014, 9, 20));
    assertThat(eur).isEqualTo(Money.of(11_797_500, "GBP"));
  }

  @Test
  void sameCurrencyIsUnchanged() {
    Money m = Money.of(5, "EUR");
    assertThat(rates.convert(m, "EUR", LocalDate.of(2001, 1, 1))).isSameAs(m);
  }

  @Test
  void beforeTheEuroThereIsNoRate() {
    assertThat(rates.rate("EUR", "GBP", LocalDate.of(1998, 6, 1))).isEmpty();
  }

  @Test
  void unknownCurrencyNamesTheKnownOnes() {
    assertThatThrownBy(() -> rates.rate("EUR", "XYZ", LocalDate.of(2014, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XYZ'")
        .hasMessageContaining("GBP");
  }

  @Test
  void historyStartsWithTheEuro() {
    assertThat(rates.range()[0]).isEqualTo(LocalDate.of(1999, 1, 4));
    assertThat(rates.currencies()).contains("EUR", "GBP", "USD", "CHF");
  }
}
