package org.transmanche.parsers.recognise.money;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.transmanche.parsers.recognise.number.PhraseTable;

/**
 * The money knowledge of one language, loaded once: currency signs and codes ({@code
 * money/currencies.tsv}), currency names, names of hundredths and linking words ({@code
 * money/<lang>/}). Immutable.
 */
final class MoneyData {

  /** How a currency is written. */
  enum Kind {
    /** A symbol, possibly with letters: {@code €}, {@code US$}, {@code $ c}. */
    SIGN,
    /** An ISO code or abbreviation: {@code EUR}, {@code Rs}. */
    CODE,
    /** A name: {@code euros}, {@code livres sterling}. */
    WORD
  }

  /** A currency as written in a text. */
  static final class Form {
    final String iso;
    final Kind kind;
    /** A scale written with the code ({@code MEUR}), or one. */
    final BigDecimal multiplier;

    Form(String iso, Kind kind, BigDecimal multiplier) {
      this.iso = iso;
      this.kind = kind;
      this.multiplier = multiplier;
    }

    static Form parse(List<String> cols) {
      checkArgument(cols.size() == 2 || cols.size() == 3, "expected ISO code, kind and an optional multiplier");
      String iso = cols.get(0);
      checkArgument(iso.matches("[A-Z]{3}"), "'%s' is not an upper-case ISO-4217 code", iso);
      Currency.getInstance(iso);
      Kind kind = Kind.valueOf(cols.get(1).toUpperCase(Locale.ROOT));
      BigDecimal m = cols.size() == 3 ? new BigDecimal(cols.get(2)) : BigDecimal.ONE;
      return new Form(iso, kind, m);
    }

    @Override
    public String toString() {
      return iso + "/" + kind;
    }
  }

  /** What a linking word does (see {@code money/en/phrases.tsv}). */
  enum Role {
    OF,
    AND,
    RANGE_AND,
    BETWEEN,
    FROM,
    TO,
    DASH,
    PER_YEAR,
    FOR_YEARS,
    YEARS,
    TOTAL,
    NEXT
  }

  private static final MoneyData FRENCH = new MoneyData("fr");
  private static final MoneyData ENGLISH = new MoneyData("en");

  final PhraseTable<Form> currencies;
  final PhraseTable<Boolean> minor;
  /** Phrases that start with a currency name but are not money ({@code pounds of}). */
  final PhraseTable<Boolean> notMoney;
  final PhraseTable<Role> phrases;
  /** An article and a currency name: {@code a dollar}, {@code une yen}; the value is the name's form. */
  final PhraseTable<Form> articleCurrencies;
  /** The articles alone. */
  final PhraseTable<Boolean> articles;

  private MoneyData(String language) {
    String dir = language + "/";
    this.currencies =
        PhraseTable.<Form>builder()
            .hyphensJoin(true)
            .addResource(MoneyData.class, "currencies.tsv", Form::parse)
            .addResource(MoneyData.class, dir + "currencies.tsv", Form::parse)
            .build();
    this.minor = PhraseTable.<Boolean>builder().addResource(MoneyData.class, dir + "minor.tsv", c -> true).build();
    this.notMoney =
        PhraseTable.<Boolean>builder().addResource(MoneyData.class, dir + "not-money.tsv", c -> true).build();
    this.phrases =
        PhraseTable.<Role>builder()
            .addResource(
                MoneyData.class, dir + "phrases.tsv", c -> Role.valueOf(c.get(0).toUpperCase(Locale.ROOT)))
            .build();
    PhraseTable.Builder<Boolean> a = PhraseTable.builder();
    PhraseTable.Builder<Form> ac = PhraseTable.<Form>builder().hyphensJoin(true);
    for (List<String> article : PhraseTable.rows(MoneyData.class, dir + "articles.tsv")) {
      a.add(article.get(0), true);
      for (List<String> row : PhraseTable.rows(MoneyData.class, dir + "currencies.tsv")) {
        if (row.size() >= 3 && row.get(2).equals("word")) {
          ac.add(article.get(0) + " " + row.get(0), new Form(row.get(1), Kind.WORD, BigDecimal.ONE));
        }
      }
    }
    this.articles = a.build();
    this.articleCurrencies = ac.build();
  }

  static MoneyData of(String language) {
    return "fr".equals(language) ? FRENCH : ENGLISH;
  }
}
