package org.transmanche.parsers.recognise.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Qualifier;

class NumberReaderTest {

  private static BigDecimal parse(String language, String text) {
    return NumberReader.forLanguage(language).parse(text).orElseThrow(() -> new AssertionError("no number in " + text));
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | 31,4         | 31.4",
        "fr | 1 200        | 1200",
        "fr | 1\u00a0200   | 1200",
        "fr | 1\u202f200   | 1200",
        "fr | 1.100        | 1100",
        "fr | 100.000      | 100000",
        "fr | 6.700,54     | 6700.54",
        "fr | 4.5          | 4.5",
        "fr | 12,345       | 12.345",
        "fr | 1 234 567,89 | 1234567.89",
        "fr | ,08          | 0.08",
        "en | 1,500        | 1500",
        "en | 19,003       | 19003",
        "en | 4.5          | 4.5",
        "en | 1.100        | 1.1",
        "en | 1 200        | 1200",
        "en | 1\u202f234\u202f567.89 | 1234567.89",
        "en | 1,674,200.5  | 1674200.5",
        "en | 1.111,11     | 1111.11",
        "en | 12,34,567.89 | 1234567.89",
        "en | .77          | 0.77",
        "en | 0033         | 33",
        "en | 1,3          | 1.3",
      })
  void readsDigitsAsTheLanguageGroupsThem(String language, String text, String expected) {
    assertThat(parse(language, text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | cinq                           | 5",
        "fr | vingt-quatre                   | 24",
        "fr | vingt et un                    | 21",
        "fr | soixante-dix-sept              | 77",
        "fr | soixante et onze               | 71",
        "fr | quatre-vingts                  | 80",
        "fr | quatre vingt dix neuf          | 99",
        "fr | trois cents                    | 300",
        "fr | cent trois                     | 103",
        "fr | deux mille                     | 2000",
        "fr | mille deux cents               | 1200",
        "fr | un million deux cent mille     | 1200000",
        "fr | trois millions                 | 3000000",
        "fr | 1,5 million                    | 1500000",
        "fr | 31,4 millions                  | 31400000",
        "fr | deux milliards                 | 2000000000",
        "fr | un milliard et demi            | 1500000000",
        "fr | deux tiers                     | 0.6666666666666667",
        "fr | trois quarts                   | 0.75",
        "fr | un sur trois                   | 0.3333333333333333",
        "fr | deux cent virgule trois        | 200.3",
        "fr | moins 12                       | -12",
        "en | five                           | 5",
        "en | twenty-one                     | 21",
        "en | one hundred and twenty         | 120",
        "en | twenty-two hundred             | 2200",
        "en | seven hundred twenty-one thousand and twelve | 721012",
        "en | three thousand millions        | 3000000000",
        "en | 3 million                      | 3000000",
        "en | 4 thousand 3 hundred and 21    | 4321",
        "en | two point five                 | 2.5",
        "en | two-thirds                     | 0.6666666666666667",
        "en | a half                         | 0.5",
        "en | one and a half                 | 1.5",
        "en | five and a half million        | 5500000",
        "en | one million and a half         | 1500000",
        "en | half a dozen                   | 6",
        "en | two dozen                      | 24",
        "en | one hundred thirty-fifths      | 2.857142857142857",
        "en | one over three                 | 0.3333333333333333",
        "en | a hundred thousand             | 100000",
        "en | twelve lakh                    | 1200000",
        "en | 12k                            | 12000",
        "en | 1.3e6                          | 1300000",
        "en | 3/4                            | 0.75",
        "en | 2 1/4                          | 2.25",
        "en | ½                              | 0.5",
        "en | -504                           | -504",
        "en | minus five                     | -5",
      })
  void readsSpelledNumbersScalesAndFractions(String language, String text, String expected) {
    assertThat(parse(language, text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {3} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | une dizaine                | APPROXIMATE | 10",
        "fr | un millier                 | APPROXIMATE | 1000",
        "fr | une centaine               | APPROXIMATE | 100",
        "fr | des centaines              | AT_LEAST    | 100",
        "fr | plusieurs milliers         | AT_LEAST    | 1000",
        "fr | des dizaines de milliers   | AT_LEAST    | 10000",
        "fr | trois centaines            | EXACT       | 300",
        "fr | une douzaine               | EXACT       | 12",
        "en | a dozen                    | EXACT       | 12",
        "en | a couple                   | EXACT       | 2",
        "en | several hundred            | AT_LEAST    | 100",
      })
  void readsCollectivesWithTheirQualifier(String language, String text, Qualifier qualifier, String value) {
    List<NumberSpan> spans = NumberReader.forLanguage(language).findAll(text);
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).value()).isEqualByComparingTo(value);
    assertThat(spans.get(0).qualifier()).isEqualTo(qualifier);
    assertThat(spans.get(0).end()).isEqualTo(text.length());
  }

  @Test
  void readsHundredsOfAsAFloorWithoutTheLinkWord() {
    List<NumberSpan> spans = NumberReader.forLanguage("en").findAll("hundreds of thousands of people");
    assertThat(spans).singleElement().satisfies(s -> {
      assertThat(s.value()).isEqualByComparingTo("100000");
      assertThat(s.qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(s.end()).isEqualTo("hundreds of thousands".length());
    });
  }

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | 192.168.1.2              | 192 168 1 2",
        "fr | 192.168.1.2              | 192168 1 2",
        "en | 22,24,26,31              | 22 24 26 31",
        "en | 1, 234, 567              | 1 234 567",
        "en | 423 0000                 | 423 0",
        "en | 5/17/2018                | 5 17 2018",
        "en | in 2014 300 people       | 2014 300",
        "en | 3 hundred and 2 hundred  | 300 200",
        "en | 4 thousand 3 hundred and 0 | 4300 0",
        "fr | 10 $ et 20 €             | 10 20",
        "en | the one you saw          | ''",
        "fr | vingt et un ou vingt-deux | 21 22",
      })
  void cutsListsAndSequencesIntoSeparateNumbers(String language, String text, String expected) {
    String values =
        NumberReader.forLanguage(language).findAll(text).stream()
            .map(s -> s.value().toPlainString())
            .collect(Collectors.joining(" "));
    assertThat(values).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" = {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | MONEY   | £12m    | 12000000",
        "en | TEXT    | 12m     | 12",
        "en | MEASURE | 12m     | 12",
        "en | MONEY   | £1.2bn  | 1200000000",
        "fr | MONEY   | 1,2 Md€ | 1200000000",
        "fr | TEXT    | 1,2 Md  | 1.2",
        "en | MONEY   | -504    | 504",
      })
  void readsMoneySuffixesAndSignsByMode(String language, NumberReader.Mode mode, String text, String expected) {
    List<NumberSpan> spans = NumberReader.forLanguage(language).findAll(text, mode);
    assertThat(spans).isNotEmpty();
    assertThat(spans.get(0).value()).isEqualByComparingTo(expected);
  }

  @Test
  void reportsSpansLettersAndMultipliers() {
    String text = "£4m et 29km et A16";
    List<NumberSpan> spans = NumberReader.forLanguage("fr").findAll(text, NumberReader.Mode.MONEY);
    assertThat(spans).hasSize(3);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("4m");
    assertThat(spans.get(0).multiplier()).isEqualByComparingTo("1000000");
    assertThat(spans.get(0).gluedAfter()).isFalse();
    assertThat(spans.get(1).gluedAfter()).isTrue();
    assertThat(spans.get(2).gluedBefore()).isTrue();
  }

  @Test
  void marksSpelledNumbersAndWholeOnes() {
    NumberSpan cinq = NumberReader.forLanguage("fr").findAll("cinq").get(0);
    NumberSpan digits = NumberReader.forLanguage("fr").findAll("43").get(0);
    NumberSpan scaled = NumberReader.forLanguage("fr").findAll("3 millions").get(0);
    assertThat(cinq.spelled()).isTrue();
    assertThat(digits.spelled()).isFalse();
    assertThat(digits.whole()).isTrue();
    assertThat(scaled.whole()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"en, ''", "en, the", "en, 12 apples and 3", "fr, un", "fr, '   '"})
  void parseIsEmptyUnlessTheWholeTextIsOneNumber(String language, String text) {
    assertThat(NumberReader.forLanguage(language).parse(text)).isEmpty();
  }

  @Test
  void readsQualifiersAndScaleWordsAroundANumber() {
    NumberReader fr = NumberReader.forLanguage("fr");
    String text = "près de 200 millions";
    assertThat(fr.qualifierEndingAt(text, 8)).get().satisfies(m -> {
      assertThat(m.value()).isEqualTo(Qualifier.APPROXIMATE);
      assertThat(m.start()).isZero();
    });
    assertThat(fr.scaleWordAt(text, 11)).get().satisfies(m -> assertThat(m.value()).isEqualByComparingTo("1000000"));
  }

  @Test
  void choosesTheLanguageByCode() {
    assertThat(NumberReader.forLanguage("fr").language()).isEqualTo("fr");
    assertThat(NumberReader.forLanguage("de").language()).isEqualTo("en");
  }
}
