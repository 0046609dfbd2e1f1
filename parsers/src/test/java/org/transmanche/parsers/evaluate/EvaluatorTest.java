package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;

class EvaluatorTest {

  private static final GoldStandard SEEDS = GoldStandard.readClasspath("gold/seeds");
  private static final Evaluation SELF = Evaluator.standard().evaluate(GoldDossiers.of(SEEDS), SEEDS);

  @ParameterizedTest
  @EnumSource(FactType.class)
  void goldTurnedIntoADossierScoresPerfectly(FactType type) {
    Score s = SELF.score(type);
    assertThat(s.gold()).isPositive();
    assertThat(s.system()).isEqualTo(s.gold());
    assertThat(s.matched()).isEqualTo(s.gold());
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void goldTurnedIntoADossierLeavesNothingToFix() {
    assertThat(SELF.articles()).hasSize(20).allMatch(ArticleResult::inDossier);
    assertThat(SELF.articles()).allSatisfy(a -> assertThat(a.misses()).isEmpty());
    assertThat(SELF.articles()).allSatisfy(a -> assertThat(a.spurious()).isEmpty());
    assertThat(SELF.unassessed().values()).containsOnly(0);
  }

  @ParameterizedTest
  @EnumSource(FactType.class)
  void emptyDossierHasRecallZeroPrecisionOneAndF1Zero(FactType type) {
    Evaluation e = Evaluator.standard().evaluate(Dossier.builder().build(), SEEDS);
    Score s = e.score(type);
    assertThat(s.gold()).isEqualTo(SELF.score(type).gold());
    assertThat(s.system()).isZero();
    assertThat(s.recall()).isEqualTo(0.0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(0.0);
    assertThat(e.articles()).noneMatch(ArticleResult::inDossier);
    assertThat(e.articles().stream().mapToInt(a -> (int) a.misses().stream().filter(m -> m.type() == type).count()).sum())
        .isEqualTo(s.gold());
  }

  @Test
  void goldCountsAreThoseOfTheSeedFiles() {
    assertThat(SELF.totals().values())
        .extracting(Score::gold)
        .containsExactly(189, 18, 12, 64, 104, 60);
  }

  @Test
  void matchingIsOneToOne() {
    GoldPledge gold = GoldPledge.builder().pledger("GB").amount(Money.of(3_000_000, "GBP")).build();
    GoldStandard standard = GoldStandard.of(List.of(article("a.txt#1").addPledges(gold, gold).build()));
    Dossier d = dossier(List.of(doc("a.txt", 1)), List.of(pledge("p1", "a.txt#1")));

    Evaluation e = Evaluator.standard().evaluate(d, standard);

    assertThat(e.score(FactType.PLEDGES)).isEqualTo(Score.of(FactType.PLEDGES, 2, 1, 1));
    assertThat(e.articles().get(0).misses()).extracting(Miss::position).containsExactly(1);
  }

  @Test
  void aFactWithEvidenceInTwoArticlesCountsInEach() {
    GoldPledge gold = GoldPledge.builder().pledger("GB").amount(Money.of(3_000_000, "GBP")).build();
    GoldStandard standard =
        GoldStandard.of(
            List.of(article("a.txt#1").addPledges(gold).build(), article("a.txt#2").addPledges(gold).build()));
    Dossier d = dossier(List.of(doc("a.txt", 1), doc("a.txt", 2)), List.of(pledge("p1", "a.txt#1", "a.txt#2")));

    Evaluation e = Evaluator.standard().evaluate(d, standard);

    assertThat(e.score(FactType.PLEDGES)).isEqualTo(Score.of(FactType.PLEDGES, 2, 2, 2));
  }

  @Test
  void unmatchedSystemFactIsSpuriousWithItsEvidence() {
    GoldPledge gold = GoldPledge.builder().pledger("GB").amount(Money.of(3_000_000, "GBP")).build();
    GoldStandard standard = GoldStandard.of(List.of(article("a.txt#1").addPledges(gold).build()));
    Pledge other =
        Pledge.builder()
            .from(pledge("p9", "a.txt#1"))
            .amount(Money.of(9_000_000, "GBP"))
            .build();
    Dossier d = dossier(List.of(doc("a.txt", 1)), List.of(other));

    ArticleResult r = Evaluator.standard().evaluate(d, standard).articles().get(0);

    assertThat(r.spurious()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("p9");
      assertThat(s.evidence().text()).isEqualTo("Britain gives");
      assertThat(s.summary()).contains("9000000 GBP");
    });
    assertThat(r.misses()).singleElement().satisfies(m -> assertThat(m.summary()).contains("3000000 GBP"));
  }

  @Test
  void factsOutsideTheGoldArticlesAreNotScored() {
    GoldStandard standard = GoldStandard.of(List.of(article("a.txt#1").build()));
    Dossier d = dossier(List.of(doc("a.txt", 1), doc("b.txt", 1)), List.of(pledge("p1", "b.txt#1")));

    Evaluation e = Evaluator.standard().evaluate(d, standard);

    assertThat(e.score(FactType.PLEDGES)).isEqualTo(Score.of(FactType.PLEDGES, 0, 0, 0));
    assertThat(e.unassessed()).containsEntry(FactType.PLEDGES, 1);
  }

  @Test
  void actorsWithoutEvidenceCountNowhere() {
    GoldStandard standard =
        GoldStandard.of(List.of(article("a.txt#1").addActors(GoldActor.builder().name("Britain").build()).build()));
    Dossier d = dossier(List.of(doc("a.txt", 1)), List.of());

    Evaluation e = Evaluator.standard().evaluate(d, standard);

    assertThat(e.score(FactType.ACTORS)).isEqualTo(Score.of(FactType.ACTORS, 1, 0, 0));
  }

  @Test
  void goldDateAbsentMatchesASystemFactWithOrWithoutDate() {
    GoldPledge gold = GoldPledge.builder().pledger("GB").build();
    GoldStandard standard = GoldStandard.of(List.of(article("a.txt#1").addPledges(gold, gold).build()));
    Pledge dated =
        Pledge.builder()
            .from(pledge("p2", "a.txt#1"))
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .build();
    Dossier d = dossier(List.of(doc("a.txt", 1)), List.of(pledge("p1", "a.txt#1"), dated));

    assertThat(Evaluator.standard().evaluate(d, standard).score(FactType.PLEDGES).matched()).isEqualTo(2);
  }

  // ---- fixtures ----

  static ImmutableGoldArticle.Builder article(String id) {
    return GoldArticle.builder().document(id).file(id + ".json");
  }

  /** A document whose text starts with "Britain gives". */
  static Document doc(String file, int index) {
    return Document.builder().file(file).index(index).language("en").text("Britain gives money.").build();
  }

  /** A GBP 3m pledge by Britain with evidence "Britain gives" in each of the documents. */
  static Pledge pledge(String id, String... documents) {
    ImmutablePledge.Builder b =
        Pledge.builder()
            .id(id)
            .pledger("state:GB")
            .amount(Money.of(3_000_000, "GBP"))
            .kind(PledgeKind.FUNDING)
            .status(PledgeStatus.COMMITTED);
    for (String d : documents) {
      b.addEvidence(Evidence.of(d, 0, 13, "Britain gives"));
    }
    return b.build();
  }

  static Dossier dossier(List<Document> documents, List<Pledge> pledges) {
    Actor britain =
        Actor.builder().id("state:GB").kind(ActorKind.GOVERNMENT).name("Britain").country(Country.GB).build();
    return Dossier.of(documents, ImmutableList.of(britain), pledges);
  }
}
