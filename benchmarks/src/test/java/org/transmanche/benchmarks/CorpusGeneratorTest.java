package org.transmanche.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The generator is deterministic and gives the size asked for; nothing here times anything. */
class CorpusGeneratorTest {

  private static final CorpusGenerator GENERATOR = CorpusGenerator.fromSeeds();

  @ParameterizedTest
  @CsvSource({"1, 7", "65536, 7", "300000, 11"})
  void generatesAtLeastTheRequestedSizeAndLittleMore(long bytes, long seed) {
    ImmutableMap<String, byte[]> files = GENERATOR.generate(bytes, seed);

    long total = files.values().stream().mapToLong(b -> b.length).sum();
    assertThat(total).isBetween(bytes, bytes + 20_000);
    assertThat(files.keySet()).allMatch(n -> n.matches("gen-\\d{6}\\.txt"));
    assertThat(files.values()).allMatch(b -> new String(b, UTF_8).matches("(?s)date \\d{4}-\\d{2}-\\d{2}\\R.*"));
  }

  @ParameterizedTest
  @CsvSource({"200000, 42"})
  void generatesTheSameBytesForTheSameSeedAndOthersForAnother(long bytes, long seed) {
    ImmutableMap<String, byte[]> a = GENERATOR.generate(bytes, seed);
    ImmutableMap<String, byte[]> b = GENERATOR.generate(bytes, seed);
    ImmutableMap<String, byte[]> c = GENERATOR.generate(bytes, seed + 1);

    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((name, bytesA) -> assertThat(Arrays.equals(bytesA, b.get(name))).as(name).isTrue());
    assertThat(Arrays.equals(a.values().asList().get(0), c.values().asList().get(0))).isFalse();
  }

  @ParameterizedTest
  @EnumSource(CorpusGenerator.Adversarial.class)
  void makesEachAdversarialInputOfTheRequestedSize(CorpusGenerator.Adversarial kind) {
    byte[] once = GENERATOR.adversarial(kind, 100_000, 3L);

    assertThat(once.length).isBetween(100_000, 102_000);
    assertThat(GENERATOR.adversarial(kind, 100_000, 3L)).isEqualTo(once);
    assertThat(new String(once, UTF_8)).startsWith("date 2016-03-03\n");
  }

  @ParameterizedTest
  @CsvSource({"ONE_LINE", "NO_SPACES"})
  void keepsTextOnOneLine(CorpusGenerator.Adversarial kind) {
    String text = new String(GENERATOR.adversarial(kind, 50_000, 5L), UTF_8);

    assertThat(text.substring(text.indexOf('\n') + 1)).doesNotContain("\n", "\r");
  }
}
