package org.transmanche.parsers.recognise.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Money;
import org.transmanche.model.Quantity;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;

class NumberRecogniserTest implements RecogniserContract {

  private final NumberRecogniser recogniser = new NumberRecogniser();

  @Override
  public Recogniser recogniser() {
    return recogniser;
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "vingt-quatre", "1 200", "31,4", "trois cents", "un millier", "one hundred and twenty", "two-thirds",
        "1,500", "a dozen", "2 1/4", "-1.1^--23", "moins 5", "le 28 août 2014");
  }

  private String found(String text, String language) {
    return recogniser.recognise(Passage.of(text, language)).stream()
        .map(m -> m.text() + "=" + m.value(Quantity.class).value().toPlainString())
        .collect(Collectors.joining(", "));
  }

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Il y a vingt-quatre heures           | vingt-quatre=24",
        "fr | 1\u202f200 migrants                   | 1\u202f200=1200",
        "fr | une dizaine de migrants              | une dizaine=10",
        "fr | le 28 août 2014                      | ''",
        "fr | en 2014, trois cents                 | trois cents=300",
        "fr | la route A16 et 29km                 | ''",
        "fr | le 1er janvier                       | ''",
        "en | one hundred and twenty people        | one hundred and twenty=120",
        "en | two-thirds of them                   | two-thirds=0.6666666666666667",
        "en | on May 4 and the 4th                 | ''",
        "en | which one? The one.                  | ''",
        "en | costs $2000                          | 2000=2000",
        "en | in 1999                              | ''",
      })
  void reportsBareNumbersOnly(String language, String text, String expected) {
    assertThat(found(text, language)).isEqualTo(expected);
  }

  @Test
  void mentionsAreUnitlessQuantitiesInDocumentOffsets() {
    Passage p = Passage.builder().text("soit 31,4 en tout").language("fr").offset(100).build();
    List<Mention> ms = recogniser.recognise(p);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(105);
      assertThat(m.end()).isEqualTo(109);
      assertThat(m.type()).isEqualTo("quantity");
      assertThat(m.recogniser()).isEqualTo("number");
      assertThat(m.value()).isEqualTo(Quantity.number(new java.math.BigDecimal("31.4")));
    });
  }

  @Test
  void leavesNumbersInsideEarlierMoneyAndDateMentions() {
    String text = "7 millions le 28 et 5";
    Passage p =
        Passage.builder()
            .text(text)
            .language("fr")
            .addMentions(Mention.of(0, 10, "7 millions", "money", "money", Money.of(7_000_000, "EUR")))
            .addMentions(Mention.of(11, 16, "le 28", "date", "date", "2014-08-28"))
            .build();
    assertThat(recogniser.recognise(p)).extracting(Mention::text).containsExactly("5");
  }

  @Test
  void requiresTheMoneyRecogniser() {
    assertThat(recogniser.name()).isEqualTo("number");
    assertThat(recogniser.requires()).containsExactly("money");
  }
}
