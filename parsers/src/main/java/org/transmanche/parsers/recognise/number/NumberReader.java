package org.transmanche.parsers.recognise.number;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transmanche.model.Qualifier;

/**
 * Reads the numbers of a French or English text, in digits or in words, in one left-to-right pass.
 *
 * <p>Digits follow the language: in French {@code 31,4} is 31.4 and {@code 1.100} is 1100; in
 * English {@code 1,500} is 1500 and {@code 4.5} is 4.5; groups may be separated by a space, a
 * no-break space (U+00A0) or a narrow no-break space (U+202F). Words cover cardinals ({@code
 * vingt-quatre}, {@code trois cents}, {@code one hundred and twenty}), scales and suffixes ({@code
 * 1,5 million}, {@code 12k}), fractions ({@code two-thirds}, {@code un sur trois}, {@code 3/4},
 * {@code ½}), decimals in words ({@code two point five}) and collectives ({@code une dizaine}, {@code
 * un millier}, {@code des centaines}, {@code a dozen}). All language knowledge comes from the data
 * files under {@code recognise/number/{fr,en}/}.
 *
 * <p>Stateless and thread-safe; instances are shared. Reading is linear in the text: each number is
 * read by a grammar that looks at a bounded number of items.
 *
 * <pre>{@code
 * NumberReader.forLanguage("en").parse("one hundred and twenty"); // Optional[120]
 * }</pre>
 */
public final class NumberReader {

  /** What the numbers are read for; it decides signs, suffixes and divisions. */
  public enum Mode {
    /**
     * Bare numbers in running text: signs ({@code -504}, {@code minus five}) and divisions ({@code
     * one over three}) are read; suffixes such as {@code m} that mean a million only in money are not.
     */
    TEXT,
    /** Amounts of money: no sign or division; {@code m}, {@code bn} and the like are multipliers. */
    MONEY,
    /** Measures and counts: no sign or division, no money-only suffix. */
    MEASURE
  }

  private static final NumberReader FRENCH = new NumberReader(LanguageData.of("fr"));
  private static final NumberReader ENGLISH = new NumberReader(LanguageData.of("en"));

  private final LanguageData data;

  private NumberReader(LanguageData data) {
    this.data = data;
  }

  /**
   * The reader for a language: French for {@code "fr"}, English for any other code.
   *
   * @throws NullPointerException if {@code language} is null
   * @throws org.transmanche.model.TransmancheException if the bundled data cannot be read
   */
  public static NumberReader forLanguage(String language) {
    checkNotNull(language, "language");
    return "fr".equals(language) ? FRENCH : ENGLISH;
  }

  /** The language of this reader: {@code "fr"} or {@code "en"}. */
  public String language() {
    return data.language;
  }

  /** The numbers of {@code text} read as {@link Mode#TEXT}, left to right, never overlapping. */
  public ImmutableList<NumberSpan> findAll(CharSequence text) {
    return findAll(text, Mode.TEXT);
  }

  /**
   * The numbers of {@code text}, left to right, never overlapping; at each place the longest
   * reading wins. Never null.
   */
  public ImmutableList<NumberSpan> findAll(CharSequence text, Mode mode) {
    checkNotNull(text, "text");
    checkNotNull(mode, "mode");
    List<Integer> signs = new ArrayList<>();
    List<Item> items = Lexer.lex(text, data, mode, signs);
    Parser parser = new Parser(text, items, data, mode);
    ImmutableList.Builder<NumberSpan> out = ImmutableList.builder();
    int i = 0;
    while (i < items.size()) {
      Item it = items.get(i);
      if (it.type == Item.Type.OTHER || it.type == Item.Type.HYPHEN) {
        i++;
        continue;
      }
      Parser.Reading r = parser.readAt(i);
      if (r == null || r.to <= i) {
        i++;
        continue;
      }
      if (mode == Mode.TEXT && pronoun(items, r)) {
        i = r.to;
        continue;
      }
      int start = items.get(r.from).start;
      BigDecimal value = r.value;
      if (mode == Mode.TEXT && !r.negative && signs.get(r.from) >= 0) {
        start = signs.get(r.from);
        value = value.negate();
      }
      int end = items.get(r.to - 1).end;
      boolean spelled = false;
      for (int k = r.from; k < r.to; k++) {
        spelled |= items.get(k).type == Item.Type.WORD;
      }
      out.add(
          NumberSpan.builder()
              .start(start)
              .end(end)
              .value(value)
              .qualifier(r.qualifier)
              .spelled(spelled)
              .multiplier(r.multiplier.signum() > 0 ? r.multiplier : BigDecimal.ONE)
              .gluedBefore(Chars.isWordBefore(text, start))
              .gluedAfter(Chars.isWordAt(text, end))
              .build());
      i = r.to;
    }
    return out.build();
  }

  /**
   * The value of {@code text} when, white space aside, it is exactly one number read as {@link
   * Mode#TEXT}; empty otherwise.
   */
  public Optional<BigDecimal> parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<NumberSpan> all = findAll(s);
    if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == s.length()) {
      return Optional.of(all.get(0).value());
    }
    return Optional.empty();
  }

  /**
   * The qualifier phrase ({@code près de}, {@code more than}, {@code jusqu'à}) that ends at {@code
   * end}, before any white space, if there is one.
   *
   * @throws IndexOutOfBoundsException if {@code end} is outside the text
   */
  public Optional<PhraseTable.Match<Qualifier>> qualifierEndingAt(CharSequence text, int end) {
    return data.qualifiers.matchEndingAt(text, end);
  }

  /**
   * The scale word ({@code million}, {@code milliards}) that starts at {@code start}, after any
   * white space, if there is one.
   *
   * @throws IndexOutOfBoundsException if {@code start} is outside the text
   */
  public Optional<PhraseTable.Match<BigDecimal>> scaleWordAt(CharSequence text, int start) {
    return data.scales.matchAt(text, start);
  }

  /** Whether a month name or another date word stands right before or right after the span. */
  boolean nextToDateWord(CharSequence text, NumberSpan span) {
    return data.dateWords.matchAt(text, span.end()).map(m -> gapOk(text, span.end(), m.start())).orElse(false)
        || data.dateWords.matchEndingAt(text, span.start()).map(m -> gapOk(text, m.end(), span.start())).orElse(false);
  }

  private static boolean gapOk(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** {@code the one}, {@code which one}: a pronoun, not a number. */
  private static boolean pronoun(List<Item> items, Parser.Reading r) {
    if (r.to != r.from + 1 || r.from == 0) {
      return false;
    }
    Item it = items.get(r.from);
    return it.is(Word.Kind.UNIT)
        && it.word.value.compareTo(BigDecimal.ONE) == 0
        && items.get(r.from - 1).is(Word.Kind.PRONOUN);
  }

  @Override
  public String toString() {
    return "NumberReader[" + data.language + "]";
  }
}
