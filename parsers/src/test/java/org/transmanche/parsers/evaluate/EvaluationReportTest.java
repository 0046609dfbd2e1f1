package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.json.Json;

class EvaluationReportTest {

  private static final GoldStandard SEEDS = GoldStandard.readClasspath("gold/seeds");

  @Test
  void perfectDossierGivesAFullTableAndNoArticleSections() {
    Evaluation e = Evaluator.standard().evaluate(GoldDossiers.of(SEEDS), SEEDS);

    String md = EvaluationReport.markdown(e);

    assertThat(md)
        .startsWith("# Evaluation against the gold standard\n")
        .contains("20 gold article(s), 20 of them in the dossier.")
        .contains("| Type | Gold | System | Matched | P | R | F1 |")
        .contains("| actors | 189 | 189 | 189 | 1.000 | 1.000 | 1.000 |")
        .contains("| pledges | 12 | 12 | 12 | 1.000 | 1.000 | 1.000 |")
        .contains("| figures (report only) | 60 | 60 | 60 | 1.000 | 1.000 | 1.000 |")
        .contains("20 article(s) fully matched.")
        .doesNotContain("Missed:")
        .doesNotContain("Spurious:");
  }

  @Test
  void emptyDossierListsEveryGoldItemAsMissed() {
    Evaluation e = Evaluator.standard().evaluate(Dossier.builder().build(), SEEDS);

    String md = EvaluationReport.markdown(e);

    assertThat(md)
        .contains("| statements | 104 | 0 | 0 | 1.000 | 0.000 | 0.000 |")
        .contains("### 004_8fecf36aac7f0217.txt#12 (not in the dossier)")
        .contains("- pledges[0]: pledger GB, amount 12000000 GBP / 15000000 EUR, date 2014-09-20")
        .contains("- deployments[0]: PERSONNEL 'policiers britanniques' at Calais, date none");
  }

  @Test
  void spuriousFactsShowTheirIdAndEvidence() {
    GoldPledge gold = GoldPledge.builder().pledger("GB").amount(Money.of(3_000_000, "GBP")).build();
    GoldStandard standard =
        GoldStandard.of(List.of(EvaluatorTest.article("a.txt#1").addPledges(gold).build()));
    Pledge other =
        Pledge.builder().from(EvaluatorTest.pledge("p-9", "a.txt#1")).amount(Money.of(9_000_000, "GBP")).build();
    Dossier d = EvaluatorTest.dossier(List.of(EvaluatorTest.doc("a.txt", 1)), List.of(other));

    String md = EvaluationReport.markdown(Evaluator.standard().evaluate(d, standard));

    assertThat(md)
        .contains("Missed:\n\n- pledges[0]: pledger GB, amount 3000000 GBP, date none\n")
        .contains("Spurious:\n\n- pledges `p-9`: pledger Britain [GB], amount 9000000 GBP, date none"
            + " \u2014 \"Britain gives\" [0, 13)\n");
  }

  @Test
  void jsonHoldsTheCountsAndScores() throws Exception {
    Evaluation e = Evaluator.standard().evaluate(Dossier.builder().build(), SEEDS);

    JsonNode root = Json.mapper().readTree(EvaluationReport.json(e));

    assertThat(root.path("articles").asInt()).isEqualTo(20);
    JsonNode pledges = root.path("totals").path("pledges");
    assertThat(pledges.path("gold").asInt()).isEqualTo(12);
    assertThat(pledges.path("system").asInt()).isZero();
    assertThat(pledges.path("precision").decimalValue()).isEqualByComparingTo("1");
    assertThat(pledges.path("recall").decimalValue()).isEqualByComparingTo("0");
    assertThat(pledges.path("target").asBoolean()).isTrue();
    assertThat(root.path("totals").path("figures").path("target").asBoolean()).isFalse();
    assertThat(root.path("perArticle").path("004_8fecf36aac7f0217.txt#12").path("pledges").path("gold").asInt())
        .isEqualTo(1);
    assertThat(root.path("goldDiagnostics").isArray()).isTrue();
  }
}
