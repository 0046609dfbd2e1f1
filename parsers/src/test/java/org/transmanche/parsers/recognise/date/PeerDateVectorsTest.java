package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the date recogniser on the Duckling and Recognizers-Text date vectors of {@code peers/} and
 * asserts at least 95% of the kept cases pass, per file. Cases are set aside only by the written
 * rules of {@code date/peer-exclusions.tsv}; the generated report {@code
 * <build>/reports/peers/date-<lang>.md} lists every miss, the exclusions per rule and the
 * false-positive rate on the sources' negative inputs.
 */
class PeerDateVectorsTest {

  private static final double BAR = 0.95;
  private static final DateRecogniser RECOGNISER = new DateRecogniser();
  private static final PeerDateVectors VECTORS = new PeerDateVectors();

  @ParameterizedTest(name = "date-{0}.json")
  @ValueSource(strings = {"fr", "en"})
  void passesAtLeastNinetyFivePercentOfKeptCases(String language) {
    PeerDateVectors.Score score = VECTORS.score(RECOGNISER, language);
    Path report = VECTORS.writeReport(score);

    assertThat(report).exists();
    assertThat(score.kept).isNotEmpty();
    assertThat(score.passRate())
        .as("pass rate on kept date-%s cases (%s of %s); report %s; misses:%n%s", language, score.passed(),
            score.kept.size(), report,
            score.misses().stream().map(o -> o.text + " => " + o.got + " (expected " + o.expected + ")")
                .collect(Collectors.joining("\n")))
        .isGreaterThanOrEqualTo(BAR);
  }

  @ParameterizedTest(name = "date-{0}.json")
  @ValueSource(strings = {"fr", "en"})
  void exclusionsStayAMinorityOfTheCases(String language) throws Exception {
    PeerDateVectors.Score score = VECTORS.score(RECOGNISER, language);
    int excluded = score.excluded.values().stream().mapToInt(Integer::intValue).sum();

    assertThat(excluded + score.kept.size()).isEqualTo(score.total);
    assertThat(excluded).isLessThan(score.total / 5);
    assertThat(Files.readString(VECTORS.writeReport(score))).contains("## Exclusions by rule", "## Misses");
  }
}
