package org.transmanche.parsers.recognise.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Round trips through ICU's spell-out and the JDK's number formats, which serve as oracles. */
class NumberReaderProperties {

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("fr", "en");
  }

  /** French {@code un} alone is the article; inside a larger number it is one. */
  @Property(tries = 400)
  void readsWhatIcuSpellsOut(@ForAll @LongRange(min = 0, max = 999_999_999) long n, @ForAll("languages") String lang) {
    RuleBasedNumberFormat spell = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
    String words = spell.format(n);
    if (lang.equals("fr") && n == 1) {
      assertThat(NumberReader.forLanguage(lang).parse(words)).as(words).isEmpty();
    } else {
      assertThat(NumberReader.forLanguage(lang).parse(words)).as(words).hasValue(BigDecimal.valueOf(n));
    }
  }

  @Property(tries = 200)
  void readsSmallSpelledNumbersExhaustivelyEnough(@ForAll @IntRange(min = 2, max = 2000) int n, @ForAll("languages") String lang) {
    RuleBasedNumberFormat spell = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
    String words = spell.format(n);
    assertThat(NumberReader.forLanguage(lang).parse(words)).as(words).hasValue(BigDecimal.valueOf(n));
  }

  @Property(tries = 300)
  void readsWhatTheLanguageFormats(
      @ForAll @LongRange(min = 0, max = 99_999_999) long whole, @ForAll @IntRange(min = 0, max = 99) int cents,
      @ForAll("languages") String lang) {
    NumberFormat f = NumberFormat.getNumberInstance(lang.equals("fr") ? Locale.FRANCE : Locale.UK);
    f.setMinimumFractionDigits(2);
    BigDecimal value = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(cents, 2));
    String written = f.format(value);
    assertThat(NumberReader.forLanguage(lang).parse(written)).as(written).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo(value));
  }

  @Property(tries = 300)
  void spansAreOrderedDisjointAndInsideTheText(
      @ForAll("texts") String text, @ForAll("languages") String lang, @ForAll NumberReader.Mode mode) {
    List<NumberSpan> spans = NumberReader.forLanguage(lang).findAll(text, mode);
    int last = 0;
    for (NumberSpan s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      last = s.end();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
            "un", "une", "vingt", "et", "cent", "mille", "millions", "de", "sur", "trois", "quarts", "demi", "dizaine",
            "des", "one", "hundred", "and", "a", "half", "over", "point", "thirds", "dozen", "of", "minus", "moins",
            "1", "200", "1,5", "3.4", "12k", "4/5", "-", "½", "(", "£", "%", "e10", "^2", "x10^3", "\u202f000");
    return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
  }
}
