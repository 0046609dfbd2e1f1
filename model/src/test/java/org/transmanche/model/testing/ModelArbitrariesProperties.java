package org.transmanche.model.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Money;

/** The arbitraries cover what they promise, so that properties built on them test something. */
@StatisticsReport(onFailureOnly = true)
class ModelArbitrariesProperties {

  private static final String ACCENTS = "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ";

  @Provide
  Arbitrary<String> texts() {
    return ModelArbitraries.texts();
  }

  @Provide
  Arbitrary<String> nonBlankTexts() {
    return ModelArbitraries.nonBlankTexts();
  }

  @Provide
  Arbitrary<DateSpan> spans() {
    return ModelArbitraries.dateSpans();
  }

  @Provide
  Arbitrary<Money> money() {
    return ModelArbitraries.money();
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  @Property
  void textsMixFrenchAccentsAndNonBmpCharacters(@ForAll("texts") String text) {
    Statistics.label("accent").collect(text.chars().anyMatch(c -> ACCENTS.indexOf(c) >= 0));
    Statistics.label("non-BMP").collect(text.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    Statistics.label("accent").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("non-BMP").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Property
  void nonBlankTextsAreNotBlankAndTrimmed(@ForAll("nonBlankTexts") String text) {
    assertFalse(text.isBlank());
    assertTrue(text.equals(text.strip()), text);
  }

  @Property
  void datesLieBetween2000And2030(@ForAll("spans") DateSpan d) {
    assertFalse(d.from().isBefore(ModelArbitraries.FIRST_DAY), d::toString);
    assertFalse(d.to().isAfter(ModelArbitraries.LAST_DAY.plusDays(6)), d::toString);
  }

  @Property
  void moneyComesInSeveralScalesAndCurrencies(@ForAll("money") Money m) {
    Statistics.label("fraction").collect(m.amount().scale() > 0);
    Statistics.label("currency").collect(m.currency().equals("EUR") || m.currency().equals("GBP"));
    Statistics.label("fraction").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("currency").coverage(c -> c.check(false).percentage(p -> p > 10));
  }

  @Property(tries = 100)
  void dossiersHoldEveryKindOfPart(@ForAll("dossiers") Dossier d) {
    long spans = Stream.concat(d.actors().stream().flatMap(a -> a.evidence().stream()),
            d.facts().stream().flatMap(f -> f.evidence().stream()))
        .filter(e -> e.length() > 0)
        .count();
    Statistics.label("pledge").collect(!d.pledges().isEmpty());
    Statistics.label("pledge bound to agreement").collect(d.pledges().stream().anyMatch(p -> p.agreement().isPresent()));
    Statistics.label("disagreement").collect(!d.disagreements().isEmpty());
    Statistics.label("non-empty span").collect(spans > 0);
    Statistics.label("empty").collect(d.documents().isEmpty());
    Statistics.label("pledge").coverage(c -> c.check(true).percentage(p -> p > 40));
    Statistics.label("pledge bound to agreement").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("disagreement").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("non-empty span").coverage(c -> c.check(true).percentage(p -> p > 80));
    Statistics.label("empty").coverage(c -> c.check(true).count(n -> n >= 1));
  }

  @Property(tries = 100)
  void evidenceInDocumentsNeverSplitsASurrogatePair(@ForAll("dossiers") Dossier d) {
    d.facts().stream()
        .flatMap(f -> f.evidence().stream())
        .map(Evidence::text)
        .forEach(
            t -> {
              assertFalse(!t.isEmpty() && Character.isLowSurrogate(t.charAt(0)), t);
              assertFalse(!t.isEmpty() && Character.isHighSurrogate(t.charAt(t.length() - 1)), t);
            });
  }
}
