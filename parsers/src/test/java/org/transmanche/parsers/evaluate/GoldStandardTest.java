package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Money;
import org.transmanche.model.Precision;
import org.transmanche.model.Resource;
import org.transmanche.model.Severity;
import org.transmanche.model.TransmancheException;

class GoldStandardTest {

  private static final GoldStandard SEEDS = GoldStandard.readClasspath("gold/seeds");

  @Test
  void readsEverySeedFileWithoutProblems() {
    assertThat(SEEDS.articles()).hasSize(20);
    assertThat(SEEDS.diagnostics()).isEmpty();
  }

  @Test
  void ordersArticlesByFileThenArticleNumber() {
    assertThat(SEEDS.articles())
        .extracting(GoldArticle::document)
        .containsSubsequence(
            "003_186a6028eef10806.txt#1",
            "004_8fecf36aac7f0217.txt#1",
            "004_8fecf36aac7f0217.txt#2",
            "004_8fecf36aac7f0217.txt#9",
            "004_8fecf36aac7f0217.txt#10",
            "004_8fecf36aac7f0217.txt#16");
  }

  @Test
  void readsAPledgeWithItsSchedulePartsAndAlsoStatedAmount() {
    GoldPledge p = SEEDS.article("004_8fecf36aac7f0217.txt#12").orElseThrow().pledges().get(0);
    assertThat(p.pledger()).isEqualTo("GB");
    assertThat(p.amount()).contains(Money.of(12_000_000, "GBP"));
    assertThat(p.perYear()).contains(Money.of(4_000_000, "GBP"));
    assertThat(p.years()).contains(3);
    assertThat(p.alsoStated()).containsExactly(Money.of(15_000_000, "EUR"));
    assertThat(p.date()).contains(DateSpan.ofDay(LocalDate.of(2014, 9, 20)));
  }

  @Test
  void readsAnActorWithAliasesKindAndCountry() {
    GoldActor a = SEEDS.article("000_3eda52869372d02f.txt#1").orElseThrow().actors().get(4);
    assertThat(a.name()).isEqualTo("United Kingdom");
    assertThat(a.aliases()).containsExactly("Royaume-Uni");
    assertThat(a.kind()).contains(ActorKind.GOVERNMENT);
    assertThat(a.country()).contains(Country.GB);
  }

  @Test
  void readsADateRangeObjectAsOneSpan() {
    GoldDeployment d = SEEDS.article("004_8fecf36aac7f0217.txt#16").orElseThrow().deployments().get(3);
    assertThat(d.date())
        .contains(DateSpan.of(LocalDate.of(2009, 6, 1), LocalDate.of(2012, 7, 31), Precision.MONTHS));
  }

  @Test
  void readsALocationGivenAsOneStringOrAsAnArrayOrNull() {
    GoldArticle a = SEEDS.article("000_3eda52869372d02f.txt#1").orElseThrow();
    assertThat(a.deployments().get(0).location()).containsExactly("Calais");
    assertThat(a.deployments().get(3).location()).containsExactly("tunnel sous la Manche", "Channel Tunnel");
    assertThat(SEEDS.article("002_58cd97f2a4b1d87c.txt#1").orElseThrow().deployments())
        .anySatisfy(d -> assertThat(d.location()).isEmpty());
  }

  @Test
  void splitsJointSpeakers() {
    GoldStatement s = SEEDS.article("004_8fecf36aac7f0217.txt#12").orElseThrow().statements().get(0);
    assertThat(s.speakers()).containsExactly("Theresa May", "Bernard Cazeneuve");
  }

