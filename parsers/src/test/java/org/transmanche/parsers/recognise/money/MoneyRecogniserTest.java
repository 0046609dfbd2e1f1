package org.transmanche.parsers.recognise.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Schedule;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;
import org.transmanche.parsers.recognise.Recognisers;

class MoneyRecogniserTest implements RecogniserContract {

  private final MoneyRecogniser recogniser = new MoneyRecogniser();

  @Override
  public Recogniser recogniser() {
    return recogniser;
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "7 millions d'euros", "£12m", "€5m (£4m) a year for three years", "entre 10 et 20 euros", "$20 43",
        "cinq millions d'euros par an pendant trois ans, soit 15 millions", "près de 3 M€", "US$4.7 billion",
        "a dollar and 42 cents", "1,2 Md€");
  }

  private List<Mention> find(String text, String language) {
    return recogniser.recognise(Passage.of(text, language));
  }

  private MoneyReading only(String text, String language) {
    List<Mention> found = find(text, language);
    assertThat(found).as(text).hasSize(1);
    return found.get(0).value(MoneyReading.class);
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {3} {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Londres versera 7 millions d'euros.          | 7 millions d'euros            | 7000000    | EUR",
        "fr | un investissement de 31,4 millions d'euros  | 31,4 millions d'euros         | 31400000   | EUR",
        "fr | 1,8 million d'euros                         | 1,8 million d'euros           | 1800000    | EUR",
        "fr | 50 millions € pour Calais                   | 50 millions €                 | 50000000   | EUR",
        "fr | 15 millions d'euros                         | 15 millions d'euros           | 15000000   | EUR",
        "fr | 12 millions de livres                       | 12 millions de livres         | 12000000   | GBP",
        "fr | 3 millions de livres sterling               | 3 millions de livres sterling | 3000000    | GBP",
        "fr | 2 milliards d'euros                         | 2 milliards d'euros           | 2000000000 | EUR",
        "fr | 1,2 Md€                                     | 1,2 Md€                       | 1200000000 | EUR",
        "fr | 62,7 M€                                     | 62,7 M€                       | 62700000   | EUR",
        "fr | cinq millions d'euros                       | cinq millions d'euros         | 5000000    | EUR",
        "fr | 10 000 dollars canadiens                    | 10 000 dollars canadiens      | 10000      | CAD",
        "fr | 10000 francs suisses                        | 10000 francs suisses          | 10000      | CHF",
        "fr | 1\u202f200 €                                | 1\u202f200 €                  | 1200       | EUR",
        "fr | EUR 29,99                                   | EUR 29,99                     | 29.99      | EUR",
        "fr | 15 dollars et 15 cents                      | 15 dollars et 15 cents        | 15.15      | USD",
        "fr | un euro                                     | un euro                       | 1          | EUR",
        "en | £12m for the scheme                         | £12m                          | 12000000   | GBP",
        "en | 3 million pounds                            | 3 million pounds              | 3000000    | GBP",
        "en | £3 million                                  | £3 million                    | 3000000    | GBP",
        "en | $62 million                                 | $62 million                   | 62000000   | USD",
        "en | £44.5m                                      | £44.5m                        | 44500000   | GBP",
        "en | €72.2 million                               | €72.2 million                 | 72200000   | EUR",
        "en | £1.2bn                                      | £1.2bn                        | 1200000000 | GBP",
        "en | EUR 5 million                               | EUR 5 million                 | 5000000    | EUR",
        "en | five million euros                          | five million euros            | 5000000    | EUR",
        "en | US$4.7 billion                              | US$4.7 billion                | 4700000000 | USD",
        "en | C$16.4 million                              | C$16.4 million                | 16400000   | CAD",
        "en | 75 USD million                              | 75 USD million                | 75000000   | USD",
        "en | 30 MUSD                                     | 30 MUSD                       | 30000000   | USD",
        "en | 20 dollars 43 cents                         | 20 dollars 43 cents           | 20.43      | USD",
        "en | $20 and 43c                                 | $20 and 43c                   | 20.43      | USD",
        "en | a dollar and 42 cents                       | a dollar and 42 cents         | 1.42       | USD",
        "en | 12,34,567.89 rupees                         | 12,34,567.89 rupees           | 1234567.89 | INR",
        "en | ten shekels                                 | ten shekels                   | 10         | ILS",
        "en | half million usd                            | half million usd              | 500000     | USD",
        "en | one-yen bid                                 | one-yen                       | 1          | JPY",
      })
  void readsAmountsInBothLanguages(String language, String text, String span, String amount, String currency) {
    List<Mention> found = find(text, language);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(span);
    MoneyReading r = found.get(0).value(MoneyReading.class);
    assertThat(r.money()).isEqualTo(Money.of(amount, currency));
    assertThat(r.qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | près de 7 millions d'euros      | APPROXIMATE | 7000000",
        "fr | environ 2 milliards de $        | APPROXIMATE | 2000000000",
        "fr | quelque 5 millions d'euros      | APPROXIMATE | 5000000",
        "fr | plus de 10 euros                | AT_LEAST    | 10",
        "fr | au moins 3 millions de livres   | AT_LEAST    | 3000000",
        "fr | jusqu'à 5 millions d'euros      | AT_MOST     | 5000000",
        "fr | moins de 10 dollars             | AT_MOST     | 10",
        "fr | des millions d'euros            | AT_LEAST    | 1000000",
        "en | about £3m                       | APPROXIMATE | 3000000",
        "en | around $5 million               | APPROXIMATE | 5000000",
        "en | close to £1bn                   | APPROXIMATE | 1000000000",
        "en | nearly €2m                      | APPROXIMATE | 2000000",
        "en | some £30m                       | APPROXIMATE | 30000000",
        "en | more than £1m                   | AT_LEAST    | 1000000",
        "en | over £2m                        | AT_LEAST    | 2000000",
        "en | at least €4m                    | AT_LEAST    | 4000000",
        "en | up to £10m                      | AT_MOST     | 10000000",
        "en | at most 7€                      | AT_MOST     | 7",
        "en | exactly £9                      | EXACT       | 9",
      })
  void readsTheQualifierAndItsBound(String language, String text, Qualifier qualifier, String amount) {
    List<Mention> found = find(text, language);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(text);
    MoneyReading r = found.get(0).value(MoneyReading.class);
    assertThat(r.qualifier()).isEqualTo(qualifier);
    assertThat(r.money().amount()).isEqualByComparingTo(amount);
    if (qualifier == Qualifier.AT_LEAST) {
      assertThat(r.min()).hasValue(r.money().amount());
      assertThat(r.max()).isEmpty();
    } else if (qualifier == Qualifier.AT_MOST) {
      assertThat(r.max()).hasValue(r.money().amount());
      assertThat(r.min()).isEmpty();
    } else {
      assertThat(r.min()).isEmpty();
      assertThat(r.max()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} \"{1}\" = [{2}, {3}] {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | entre 10 et 20 euros             | 10      | 20       | EUR",
        "fr | de 5 à 10 millions d'euros       | 5000000 | 10000000 | EUR",
        "fr | 10 euro - 20 euro                | 10      | 20       | EUR",
        "en | between £10m and £20m            | 10000000 | 20000000 | GBP",
        "en | between 3 and 5 million dollars  | 3000000 | 5000000  | USD",
        "en | €5-10m                           | 5000000 | 10000000 | EUR",
        "en | from 10 dollars to 20 dollars    | 10      | 20       | USD",
      })
  void readsRangesAsALowerBoundWithBothBounds(String language, String text, String min, String max, String currency) {
    MoneyReading r = only(text, language);
    assertThat(find(text, language).get(0).text()).isEqualTo(text);
    assertThat(r.money()).isEqualTo(Money.of(min, currency));
    assertThat(r.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(r.min()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(min));
    assertThat(r.max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(max));
  }

  @Test
  void readsAYearlyAmountWithItsSecondCurrencyAndYears() {
    String text = "Britain will pay €5m (£4m) a year for three years to France.";
    List<Mention> found = find(text, "en");
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("€5m (£4m) a year for three years");
      MoneyReading r = m.value(MoneyReading.class);
      assertThat(r.money()).isEqualTo(Money.of(5_000_000, "EUR"));
      assertThat(r.schedule()).hasValue(Schedule.of(Money.of(5_000_000, "EUR"), 3));
      assertThat(r.schedule().get().total()).hasValue(Money.of(15_000_000, "EUR"));
      assertThat(r.alsoStated()).containsExactly(Money.of(4_000_000, "GBP"));
    });
  }

  @Test
  void readsAFrenchScheduleWithItsTotalAsOneMention() {
    String text = "cinq millions d'euros par an pendant trois ans, soit 15 millions";
    MoneyReading r = only(text, "fr");
    assertThat(find(text, "fr").get(0).text()).isEqualTo(text);
    assertThat(r.money()).isEqualTo(Money.of(5_000_000, "EUR"));
    assertThat(r.schedule()).hasValue(Schedule.of(Money.of(5_000_000, "EUR"), 3));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | €5m (£4m) a year for\\nthree years                        | 3",
        "fr | cinq millions d'euros par an\\npendant trois ans, soit 15\\nmillions | 3",
      })
  void readsASchedulePastASoftLineBreak(String language, String text, int years) {
    String wrapped = text.replace("\\n", "\n");
    List<Mention> found = find(wrapped, language);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo(wrapped);
      assertThat(m.value(MoneyReading.class).schedule().flatMap(Schedule::years)).hasValue(years);
    });
  }

  @Test
  void stopsAtABlankLine() {
    List<Mention> found = find("7 millions d'euros\n\npar an pendant trois ans", "fr");
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("7 millions d'euros");
      assertThat(m.value(MoneyReading.class).schedule()).isEmpty();
    });
  }

  @Test
  void leavesOutATotalThatDisagreesWithTheSchedule() {
    String text = "5 millions d'euros par an pendant trois ans, soit 16 millions";
    List<Mention> found = find(text, "fr");
    assertThat(found.get(0).text()).isEqualTo("5 millions d'euros par an pendant trois ans");
    assertThat(found.get(0).value(MoneyReading.class).schedule().flatMap(Schedule::total))
        .hasValue(Money.of(15_000_000, "EUR"));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | £12m over three years            | 12000000 | GBP",
        "fr | 62,7 M€ sur trois ans            | 62700000 | EUR",
        "fr | 15 millions d'euros sur les trois prochaines années | 15000000 | EUR",
      })
  void readsATotalOverYears(String language, String text, String total, String currency) {
    MoneyReading r = only(text, language);
    assertThat(find(text, language).get(0).text()).isEqualTo(text);
    assertThat(r.schedule()).hasValue(Schedule.builder().total(Money.of(total, currency)).years(3).build());
  }

  @Test
  void readsAYearlyAmountWithoutYears() {
    MoneyReading r = only("£4m per year", "en");
    assertThat(r.schedule()).hasValue(Schedule.builder().perYear(Money.of(4_000_000, "GBP")).build());
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | 7 millions d'euros (6 millions de livres)                       | 6000000 | GBP",
        "fr | un budget de 3,2 milliards d'euros, soit 2,8 milliards de livres | 2800000000 | GBP",
        "en | £10m (€12m)                                                     | 12000000 | EUR",
      })
  void keepsTheAmountInAnotherCurrency(String language, String text, String amount, String currency) {
    MoneyReading r = only(text, language);
    assertThat(r.alsoStated()).containsExactly(Money.of(amount, currency));
  }

  @Test
  void givesABareScaledAmountTheCurrencyOfThePreviousOne() {
    List<Mention> found = find("Londres a promis 15 millions d'euros, puis 2 milliards.", "fr");
    assertThat(found).extracting(m -> m.value(MoneyReading.class).money())
        .containsExactly(Money.of(15_000_000, "EUR"), Money.of(2_000_000_000L, "EUR"));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | 41 pour cent des migrants",
        "fr | 2 milliards",
        "fr | 15 millions d'euros puis 2 millions de migrants et 3 millions de personnes",
        "en | In 2003 LE TOUQUET",
        "en | a pound of cocaine",
        "en | All 70 of us.",
        "en | the 2014 agreement",
        "en | exactly dollars",
      })
  void findsNoMoneyWhereThereIsNone(String language, String text) {
    List<Mention> found = find(text, language);
    assertThat(found).allSatisfy(m -> assertThat(m.text()).isEqualTo("15 millions d'euros"));
  }

  @Test
  void splitsHundredthsFromTheNextAmount() {
    assertThat(find("10 $ 30 $", "en")).extracting(Mention::text).containsExactly("10 $", "30 $");
    assertThat(find("3 USD50 Cards", "en")).extracting(Mention::text).containsExactly("USD50");
    assertThat(find("up to $5 3 times", "en")).extracting(Mention::text).containsExactly("up to $5");
  }

  @Test
  void mentionsUseDocumentOffsets() {
    Passage p = Passage.builder().text("soit 7 M€.").language("fr").offset(40).build();
    assertThat(recogniser.recognise(p)).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(45);
      assertThat(m.end()).isEqualTo(49);
      assertThat(m.type()).isEqualTo("money");
      assertThat(m.recogniser()).isEqualTo("money");
    });
  }

  @Test
  void runsInTheStandardPipelineBeforeNumbersAndQuantities() {
    List<String> names = Recognisers.standard().names();
    assertThat(names).contains("money", "number", "quantity");
    assertThat(names.indexOf("money")).isLessThan(names.indexOf("number"));
    assertThat(names.indexOf("money")).isLessThan(names.indexOf("quantity"));
    assertThat(recogniser.requires()).isEmpty();
  }

  /** The standard pipeline, built once: it loads every recogniser's data. */
  private static final Pipeline STANDARD = Recognisers.standard();

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The Home Office pledged £12m to Calais.                            | £12m                                   | 12000000 GBP | -           | - | -            | -",
        "en | Britain will pay €5m (£4m) a year for three years to France.       | €5m (£4m) a year for three years        | 5000000 EUR  | 5000000 EUR | 3 | 15000000 EUR | 4000000 GBP",
        "fr | Londres versera cinq millions d'euros par an pendant trois ans, soit 15 millions, à Paris. | cinq millions d'euros par an pendant trois ans, soit 15 millions | 5000000 EUR | 5000000 EUR | 3 | 15000000 EUR | -",
        "fr | cinq millions d'euros par an pendant trois ans, soit 15 millions | cinq millions d'euros par an pendant trois ans, soit 15 millions | 5000000 EUR | 5000000 EUR | 3 | 15000000 EUR | -",
        "en | €5m (£4m) a year for three years                                   | €5m (£4m) a year for three years        | 5000000 EUR  | 5000000 EUR | 3 | 15000000 EUR | 4000000 GBP",
        "en | £12m                                                               | £12m                                   | 12000000 GBP | -           | - | -            | -",
      })
  void standardPipelineKeepsOneMoneyMentionOverNumbersAndQuantities(
      String language, String text, String span, String money, String perYear, String years, String total,
      String also) {
    List<Mention> all = STANDARD.recognise(Passage.of(text, language));
    List<Mention> money1 = all.stream().filter(m -> m.type().equals("money")).toList();
    assertThat(money1).as(text).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo(span);
      MoneyReading r = m.value(MoneyReading.class);
      assertThat(r.money()).isEqualTo(money(money));
      if (perYear.equals("-")) {
        assertThat(r.schedule()).isEmpty();
      } else {
        assertThat(r.schedule()).hasValue(Schedule.builder()
            .perYear(money(perYear)).years(Integer.parseInt(years)).total(money(total)).build());
      }
      assertThat(r.alsoStated()).isEqualTo(also.equals("-") ? List.of() : List.of(money(also)));
      // money wins: no number or quantity mention shares a character with it
      assertThat(all).filteredOn(o -> o != m && (o.type().equals("quantity") || o.type().equals("money")))
          .allSatisfy(o -> assertThat(o.end() <= m.start() || o.start() >= m.end())
              .as("%s overlaps %s", o, m).isTrue());
    });
  }

  private static Money money(String amountAndCurrency) {
    String[] parts = amountAndCurrency.split(" ");
    return Money.of(new BigDecimal(parts[0]), parts[1]);
  }

  @Test
  void readsAmountsFromTheBundledDataOnly() {
    assertThat(new BigDecimal("1")).isEqualByComparingTo(only("une yen", "fr").money().amount());
  }
}
