package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.Actor;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;
import org.transmanche.model.Pledge;
import org.transmanche.model.Statement;
import org.transmanche.model.testing.ModelArbitraries;

class EvaluatorProperties {

  private static final GoldStandard SEEDS = GoldStandard.readClasspath("gold/seeds");
  private static final Dossier PERFECT = GoldDossiers.of(SEEDS);
  private static final Evaluator EVALUATOR = Evaluator.standard();

  /**
   * Greedy matching against the dossier made from the gold never leaves a kept item unmatched:
   * whatever part of it is kept, precision stays 1 and every kept item is matched.
   */
  @Property(tries = 40)
  void anyPartOfThePerfectDossierIsAllMatched(@ForAll long seed, @ForAll @IntRange(max = 100) int keepPercent) {
    Dossier part = keep(PERFECT, new Random(seed), keepPercent);

    Evaluation e = EVALUATOR.evaluate(part, SEEDS);

    for (Score s : e.totals().values()) {
      assertThat(s.matched()).isEqualTo(s.system());
      assertThat(s.precision()).isEqualTo(1.0);
    }
  }

  /** For any valid dossier, misses and spurious items account exactly for the unmatched counts. */
  @Property(tries = 60)
  void missesAndSpuriousItemsAccountForTheCounts(@ForAll("dossiers") Dossier dossier) {
    List<GoldArticle> articles = new ArrayList<>(SEEDS.articles());
    for (Document d : dossier.documents()) {
      articles.add(GoldArticle.builder().document(d.id()).file(d.file() + ".json").build());
    }
    Evaluation e = EVALUATOR.evaluate(dossier, GoldStandard.of(articles));

    for (FactType t : FactType.values()) {
      int gold = 0;
      int system = 0;
      int matched = 0;
      for (ArticleResult a : e.articles()) {
        Score s = a.score(t);
        assertThat(a.misses().stream().filter(m -> m.type() == t).count()).isEqualTo(s.gold() - s.matched());
        assertThat(a.spurious().stream().filter(x -> x.type() == t).count()).isEqualTo(s.system() - s.matched());
        gold += s.gold();
        system += s.system();
        matched += s.matched();
      }
      assertThat(e.score(t)).isEqualTo(Score.of(t, gold, system, matched));
    }
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  /** The same inputs give the same evaluation on two threads at once. */
  @Property(tries = 5)
  void sameResultOnTwoThreads(@ForAll long seed) {
    Dossier part = keep(PERFECT, new Random(seed), 50);
    CompletableFuture<Evaluation> a = CompletableFuture.supplyAsync(() -> EVALUATOR.evaluate(part, SEEDS));
    CompletableFuture<Evaluation> b = CompletableFuture.supplyAsync(() -> EVALUATOR.evaluate(part, SEEDS));
    assertThat(a.join()).isEqualTo(b.join()).isEqualTo(EVALUATOR.evaluate(part, SEEDS));
  }

  /** Keeps about {@code percent}% of the facts and of the actors no fact refers to. */
  private static Dossier keep(Dossier d, Random random, int percent) {
    Predicate<Object> kept = x -> random.nextInt(100) < percent;
    Set<String> referenced = new HashSet<>();
    d.pledges().stream().map(Pledge::pledger).forEach(referenced::add);
    d.statements().stream().map(Statement::speaker).forEach(referenced::add);
    List<Actor> actors = new ArrayList<>();
    for (Actor a : d.actors()) {
      if (referenced.contains(a.id()) || kept.test(a)) {
        actors.add(a);
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (Fact f : d.facts()) {
      if (kept.test(f)) {
        facts.add(f);
      }
    }
    return Dossier.of(d.documents(), actors, facts);
  }
}
