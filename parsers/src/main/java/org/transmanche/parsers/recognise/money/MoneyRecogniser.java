package org.transmanche.parsers.recognise.money;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Schedule;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.money.MoneyData.Form;
import org.transmanche.parsers.recognise.money.MoneyData.Kind;
import org.transmanche.parsers.recognise.money.MoneyData.Role;
import org.transmanche.parsers.recognise.number.NumberReader;
import org.transmanche.parsers.recognise.number.NumberSpan;
import org.transmanche.parsers.recognise.number.PhraseTable;

/**
 * Finds amounts of money in French and English: {@code 7 millions d'euros}, {@code 31,4 millions
 * d'euros}, {@code £12m}, {@code $62 million}, {@code EUR 5 million}, {@code five million euros},
 * {@code 20 dollars 43 cents}, with their qualifier ({@code près de}, {@code more than}, {@code up
 * to}), ranges ({@code between 10 and 20 dollars}, {@code de 5 à 10 millions d'euros}), schedules
 * ({@code €2m (£1.7m) a year for four years}, {@code deux millions d'euros par an pendant quatre ans,
 * soit 8 millions}) and amounts restated in another currency. One mention covers the whole phrase;
 * its value is a {@link MoneyReading}.
 *
 * <p>Currency signs, codes and names, hundredths, and linking words are data under {@code
 * recognise/money/}. A bare {@code $} or {@code dollar} is the US dollar, a bare {@code livre} or
 * {@code pound} sterling. An amount with a scale word but no currency ({@code puis 2 milliards})
 * takes the currency of the amount before it in the passage, when nothing but punctuation or a
 * linking word follows it.
 *
 * <p>Stateless and thread-safe; one left-to-right pass over the numbers of the passage.
 *
 * <pre>{@code
 * new MoneyRecogniser().recognise(Passage.of("Londres versera 7 millions d'euros.", "fr"));
 * // [money [16, 34) "7 millions d'euros" 7000000 EUR]
 * }</pre>
 */
public final class MoneyRecogniser implements Recogniser {

  /** The recogniser's name and the type of its mentions. */
  public static final String NAME = "money";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_YEARS = 100;

  /** A recogniser over the bundled data. */
  public MoneyRecogniser() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ImmutableList<Mention> recognise(Passage passage) {
    return new Scan(passage).run();
  }

  @Override
  public String toString() {
    return NAME;
  }

  /** An amount read around one number: its span, value and currency (null when none is written). */
  private static final class Amount {
    final int start;
    final int end;
    final BigDecimal value;
    final String iso;
    final NumberSpan number;

    Amount(int start, int end, BigDecimal value, String iso, NumberSpan number) {
      this.start = start;
      this.end = end;
      this.value = value;
      this.iso = iso;
      this.number = number;
    }
  }

  /** The work on one passage; not shared. */
  private static final class Scan {
    private final Passage passage;
    private final String text;
    private final MoneyData data;
    private final NumberReader reader;
    private final List<NumberSpan> numbers;
    private final Map<Integer, Integer> byStart = new HashMap<>();
    private final List<Mention> out = new ArrayList<>();
    /** Nothing before this offset may be read again. */
    private int consumed;
    private String lastIso;

    Scan(Passage passage) {
      this.passage = passage;
      this.text = passage.text();
      this.data = MoneyData.of(passage.language());
      this.reader = NumberReader.forLanguage(passage.language());
      List<NumberSpan> all = new ArrayList<>(reader.findAll(text, NumberReader.Mode.MONEY));
      for (int i = 0; i < all.size(); i++) {
        byStart.put(all.get(i).start(), i);
      }
      for (PhraseTable.Match<Form> m : data.articleCurrencies.findAll(text)) {
        if (byStart.containsKey(m.start()) || followedByDigitOrDash(m.end())) {
          continue;
        }
        data.articles.matchAt(text, m.start()).ifPresent(a -> all.add(
            NumberSpan.builder().start(a.start()).end(a.end()).value(BigDecimal.ONE).spelled(true).build()));
      }
      all.sort(Comparator.comparingInt(NumberSpan::start));
      this.numbers = all;
      byStart.clear();
      for (int i = 0; i < numbers.size(); i++) {
        byStart.putIfAbsent(numbers.get(i).start(), i);
      }
    }

