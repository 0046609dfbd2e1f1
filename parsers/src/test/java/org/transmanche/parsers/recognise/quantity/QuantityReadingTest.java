package org.transmanche.parsers.recognise.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.model.json.Json;

class QuantityReadingTest {

  @Test
  void serialisesToJsonWithTheModelMapper() throws Exception {
    QuantityReading r = QuantityReading.of(Quantity.of(60, "percent"), Qualifier.AT_LEAST);
    JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(r));
    assertThat(json.get("quantity").get("value").decimalValue()).isEqualByComparingTo("60");
    assertThat(json.get("quantity").get("unit").asText()).isEqualTo("percent");
    assertThat(json.get("qualifier").asText()).isEqualTo("AT_LEAST");
  }

  @Test
  void equalReadingsAreEqual() {
    assertThat(QuantityReading.of(Quantity.of(200, "people"), Qualifier.EXACT))
        .isEqualTo(QuantityReading.of(Quantity.of(200, "people"), Qualifier.EXACT))
        .hasSameHashCodeAs(QuantityReading.of(Quantity.of(200, "people"), Qualifier.EXACT));
  }
}