  @Test
  void readsAFigureRange() {
    GoldFigure f = SEEDS.article("004_8fecf36aac7f0217.txt#9").orElseThrow().figures().get(4);
    assertThat(f.value()).isEqualByComparingTo("10");
    assertThat(f.valueMax()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo(new BigDecimal(15)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // gold JSON | expected code | severity | statements kept | deployments kept | figures kept
        "{\"document\":\"t.txt#1\",\"statements\":[{\"speaker\":\"X\"}]} | GOLD_MISSING_FIELD | ERROR | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"statements\":[\"X said it\"]} | GOLD_BAD_ENTRY | ERROR | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"statements\":{\"speaker\":\"X\"}} | GOLD_BAD_VALUE | ERROR | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"deployments\":[{\"resource\":\"TANKS\",\"what\":\"x\"}]} | GOLD_BAD_VALUE | ERROR | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"deployments\":[{\"resource\":\"BARRIER\",\"what\":\"x\",\"date\":\"2014/09\"}]} | GOLD_BAD_DATE | WARNING | 0 | 1 | 0",
        "{\"document\":\"t.txt#1\",\"figures\":[{\"what\":\"x\",\"value\":\"many\"}]} | GOLD_BAD_NUMBER | ERROR | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"figures\":[{\"what\":\"x\",\"value\":\"1 200\",\"date\":{\"from\":\"2015\"}}]} | NONE | NONE | 0 | 0 | 1",
        "{\"document\":\"t.txt#1\",\"actors\":[{\"name\":\"X\",\"country\":\"XX\"}]} | GOLD_BAD_COUNTRY | WARNING | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"pledges\":[{\"pledger\":\"GB\",\"amount\":5}]} | GOLD_BAD_MONEY | WARNING | 0 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"Statements\":[{\"Speaker\":\"X\",\"text\":\"words\"}]} | NONE | NONE | 1 | 0 | 0",
        "{\"document\":\"t.txt#1\",\"statements\":[{\"speaker\":\"X\",\"quote\":\"words\",\"extra\":1}]} | NONE | NONE | 1 | 0 | 0",
        "{\"statements\":[]} | GOLD_MISSING_DOCUMENT | WARNING | 0 | 0 | 0",
      })
  void reportsMalformedEntriesInsteadOfThrowing(
      String json, String code, String severity, int statements, int deployments, int figures) {
    GoldStandard g = GoldStandard.parse("t.txt#1.json", json);

    GoldArticle a = g.articles().get(0);
    assertThat(a.document()).isEqualTo("t.txt#1");
    assertThat(a.statements()).hasSize(statements);
    assertThat(a.deployments()).hasSize(deployments);
    assertThat(a.figures()).hasSize(figures);
    if (code.equals("NONE")) {
      assertThat(g.diagnostics()).isEmpty();
    } else {
      assertThat(g.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.severity()).isEqualTo(Severity.valueOf(severity));
        assertThat(d.file()).isEqualTo("t.txt#1.json");
        assertThat(d.message()).startsWith("$");
      });
    }
  }

  @Test
  void keysDifferingInCaseAndSeparatorsReadAlike() {
    GoldStandard g =
        GoldStandard.parse(
            "t.json",
            "{\"document\":\"t.txt#1\",\"pledges\":[{\"pledger\":\"GB\",\"amount\":12,\"currency\":\"gbp\","
                + "\"also_stated\":[{\"amount\":15,\"currency\":\"EUR\"}]}],"
                + "\"agreements\":[{\"name\":\"deal\",\"mention-only\":true,\"parties\":[\"fr\",\"GB\"]}]}");
    GoldArticle a = g.articles().get(0);
    assertThat(a.pledges().get(0).alsoStated()).containsExactly(Money.of(15, "EUR"));
    assertThat(a.pledges().get(0).amount()).contains(Money.of(12, "GBP"));
    assertThat(a.agreements().get(0).mentionOnly()).isTrue();
    assertThat(a.agreements().get(0).parties()).containsExactlyInAnyOrder(Country.FR, Country.GB);
    assertThat(g.diagnostics()).isEmpty();
  }

  @Test
  void aFileThatIsNotJsonIsNamedAndGivesNoArticle(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt#1.json"), "{\"document\":\"a.txt#1\"}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt#1.json"), "{\"document\": ", StandardCharsets.UTF_8);
    Files.write(dir.resolve("c.txt#1.json"), new byte[] {'{', (byte) 0xff, '}'});
    Files.writeString(dir.resolve("notes.md"), "not gold", StandardCharsets.UTF_8);

    GoldStandard g = GoldStandard.read(dir);

    assertThat(g.articles()).extracting(GoldArticle::document).containsExactly("a.txt#1");
    assertThat(g.diagnostics())
        .extracting(Diagnostic::file, Diagnostic::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b.txt#1.json", "GOLD_INVALID_JSON"),
            org.assertj.core.groups.Tuple.tuple("c.txt#1.json", "GOLD_INVALID_UTF8"));
  }

  @Test
  void aSecondFileForTheSameDocumentIsReportedAndIgnored(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), "{\"document\":\"a.txt#1\",\"outlet\":\"first\"}");
    Files.writeString(dir.resolve("b.json"), "{\"document\":\"a.txt#1\",\"outlet\":\"second\"}");

    GoldStandard g = GoldStandard.read(dir);

    assertThat(g.articles()).singleElement().satisfies(a -> assertThat(a.outlet()).contains("first"));
    assertThat(g.diagnostics()).extracting(Diagnostic::code).containsExactly("GOLD_DUPLICATE_DOCUMENT");
  }

  @Test
  void anEmptyFolderGivesAWarning(@TempDir Path dir) {
    GoldStandard g = GoldStandard.read(dir);
    assertThat(g.articles()).isEmpty();
    assertThat(g.diagnostics()).extracting(Diagnostic::code).containsExactly("GOLD_EMPTY");
  }

  @Test
  void aMissingFolderIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> GoldStandard.read(dir.resolve("nope")))
        .isInstanceOf(TransmancheException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("not a folder");
    assertThatThrownBy(() -> GoldStandard.readClasspath("gold/nope"))
        .isInstanceOf(TransmancheException.class)
        .hasMessageContaining("'gold/nope' not found");
  }

  @Test
  void resourcesAreReadAsTyped() {
    GoldDeployment d = SEEDS.article("004_8fecf36aac7f0217.txt#1").orElseThrow().deployments().get(0);
    assertThat(d.resource()).isEqualTo(Resource.PERSONNEL);
    assertThat(d.quantity()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("200"));
    assertThat(d.unit()).contains("policiers");
  }
}
