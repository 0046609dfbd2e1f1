package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "31.4e6,     EUR, 31400000 EUR",
    "4.5E6,      gbp, 4500000 GBP",
    "7000000.00, Eur, 7000000 EUR",
    "0.000,      usd, 0 USD",
    "12.50,      EUR, 12.5 EUR",
    "' 1e3 ',    EUR, 1000 EUR",
  })
  void normalisesAmountAndCurrency(String amount, String currency, String formatted) {
    assertEquals(formatted, Money.of(amount.strip(), currency).format());
  }
}
