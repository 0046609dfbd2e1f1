package org.transmanche.parsers.recognise.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.number.PeerVectors;

/**
 * Scores {@link MoneyRecogniser} on the Duckling and Recognizers-Text money vectors: at least 95 % of
 * the cases of each file must pass; the report lists every miss. No case is left out.
 */
class PeerMoneyVectorsTest {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

  private final MoneyRecogniser recogniser = new MoneyRecogniser();

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void passesNinetyFivePercentOfThePeerVectors(String language) {
    PeerVectors v =
        PeerVectors.load(
            "money-" + language,
            "MoneyRecogniser",
            "a case passes when the currency is the same (or the expected currency is null: a bare `$`,"
                + " `£` or family name, compared on the amount only) and the amount is within 0.5 %; for a"
                + " range or a bound, each expected `min` and `max` is compared with the reading's own"
                + " `min()` and `max()`. For a Duckling case (a bare expression) the longest mention must"
                + " match; for a Recognizers-Text case (a sentence) any mention may.");
    for (JsonNode c : v.cases()) {
      v.exclusion(c, List.of());
      List<Mention> found = recogniser.recognise(Passage.of(c.get("text").asText(), language));
      boolean pass;
      if (c.get("origin").asText().equals("duckling")) {
        pass = found.stream().reduce((a, b) -> b.length() > a.length() ? b : a)
            .map(m -> matches(c, m.value(MoneyReading.class))).orElse(false);
      } else {
        pass = found.stream().anyMatch(m -> matches(c, m.value(MoneyReading.class)));
      }
      v.score(c, pass, expected(c), shown(found));
    }
    for (JsonNode c : v.negatives()) {
      v.negative(c, shown(recogniser.recognise(Passage.of(c.get("text").asText(), language))));
    }
    v.writeReport(List.of());
    assertThat(v.rate()).as(v.summary()).isGreaterThanOrEqualTo(0.95);
  }

  private static boolean matches(JsonNode c, MoneyReading r) {
    JsonNode currency = c.get("currency");
    if (currency != null && !currency.isNull() && !currency.asText().equals(r.money().currency())) {
      return false;
    }
    if (present(c, "amount")) {
      return close(r.money().amount(), decimal(c, "amount"));
    }
    boolean ok = true;
    if (present(c, "min")) {
      ok &= r.min().map(m -> close(m, decimal(c, "min"))).orElse(false);
    }
    if (present(c, "max")) {
      ok &= r.max().map(m -> close(m, decimal(c, "max"))).orElse(false);
    }
    return ok;
  }

  private static boolean present(JsonNode c, String field) {
    return c.has(field) && !c.get(field).isNull();
  }

  private static BigDecimal decimal(JsonNode c, String field) {
    return new BigDecimal(c.get(field).asText());
  }

  private static boolean close(BigDecimal got, BigDecimal expected) {
    return got.subtract(expected).abs().compareTo(expected.abs().multiply(TOLERANCE)) <= 0;
  }

  private static String expected(JsonNode c) {
    StringBuilder b = new StringBuilder();
    for (String f : List.of("amount", "min", "max")) {
      if (present(c, f)) {
        b.append(f).append(' ').append(decimal(c, f).toPlainString()).append(' ');
      }
    }
    JsonNode cur = c.get("currency");
    b.append(cur == null || cur.isNull() ? "(" + c.path("currency_family").asText("any") + ")" : cur.asText());
    return b.toString();
  }

  private static String shown(List<Mention> found) {
    return found.stream()
        .map(m -> {
          MoneyReading r = m.value(MoneyReading.class);
          return "`" + m.text() + "` = " + r.money().format()
              + r.min().map(x -> " min " + x.toPlainString()).orElse("")
              + r.max().map(x -> " max " + x.toPlainString()).orElse("");
        })
        .collect(Collectors.joining("; "));
  }
}