    ImmutableList<Mention> run() {
      for (int k = 0; k < numbers.size(); k++) {
        NumberSpan n = numbers.get(k);
        if (n.start() < consumed || n.value().signum() < 0) {
          continue;
        }
        Amount a = amount(k, consumed, true);
        int aStart = a.start;
        int floor = consumed;
        Optional<PhraseTable.Match<Role>> opener =
            data.phrases
                .matchEndingAt(text, aStart, r -> r == Role.BETWEEN || r == Role.FROM)
                .filter(m -> m.start() >= floor && sameParagraph(m.end(), aStart));
        if (opener.isPresent() && a.end > a.number.end()) {
          a = amount(k, consumed, false);
        }
        if (range(a, opener)) {
          continue;
        }
        Amount one = a.iso != null ? a : inherited(a);
        if (one != null) {
          single(one);
        }
      }
      out.sort(null);
      return ImmutableList.copyOf(out);
    }

    // ------------------------------------------------------------ one amount

    /** The amount around number {@code k}; with {@code minorOk}, hundredths may follow it. */
    private Amount amount(int k, int floor, boolean minorOk) {
      NumberSpan n = numbers.get(k);
      int start = n.start();
      int end = n.end();
      BigDecimal value = n.value();
      String iso = null;
      Optional<PhraseTable.Match<Form>> pre = data.currencies.matchEndingAt(text, n.start());
      if (pre.isPresent() && pre.get().start() >= floor && sameParagraph(pre.get().end(), n.start())
          && !(pre.get().value().kind == Kind.WORD && precededByNumber(k, pre.get().start()))) {
        Form f = pre.get().value();
        iso = f.iso;
        start = pre.get().start();
        value = value.multiply(f.multiplier);
      }
      int p = end;
      if (n.multiplier().compareTo(BigDecimal.ONE) > 0 || n.qualifier() != Qualifier.EXACT) {
        Optional<PhraseTable.Match<Role>> of = data.phrases.matchAt(text, p, r -> r == Role.OF);
        if (of.isPresent() && sameParagraph(p, of.get().start())
            && data.currencies.matchAt(text, of.get().end()).isPresent()) {
          p = of.get().end();
        }
      }
      Optional<PhraseTable.Match<Form>> post = suffix(n, p);
      if (post.isPresent()) {
        Form f = post.get().value();
        boolean signBeforeNext = iso != null && f.kind == Kind.SIGN;
        if (!signBeforeNext && (iso == null || iso.equals(f.iso))) {
          if (iso == null) {
            value = value.multiply(f.multiplier);
          }
          iso = f.iso;
          end = post.get().end();
          if (n.multiplier().compareTo(BigDecimal.ONE) == 0 && f.multiplier.compareTo(BigDecimal.ONE) == 0) {
            Optional<PhraseTable.Match<BigDecimal>> scale = reader.scaleWordAt(text, end);
            if (scale.isPresent() && sameParagraph(end, scale.get().start())) {
              value = value.multiply(scale.get().value());
              end = scale.get().end();
            }
          }
        }
      }
      if (iso != null && minorOk && n.whole() && value.compareTo(n.value()) == 0) {
        int[] minor = minor(end);
        if (minor != null) {
          value = value.add(BigDecimal.valueOf(minor[0]).divide(HUNDRED, MathContext.DECIMAL64));
          end = minor[1];
        }
      }
      return new Amount(start, end, value, iso, n);
    }

