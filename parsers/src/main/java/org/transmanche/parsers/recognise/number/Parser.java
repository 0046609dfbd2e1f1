package org.transmanche.parsers.recognise.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transmanche.model.Qualifier;
import org.transmanche.parsers.recognise.number.Word.Kind;

/**
 * The number grammar over the items of one text. {@link #readAt} reads the longest number that
 * starts at an item: a cardinal ({@code trois cent vingt mille}, {@code 4 thousand 3 hundred and
 * 21}), a fraction ({@code two thirds}, {@code un sur trois}, {@code 3/4}), a mixed number ({@code
 * five and a half million}), decimals read word by word ({@code two point two}), or a collective
 * ({@code une dizaine}, {@code des centaines de milliers}). Not thread-safe: one parser per call.
 *
 * <p>Every attempt looks at no more than {@link #MAX_ITEMS} items and fractions are memoised per
 * attempt, so reading a whole text is linear in its length.
 */
final class Parser {

  /** The most items one number may span. */
  static final int MAX_ITEMS = 48;

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A number read over items {@code [from, to)}. */
  static final class Reading {
    final int from;
    final int to;
    final BigDecimal value;
    /** The multiplier of the last group ({@code 1}, {@code 100}, a scale). */
    final BigDecimal lastMult;
    /** The largest scale or suffix applied, or one. */
    final BigDecimal multiplier;
    final Qualifier qualifier;
    final boolean negative;

    Reading(int from, int to, BigDecimal value, BigDecimal lastMult, BigDecimal multiplier, Qualifier qualifier,
        boolean negative) {
      this.from = from;
      this.to = to;
      this.value = value;
      this.lastMult = lastMult;
      this.multiplier = multiplier;
      this.qualifier = qualifier;
      this.negative = negative;
    }

    Reading(int from, int to, BigDecimal value, BigDecimal lastMult, BigDecimal multiplier) {
      this(from, to, value, lastMult, multiplier, Qualifier.EXACT, false);
    }

    Reading to(int newTo, BigDecimal newValue, BigDecimal newMultiplier) {
      return new Reading(from, newTo, newValue, lastMult, newMultiplier, qualifier, negative);
    }

    Reading negated(int newFrom) {
      return new Reading(newFrom, to, value.negate(), lastMult, multiplier, qualifier, true);
    }
  }

  /** A group below a scale: {@code trois cent vingt}, {@code 322 hundred}, {@code 1,5}. */
  private static final class Group {
    final BigDecimal value;
    final int end;
    /** A digit literal with no hundred after it. */
    final boolean bareDigits;
    final BigDecimal lastMult;
    final BigDecimal multiplier;

    Group(BigDecimal value, int end, boolean bareDigits, BigDecimal lastMult, BigDecimal multiplier) {
      this.value = value;
      this.end = end;
      this.bareDigits = bareDigits;
      this.lastMult = lastMult;
      this.multiplier = multiplier;
    }
  }

  private final CharSequence text;
  private final List<Item> items;
  private final LanguageData.Format format;
  private final NumberReader.Mode mode;
  private final Map<Integer, Reading> fractions = new HashMap<>();
  private final Map<Integer, Boolean> noFraction = new HashMap<>();
  private int limit;

  Parser(CharSequence text, List<Item> items, LanguageData data, NumberReader.Mode mode) {
    this.text = text;
    this.items = items;
    this.format = data.format;
    this.mode = mode;
  }

  /** The longest number starting at item {@code i}, or null. */
  Reading readAt(int i) {
    limit = Math.min(items.size(), i + MAX_ITEMS);
    fractions.clear();
    noFraction.clear();
    if (mode == NumberReader.Mode.TEXT && is(i, Kind.NEGATIVE)) {
      Reading r = core(i + 1);
      if (r != null) {
        return r.negated(i);
      }
    }
    return core(i);
  }

