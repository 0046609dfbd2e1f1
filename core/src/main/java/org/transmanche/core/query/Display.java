package org.transmanche.core.query;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;

/**
 * How queries, the ledger and the reports write values for people: amounts with thousands
 * separators, date spans at their precision, shortened quotes. Stateless and thread-safe; every
 * method returns a non-null string.
 *
 * <pre>{@code
 * Display.money(Money.of(12_000_000, "GBP"));                  // "12,000,000 GBP"
 * Display.date(DateSpan.ofMonth(java.time.YearMonth.of(2015, 8))); // "2015-08"
 * }</pre>
 */
public final class Display {

  private Display() {}

  /**
   * The amount with comma thousands separators, two decimals when it has cents, then the currency
   * code: {@code "15,257,469.80 EUR"}, {@code "12,000,000 GBP"}.
   */
  public static String money(Money money) {
    return amount(money.amount()) + " " + money.currency();
  }

  /**
   * As {@link #money(Money)}, preceded by the qualifier's sign: {@code ≈} approximate, {@code ≥} at
   * least, {@code ≤} at most; nothing for an exact amount.
   */
  public static String money(Money money, Qualifier qualifier) {
    return sign(qualifier) + money(money);
  }

  /** The sign written before a qualified number: "≈ ", "≥ ", "≤ " or "" for an exact one. */
  public static String sign(Qualifier qualifier) {
    switch (qualifier) {
      case APPROXIMATE:
        return "≈ ";
      case AT_LEAST:
        return "≥ ";
      case AT_MOST:
        return "≤ ";
      default:
        return "";
    }
  }

  /** A number with comma thousands separators and, when it is not whole, two decimals. */
  public static String amount(BigDecimal amount) {
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setParseBigDecimal(true);
    return f.format(amount);
  }

  /**
   * A date span at its precision: {@code 2014-09-20} for a day, {@code 2015-08} for a month, {@code
   * 2014} for a year, {@code 2014-09-01..2014-09-15} otherwise; inferred spans end with {@code ?}.
   */
  public static String date(DateSpan span) {
    String s;
    switch (span.precision()) {
      case DAY:
        s = span.from().toString();
        break;
      case MONTH:
        s = span.from().toString().substring(0, 7);
        break;
      case YEAR:
        s = String.valueOf(span.from().getYear());
        break;
      default:
        s = span.from().equals(span.to()) ? span.from().toString() : span.from() + ".." + span.to();
    }
    return span.inferred() ? s + "?" : s;
  }

  /** As {@link #date(DateSpan)}, or {@code "undated"} when empty. */
  public static String date(Optional<DateSpan> span) {
    return span.map(Display::date).orElse("undated");
  }

  /**
   * {@code text} on one line (white space runs become one space) and cut to at most {@code max}
   * characters, ending with {@code …} when cut.
   *
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public static String shorten(String text, int max) {
    Preconditions.checkArgument(max >= 1, "max %s < 1", max);
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
  }
}