    /** The currency after a number: {@code 20€}, {@code 3 million pounds}, {@code one-yen}. */
    private Optional<PhraseTable.Match<Form>> suffix(NumberSpan n, int p) {
      Optional<PhraseTable.Match<Form>> post = data.currencies.matchAt(text, p);
      if (post.isEmpty()) {
        int q = skipSpace(p);
        if (q < text.length() && isDash(text.charAt(q))) {
          post = data.currencies.matchAt(text, q + 1).filter(m -> m.value().kind == Kind.WORD);
        }
      }
      if (post.isEmpty() || !sameParagraph(n.end(), post.get().start())) {
        return Optional.empty();
      }
      PhraseTable.Match<Form> m = post.get();
      if (data.notMoney.matchAt(text, m.start()).filter(x -> x.start() == m.start() && x.end() > m.end()).isPresent()) {
        return Optional.empty();
      }
      // "3 USD50": a sign or code glued to the next number and apart from this one belongs to the next
      boolean spaced = m.start() > n.end();
      if (spaced && m.end() < text.length() && Character.isDigit(text.charAt(m.end())) && m.value().kind != Kind.WORD) {
        return Optional.empty();
      }
      return post;
    }

    /** Hundredths after a whole amount: {@code [and] 43 [cents]}; {@code [value, end]} or null. */
    private int[] minor(int end) {
      int q = end;
      Optional<PhraseTable.Match<Role>> and = data.phrases.matchAt(text, q, r -> r == Role.AND);
      if (and.isPresent() && sameParagraph(q, and.get().start())) {
        q = and.get().end();
      }
      Integer k = byStart.get(skipSpace(q));
      if (k == null || !sameParagraph(end, skipSpace(q))) {
        return null;
      }
      NumberSpan m = numbers.get(k);
      if (!m.whole() || m.gluedBefore() || m.value().signum() <= 0 || m.value().compareTo(HUNDRED) >= 0) {
        return null;
      }
      int cents = m.value().intValueExact();
      Optional<PhraseTable.Match<Boolean>> unit = data.minor.matchAt(text, m.end());
      if (unit.isPresent() && sameParagraph(m.end(), unit.get().start())) {
        return new int[] {cents, unit.get().end()};
      }
      if (m.gluedAfter() || data.currencies.matchAt(text, m.end()).filter(c -> sameParagraph(m.end(), c.start())).isPresent()
          || (m.end() < text.length() && Character.isDigit(text.charAt(m.end())))) {
        return null;
      }
      int after = skipSpace(m.end());
      if (after < text.length() && Character.isLetter(text.charAt(after))
          && data.phrases.matchAt(text, after, r -> r == Role.NEXT).isEmpty()) {
        return null;
      }
      return new int[] {cents, m.end()};
    }

    // ------------------------------------------------------------ ranges

    /** Reads {@code a} as the first bound of a range and reports it; false if it is none. */
    private boolean range(Amount a, Optional<PhraseTable.Match<Role>> opener) {
      Optional<PhraseTable.Match<Role>> sep =
          data.phrases.matchAt(text, a.end, r -> r == Role.TO || r == Role.DASH || r == Role.RANGE_AND);
      if (sep.isEmpty() || !sameParagraph(a.end, sep.get().start())) {
        return false;
      }
      Role s = sep.get().value();
      Role o = opener.map(PhraseTable.Match::value).orElse(null);
      boolean paired =
          s == Role.DASH || (s == Role.TO && (o == null || o == Role.FROM))
              || (s == Role.RANGE_AND && (o == Role.BETWEEN || o == Role.FROM));
      if (!paired) {
        return false;
      }
      int k2 = firstNumberFrom(sep.get().end());
      if (k2 < 0) {
        return false;
      }
      Amount b = amount(k2, sep.get().end(), false);
      if (b.start != skipSpace(sep.get().end()) || !sameParagraph(sep.get().end(), b.start)) {
        return false;
      }
      String iso = a.iso != null ? a.iso : b.iso;
      if (iso == null || (a.iso != null && b.iso != null && !a.iso.equals(b.iso))) {
        return false;
      }
      BigDecimal low = a.value;
      BigDecimal m2 = b.number.multiplier();
      if (a.number.multiplier().compareTo(BigDecimal.ONE) == 0 && m2.compareTo(BigDecimal.ONE) > 0
          && low.multiply(m2).compareTo(b.value) <= 0) {
        low = low.multiply(m2);
      }
      if (low.compareTo(b.value) > 0) {
        return false;
      }
      int start = opener.map(PhraseTable.Match::start).orElse(a.start);
      Qualifier q = qualifierBefore(start).map(PhraseTable.Match::value).orElse(null);
      int from = qualifierBefore(start).map(PhraseTable.Match::start).orElse(start);
      MoneyReading reading =
          MoneyReading.builder()
              .money(Money.of(low, iso))
              .qualifier(q == Qualifier.APPROXIMATE ? Qualifier.APPROXIMATE : Qualifier.AT_LEAST)
              .min(low)
              .max(b.value)
              .build();
      emit(from, b.end, reading);
      lastIso = iso;
      return true;
    }