  private Reading core(int i) {
    if (i >= limit) {
      return null;
    }
    Reading best = cardinalWithTails(i);
    Reading f = fraction(i, true);
    if (f != null && (best == null || f.to > best.to)) {
      best = f;
    }
    Reading c = collective(i);
    if (c != null && (best == null || c.to >= best.to)) {
      best = c;
    }
    if (best == null && is(i, Kind.POINT)) {
      best = decimals(i, i + 1, BigDecimal.ZERO);
    }
    if (best == null && items.get(i).type == Item.Type.FRAC) {
      best = new Reading(i, i + 1, items.get(i).value, BigDecimal.ONE, BigDecimal.ONE);
    }
    return best;
  }

  // ---------------------------------------------------------------- cardinals and their tails

  private Reading cardinalWithTails(int i) {
    Reading c = cardinal(i, false, Integer.MAX_VALUE);
    if (c == null) {
      // "un et un demi": the article as a whole number before a fraction
      if (is(i, Kind.ARTICLE) && is(i + 1, Kind.AND)) {
        Reading f = fraction(i + 2, false);
        if (f != null && proper(f)) {
          return scaleAfter(new Reading(i, f.to, BigDecimal.ONE.add(f.value), BigDecimal.ONE, BigDecimal.ONE));
        }
      }
      // "un sur trois": the article as the numerator of a division
      if (mode == NumberReader.Mode.TEXT && is(i, Kind.ARTICLE) && is(i + 1, Kind.OVER)) {
        return over(new Reading(i, i + 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
      }
      return null;
    }
    Reading r = c;
    if (c.to < limit) {
      Item t = items.get(c.to);
      if (t.is(Kind.POINT) && c.multiplier.compareTo(BigDecimal.ONE) == 0 && isWhole(c.value)) {
        Reading d = decimals(i, c.to + 1, c.value);
        if (d != null) {
          r = d;
        }
      } else if (t.is(Kind.AND)) {
        Reading f = fraction(c.to + 1, false);
        if (f != null && proper(f)) {
          if (is(f.to, Kind.SCALE) && c.lastMult.compareTo(THOUSAND) >= 0) {
            BigDecimal s = items.get(f.to).word.value;
            r = c.to(f.to + 1, c.value.add(f.value.multiply(s)), c.multiplier.max(s));
          } else if (c.lastMult.compareTo(THOUSAND) >= 0) {
            r = c.to(f.to, c.value.add(f.value.multiply(c.lastMult)), c.multiplier);
          } else {
            r = scaleAfter(c.to(f.to, c.value.add(f.value), c.multiplier));
          }
        }
      } else if (t.type == Item.Type.FRAC && c.to == i + 1 && items.get(i).plainInteger()
          && (t.spaceBefore || t.literal == null) && t.value.compareTo(BigDecimal.ONE) < 0) {
        r = c.to(c.to + 1, c.value.add(t.value), BigDecimal.ONE);
      }
    }
    if (mode == NumberReader.Mode.TEXT && is(r.to, Kind.OVER) && isWhole(r.value)) {
      Reading over = over(r);
      if (over != null) {
        r = over;
      }
    }
    return r;
  }

  /** {@code one over three}, {@code 1 sur 3}, {@code two out of five hundred}. */
  private Reading over(Reading num) {
    Word w = items.get(num.to).word;
    Reading den = cardinal(num.to + 1, false, Integer.MAX_VALUE);
    if (den == null || !isWhole(den.value) || den.value.signum() <= 0) {
      return null;
    }
    boolean digits = den.to == num.to + 2 && items.get(num.to + 1).type == Item.Type.NUM;
    if (w.proper) {
      if (num.value.compareTo(den.value) >= 0 || (digits && den.value.compareTo(THOUSAND) > 0)) {
        return null;
      }
    } else if (digits) {
      if (den.value.compareTo(HUNDRED) > 0) {
        return null;
      }
      if (den.to < items.size() && items.get(den.to).type == Item.Type.OTHER
          && Chars.isWordAt(text, items.get(den.to).start)) {
        return null;
      }
    }
    return new Reading(num.from, den.to, num.value.divide(den.value, MC), BigDecimal.ONE, BigDecimal.ONE);
  }

  private CharSequence textOf(int k) {
    Item it = items.get(k);
    return text.subSequence(it.start, it.end);
  }

  /** Decimals read word by word after {@code point}: {@code zero three}, {@code seventy-one}, {@code 77}. */
  private Reading decimals(int from, int k, BigDecimal whole) {
    StringBuilder digits = new StringBuilder();
    int j = k;
    while (j < limit) {
      Item it = items.get(j);
      if (it.plainInteger() && (j == k || it.spaceBefore)) {
        digits.append(textOf(j));
        j++;
        continue;
      }
      Group g = sub100(j, false, Integer.MAX_VALUE);
      if (g == null) {
        break;
      }
      digits.append(g.value.toBigInteger());
      j = g.end;
    }
    if (digits.length() == 0) {
      return null;
    }
    BigDecimal fractionPart = new BigDecimal("0." + digits);
    Reading r = new Reading(from, j, whole.add(fractionPart), BigDecimal.ONE, BigDecimal.ONE);
    return scaleAfter(r);
  }

  /** A scale right after a number multiplies it: {@code two point two million}, {@code half million}. */
  private Reading scaleAfter(Reading r) {
    int k = r.to;
    if (is(k, Kind.OF)) {
      k++;
    }
    if (is(k, Kind.ARTICLE)) {
      k++;
    }
    if (is(k, Kind.SCALE) || is(k, Kind.DOZEN)) {
      BigDecimal s = items.get(k).word.value;
      return r.to(k + 1, r.value.multiply(s), r.multiplier.max(s));
    }
    return r;
  }

  /**
   * A cardinal: groups closed by decreasing scales ({@code un million deux cent mille}), a scale
   * after a scale multiplying all ({@code three thousand millions}), digits in any group. With {@code
   * wordsOnly}, digits are refused; a tens word after item {@code stopFrom} that a unit ordinal
   * follows is left to the denominator ({@code one hundred | thirty-fifths}).
   */
  private Reading cardinal(int i, boolean wordsOnly, int stopFrom) {
    if (i >= limit) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal lastScale = null;
    BigDecimal lastMult = BigDecimal.ONE;
    BigDecimal multiplier = BigDecimal.ONE;
    int j = i;
    boolean any = false;
    while (j < limit) {
      int k = j;
      boolean andUsed = false;
      if (any && is(k, Kind.AND)) {
        Reading f = fraction(k + 1, false);
        if (f != null && proper(f)) {
          break;
        }
        k++;
        andUsed = true;
      }
      Group g = group(k, wordsOnly, stopFrom, any);
      if (g == null) {
        if (any && !andUsed && is(j, Kind.SCALE) && items.get(j).word.value.compareTo(lastScale) > 0) {
          BigDecimal s = items.get(j).word.value;
          total = total.multiply(s);
          lastScale = s;
          lastMult = s;
          multiplier = multiplier.multiply(s);
          j++;
          continue;
        }
        if (is(k, Kind.SCALE) && items.get(k).word.bare
            && (!any || items.get(k).word.value.compareTo(lastScale) < 0)) {
          g = new Group(BigDecimal.ONE, k, false, BigDecimal.ONE, BigDecimal.ONE);
        } else {
          break;
        }
      }
      if (andUsed && g.value.signum() == 0) {
        break;
      }
      int e = g.end;
      if (is(e, Kind.SCALE) && g.multiplier.compareTo(BigDecimal.ONE) == 0) {
        BigDecimal s = items.get(e).word.value;
        if (lastScale != null && s.compareTo(lastScale) >= 0) {
          break;
        }
        total = total.add(g.value.multiply(s));
        lastScale = s;
        lastMult = s;
        multiplier = multiplier.max(s);
        j = e + 1;
        any = true;
        continue;
      }
      if (any && (g.bareDigits || (lastScale != null && g.value.compareTo(lastScale) >= 0))) {
        break;
      }
      total = total.add(g.value);
      lastMult = g.lastMult;
      multiplier = multiplier.max(g.multiplier);
      j = e;
      any = true;
      break;
    }
    if (!any) {
      return null;
    }
    return new Reading(i, j, total, lastMult, multiplier);
  }

  /** A group: digits, or words below a thousand (below ten thousand for {@code twenty-two hundred}). */
  private Group group(int k, boolean wordsOnly, int stopFrom, boolean afterScale) {
    if (k >= limit) {
      return null;
    }
    Item a = items.get(k);
    if (a.type == Item.Type.NUM) {
      if (wordsOnly) {
        return null;
      }
      BigDecimal v = a.value;
      int e = k + 1;
      boolean plainMult = a.literal.multiplier.compareTo(BigDecimal.ONE) == 0;
      if (plainMult && format.digitsTimesHundred && is(e, Kind.HUNDRED)) {
        return hundredTail(v.multiply(HUNDRED), e + 1, false, stopFrom);
      }
      if (plainMult && (is(e, Kind.DOZEN) || is(e, Kind.COLLECTIVE))) {
        return new Group(v.multiply(items.get(e).word.value), e + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      return new Group(v, e, true, BigDecimal.ONE, a.literal.multiplier);
    }
    if (a.is(Kind.ARTICLE)) {
      if (afterScale && format.tensTakeArticle && !is(k + 1, Kind.HUNDRED) && !is(k + 1, Kind.SCALE)) {
        return new Group(BigDecimal.ONE, k + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      if (is(k + 1, Kind.HUNDRED)) {
        return hundredTail(HUNDRED, k + 2, wordsOnly, stopFrom);
      }
      if (is(k + 1, Kind.SCALE)) {
        return new Group(BigDecimal.ONE, k + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      if (is(k + 1, Kind.DOZEN) || is(k + 1, Kind.COUPLE)) {
        return new Group(items.get(k + 1).word.value, k + 2, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      return null;
    }
    if (a.is(Kind.HUNDRED) && a.word.bare && !a.word.plural) {
      return hundredTail(HUNDRED, k + 1, wordsOnly, stopFrom);
    }
    Group sub = sub100(k, wordsOnly, stopFrom);
    if (sub == null) {
      return null;
    }
    if (is(sub.end, Kind.HUNDRED)) {
      boolean unit = sub.end == k + 1 && a.is(Kind.UNIT) && sub.value.compareTo(BigDecimal.ONE) > 0;
      if (format.hundredTakesTens ? sub.value.signum() > 0 : unit) {
        return hundredTail(sub.value.multiply(HUNDRED), sub.end + 1, wordsOnly, stopFrom);
      }
    }
    if (is(sub.end, Kind.DOZEN) || is(sub.end, Kind.COLLECTIVE)) {
      BigDecimal c = items.get(sub.end).word.value;
      return new Group(sub.value.multiply(c), sub.end + 1, false, BigDecimal.ONE, BigDecimal.ONE);
    }
    return sub;
  }

  /** What may follow a hundred: {@code [and] thirty-one}, {@code [and] 21}, {@code two dozens}. */
  private Group hundredTail(BigDecimal v, int e, boolean wordsOnly, int stopFrom) {
    int k = e;
    boolean andUsed = false;
    if (is(k, Kind.AND)) {
      Reading f = fraction(k + 1, false);
      if (f != null && proper(f)) {
        return new Group(v, e, false, HUNDRED, BigDecimal.ONE);
      }
      k++;
      andUsed = true;
    }
    Group s = null;
    if (format.tensTakeArticle && is(k, Kind.ARTICLE) && !is(k + 1, Kind.HUNDRED)) {
      s = new Group(BigDecimal.ONE, k + 1, false, BigDecimal.ONE, BigDecimal.ONE);
    } else if (k < limit && items.get(k).plainInteger() && !wordsOnly
        && items.get(k).value.compareTo(HUNDRED) < 0) {
      s = new Group(items.get(k).value, k + 1, true, BigDecimal.ONE, BigDecimal.ONE);
    } else {
      s = sub100(k, wordsOnly, stopFrom);
    }
    if (s == null || (andUsed && s.value.signum() == 0) || is(s.end, Kind.HUNDRED)) {
      Group plain = new Group(v, e, false, HUNDRED, BigDecimal.ONE);
      if (is(e, Kind.DOZEN)) {
        return new Group(v.multiply(items.get(e).word.value), e + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      return plain;
    }
    BigDecimal sv = s.value;
    int se = s.end;
    if (is(se, Kind.DOZEN)) {
      sv = sv.multiply(items.get(se).word.value);
      se++;
    }
    return new Group(v.add(sv), se, false, BigDecimal.ONE, BigDecimal.ONE);
  }

  /** Words below a hundred: {@code seven}, {@code dix-sept}, {@code twenty-one}, {@code soixante et onze}. */
  private Group sub100(int k, boolean wordsOnly, int stopFrom) {
    if (k >= limit || items.get(k).type != Item.Type.WORD) {
      return null;
    }
    Item a = items.get(k);
    Word w = a.word;
    if (w.kind == Kind.UNIT || w.kind == Kind.TEEN) {
      return new Group(w.value, k + 1, false, BigDecimal.ONE, BigDecimal.ONE);
    }
    if (w.kind != Kind.TENS) {
      return null;
    }
    if (format.eagerTensOrdinal && k > stopFrom && unitOrdinal(k + 1) && !is(k - 1, Kind.AND)) {
      return null;
    }
    BigDecimal t = w.value;
    int e = k + 1;
    if (e < limit) {
      Item b = items.get(e);
      if (b.is(Kind.UNIT) && b.word.value.signum() > 0) {
        return new Group(t.add(b.word.value), e + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      if (b.is(Kind.ARTICLE) && (b.joined || format.tensTakeArticle)) {
        return new Group(t.add(BigDecimal.ONE), e + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      if (b.is(Kind.AND) && format.tensAnd && e + 1 < limit) {
        Item c = items.get(e + 1);
        boolean unit = c.is(Kind.UNIT) && c.word.value.signum() > 0;
        boolean one = c.is(Kind.ARTICLE);
        boolean teen = w.teen && c.is(Kind.TEEN);
        if (unit || one || teen) {
          Reading f = fraction(e + 1, false);
          if (f == null || !proper(f)) {
            BigDecimal add = one ? BigDecimal.ONE : c.word.value;
            return new Group(t.add(add), e + 2, false, BigDecimal.ONE, BigDecimal.ONE);
          }
        }
      }
      if (w.teen && b.is(Kind.TEEN)) {
        return new Group(t.add(b.word.value), e + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
      if (!wordsOnly && b.plainInteger() && b.spaceBefore && b.literal.firstRun == 1 && b.value.signum() > 0) {
        return new Group(t.add(b.value), e + 1, false, BigDecimal.ONE, BigDecimal.ONE);
      }
    }
    return new Group(t, e, false, BigDecimal.ONE, BigDecimal.ONE);
  }

  private boolean unitOrdinal(int k) {
    return is(k, Kind.ORDINAL) && items.get(k).word.value.compareTo(BigDecimal.TEN) < 0;
  }

  // ---------------------------------------------------------------- fractions

  /**
   * A fraction with a denominator word: {@code two thirds}, {@code a hundred trillionths}, {@code
   * une vingt et unième}, {@code half}; with {@code scaled}, a scale after it multiplies it.
   */
  private Reading fraction(int k, boolean scaled) {
    Reading raw = fractionRaw(k);
    if (raw == null) {
      return null;
    }
    return scaled ? scaleAfter(raw) : raw;
  }

  private Reading fractionRaw(int k) {
    if (k >= limit) {
      return null;
    }
    Reading memo = fractions.get(k);
    if (memo != null) {
      return memo;
    }
    if (noFraction.containsKey(k)) {
      return null;
    }
    Reading r = computeFraction(k);
    if (r == null) {
      noFraction.put(k, Boolean.TRUE);
    } else {
      fractions.put(k, r);
    }
    return r;
  }

  private Reading computeFraction(int k) {
    Reading num = cardinal(k, true, k);
    if (num != null) {
      Reading r = denominatorAfter(num, k, false);
      if (r != null) {
        return r;
      }
    }
    if (is(k, Kind.ARTICLE)) {
      Reading one = new Reading(k, k + 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
      Reading r = denominatorAfter(one, k, true);
      if (r != null) {
        return r;
      }
    }
    Item a = items.get(k);
    if (a.is(Kind.ORDINAL) && !a.word.compound
        && (a.word.standalone || (a.word.scaleOnly && is(k + 1, Kind.SCALE)))) {
      return new Reading(k, k + 1, BigDecimal.ONE.divide(a.word.value, MC), BigDecimal.ONE, BigDecimal.ONE);
    }
    return null;
  }

  /** The numerator {@code num} over the denominator word that follows it, or null. */
  private Reading denominatorAfter(Reading num, int k, boolean article) {
    int j = num.to;
    if (j >= limit) {
      return null;
    }
    BigDecimal den = null;
    boolean plural = false;
    int end = j;
    Item b = items.get(j);
    if (b.is(Kind.ORDINAL) && !b.word.compound) {
      den = b.word.value;
      plural = b.word.plural;
      end = j + 1;
    } else {
      Reading c = cardinal(j, true, Integer.MAX_VALUE);
      if (c != null && c.value.remainder(BigDecimal.TEN).signum() == 0) {
        int e = c.to;
        if (is(e, Kind.AND)) {
          e++;
        }
        if (unitOrdinal(e)) {
          den = c.value.add(items.get(e).word.value);
          plural = items.get(e).word.plural;
          end = e + 1;
        }
      }
    }
    if (den == null || den.signum() == 0) {
      return null;
    }
    boolean one = article || num.value.compareTo(BigDecimal.ONE) == 0;
    if (!plural && !one && !format.singularAnyNumerator) {
      return null;
    }
    return new Reading(k, end, num.value.divide(den, MC), BigDecimal.ONE, BigDecimal.ONE);
  }

  private static boolean proper(Reading f) {
    return f.value.compareTo(BigDecimal.ONE) < 0;
  }

  // ---------------------------------------------------------------- collectives

  /**
   * {@code une dizaine} (approximate), {@code des centaines}, {@code plusieurs milliers}, {@code
   * hundreds of}, {@code tens of thousands of} (at least), each optionally multiplied by a plural
   * scale after {@code de}/{@code of}.
   */
  private Reading collective(int i) {
    Item a = items.get(i);
    BigDecimal v;
    Qualifier q;
    int e;
    if (a.is(Kind.ARTICLE) && is(i + 1, Kind.COLLECTIVE) && !items.get(i + 1).word.plural) {
      Word c = items.get(i + 1).word;
      v = c.value;
      q = c.approx ? Qualifier.APPROXIMATE : Qualifier.EXACT;
      e = i + 2;
    } else if (a.is(Kind.DET) && multiplier(i + 1)) {
      v = items.get(i + 1).word.value;
      q = Qualifier.AT_LEAST;
      e = i + 2;
    } else if (multiplier(i) && items.get(i).word.plural && is(i + 1, Kind.OF)) {
      v = a.word.value;
      q = Qualifier.AT_LEAST;
      e = i + 1;
    } else {
      return null;
    }
    BigDecimal mult = BigDecimal.ONE;
    while (is(e, Kind.OF) && multiplier(e + 1) && items.get(e + 1).word.plural) {
      BigDecimal s = items.get(e + 1).word.value;
      v = v.multiply(s);
      mult = mult.max(s);
      e += 2;
    }
    return new Reading(i, e, v, BigDecimal.ONE, mult, q, false);
  }

  private boolean multiplier(int k) {
    return is(k, Kind.COLLECTIVE) || is(k, Kind.SCALE) || is(k, Kind.HUNDRED) || is(k, Kind.DOZEN);
  }

  // ---------------------------------------------------------------- helpers

  private boolean is(int k, Kind kind) {
    return k >= 0 && k < limit && items.get(k).is(kind);
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }
}
