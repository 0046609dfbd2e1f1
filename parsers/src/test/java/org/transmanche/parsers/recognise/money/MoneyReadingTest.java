package org.transmanche.parsers.recognise.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Schedule;
import org.transmanche.model.json.Json;

class MoneyReadingTest {

  @Test
  void serialisesToJsonWithTheModelMapper() throws Exception {
    MoneyReading r =
        MoneyReading.builder()
            .money(Money.of(5_000_000, "EUR"))
            .schedule(Schedule.of(Money.of(5_000_000, "EUR"), 3))
            .addAlsoStated(Money.of(4_000_000, "GBP"))
            .build();
    JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(r));
    assertThat(json.get("money").get("amount").decimalValue()).isEqualByComparingTo("5000000");
    assertThat(json.get("qualifier").asText()).isEqualTo("EXACT");
    assertThat(json.get("schedule").get("years").asInt()).isEqualTo(3);
    assertThat(json.get("schedule").get("total").get("amount").decimalValue()).isEqualByComparingTo("15000000");
    assertThat(json.get("alsoStated").get(0).get("currency").asText()).isEqualTo("GBP");
    assertThat(json.has("min")).isFalse();
  }

  @Test
  void normalisesTheScaleOfItsBounds() {
    MoneyReading r =
        MoneyReading.builder()
            .money(Money.of(10, "USD"))
            .qualifier(Qualifier.AT_LEAST)
            .min(new BigDecimal("1E+1"))
            .max(new BigDecimal("20.00"))
            .build();
    assertThat(r.min()).hasValue(new BigDecimal("10"));
    assertThat(r.max()).hasValue(new BigDecimal("20"));
  }

  @Test
  void rejectsAMinAboveItsMax() {
    assertThatThrownBy(
            () -> MoneyReading.builder().money(Money.of(1, "EUR")).min(BigDecimal.TEN).max(BigDecimal.ONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MoneyReading: min 10 > max 1");
  }

  @Test
  void rejectsAScheduleInAnotherCurrency() {
    assertThatThrownBy(
            () ->
                MoneyReading.builder()
                    .money(Money.of(1, "EUR"))
                    .schedule(Schedule.of(Money.of(1, "GBP"), 2))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MoneyReading: schedule currency GBP != money currency EUR");
  }

  @Test
  void rejectsANegativeBound() {
    assertThatThrownBy(() -> MoneyReading.builder().money(Money.of(1, "EUR")).min(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MoneyReading: min -1 < 0");
  }

  @Test
  void anExactAmountHasNothingElse() {
    MoneyReading r = MoneyReading.of(Money.of(7, "EUR"));
    assertThat(r.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(r.schedule()).isEmpty();
    assertThat(r.alsoStated()).isEmpty();
  }
}