    // ------------------------------------------------------------ single amounts and schedules

    private void single(Amount a) {
      Optional<PhraseTable.Match<Qualifier>> qm = qualifierBefore(a.start);
      Qualifier q = qm.map(PhraseTable.Match::value).orElse(a.number.qualifier());
      int from = qm.map(PhraseTable.Match::start).orElse(a.start);
      Money money = Money.of(a.value, a.iso);
      int end = a.end;
      consumed = Math.max(consumed, end);
      List<Money> also = new ArrayList<>();
      // "(£4m)"
      int q0 = skipSpace(end);
      if (q0 < text.length() && text.charAt(q0) == '(') {
        int k = firstNumberFrom(q0 + 1);
        if (k >= 0) {
          Amount inner = amount(k, q0 + 1, true);
          int open = qualifierBefore(inner.start).map(PhraseTable.Match::start).orElse(inner.start);
          int close = skipSpace(inner.end);
          if (inner.iso != null && open == skipSpace(q0 + 1) && close < text.length() && text.charAt(close) == ')') {
            also.add(Money.of(inner.value, inner.iso));
            end = close + 1;
          }
        }
      }
      boolean perYear = false;
      Optional<PhraseTable.Match<Role>> py = data.phrases.matchAt(text, end, r -> r == Role.PER_YEAR);
      if (py.isPresent() && sameParagraph(end, py.get().start())) {
        perYear = true;
        end = py.get().end();
      }
      Integer years = null;
      Optional<PhraseTable.Match<Role>> fy = data.phrases.matchAt(text, end, r -> r == Role.FOR_YEARS);
      if (fy.isPresent() && sameParagraph(end, fy.get().start())) {
        Integer k = byStart.get(skipSpace(fy.get().end()));
        if (k != null) {
          NumberSpan y = numbers.get(k);
          Optional<PhraseTable.Match<Role>> unit = data.phrases.matchAt(text, y.end(), r -> r == Role.YEARS);
          if (y.whole() && y.value().signum() > 0 && y.value().compareTo(BigDecimal.valueOf(MAX_YEARS)) <= 0
              && unit.isPresent() && sameParagraph(y.end(), unit.get().start())) {
            years = y.value().intValueExact();
            end = unit.get().end();
          }
        }
      }
      if (!perYear && years != null) {
        py = data.phrases.matchAt(text, end, r -> r == Role.PER_YEAR);
        if (py.isPresent() && sameParagraph(end, py.get().start())) {
          perYear = true;
          end = py.get().end();
        }
      }
      Money statedTotal = null;
      int afterTotal = end;
      int t0 = skipSpace(end);
      int t1 = t0 < text.length() && (text.charAt(t0) == ',' || text.charAt(t0) == ';') ? t0 + 1 : t0;
      Optional<PhraseTable.Match<Role>> tm = data.phrases.matchAt(text, t1, r -> r == Role.TOTAL);
      if (tm.isEmpty() && t1 != t0) {
        tm = data.phrases.matchAt(text, t0, r -> r == Role.TOTAL);
      }
      if (tm.isPresent() && sameParagraph(end, tm.get().start())) {
        int k = firstNumberFrom(tm.get().end());
        if (k >= 0) {
          Amount t = amount(k, tm.get().end(), false);
          int open = qualifierBefore(t.start).map(PhraseTable.Match::start).orElse(t.start);
          if (open == skipSpace(tm.get().end()) && sameParagraph(tm.get().end(), open)) {
            String iso = t.iso == null ? a.iso : t.iso;
            if (!iso.equals(a.iso)) {
              also.add(Money.of(t.value, iso));
              afterTotal = t.end;
            } else if (perYear) {
              Money total = Money.of(t.value, iso);
              if (years == null || money.times(years).amount().compareTo(total.amount()) == 0) {
                statedTotal = total;
                afterTotal = t.end;
              }
            }
          }
        }
      }
      end = afterTotal;
      ImmutableMoneyReading.Builder b = MoneyReading.builder().money(money).qualifier(q).alsoStated(also);
      if (q == Qualifier.AT_LEAST) {
        b.min(money.amount());
      } else if (q == Qualifier.AT_MOST) {
        b.max(money.amount());
      }
      schedule(money, perYear, years, statedTotal).ifPresent(b::schedule);
      emit(from, end, b.build());
      lastIso = a.iso;
    }

