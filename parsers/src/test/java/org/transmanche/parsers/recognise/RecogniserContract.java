package org.transmanche.parsers.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties every recogniser must satisfy. A recogniser's test implements this interface and
 * supplies the recogniser and a few sample texts of its own domain.
 */
public interface RecogniserContract {

  /** The recogniser under test. */
  Recogniser recogniser();

  /** Texts in the recogniser's domain, mixed into the random texts. */
  ImmutableList<String> samples();

  @Provide
  default Arbitrary<String> texts() {
    Arbitrary<String> random =
        Arbitraries.strings()
            .withChars("0123456789 ,.;:'’\"«»“”‘-–—£€$%()\n\u00a0\u202fabcdeéèàçmMkKlLé")
            .ofMaxLength(120);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> sample = Arbitraries.of(samples());
    Arbitrary<String> mixed =
        net.jqwik.api.Combinators.combine(sample, random, sample).as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(random, unicode, sample, mixed);
  }

  @Provide
  default Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 10_000);
  }

  @Provide
  default Arbitrary<String> languages() {
    return Arbitraries.of("fr", "en");
  }

  private Passage passage(String text, String lang, int offset) {
    return Passage.builder()
        .text(text)
        .language(lang)
        .offset(offset)
        .referenceDate(LocalDate.of(2014, 9, 20))
        .build();
  }

  @Property(tries = 300)
  default void spansLieInsideThePassageAndMatchTheText(
      @ForAll("texts") String text, @ForAll("languages") String lang, @ForAll("offsets") int offset) {
    Passage p = passage(text, lang, offset);
    for (Mention m : recogniser().recognise(p)) {
      assertThat(m.start()).isGreaterThanOrEqualTo(offset);
      assertThat(m.end()).isLessThanOrEqualTo(offset + text.length());
      assertThat(m.text()).isEqualTo(text.substring(m.start() - offset, m.end() - offset));
      assertThat(m.recogniser()).isEqualTo(recogniser().name());
    }
  }

  @Property(tries = 200)
  default void sameInputGivesSameOutput(@ForAll("texts") String text, @ForAll("languages") String lang) {
    Passage p = passage(text, lang, 0);
    assertThat(recogniser().recognise(p)).isEqualTo(recogniser().recognise(p));
  }

  @Property(tries = 50)
  default void twoThreadsAgree(@ForAll("texts") String text, @ForAll("languages") String lang) {
    Passage p = passage(text, lang, 0);
    CompletableFuture<ImmutableList<Mention>> a = CompletableFuture.supplyAsync(() -> recogniser().recognise(p));
    CompletableFuture<ImmutableList<Mention>> b = CompletableFuture.supplyAsync(() -> recogniser().recognise(p));
    assertThat(a.join()).isEqualTo(b.join());
  }

  @Property(tries = 300)
  default void mentionsAreSortedByStart(@ForAll("texts") String text, @ForAll("languages") String lang) {
    ImmutableList<Mention> ms = recogniser().recognise(passage(text, lang, 0));
    for (int i = 1; i < ms.size(); i++) {
      assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).start());
    }
  }
}
