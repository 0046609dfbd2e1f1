package org.transmanche.parsers.recognise.number;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.transmanche.model.Qualifier;
import org.transmanche.model.TransmancheException;

/**
 * The number knowledge of one language, loaded once from {@code number/<lang>/}: number words,
 * digit suffixes ({@code k}, {@code M}, {@code bn}), qualifiers ({@code près de}), words that make a
 * number part of a date, and how digits are written ({@code format.properties}). Immutable.
 */
final class LanguageData {

  /** A multiplier written after digits: {@code 12k}, {@code £4m}, {@code 3 bn}. */
  static final class Suffix {
    final BigDecimal multiplier;
    /** Read only in amounts of money ({@code m} is a metre elsewhere). */
    final boolean moneyOnly;

    Suffix(BigDecimal multiplier, boolean moneyOnly) {
      this.multiplier = multiplier;
      this.moneyOnly = moneyOnly;
    }

    static Suffix parse(java.util.List<String> cols) {
      checkArgument(cols.size() == 2, "expected multiplier and context (any|money)");
      checkArgument(cols.get(1).matches("any|money"), "context '%s' is not any or money", cols.get(1));
      return new Suffix(new BigDecimal(cols.get(0)), cols.get(1).equals("money"));
    }
  }

  /** How a language writes numbers, from {@code format.properties}. */
  static final class Format {
    /** The decimal mark: {@code .} or {@code ,}. */
    final char decimal;
    /** Whether a hundred takes any number below 100 before it (en) or only 2 to 9 (fr). */
    final boolean hundredTakesTens;
    /** Whether digits multiply a hundred word ({@code 322 hundred}). */
    final boolean digitsTimesHundred;
    /** Whether {@code et} links tens and units ({@code vingt et un}). */
    final boolean tensAnd;
    /**
     * Whether an article after a tens word, a hundred or a scale is one ({@code vingt un}, {@code cent
     * un}, {@code mille un}); after a tens word joined by a hyphen it always is.
     */
    final boolean tensTakeArticle;
    /** Whether a tens word right before a unit ordinal joins it ({@code one hundred thirty-fifths}). */
    final boolean eagerTensOrdinal;
    /** Whether a singular denominator takes any numerator ({@code trois cinquième}). */
    final boolean singularAnyNumerator;
    /** Whether the Indian grouping {@code 12,34,567} is read. */
    final boolean indianGrouping;

    Format(Properties p, String where) {
      String d = p.getProperty("decimal", "");
      checkArgument(d.equals(".") || d.equals(","), "%s: decimal '%s' is not . or ,", where, d);
      this.decimal = d.charAt(0);
      this.hundredTakesTens = flag(p, "hundredTakesTens", where);
      this.digitsTimesHundred = flag(p, "digitsTimesHundred", where);
      this.tensAnd = flag(p, "tensAnd", where);
      this.tensTakeArticle = flag(p, "tensTakeArticle", where);
      this.eagerTensOrdinal = flag(p, "eagerTensOrdinal", where);
      this.singularAnyNumerator = flag(p, "singularAnyNumerator", where);
      this.indianGrouping = flag(p, "indianGrouping", where);
    }

    private static boolean flag(Properties p, String key, String where) {
      String v = p.getProperty(key);
      checkArgument("true".equals(v) || "false".equals(v), "%s: %s must be true or false, not %s", where, key, v);
      return Boolean.parseBoolean(v);
    }
  }

  private static final LanguageData FRENCH = new LanguageData("fr");
  private static final LanguageData ENGLISH = new LanguageData("en");

  final String language;
  final PhraseTable<Word> words;
  final PhraseTable<BigDecimal> scales;
  final PhraseTable<Suffix> suffixes;
  final PhraseTable<Qualifier> qualifiers;
  final PhraseTable<Boolean> dateWords;
  final Format format;

  private LanguageData(String language) {
    this.language = language;
    String dir = language + "/";
    PhraseTable.Builder<Word> w = PhraseTable.<Word>builder().hyphensJoin(true);
    w.addResource(LanguageData.class, dir + "words.tsv", Word::parse);
    this.words = w.build();
    PhraseTable.Builder<BigDecimal> s = PhraseTable.<BigDecimal>builder().hyphensJoin(true);
    for (PhraseTable.Line line : PhraseTable.readLines(LanguageData.class, dir + "words.tsv")) {
      if (line.columns.size() > 2 && line.columns.get(1).equals("scale")) {
        s.add(line.columns.get(0), new BigDecimal(line.columns.get(2)));
      }
    }
    this.scales = s.build();
    this.suffixes =
        PhraseTable.<Suffix>builder().addResource(LanguageData.class, dir + "suffixes.tsv", Suffix::parse).build();
    this.qualifiers =
        PhraseTable.<Qualifier>builder()
            .hyphensJoin(true)
            .addResource(
                LanguageData.class,
                dir + "qualifiers.tsv",
                cols -> Qualifier.valueOf(cols.get(0).toUpperCase(Locale.ROOT)))
            .build();
    this.dateWords =
        PhraseTable.<Boolean>builder().addResource(LanguageData.class, dir + "dates.tsv", cols -> Boolean.TRUE).build();
    Properties p = new Properties();
    String where = dir + "format.properties";
    try (InputStream in = LanguageData.class.getResourceAsStream(where)) {
      if (in == null) {
        throw new TransmancheException("missing data file '" + where + "' beside " + LanguageData.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TransmancheException("cannot read data file '" + where + "'", e);
    }
    try {
      this.format = new Format(p, where);
    } catch (IllegalArgumentException e) {
      throw new TransmancheException(e.getMessage(), e);
    }
  }

  /** The data for {@code language}: French for {@code fr}, English for anything else. */
  static LanguageData of(String language) {
    return "fr".equals(language) ? FRENCH : ENGLISH;
  }
}