    private static Optional<Schedule> schedule(Money money, boolean perYear, Integer years, Money total) {
      if (perYear && years != null) {
        return Optional.of(Schedule.of(money, years));
      }
      if (perYear && total != null) {
        BigDecimal[] qr = total.amount().divideAndRemainder(money.amount());
        if (money.amount().signum() > 0 && qr[1].signum() == 0 && qr[0].signum() > 0
            && qr[0].compareTo(BigDecimal.valueOf(MAX_YEARS)) <= 0) {
          return Optional.of(Schedule.of(money, qr[0].intValueExact()));
        }
        return Optional.of(Schedule.builder().perYear(money).total(total).build());
      }
      if (perYear) {
        return Optional.of(Schedule.builder().perYear(money).build());
      }
      if (years != null) {
        return Optional.of(Schedule.builder().total(money).years(years).build());
      }
      return Optional.empty();
    }

    /**
     * A scaled amount without currency takes the currency of the amount before it in the passage
     * ({@code 15 millions d'euros, puis 2 milliards}) when only punctuation or a linking word follows.
     */
    private Amount inherited(Amount a) {
      NumberSpan n = a.number;
      if (lastIso == null || n.multiplier().compareTo(BigDecimal.ONE) <= 0 || n.gluedAfter()) {
        return null;
      }
      int q = skipSpace(n.end());
      if (q < text.length() && Character.isLetterOrDigit(text.charAt(q))
          && data.phrases.matchAt(text, q, r -> r == Role.NEXT).isEmpty()) {
        return null;
      }
      if (data.phrases.matchAt(text, n.end(), r -> r == Role.OF).filter(m -> m.start() == q).isPresent()) {
        return null;
      }
      return new Amount(n.start(), n.end(), n.value(), lastIso, n);
    }

    // ------------------------------------------------------------ helpers

    private void emit(int start, int end, MoneyReading reading) {
      consumed = Math.max(consumed, end);
      out.add(passage.mention(start, end, NAME, NAME, reading));
    }

    private Optional<PhraseTable.Match<Qualifier>> qualifierBefore(int start) {
      return reader.qualifierEndingAt(text, start).filter(m -> m.start() >= consumed && sameParagraph(m.end(), start));
    }

    /** Index of the first number that starts at or after {@code from}, or -1. */
    private int firstNumberFrom(int from) {
      int lo = 0;
      int hi = numbers.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (numbers.get(mid).start() < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < numbers.size() ? lo : -1;
    }

    private boolean precededByNumber(int k, int currencyStart) {
      return k > 0 && numbers.get(k - 1).end() <= currencyStart
          && skipSpaceBack(currencyStart) == numbers.get(k - 1).end();
    }

    private boolean followedByDigitOrDash(int end) {
      int q = skipSpace(end);
      return q < text.length() && (Character.isDigit(text.charAt(q)) || isDash(text.charAt(q)));
    }

    private boolean sameParagraph(int from, int to) {
      return Passage.sameParagraph(text, from, to);
    }

    private int skipSpace(int i) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i)) || i < text.length() && Character.isSpaceChar(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private int skipSpaceBack(int i) {
      while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || Character.isSpaceChar(text.charAt(i - 1)))) {
        i--;
      }
      return i;
    }

    private static boolean isDash(char c) {
      return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
  }
}
