package org.transmanche.parsers.recognise.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;
import org.transmanche.parsers.recognise.money.MoneyRecogniser;
import org.transmanche.parsers.recognise.number.NumberRecogniser;

class QuantityRecogniserTest implements RecogniserContract {

  private final QuantityRecogniser recogniser = new QuantityRecogniser();

  @Override
  public Recogniser recogniser() {
    return recogniser;
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "200 policiers", "1\u202f200 migrants", "une dizaine de migrants", "plus de 60 %", "nine-foot", "20 km",
        "19,003 stowaways", "des centaines de migrants", "3.3 metres high", "155 réseaux");
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {4} {3} {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | 200 policiers déployés                 | 200 policiers                | 200    | people    | EXACT",
        "fr | 1\u202f200 migrants                     | 1\u202f200 migrants           | 1200   | people    | EXACT",
        "fr | 1\u00a0200 personnes                    | 1\u00a0200 personnes          | 1200   | people    | EXACT",
        "fr | un millier de personnes                | un millier de personnes      | 1000   | people    | APPROXIMATE",
        "fr | une dizaine de migrants                | une dizaine de migrants      | 10     | people    | APPROXIMATE",
        "fr | des centaines de migrants              | des centaines de migrants    | 100    | people    | AT_LEAST",
        "fr | près de 200 gendarmes                  | près de 200 gendarmes        | 200    | people    | APPROXIMATE",
        "fr | quatre mètres de haut                  | quatre mètres                | 4      | m         | EXACT",
        "fr | 400 mètres                             | 400 mètres                   | 400    | m         | EXACT",
        "fr | 41 % en 2019                           | 41 %                         | 41     | percent   | EXACT",
        "fr | plus de 60 % ces dernières semaines    | plus de 60 %                 | 60     | percent   | AT_LEAST",
        "fr | 4 services de police                   | 4 services                   | 4      | services  | EXACT",
        "fr | 155 réseaux démantelés                 | 155 réseaux                  | 155    | networks  | EXACT",
        "fr | 236 interpellations                    | 236 interpellations          | 236    | arrests   | EXACT",
        "fr | environ 140 arrestations               | environ 140 arrestations     | 140    | arrests   | APPROXIMATE",
        "fr | quelque 1 100 passages                 | quelque 1 100 passages       | 1100   | crossings | APPROXIMATE",
        "fr | 2 millions de personnes                | 2 millions de personnes      | 2000000 | people   | EXACT",
        "fr | 200 nouveaux policiers                 | 200 nouveaux policiers       | 200    | people    | EXACT",
        "en | 200 police officers                    | 200 police officers          | 200    | people    | EXACT",
        "en | 1,500 migrants                         | 1,500 migrants               | 1500   | people    | EXACT",
        "en | 19,003 stowaways                       | 19,003 stowaways             | 19003  | stowaways | EXACT",
        "en | a 20 km stretch                        | 20 km                        | 20     | km        | EXACT",
        "en | a 29km road                            | 29km                         | 29     | km        | EXACT",
        "en | 12 miles away                          | 12 miles                     | 12     | mile      | EXACT",
        "en | 3.3 metres high                        | 3.3 metres                   | 3.3    | m         | EXACT",
        "en | a nine-foot fence                      | nine-foot                    | 9      | ft        | EXACT",
        "en | a 4m fence                             | 4m                           | 4      | m         | EXACT",
        "en | 50% of them                            | 50%                          | 50     | percent   | EXACT",
        "en | 41 per cent                            | 41 per cent                  | 41     | percent   | EXACT",
        "en | hundreds of migrants                   | hundreds of migrants         | 100    | people    | AT_LEAST",
        "en | a dozen officers                       | a dozen officers             | 12     | people    | EXACT",
        "en | 500 additional British officers        | 500 additional British officers | 500 | people    | EXACT",
        "en | more than 300 boats                    | more than 300 boats          | 300    | boats     | AT_LEAST",
        "en | up to 40 arrests                       | up to 40 arrests             | 40     | arrests   | AT_MOST",
        "en | two-thirds of people                   | two-thirds of people         | 0.6666666666666667 | people | EXACT",
      })
  void readsNumbersWithTheirUnit(
      String language, String text, String span, String value, String unit, Qualifier qualifier) {
    List<Mention> found = recogniser.recognise(Passage.of(text, language));
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(span);
    QuantityReading r = found.get(0).value(QuantityReading.class);
    assertThat(r).isEqualTo(QuantityReading.of(Quantity.of(new BigDecimal(value), unit), qualifier));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | le 28 août 2014",
        "fr | en 2014, Calais",
        "fr | la route A16",
        "fr | 7 millions d'euros",
        "en | £12m for 200",
        "en | in 2014 and 2015",
        "en | the one you saw",
      })
  void findsNoQuantityWithoutAUnit(String language, String text) {
    Pipeline p = Pipeline.builder().add(new MoneyRecogniser()).add(recogniser).build();
    assertThat(recogniser.recognise(withMentionsOf(p, text, language))).isEmpty();
  }

  @Test
  void readsAUnitPastASoftLineBreakButNotAcrossABlankLine() {
    assertThat(recogniser.recognise(Passage.of("pour 200\npoliciers", "fr")))
        .extracting(Mention::text).containsExactly("200\npoliciers");
    assertThat(recogniser.recognise(Passage.of("pour 200\n\npoliciers", "fr"))).isEmpty();
  }

  @Test
  void leavesNumbersInsideMoneyMentions() {
    String text = "£4m for 200 officers";
    Passage p =
        Passage.builder()
            .text(text)
            .language("en")
            .addMentions(Mention.of(0, 3, "£4m", "money", "money", Money.of(4_000_000, "GBP")))
            .build();
    assertThat(recogniser.recognise(p)).extracting(Mention::text).containsExactly("200 officers");
  }

  @Test
  void winsOverTheBareNumberInThePipeline() {
    Pipeline p =
        Pipeline.builder().add(new MoneyRecogniser()).add(new NumberRecogniser()).add(recogniser).build();
    String found =
        p.recognise(Passage.of("Londres versera 7 millions d'euros pour 200 policiers et 3 chiens.", "fr")).stream()
            .map(m -> m.type() + ":" + m.text())
            .collect(Collectors.joining(", "));
    assertThat(found).isEqualTo("money:7 millions d'euros, quantity:200 policiers, quantity:3 chiens");
  }

  @Test
  void requiresTheMoneyRecogniser() {
    assertThat(recogniser.name()).isEqualTo("quantity");
    assertThat(recogniser.requires()).containsExactly("money");
  }

  private static Passage withMentionsOf(Pipeline p, String text, String language) {
    Passage bare = Passage.of(text, language);
    return Passage.builder().from(bare).mentions(p.recognise(bare).stream()
        .filter(m -> m.type().equals("money")).collect(Collectors.toList())).build();
  }
}
