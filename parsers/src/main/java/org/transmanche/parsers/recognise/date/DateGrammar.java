package org.transmanche.parsers.recognise.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transmanche.parsers.recognise.date.DateLexicon.Hit;

/**
 * The date grammar: finds date expressions in a token list, left to right, keeping at each position
 * the longest expression that starts there. Every rule reads a bounded number of tokens, nesting is
 * bounded and results are memoised per position, so a passage is read in linear time.
 *
 * <p>The rules are hand-written recursive descent over the lexicon's tags; all words come from the
 * data files. Immutable and thread-safe: each call works on its own {@code Run}.
 */
final class DateGrammar {

  /** One expression found: token range, reading, and open-endedness. */
  static final class Found {
    final int start;
    final int end;
    final Expr expr;
    /** "after", "before" or null. */
    final String open;
    final boolean inclusive;
    final boolean future;

    Found(int start, int end, Expr expr, String open, boolean inclusive, boolean future) {
      this.start = start;
      this.end = end;
      this.expr = expr;
      this.open = open;
      this.inclusive = inclusive;
      this.future = future;
    }
  }

  private static final int MAX_DEPTH = 7;

  /** Tags a date expression may begin with (besides figures and an article before one of them). */
  private static final java.util.EnumSet<Tag> STARTERS =
      java.util.EnumSet.of(
          Tag.MONTH, Tag.WEEKDAY, Tag.NUM, Tag.TENS, Tag.ORD, Tag.UNIT, Tag.DEICTIC, Tag.REL, Tag.PART,
          Tag.SEASON, Tag.DECADE, Tag.YTD, Tag.OPEN, Tag.OPENTODAY, Tag.FROM, Tag.BETWEEN, Tag.IN, Tag.AGOPRE,
          Tag.AFTER, Tag.WITHIN, Tag.WEEKOF, Tag.QPREFIX, Tag.HPREFIX, Tag.FEW, Tag.MORE, Tag.LESS, Tag.FOR);
  private static final int WINDOW = 6;

  private final DateLexicon lex;
  private final CalendarRules rules;
  private final boolean french;

  DateGrammar(DateLexicon lex, CalendarRules rules) {
    this.lex = lex;
    this.rules = rules;
    this.french = lex.language().equals("fr");
  }

  List<Found> parse(List<DateToken> tokens) {
    return new Run(tokens).all();
  }

  /** A parse result: the index after its last token and the reading (null: a blocked span). */
  private static final class R {
    final int end;
    final Expr e;
    final String open;
    final boolean incl;
    final boolean bareDay;
    final boolean bareYear;

    R(int end, Expr e) {
      this(end, e, null, true, false, false);
    }

    R(int end, Expr e, String open, boolean incl, boolean bareDay, boolean bareYear) {
      this.end = end;
      this.e = e;
      this.open = open;
      this.incl = incl;
      this.bareDay = bareDay;
      this.bareYear = bareYear;
    }
  }

  /** A number read from digits or words. */
  private static final class N {
    final int end;
    final int value;
    final int digits;
    final boolean ordinal;
    final boolean word;

    N(int end, int value, int digits, boolean ordinal, boolean word) {
      this.end = end;
      this.value = value;
      this.digits = digits;
      this.ordinal = ordinal;
      this.word = word;
    }
  }

  /** A month or day name. */
  private static final class W {
    final int end;
    final int value;
    final boolean amb;

    W(int end, int value, boolean amb) {
      this.end = end;
      this.value = value;
      this.amb = amb;
    }
  }

  /** A unit word. */
  private static final class U {
    final int end;
    final Unit unit;
    final boolean plural;

    U(int end, Unit unit, boolean plural) {
      this.end = end;
      this.unit = unit;
      this.plural = plural;
    }
  }

  /** A year: its value, whether written with two digits, and the index after it. */
  private static final class Y {
    final int end;
    final int value;
    final boolean twoDigit;

    Y(int end, int value, boolean twoDigit) {
      this.end = end;
      this.value = value;
      this.twoDigit = twoDigit;
    }
  }

  /** An amount of time ("2 weeks and 3 days"). */
  private static final class D {
    final int end;
    final List<Expr.Amount> amounts;

    D(int end, List<Expr.Amount> amounts) {
      this.end = end;
      this.amounts = amounts;
    }
  }

  private static R longer(R a, R b) {
    if (b == null) {
      return a;
    }
    if (a == null) {
      return b;
    }
    return b.end > a.end ? b : a;
  }

  private static boolean periodKind(Unit u) {
    return u == Unit.WEEK || u == Unit.MONTH || u == Unit.YEAR || u == Unit.DECADE || u == Unit.SEASON
        || u == Unit.QUARTER || u == Unit.HALF || u == Unit.CENTURY;
  }

  private final class Run {
    private final List<DateToken> t;
    private final int n;
    private final List<List<Hit>> cache;
    private final boolean[] strongCue;
    private final boolean[] weakCue;
    private final boolean[] future;
    private final Map<Integer, R> memo = new HashMap<>();
    private final Map<Integer, R> rangeMemo = new HashMap<>();
    private int depth;
    private int coordAt = -1;

    Run(List<DateToken> t) {
      this.t = t;
      this.n = t.size();
      this.cache = new ArrayList<>(n);
      this.strongCue = new boolean[n + 1];
      this.weakCue = new boolean[n + 1];
      this.future = new boolean[n + 1];
      for (int i = 0; i < n; i++) {
        cache.add(null);
      }
      for (int i = 0; i < n; i++) {
        for (Hit h : hits(i)) {
          if (h.entry.tag == Tag.CUE) {
            if (h.entry.arg(0).equals("STRONG")) {
              strongCue[h.end] = true;
            } else {
              weakCue[h.end] = true;
            }
          } else if (h.entry.tag == Tag.FUTURE) {
            future[i] = true;
          }
        }
      }
    }

    // ------------------------------------------------------------ token access

    DateToken tok(int i) {
      return i >= 0 && i < n ? t.get(i) : null;
    }

    List<Hit> hits(int i) {
      if (i < 0 || i >= n) {
        return List.of();
      }
      List<Hit> h = cache.get(i);
      if (h == null) {
        h = lex.hits(t, i);
        cache.set(i, h);
      }
      return h;
    }

    Hit hit(int i, Tag tag) {
      for (Hit h : hits(i)) {
        if (h.entry.tag == tag) {
          return h;
        }
      }
      return null;
    }

    boolean isP(int i, String s) {
      DateToken x = tok(i);
      return x != null && x.isPunct(s);
    }

    boolean glued(int i) {
      DateToken x = tok(i);
      return x != null && !x.spaceBefore;
    }

    int opt(int i, Tag tag) {
      Hit h = hit(i, tag);
      return h == null ? i : h.end;
    }

    int optP(int i, String s) {
      return isP(i, s) ? i + 1 : i;
    }

    int fillers(int i) {
      Hit h;
      while ((h = hit(i, Tag.FILLER)) != null) {
        i = h.end;
      }
      return i;
    }

    boolean sentenceEnd(DateToken x) {
      return x.isPunct(".") || x.isPunct("!") || x.isPunct("?") || x.isPunct(";") || x.isPunct("\n");
    }

    boolean futureNear(int s, int e) {
      for (int k = s - 1; k >= 0 && k >= s - WINDOW; k--) {
        if (sentenceEnd(t.get(k))) {
          break;
        }
        if (future[k]) {
          return true;
        }
      }
      for (int k = e; k < n && k < e + WINDOW; k++) {
        if (sentenceEnd(t.get(k))) {
          break;
        }
        if (future[k]) {
          return true;
        }
      }
      return false;
    }

    // ------------------------------------------------------------ driver

    List<Found> all() {
      List<Found> out = new ArrayList<>();
      int i = 0;
      int lastYearEnd = -1;
      while (i < n) {
        Hit ig = hit(i, Tag.IGNORE);
        if (ig != null) {
          i = ig.end;
          continue;
        }
        coordAt = lastYearEnd >= 0 && i - 1 == lastYearEnd && hit(i - 1, Tag.COORD) != null ? i : -1;
        R r = top(i);
        if (r == null) {
          i++;
          continue;
        }
        if (r.e == null) {
          i = Math.max(r.end, i + 1);
          continue;
        }
        out.add(new Found(i, r.end, r.e, r.open, r.incl, futureNear(i, r.end)));
        lastYearEnd = r.e.kind == Unit.YEAR && r.open == null ? r.end : -1;
        i = r.end;
      }
      return out;
    }

    /** Whether a date expression can begin at token i: a cheap test that skips most words. */
    boolean startable(int i) {
      DateToken x = tok(i);
      if (x == null) {
        return false;
      }
      if (x.isNumber()) {
        return true;
      }
      for (Hit h : hits(i)) {
        Tag tag = h.entry.tag;
        if (STARTERS.contains(tag) || (tag == Tag.CUE && h.entry.has("noun"))) {
          return true;
        }
        if (tag == Tag.ART && h.end > i && h.end < n) {
          DateToken y = tok(h.end);
          if (y.isNumber()) {
            return true;
          }
          for (Hit g : hits(h.end)) {
            if (STARTERS.contains(g.entry.tag)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    R top(int i) {
      if (!startable(i)) {
        return null;
      }
      R best = single(i, false);
      best = longer(best, range(i));
      best = longer(best, open(i));
      best = longer(best, forDuration(i));
      best = longer(best, movedReference(i));
      return best;
    }

    /** "March in a year": an incomplete date completed near the reference moved by an amount. */
    R movedReference(int i) {
      R a = single(i, false);
      if (a == null || a.e == null || a.e.partial == null || a.e.partial.year != null) {
        return null;
      }
      Hit in = hit(a.end, Tag.IN);
      if (in == null) {
        return null;
      }
      D d = duration(in.end);
      return d == null ? null : new R(d.end, Expr.movedReference(a.e, d.amounts));
    }

    /** "18th Dec for 10 days", "from 18th Dec for 10 days": a run of days from a date. */
    R forDuration(int i) {
      Hit from = hit(i, Tag.FROM);
      R a = single(from == null ? i : from.end, from != null);
      if (a == null || a.e == null || a.e.kind != Unit.DAY) {
        return null;
      }
      int q = optP(a.end, ",");
      Hit f = hit(q, Tag.FOR);
      if (f == null) {
        return null;
      }
      D d = duration(f.end);
      return d == null ? null : new R(d.end, runFrom(a.e, d.amounts));
    }

    R single(int i, boolean cued) {
      if (i >= n) {
        return null;
      }
      int key = i * 2 + (cued ? 1 : 0);
      if (memo.containsKey(key)) {
        return memo.get(key);
      }
      if (depth > MAX_DEPTH) {
        return null;
      }
      if (!startable(i)) {
        memo.put(key, null);
        return null;
      }
      depth++;
      R best = null;
      try {
        best = longer(best, monthRelForm(i));
        best = longer(best, calendarDate(i, cued));
        best = longer(best, yearForm(i, cued));
        best = longer(best, deicticForm(i));
        best = longer(best, unitRelForm(i, cued));
        best = longer(best, countForm(i));
        best = longer(best, shiftForm(i));
        best = longer(best, weekdayForm(i));
        best = longer(best, seasonForm(i, cued));
        best = longer(best, partForm(i));
        best = longer(best, nthForm(i));
        best = longer(best, weekOfForm(i));
        best = longer(best, weekNumForm(i));
        best = longer(best, quarterForm(i));
        best = longer(best, decadeForm(i));
        Hit ytd = hit(i, Tag.YTD);
        if (ytd != null) {
          best = longer(best, new R(ytd.end, Expr.yearToDate()));
        }
      } finally {
        depth--;
      }
      if (best != null && best.e != null) {
        best = fillersAfter(best);
      }
      memo.put(key, best);
      return best;
    }

    /** Lets a trailing filler such as "-ci" ("ce mois-ci") belong to the expression. */
    R fillersAfter(R r) {
      Hit h = hit(r.end, Tag.FILLER);
      if (h != null && french && glued(r.end) && tok(r.end).isWord()) {
        return new R(h.end, r.e, r.open, r.incl, r.bareDay, r.bareYear);
      }
      return r;
    }

    // ------------------------------------------------------------ numbers

    /** Whether the number token at i stands on its own: not part of a decimal, time, amount or code. */
    boolean standalone(int i) {
      DateToken x = tok(i);
      if (x == null || !x.isNumber()) {
        return false;
      }
      DateToken p = tok(i - 1);
      if (p != null) {
        if (!x.spaceBefore) {
          if (p.isWord() && hit(i - 1, Tag.MONTH) == null && hit(i - 1, Tag.QPREFIX) == null
              && hit(i - 1, Tag.HPREFIX) == null && !strongCue[i]) {
            return false;
          }
          if ((p.isPunct(".") || p.isPunct(",") || p.isPunct(":")) && !p.spaceBefore && tok(i - 2) != null
              && tok(i - 2).isNumber()) {
            return false;
          }
        }
        if (p.isPunct("$") || p.isPunct("\u00a3") || p.isPunct("\u20ac") || p.isPunct("\u00a5") || p.isPunct("#")
            || p.isPunct("+")) {
          return false;
        }
        if (p.isNumber() && x.digits() == 3) {
          return false;
        }
      }
      DateToken q = tok(i + 1);
      if (q != null) {
        if (!q.spaceBefore) {
          if ((q.isPunct(".") || q.isPunct(",") || q.isPunct(":")) && tok(i + 2) != null && tok(i + 2).isNumber()
              && !tok(i + 2).spaceBefore) {
            return false;
          }
          if (q.isWord() && hit(i + 1, Tag.ORDSUF) == null && hit(i + 1, Tag.MONTH) == null
              && hit(i + 1, Tag.QPREFIX) == null && hit(i + 1, Tag.HPREFIX) == null && hit(i + 1, Tag.AD) == null
              && !q.norm.equals("s")) {
            return false;
          }
        }
        if (q.isPunct("%") || q.isPunct("$") || q.isPunct("\u00a3") || q.isPunct("\u20ac") || q.isPunct("\u2030")) {
          return false;
        }
        if (q.isNumber() && q.digits() == 3 && x.digits() <= 3) {
          return false;
        }
      }
      return true;
    }

    /** A cardinal or ordinal written in words, up to thousands. */
    N words(int i, boolean allowArticle) {
      int j = i;
      int total = 0;
      int cur = 0;
      Tag last = null;
      boolean any = false;
      boolean ord = false;
      for (int guard = 0; guard < 12 && j < n; guard++) {
        Hit h;
        if ((h = hit(j, Tag.TENS)) != null
            && (last == null || last == Tag.HUNDRED || last == Tag.THOUSAND || last == Tag.AND)) {
          cur += h.entry.value();
          last = Tag.TENS;
          j = h.end;
          any = true;
          continue;
        }
        if ((h = hit(j, Tag.ORD)) != null && h.entry.value() > 0
            && (last == null || last == Tag.TENS || last == Tag.AND || last == Tag.HUNDRED || last == Tag.THOUSAND)) {
          if (last == Tag.TENS && h.entry.value() >= 10) {
            break;
          }
          cur += h.entry.value();
          ord = true;
          j = h.end;
          any = true;
          break;
        }
        if ((h = hit(j, Tag.NUM)) != null) {
          boolean article = h.entry.has("article");
          if (article && (!allowArticle || any)) {
            break;
          }
          int v = h.entry.value();
          if (last == Tag.TENS) {
            if (v == 0 || (v >= 10 && cur % 100 != 60 && cur % 100 != 80)) {
              break;
            }
          } else if (!(last == null || last == Tag.HUNDRED || last == Tag.THOUSAND || last == Tag.AND)) {
            break;
          }
          cur += v;
          last = Tag.NUM;
          j = h.end;
          any = true;
          if (article) {
            break;
          }
          continue;
        }
        if ((h = hit(j, Tag.HUNDRED)) != null && any && last != Tag.HUNDRED) {
          cur = (cur == 0 ? 1 : cur) * 100;
          last = Tag.HUNDRED;
          j = h.end;
          continue;
        }
        if ((h = hit(j, Tag.THOUSAND)) != null && last != Tag.THOUSAND) {
          total += (cur == 0 ? 1 : cur) * 1000;
          cur = 0;
          last = Tag.THOUSAND;
          j = h.end;
          any = true;
          continue;
        }
        if ((h = hit(j, Tag.AND)) != null && any
            && (hit(h.end, Tag.NUM) != null || hit(h.end, Tag.TENS) != null || hit(h.end, Tag.ORD) != null)) {
          last = Tag.AND;
          j = h.end;
          continue;
        }
        break;
      }
      if (!any) {
        return null;
      }
      return new N(j, total + cur, 0, ord, true);
    }

    /** A number from digits (with an ordinal suffix) or words. */
    N number(int i, boolean allowArticle) {
      DateToken x = tok(i);
      if (x == null) {
        return null;
      }
      if (x.isNumber()) {
        if (x.digits() > 6 || !standalone(i)) {
          return null;
        }
        int e = i + 1;
        boolean ord = false;
        Hit h = hit(e, Tag.ORDSUF);
        if (h != null && glued(e)) {
          ord = true;
          e = h.end;
        }
        return new N(e, x.value(), x.digits(), ord, false);
      }
      return words(i, allowArticle);
    }

    /** A day of the month, 1 to 31. */
    N dayNum(int i) {
      DateToken x = tok(i);
      if (x == null) {
        return null;
      }
      if (x.isNumber()) {
        if (x.digits() > 2) {
          return null;
        }
        N v = number(i, false);
        return v != null && v.value >= 1 && v.value <= 31 ? v : null;
      }
      N w = words(i, false);
      return w != null && w.value >= 1 && w.value <= 31 ? w : null;
    }

    /** A four-digit year token, 1000..2999. */
    Y year4(int i) {
      DateToken x = tok(i);
      if (x == null || !x.isNumber() || x.digits() != 4 || !standalone(i)) {
        return null;
      }
      int v = x.value();
      return v >= 1000 && v <= 2999 ? new Y(i + 1, v, false) : null;
    }

    /** A year in words: "nineteen ninety six", "two thousand and five", "dix neuf soixante douze". */
    Y yearWords(int i) {
      DateToken x = tok(i);
      if (x == null || !x.isWord()) {
        return null;
      }
      N a = words(i, false);
      if (a == null || a.ordinal) {
        return null;
      }
      if (a.value >= 1000 && a.value <= 2999) {
        return new Y(a.end, a.value, false);
      }
      if ((a.value >= 11 && a.value <= 20)) {
        N b = words(a.end, false);
        if (b != null && !b.ordinal && b.value >= 10 && b.value <= 99) {
          return new Y(b.end, a.value * 100 + b.value, false);
        }
      }
      return null;
    }

    /** The year after a day and month: ", 2014", "of 1987", "de 1987", "98", "nineteen eighty six". */
    Y yearAfter(int e) {
      int q = optP(e, ",");
      q = opt(q, Tag.OF);
      Y y = year4(q);
      if (y != null) {
        return y;
      }
      DateToken x = tok(q);
      if (x == null) {
        return null;
      }
      if (x.isPunct("'") && tok(q + 1) != null && tok(q + 1).isNumber() && tok(q + 1).digits() == 2 && glued(q + 1)) {
        return new Y(q + 2, tok(q + 1).value(), true);
      }
      Y w = yearWords(q);
      if (w != null) {
        return w;
      }
      if (x.isNumber() && x.digits() == 2 && standalone(q)) {
        DateToken nx = tok(q + 1);
        if (nx == null || (nx.kind == DateToken.Kind.PUNCT && !isP(q + 1, "/") && !isP(q + 1, ":"))) {
          return new Y(q + 1, x.value(), true);
        }
      }
      return null;
    }

    // ------------------------------------------------------------ names

    W month(int i) {
      Hit h = hit(i, Tag.MONTH);
      if (h == null) {
        return null;
      }
      int e = h.end;
      if (isP(e, ".") && glued(e) && tok(e + 1) != null && tok(e + 1).isNumber()) {
        e++;
      }
      return new W(e, h.entry.value(), h.entry.has("amb"));
    }

    W weekday(int i) {
      Hit h = hit(i, Tag.WEEKDAY);
      if (h == null || h.entry.has("plural")) {
        return null;
      }
      int e = h.end;
      if (isP(e, ".") && glued(e) && tok(e + 1) != null && (tok(e + 1).isNumber() || hit(e + 1, Tag.MONTH) != null)) {
        e++;
      }
      return new W(e, h.entry.value(), h.entry.has("amb"));
    }

    U unit(int i) {
      Hit h = hit(i, Tag.UNIT);
      if (h == null) {
        return null;
      }
      return new U(h.end, Unit.valueOf(h.entry.arg(0)), h.entry.has("plural"));
    }

    /** A relative word at i, or after an article at i. */
    Hit relAt(int i) {
      Hit r = hit(i, Tag.REL);
      if (r != null) {
        return r;
      }
      int j = opt(i, Tag.ART);
      return j > i ? hit(j, Tag.REL) : null;
    }

    /** Whether what follows a day number leaves it a date: end, punctuation or a small word. */
    boolean dayFollowOk(int e) {
      DateToken y = tok(e);
      if (y == null) {
        return true;
      }
      if (y.kind == DateToken.Kind.PUNCT) {
        if (y.isPunct("%") || y.isPunct("/") || y.isPunct(":")) {
          return false;
        }
        DateToken z = tok(e + 1);
        return !(z != null && z.isNumber() && !z.spaceBefore && !y.spaceBefore);
      }
      if (y.isNumber()) {
        return false;
      }
      return hit(e, Tag.FUNC) != null || hit(e, Tag.REL) != null || hit(e, Tag.FUTURE) != null
          || hit(e, Tag.COORD) != null || hit(e, Tag.PREP) != null;
    }

    boolean yearFollowOk(int e) {
      DateToken y = tok(e);
      if (y == null) {
        return true;
      }
      if (y.kind == DateToken.Kind.PUNCT) {
        return !y.isPunct("%");
      }
      if (y.isNumber()) {
        return false;
      }
      return hit(e, Tag.FUNC) != null || hit(e, Tag.MONTH) != null || hit(e, Tag.COORD) != null || y.capitalised;
    }

    // ------------------------------------------------------------ calendar dates

    R finish(int e, Partial p) {
      if (!p.plausible()) {
        return null;
      }
      Expr x = Expr.partial(p, rules);
      Hit h = hit(e, Tag.REL);
      if (h != null && p.year == null) {
        String m = h.entry.arg(0);
        if (m.equals("NEXT")) {
          return new R(h.end, x.withOwn(Dir.FUTURE));
        }
        if (m.equals("LAST")) {
          return new R(h.end, x.withOwn(Dir.PAST));
        }
      }
      return new R(e, x);
    }

    R calendarDate(int i, boolean cued) {
      R best = null;
      int j = opt(i, Tag.ART);
      boolean art = j > i;
      if (!art) {
        Hit r = hit(i, Tag.REL);
        if (r != null && r.entry.arg(0).equals("THIS") && weekday(r.end) != null) {
          j = r.end;
        }
      }
      W wd = weekday(j);
      int k = j;
      if (wd != null) {
        k = optP(wd.end, ",");
        k = optP(k, "(");
        k = opt(k, Tag.ART);
      }
      best = longer(best, dayFirst(i, j, k, wd, art));
      best = longer(best, monthFirst(i, k, wd, cued || (art && !french)));
      best = longer(best, numeric(k, art || wd != null));
      if (wd == null) {
        best = longer(best, yearMonth(j));
      }
      return best;
    }

    R dayFirst(int s, int j, int k, W wd, boolean art) {
      N d = dayNum(k);
      if (d == null) {
        return null;
      }
      Integer wv = wd == null ? null : wd.value;
      int m0 = opt(d.end, Tag.OF);
      W mo = month(m0);
      if (mo != null && mo.amb && d.word && !d.ordinal && !tok(m0).capitalised) {
        mo = null;
      }
      if (mo != null) {
        Partial p = new Partial(null, false, mo.value, d.value, wv);
        int e = mo.end;
        Y y = yearAfter(e);
        if (y != null) {
          p = p.withYear(y.value, y.twoDigit);
          e = y.end;
        }
        return finish(e, p);
      }
      if (wd == null) {
        W w2 = weekday(d.end);
        if (w2 != null && art && !w2.amb) {
          return finish(w2.end, new Partial(null, false, null, d.value, w2.value));
        }
      }
      if (wd != null) {
        if (dayFollowOk(d.end) && (!d.word || d.ordinal)) {
          return finish(d.end, new Partial(null, false, null, d.value, wv));
        }
        return null;
      }
      // a day alone: "le 16", "the 15th", "on the first"
      boolean ok;
      if (french) {
        ok = art && tok(s).norm.equals("le") && !d.word;
      } else {
        DateToken before = tok(s - 1);
        boolean on = before != null && before.norm.equals("on");
        ok = d.ordinal && (d.word ? on && art : art || on);
      }
      if (ok && dayFollowOk(d.end)) {
        return finish(d.end, new Partial(null, false, null, d.value, null));
      }
      return null;
    }

    R monthFirst(int s, int k, W wd, boolean cued) {
      W mo = month(k);
      if (mo == null) {
        return null;
      }
      R best = null;
      Integer wv = wd == null ? null : wd.value;
      int q = optP(mo.end, ",");
      q = opt(q, Tag.ART);
      N d = dayNum(q);
      if (d != null && mo.amb && d.word && !d.ordinal && !tok(k).capitalised) {
        d = null;
      }
      if (d != null && hit(d.end, Tag.UNIT) == null && !isP(d.end, ":")) {
        Partial p = new Partial(null, false, mo.value, d.value, wv);
        int e = d.end;
        Y y = yearAfter(e);
        if (y != null) {
          p = p.withYear(y.value, y.twoDigit);
          e = y.end;
        }
        if (wd == null) {
          int e2 = optP(e, ",");
          W w2 = weekday(e2);
          if (w2 != null) {
            p = p.withWeekday(w2.value);
            e = w2.end;
          }
        }
        best = finish(e, p);
      }
      Y y = yearAfter(mo.end);
      if (y != null && wd == null) {
        best = longer(best, finish(y.end, new Partial(y.value, y.twoDigit, mo.value, null, null)));
      }
      if (wd == null && (!mo.amb || cued || strongCue[k])) {
        best = longer(best, finish(mo.end, new Partial(null, false, mo.value, null, null)));
      }
      return best;
    }

    R yearMonth(int j) {
      Y y = year4(j);
      if (y == null) {
        return null;
      }
      W mo = month(y.end);
      if (mo == null) {
        return null;
      }
      return finish(mo.end, new Partial(y.value, false, mo.value, null, null));
    }

    R numeric(int k, boolean cuedShort) {
      R c = compact(k, cuedShort);
      if (c != null) {
        return c;
      }
      return spaced(k, cuedShort);
    }

    /** Day, month and year written with figures and spaces: "20 02 2014", "le 17 02". */
    R spaced(int k, boolean cuedShort) {
      DateToken a = tok(k);
      DateToken b = tok(k + 1);
      if (a == null || b == null || !a.isNumber() || !b.isNumber() || !b.spaceBefore) {
        return null;
      }
      DateToken p = tok(k - 1);
      if (p != null && p.isNumber()) {
        return null;
      }
      if (!standalone(k) || a.digits() > 4 || b.digits() > 2) {
        return null;
      }
      DateToken c = tok(k + 2);
      DateToken d = tok(k + 3);
      boolean cNum = c != null && c.isNumber() && c.spaceBefore;
      if (cNum && (d == null || !d.isNumber()) && standaloneRight(k + 2)) {
        if (a.digits() == 4 && c.digits() <= 2) {
          Partial pa = Partial.ymd(a.value(), false, b.value(), c.value());
          if (pa.plausible() && a.value() >= 1000) {
            return finish(k + 3, pa);
          }
        } else if (a.digits() <= 2 && (c.digits() == 4 || c.digits() == 2)) {
          Partial pa = Partial.ymd(c.value(), c.digits() == 2, b.value(), a.value());
          if (pa.plausible()) {
            return finish(k + 3, pa);
          }
        }
      }
      if (!cNum && a.digits() <= 2 && (b.digits() == 2 || cuedShort) && standaloneRight(k + 1) && dayFollowOk(k + 2)) {
        Partial pa = Partial.ymd(null, false, b.value(), a.value());
        if (pa.plausible()) {
          return finish(k + 2, pa);
        }
      }
      return null;
    }

    boolean standaloneRight(int i) {
      DateToken q = tok(i + 1);
      if (q == null || q.spaceBefore) {
        return q == null || !(q.isPunct("%") || q.isPunct("\u20ac") || q.isPunct("$"));
      }
      if (q.isWord()) {
        return false;
      }
      DateToken r = tok(i + 2);
      return !(r != null && r.isNumber() && !r.spaceBefore);
    }

    /**
     * Figures and month names joined by "/", "-" or "." without spaces: "20/09/2014", "2014-09-20",
     * "Sep-23-2020", "10/1-11/2/2017". A chain that reads as no date at all (a phone number, a code) is
     * returned blocked, so that no part of it is read as a date either.
     */
    R compact(int k, boolean cuedShort) {
      DateToken x = tok(k);
      if (x == null || !(x.isNumber() || hit(k, Tag.MONTH) != null)) {
        return null;
      }
      if (!x.spaceBefore && k > 0) {
        DateToken p = tok(k - 1);
        if (p.isNumber()) {
          return null;
        }
        if ((p.isPunct("/") || p.isPunct("-") || p.isPunct(".") || p.isPunct(",")) && !p.spaceBefore
            && tok(k - 2) != null && (tok(k - 2).isNumber() || hit(k - 2, Tag.MONTH) != null)) {
          return null;
        }
        if (p.isWord() && x.isNumber() && hit(k - 1, Tag.MONTH) == null) {
          return null;
        }
      }
      List<Integer> items = new ArrayList<>();
      List<String> seps = new ArrayList<>();
      int i = k;
      while (items.size() < 7) {
        DateToken it = tok(i);
        if (it == null) {
          break;
        }
        int next;
        if (it.isNumber()) {
          next = i + 1;
        } else {
          W m = hit(i, Tag.MONTH) != null ? new W(hit(i, Tag.MONTH).end, 0, false) : null;
          if (m == null) {
            break;
          }
          next = m.end;
        }
        items.add(i);
        DateToken sep = tok(next);
        DateToken after = tok(next + 1);
        if (sep != null && !sep.spaceBefore && (sep.isPunct("/") || sep.isPunct("-") || sep.isPunct(".") || sep.isPunct("~"))
            && after != null && !after.spaceBefore && (after.isNumber() || hit(next + 1, Tag.MONTH) != null)) {
          seps.add(sep.norm);
          i = next + 1;
          continue;
        }
        i = next;
        break;
      }
      int end = i;
      boolean anyNumber = false;
      for (int it : items) {
        anyNumber |= tok(it).isNumber();
      }
      if (!anyNumber) {
        return null;
      }
      DateToken r = tok(end);
      if (r != null && !r.spaceBefore) {
        DateToken r2 = tok(end + 1);
        boolean digitAfter = r2 != null && r2.isNumber() && !r2.spaceBefore;
        if ((r.isPunct(".") || r.isPunct(",") || r.isPunct(":")) && digitAfter) {
          return items.size() >= 2 ? new R(end, null) : null;
        }
        if (r.isWord() && hit(end, Tag.ORDSUF) == null && items.size() >= 2) {
          return new R(end, null);
        }
      }
      if (items.size() == 1) {
        DateToken only = tok(k);
        if (only.isNumber() && only.digits() == 8 && standalone(k)) {
          int v = only.value();
          Partial p = Partial.ymd(v / 10000, false, (v / 100) % 100, v % 100);
          if (p.year >= 1900 && p.year <= 2099 && p.plausible()) {
            return finish(k + 1, p);
          }
        }
        return null;
      }
      // two small numbers joined by a dash are left to the range rule ("13-15 juillet", "2-4 personnes")
      if (items.size() == 2 && seps.get(0).equals("-") && tok(items.get(0)).isNumber() && tok(items.get(1)).isNumber()
          && tok(items.get(0)).digits() <= 2 && tok(items.get(1)).digits() <= 2) {
        return null;
      }
      Partial single = interpret(items, seps, 0, items.size(), cuedShort);
      if (single != null) {
        return finish(end, single);
      }
      for (int s = 0; s < seps.size(); s++) {
        if (!seps.get(s).equals("-") && !seps.get(s).equals("~")) {
          continue;
        }
        Partial a = interpret(items, seps, 0, s + 1, true);
        Partial b = interpret(items, seps, s + 1, items.size(), true);
        if (a == null && s == 0) {
          a = bareYear(items.get(0));
        }
        if (b == null && s + 1 == items.size() - 1) {
          b = bareYear(items.get(s + 1));
        }
        if (a != null && b != null && (a.month != null || b.month != null || (a.year != null && b.year != null && a.year < b.year))) {
          return new R(end, Expr.range(Expr.partial(a, rules), Expr.partial(b, rules), rules));
        }
      }
      return new R(end, null);
    }

    Partial bareYear(int i) {
      DateToken x = tok(i);
      if (x.isNumber() && x.digits() == 4 && x.value() >= 1900 && x.value() <= 2099) {
        return Partial.ymd(x.value(), false, null, null);
      }
      return null;
    }

    /** Reads items [from, to) of a chain, all joined by one separator, as one date. */
    Partial interpret(List<Integer> items, List<String> seps, int from, int to, boolean cuedShort) {
      int count = to - from;
      if (count < 2 || count > 3) {
        return null;
      }
      String sep = seps.get(from);
      for (int s = from; s < to - 1; s++) {
        if (!seps.get(s).equals(sep)) {
          return null;
        }
      }
      if (sep.equals("~")) {
        return null;
      }
      List<DateToken> nums = new ArrayList<>();
      int monthAt = -1;
      int monthValue = 0;
      for (int q = from; q < to; q++) {
        DateToken it = tok(items.get(q));
        if (it.isNumber()) {
          nums.add(it);
        } else {
          if (monthAt >= 0) {
            return null;
          }
          monthAt = q - from;
          monthValue = hit(items.get(q), Tag.MONTH).entry.value();
        }
      }
      Partial p;
      if (monthAt < 0) {
        DateToken a = nums.get(0);
        DateToken b = nums.get(1);
        if (count == 2) {
          if (a.digits() == 4) {
            p = b.digits() <= 2 ? Partial.ymd(a.value(), false, b.value(), null) : null;
          } else if (b.digits() == 4) {
            p = a.digits() <= 2 ? Partial.ymd(b.value(), false, a.value(), null) : null;
          } else {
            if (!sep.equals("/") || a.digits() > 2 || b.digits() > 2) {
              return null;
            }
            if (!cuedShort && a.digits() < 2 && b.digits() < 2) {
              return null;
            }
            p = Partial.ymd(null, false, b.value(), a.value());
            if (!p.plausible()) {
              p = Partial.ymd(null, false, a.value(), b.value());
            }
          }
          if (p != null && p.year != null && p.year < 1000) {
            return null;
          }
        } else {
          DateToken c = nums.get(2);
          if (a.digits() == 4) {
            p = b.digits() <= 2 && c.digits() <= 2 ? Partial.ymd(a.value(), false, b.value(), c.value()) : null;
          } else if (a.digits() <= 2 && b.digits() <= 2 && (c.digits() == 4 || c.digits() == 2)) {
            boolean yy = c.digits() == 2;
            p = Partial.ymd(c.value(), yy, b.value(), a.value());
            if (!p.plausible()) {
              p = Partial.ymd(c.value(), yy, a.value(), b.value());
            }
          } else {
            return null;
          }
          if (p != null && p.year != null && !p.twoDigitYear && p.year < 1000) {
            return null;
          }
        }
      } else {
        if (count == 2) {
          DateToken a = nums.get(0);
          if (a.digits() == 4) {
            p = Partial.ymd(a.value(), false, monthValue, null);
          } else if (a.digits() <= 2) {
            p = Partial.ymd(null, false, monthValue, a.value());
          } else {
            return null;
          }
        } else {
          DateToken a = nums.get(0);
          DateToken b = nums.get(1);
          DateToken yearTok;
          DateToken dayTok;
          if (a.digits() == 4) {
            yearTok = a;
            dayTok = b;
          } else if (b.digits() == 4) {
            yearTok = b;
            dayTok = a;
          } else if (a.value() > 31) {
            yearTok = a;
            dayTok = b;
          } else if (b.value() > 31 || monthAt == 1 || monthAt == 0) {
            yearTok = b;
            dayTok = a;
          } else {
            yearTok = a;
            dayTok = b;
          }
          if (dayTok.digits() > 2 || (yearTok.digits() != 4 && yearTok.digits() != 2)) {
            return null;
          }
          p = Partial.ymd(yearTok.value(), yearTok.digits() == 2, monthValue, dayTok.value());
        }
      }
      return p != null && p.plausible() ? p : null;
    }

    // ------------------------------------------------------------ years, decades, quarters

    R yearForm(int i, boolean cued) {
      DateToken x = tok(i);
      if (x == null) {
        return null;
      }
      if (x.isNumber() && x.digits() <= 4 && standalone(i)) {
        Hit ad = hit(i + 1, Tag.AD);
        if (ad != null && x.value() > 0) {
          return new R(ad.end, Expr.partial(Partial.ymd(x.value(), false, null, null), rules));
        }
      }
      Hit noun = hit(i, Tag.CUE);
      if (noun != null && noun.entry.has("noun")) {
        Y ny = year4(noun.end);
        if (ny == null && tok(noun.end) != null && tok(noun.end).isNumber() && tok(noun.end).digits() == 2
            && standalone(noun.end)) {
          ny = new Y(noun.end + 1, tok(noun.end).value(), true);
        }
        if (ny != null) {
          return new R(ny.end, Expr.partial(Partial.ymd(ny.value, ny.twoDigit, null, null), rules), null, true, false, true);
        }
      }
      boolean strong = cued || strongCue[i] || i == coordAt;
      Y y = year4(i);
      if (y != null && y.value >= 1900 && y.value <= 2099) {
        if (strong || (weakCue[i] && yearFollowOk(y.end))) {
          return new R(y.end, Expr.partial(Partial.ymd(y.value, false, null, null), rules), null, true, false, true);
        }
        return null;
      }
      if (strongCue[i] && x.isNumber() && x.digits() == 2 && !x.spaceBefore && standalone(i)) {
        return new R(i + 1, Expr.partial(Partial.ymd(x.value(), true, null, null), rules));
      }
      if (strong && x.isPunct("'") && tok(i + 1) != null && tok(i + 1).isNumber() && tok(i + 1).digits() == 2
          && glued(i + 1) && standalone(i + 1)) {
        return new R(i + 2, Expr.partial(Partial.ymd(tok(i + 1).value(), true, null, null), rules));
      }
      if (strong) {
        Y w = yearWords(i);
        if (w != null && w.value >= 1000) {
          return new R(w.end, Expr.partial(Partial.ymd(w.value, false, null, null), rules));
        }
      }
      return null;
    }

    R decadeForm(int i) {
      DateToken x = tok(i);
      R best = null;
      if (x != null && x.isNumber() && standalone(i) && x.value() % 10 == 0 && (x.digits() == 4 || x.digits() == 2)) {
        int e = i + 1;
        if (isP(e, "'")) {
          e++;
        }
        DateToken s = tok(e);
        if (s != null && s.isWord() && s.norm.equals("s") && (e == i + 1 || glued(e))) {
          Expr d = x.digits() == 4 ? Expr.decade(x.value()) : Expr.decadeTens(x.value());
          best = new R(e + 1, d);
        }
      }
      int j = opt(i, Tag.ART);
      Hit dw = hit(j, Tag.DECADE);
      if (dw != null) {
        best = longer(best, new R(dw.end, Expr.decadeTens(dw.entry.value())));
      }
      U u = unit(j);
      if (u != null && u.unit == Unit.YEAR && u.plural && french) {
        int k = u.end;
        DateToken y = tok(k);
        if (y != null && y.isNumber() && standalone(k) && y.value() % 10 == 0) {
          if (y.digits() == 4) {
            best = longer(best, new R(k + 1, Expr.decade(y.value())));
          } else if (y.digits() == 2) {
            best = longer(best, new R(k + 1, Expr.decadeTens(y.value())));
          }
        } else {
          N w = words(k, false);
          if (w != null && !w.ordinal && w.value >= 10 && w.value <= 90 && w.value % 10 == 0) {
            best = longer(best, new R(w.end, Expr.decadeTens(w.value)));
          }
        }
      }
      return best;
    }

    R quarterForm(int i) {
      R best = null;
      for (Tag pre : new Tag[] {Tag.QPREFIX, Tag.HPREFIX}) {
        Unit u = pre == Tag.QPREFIX ? Unit.QUARTER : Unit.HALF;
        Hit q = hit(i, pre);
        DateToken before = tok(i - 1);
        if (q != null && (before == null || tok(i).spaceBefore || !(before.isWord() || before.isNumber()))) {
          int qn = quarterNumber(q.end, u);
          if (qn > 0) {
            int e = q.end + 1;
            Expr year = null;
            int k = optP(e, "-");
            if (k == e) {
              k = opt(e, Tag.OF);
            }
            Y y = year4(k);
            if (y != null) {
              year = Expr.partial(Partial.ymd(y.value, false, null, null), rules);
              e = y.end;
            }
            best = longer(best, new R(e, Expr.quarter(u, qn, year)));
          }
        }
      }
      DateToken x = tok(i);
      if (x != null && x.isNumber() && (x.digits() == 4 || (x.digits() == 2 && glued(i + 1))) && standalone(i)) {
        int k = optP(i + 1, "-");
        for (Tag pre : new Tag[] {Tag.QPREFIX, Tag.HPREFIX}) {
          Unit u = pre == Tag.QPREFIX ? Unit.QUARTER : Unit.HALF;
          Hit q = hit(k, pre);
          if (q != null && (k > i + 1 || !tok(k).spaceBefore || x.digits() == 4)) {
            int qn = quarterNumber(q.end, u);
            if (qn > 0) {
              Partial py = Partial.ymd(x.value(), x.digits() == 2, null, null);
              best = longer(best, new R(q.end + 1, Expr.quarter(u, qn, Expr.partial(py, rules))));
            }
          }
        }
      }
      return best;
    }

    int quarterNumber(int i, Unit u) {
      DateToken d = tok(i);
      if (d == null || !d.isNumber() || d.spaceBefore || d.digits() != 1) {
        return 0;
      }
      DateToken after = tok(i + 1);
      if (after != null && !after.spaceBefore && (after.isWord() || after.isNumber())) {
        return 0;
      }
      int v = d.value();
      return v >= 1 && v <= (u == Unit.QUARTER ? 4 : 2) ? v : 0;
    }

    // ------------------------------------------------------------ relative expressions

    R deicticForm(int i) {
      Hit h = hit(i, Tag.DEICTIC);
      if (h == null) {
        return null;
      }
      int days = h.entry.value();
      R best = new R(h.end, Expr.deictic(days));
      if (h.entry.has("anchor")) {
        int k = opt(h.end, Tag.OF);
        R a = anchor(k);
        if (a != null && a.e != null && a.e.kind == Unit.DAY) {
          best = longer(best, new R(a.end, Expr.shift(a.e, List.of(new Expr.Amount(Unit.DAY, 1)), days)));
        }
      }
      return best;
    }

    /** A date that something is counted from: a date, "today", "now". */
    R anchor(int i) {
      Hit now = hit(i, Tag.NOW);
      R best = now == null ? null : new R(now.end, Expr.deictic(0));
      R s = single(i, true);
      if (s != null && s.e != null) {
        best = longer(best, s);
      }
      return best;
    }

    Expr relUnit(Unit u, String mode) {
      switch (mode) {
        case "THIS":
          return Expr.unitRel(u, 0);
        case "NEXT":
        case "UPCOMING":
          return Expr.unitRel(u, 1);
        case "LAST":
          return Expr.unitRel(u, -1);
        case "ROLLING":
          return Expr.rolling(u, 1);
        default:
          return null;
      }
    }

    R unitRelForm(int i, boolean cued) {
      R best = null;
      Hit r = relAt(i);
      if (r != null) {
        U u = unit(r.end);
        // a plural relative word ("les derniers mois") is a vague count, read by countForm
        if (u != null && !u.plural && !r.entry.has("plural")) {
          Expr x = relUnit(u.unit, r.entry.arg(0));
          int e = u.end;
          Hit an = hit(e, Tag.AFTERNEXT);
          if (an != null && r.entry.arg(0).equals("NEXT")) {
            x = Expr.unitRel(u.unit, 2);
            e = an.end;
          }
          if (x != null) {
            best = new R(e, x);
          }
        }
      }
      int j = opt(i, Tag.ART);
      U u = unit(j);
      if (u != null && !u.plural) {
        Hit r2 = hit(u.end, Tag.REL);
        if (r2 != null) {
          Expr x = r2.entry.has("plural")
              ? countExpr(u.unit, r2.entry.arg(0), rules.vagueCount(), true)
              : relUnit(u.unit, r2.entry.arg(0));
          if (x != null) {
            best = longer(best, new R(r2.end, x));
          }
        }
        Hit an = hit(u.end, Tag.AFTERNEXT);
        if (an != null) {
          best = longer(best, new R(an.end, Expr.unitRel(u.unit, 2)));
        }
        if (u.unit == Unit.MONTH) {
          int k = opt(u.end, Tag.OF);
          W m = k > u.end ? month(k) : null;
          if (m != null) {
            Partial p = new Partial(null, false, m.value, null, null);
            int e = m.end;
            Y y = yearAfter(e);
            if (y != null) {
              p = p.withYear(y.value, y.twoDigit);
              e = y.end;
            }
            best = longer(best, finish(e, p));
          }
        }
        if (j > i && (cued || prepBefore(i))) {
          best = longer(best, new R(u.end, Expr.unitRel(u.unit, 0)));
        }
      }
      return best;
    }

    boolean prepBefore(int i) {
      for (Hit h : hitsEndingAt(i)) {
        if (h.entry.tag == Tag.PREP || h.entry.tag == Tag.OF || h.entry.tag == Tag.CUE) {
          return true;
        }
      }
      return false;
    }

    List<Hit> hitsEndingAt(int i) {
      List<Hit> out = new ArrayList<>();
      for (int s = Math.max(0, i - 4); s < i; s++) {
        for (Hit h : hits(s)) {
          if (h.end == i) {
            out.add(h);
          }
        }
      }
      return out;
    }

    /** A count of units: digits, words or a vague word ("few", "quelques"). */
    /** {value, end, vague (1 for "few", "quelques")}. */
    int[] count(int i) {
      Hit few = hit(i, Tag.FEW);
      if (few != null) {
        return new int[] {few.entry.value(), few.end, 1};
      }
      N num = number(i, false);
      if (num == null || num.ordinal || num.value <= 0 || num.value > 1000) {
        return null;
      }
      return new int[] {num.value, num.end, 0};
    }

    Expr countExpr(Unit u, String mode, int k) {
      return countExpr(u, mode, k, false);
    }

    /** A run of {@code k} units; {@code rolling} counts from the reference instead of whole units. */
    Expr countExpr(Unit u, String mode, int k, boolean rolling) {
      if (rolling) {
        switch (mode) {
          case "NEXT":
          case "UPCOMING":
            return Expr.rollingAhead(u, k);
          case "LAST":
          case "ROLLING":
            return Expr.rolling(u, k);
          default:
            return null;
        }
      }
      switch (mode) {
        case "NEXT":
          return Expr.run(u, k);
        case "LAST":
          return Expr.run(u, -k);
        case "ROLLING":
          return Expr.rolling(u, k);
        case "UPCOMING":
          return Expr.unitRel(u, k);
        default:
          return null;
      }
    }

    R countForm(int i) {
      R best = null;
      int j = i;
      Hit r0 = relAt(i);
      if (r0 != null && r0.entry.arg(0).equals("THIS") && hit(r0.end, Tag.REL) != null) {
        j = r0.end;
      }
      Hit r = j == i ? relAt(i) : hit(j, Tag.REL);
      if (r != null) {
        int[] c = count(r.end);
        if (c != null) {
          U u = unit(c[1]);
          if (u != null) {
            Expr x = countExpr(u.unit, r.entry.arg(0), c[0], c[2] == 1);
            if (x != null) {
              best = new R(u.end, x);
            }
          }
        } else {
          U u = unit(r.end);
          // "ces derniers mois": the unit hides its number, the plural relative word shows it
          if (u != null && (u.plural || r.entry.has("plural"))) {
            Expr x = countExpr(u.unit, r.entry.arg(0), rules.vagueCount(), true);
            if (x != null) {
              best = new R(u.end, x);
            }
          }
        }
      }
      int k = opt(j, Tag.ART);
      boolean art = k > j;
      int[] c = count(k);
      if (c != null) {
        Hit r2 = hit(c[1], Tag.REL);
        if (r2 != null) {
          U u = unit(r2.end);
          if (u != null) {
            Expr x = countExpr(u.unit, r2.entry.arg(0), c[0], art || c[2] == 1);
            if (x != null) {
              best = longer(best, new R(u.end, x));
            }
          }
        }
        U u = unit(c[1]);
        if (u != null) {
          Hit r3 = hit(u.end, Tag.REL);
          if (r3 != null) {
            Expr x = countExpr(u.unit, r3.entry.arg(0), c[0]);
            if (x != null) {
              best = longer(best, new R(r3.end, x));
            }
          }
        }
      }
      Hit w = hit(i, Tag.WITHIN);
      if (w != null) {
        int q = w.end;
        Hit rr = hit(q, Tag.REL);
        if (rr != null && rr.entry.arg(0).equals("NEXT")) {
          q = rr.end;
        }
        int[] c2 = count(q);
        if (c2 == null) {
          N a = number(q, true);
          c2 = a == null ? null : new int[] {a.value, a.end, 0};
        }
        if (c2 != null) {
          U u = unit(c2[1]);
          if (u != null) {
            best = longer(best, new R(u.end, Expr.within(u.unit, c2[0])));
          }
        }
      }
      return best;
    }

    /** An amount of time: "2 weeks", "a fortnight", "2 years 1 month and 21 days". */
    D duration(int i) {
      List<Expr.Amount> list = new ArrayList<>();
      int j = i;
      for (int guard = 0; guard < 5; guard++) {
        int value;
        int k;
        Hit few = hit(j, Tag.FEW);
        if (few != null) {
          value = few.entry.value();
          k = few.end;
        } else {
          N num = number(j, true);
          if (num == null || num.ordinal || num.value <= 0 || num.value > 10000) {
            break;
          }
          value = num.value;
          k = num.end;
        }
        U u = unit(k);
        if (u == null) {
          break;
        }
        list.add(new Expr.Amount(u.unit, value));
        j = u.end;
        int q = optP(j, ",");
        Hit and = hit(q, Tag.AND);
        if (and != null) {
          q = and.end;
        }
        DateToken nx = tok(q);
        if (nx != null && (nx.isNumber() || hit(q, Tag.NUM) != null || hit(q, Tag.TENS) != null)) {
          int save = j;
          j = q;
          if (guard == 4) {
            j = save;
          }
          continue;
        }
        break;
      }
      if (list.isEmpty()) {
        return null;
      }
      // drop a trailing connective that led nowhere
      int end = j;
      while (end > i && (isP(end - 1, ",") || hit(end - 1, Tag.AND) != null) && unit(end - 1) == null) {
        end--;
      }
      return new D(end, list);
    }

    R shiftForm(int i) {
      R best = null;
      Hit h;
      Expr today = Expr.deictic(0);
      if ((h = hit(i, Tag.IN)) != null) {
        D d = duration(h.end);
        if (d != null) {
          int e = d.end;
          Hit hn = hit(e, Tag.HENCE);
          if (hn != null) {
            e = hn.end;
          }
          best = longer(best, new R(e, Expr.shift(today, d.amounts, 1)));
        }
      }
      if ((h = hit(i, Tag.AGOPRE)) != null) {
        D d = duration(fillers(h.end));
        if (d != null) {
          best = longer(best, new R(d.end, Expr.shift(today, d.amounts, -1)));
        }
      }
      if ((h = hit(i, Tag.AFTER)) != null) {
        D d = duration(h.end);
        if (d != null && anchor(d.end) == null) {
          best = longer(best, new R(d.end, Expr.shift(today, d.amounts, 1)));
        }
      }
      D d = duration(i);
      if (d != null) {
        int e = d.end;
        Hit ago = hit(e, Tag.AGO);
        if (ago != null) {
          best = longer(best, new R(ago.end, Expr.shift(today, d.amounts, -1)));
        }
        Hit hence = hit(e, Tag.HENCE);
        if (hence != null) {
          best = longer(best, new R(hence.end, Expr.shift(today, d.amounts, 1)));
        }
        for (Tag rel : new Tag[] {Tag.BEFORE, Tag.AFTER}) {
          Hit hr = hit(e, rel);
          if (hr != null) {
            R a = anchor(hr.end);
            if (a != null) {
              best = longer(best, new R(a.end, Expr.shift(a.e, d.amounts, rel == Tag.AFTER ? 1 : -1)));
            }
          }
        }
        // "3 days starting from next Monday", "a week starting tomorrow"
        Hit st = hit(e, Tag.OPEN);
        if (st != null && st.entry.arg(0).equals("after") && st.entry.arg(1).equals("incl")) {
          R a = anchor(opt(st.end, Tag.AFTER));
          if (a != null) {
            best = longer(best, new R(a.end, runFrom(a.e, d.amounts)));
          }
        }
      }
      // "for 10 days from 18th Dec", "for 3 days, from today"
      if ((h = hit(i, Tag.FOR)) != null) {
        D d2 = duration(h.end);
        if (d2 != null) {
          int q = optP(d2.end, ",");
          Hit from = hit(q, Tag.AFTER);
          if (from != null) {
            R a = anchor(from.end);
            if (a != null) {
              best = longer(best, new R(a.end, runFrom(a.e, d2.amounts)));
            }
          }
        }
      }
      // "3 fridays from now", "2 thursdays ago"
      N num = number(i, true);
      if (num != null && !num.ordinal && num.value > 0 && num.value < 60) {
        Hit wd = hit(num.end, Tag.WEEKDAY);
        if (wd != null && wd.entry.has("plural")) {
          Hit hence = hit(wd.end, Tag.HENCE);
          Hit ago = hit(wd.end, Tag.AGO);
          if (hence != null) {
            best = longer(best, new R(hence.end, Expr.weekdayCount(wd.entry.value(), num.value, 1)));
          } else if (ago != null) {
            best = longer(best, new R(ago.end, Expr.weekdayCount(wd.entry.value(), num.value, -1)));
          }
        }
      }
      // "more than 2 weeks before today", "less than 3 days after tomorrow"
      for (Tag mod : new Tag[] {Tag.MORE, Tag.LESS}) {
        Hit m = hit(i, mod);
        if (m == null) {
          continue;
        }
        D d3 = duration(m.end);
        if (d3 == null) {
          continue;
        }
        for (Tag rel : new Tag[] {Tag.BEFORE, Tag.AFTER}) {
          Hit hr = hit(d3.end, rel);
          if (hr == null) {
            continue;
          }
          R a = anchor(hr.end);
          if (a == null) {
            continue;
          }
          int sign = rel == Tag.AFTER ? 1 : -1;
          Expr shifted = Expr.shift(a.e, d3.amounts, sign);
          if (mod == Tag.MORE) {
            best = longer(best, new R(a.end, shifted, rel == Tag.AFTER ? "after" : "before", true, false, false));
          } else {
            Expr range = sign > 0 ? Expr.range(a.e, shifted, rules) : Expr.range(shifted, a.e, rules);
            best = longer(best, new R(a.end, range));
          }
        }
      }
      return best;
    }

    Expr runFrom(Expr anchor, List<Expr.Amount> amounts) {
      Expr end = Expr.shift(anchor, amounts, 1);
      Expr dayBefore = Expr.shift(end, List.of(new Expr.Amount(Unit.DAY, 1)), -1);
      return Expr.range(anchor, dayBefore, rules);
    }

    /** A week named relative to the reference: "next week", "la semaine prochaine". */
    R weekRef(int i) {
      R r = unitRelForm(i, false);
      return r != null && r.e != null && r.e.kind == Unit.WEEK ? r : null;
    }

    R weekdayForm(int i) {
      R best = null;
      Hit r = relAt(i);
      if (r != null) {
        W w = weekday(r.end);
        if (w != null) {
          String mode = r.entry.arg(1);
          if (!mode.isEmpty()) {
            best = new R(w.end, Expr.weekday(w.value, mode, 0));
          }
        }
      }
      R wr = weekRef(i);
      if (wr != null) {
        int k = opt(wr.end, Tag.OF);
        k = opt(k, Tag.PREP);
        k = optP(k, "-");
        k = optP(k, ",");
        W w = weekday(k);
        if (w != null) {
          best = longer(best, new R(w.end, Expr.weekdayIn(wr.e, w.value)));
        }
      }
      W w = weekday(i);
      if (w != null) {
        int e = w.end;
        Hit rr = hit(e, Tag.REL);
        if (rr != null && !rr.entry.arg(1).isEmpty() && !rr.entry.arg(0).equals("THIS")) {
          best = longer(best, new R(rr.end, Expr.weekday(w.value, rr.entry.arg(1), 0)));
        }
        Hit an = hit(e, Tag.AFTERNEXT);
        if (an != null) {
          best = longer(best, new R(an.end, Expr.weekday(w.value, "AFTER_NEXT", 0)));
        }
        Hit eh = hit(e, Tag.ENHUIT);
        if (eh != null) {
          best = longer(best, new R(eh.end, Expr.weekday(w.value, "PLUS", eh.entry.value())));
        }
        int k = opt(e, Tag.OF);
        k = optP(k, ",");
        R wr2 = weekRef(k);
        if (wr2 != null) {
          best = longer(best, new R(wr2.end, Expr.weekdayIn(wr2.e, w.value)));
        }
        R sh = shiftForm(optP(e, ","));
        if (sh != null && sh.e != null && sh.open == null) {
          best = longer(best, new R(sh.end, Expr.weekdayIn(sh.e, w.value)));
        }
        if (!w.amb) {
          best = longer(best, new R(e, Expr.weekday(w.value, "BARE", 0)));
        }
      }
      // "in 3 days on Friday"
      R sh = shiftForm(i);
      if (sh != null && sh.e != null && sh.open == null) {
        int k = opt(sh.end, Tag.PREP);
        W w2 = k > sh.end ? weekday(k) : null;
        if (w2 != null) {
          best = longer(best, new R(w2.end, Expr.weekdayIn(sh.e, w2.value)));
        }
      }
      return best;
    }

    R monthRelForm(int i) {
      R best = null;
      Hit r = relAt(i);
      if (r != null) {
        W m = month(r.end);
        if (m != null && m.amb && !tok(r.end).capitalised) {
          m = null;
        }
        if (m != null) {
          String mode = r.entry.arg(0).equals("UPCOMING") ? "NEXT" : r.entry.arg(0);
          int e = m.end;
          Hit an = hit(e, Tag.AFTERNEXT);
          if (an != null && mode.equals("NEXT")) {
            mode = "AFTER_NEXT";
            e = an.end;
          }
          if (hit(e, Tag.NUM) == null && dayNum(optP(e, ",")) == null) {
            best = new R(e, Expr.monthRel(m.value, mode));
          }
        }
      }
      int j = opt(i, Tag.ART);
      W m = month(j);
      if (m != null) {
        Hit rr = hit(m.end, Tag.REL);
        if (rr != null && !rr.entry.arg(0).equals("THIS")) {
          String mode = rr.entry.arg(0).equals("LAST") || rr.entry.arg(0).equals("ROLLING") ? "LAST" : "NEXT";
          best = longer(best, new R(rr.end, Expr.monthRel(m.value, mode)));
        }
        Hit an = hit(m.end, Tag.AFTERNEXT);
        if (an != null) {
          best = longer(best, new R(an.end, Expr.monthRel(m.value, "AFTER_NEXT")));
        }
      }
      return best;
    }

    String seasonMode(String relMode) {
      switch (relMode) {
        case "NEXT":
        case "UPCOMING":
          return "NEXT";
        case "LAST":
        case "ROLLING":
          return "LAST";
        default:
          return "THIS";
      }
    }

    R seasonForm(int i, boolean cued) {
      R best = null;
      Hit r = relAt(i);
      if (r != null) {
        Hit s = hit(r.end, Tag.SEASON);
        if (s != null) {
          best = new R(s.end, Expr.season(s.entry.value(), seasonMode(r.entry.arg(0)), null, rules));
        }
      }
      int j = opt(i, Tag.ART);
      Hit s = hit(j, Tag.SEASON);
      if (s != null && s.entry.value() > 0) {
        Hit r2 = hit(s.end, Tag.REL);
        if (r2 != null) {
          best = longer(best, new R(r2.end, Expr.season(s.entry.value(), seasonMode(r2.entry.arg(0)), null, rules)));
        }
        int k = opt(s.end, Tag.OF);
        k = optP(k, ",");
        Y y = year4(k);
        if (y != null) {
          Expr ye = Expr.partial(Partial.ymd(y.value, false, null, null), rules);
          best = longer(best, new R(y.end, Expr.season(s.entry.value(), "THIS", ye, rules)));
        }
        if (!s.entry.has("amb") && (j > i || cued || prepBefore(i) || strongCue[i])) {
          best = longer(best, new R(s.end, Expr.season(s.entry.value(), "NEAREST", null, rules)));
        }
      }
      return best;
    }

    /** A period something is a part of: a month, a year, a week, a season, a decade. */
    R period(int i) {
      R best = null;
      int j = opt(i, Tag.ART);
      U u = unit(j);
      if (u != null && !u.plural && u.unit != Unit.DAY) {
        best = new R(u.end, Expr.unitRel(u.unit, 0));
      }
      R s = single(i, true);
      if (s != null && s.e != null && periodKind(s.e.kind)) {
        best = longer(best, s);
      }
      best = longer(best, decadeForm(i));
      return best;
    }

    R partForm(int i) {
      Hit rel = relAt(i);
      int j = rel != null ? rel.end : opt(i, Tag.ART);
      Hit p = hit(j, Tag.PART);
      if (p == null) {
        return null;
      }
      CalendarRules.Part part = CalendarRules.Part.valueOf(p.entry.arg(0));
      if (!p.entry.arg(1).isEmpty()) {
        Unit u = Unit.valueOf(p.entry.arg(1));
        int e = p.end;
        String mode = rel != null ? rel.entry.arg(0) : "THIS";
        Hit after = hit(e, Tag.REL);
        if (rel == null && after != null) {
          mode = after.entry.arg(0);
          e = after.end;
        }
        Expr base = relUnit(u, mode);
        return base == null ? null : new R(e, Expr.part(base, part, rules));
      }
      if (rel != null) {
        return null;
      }
      int k = optP(p.end, "-");
      int k2 = opt(k, Tag.OF);
      R per = period(k2);
      if (per == null || per.e == null || !periodKind(per.e.kind)) {
        return null;
      }
      return new R(per.end, Expr.part(per.e, part, rules));
    }

    /** An ordinal: "third", "3rd", "3e", "dernier", "second last"; or a plain day number. */
    int[] ordinal(int i) {
      Hit last = hit(i, Tag.ORD);
      N num = number(i, false);
      int value;
      int end;
      boolean plain = false;
      if (num != null && num.ordinal) {
        value = num.value;
        end = num.end;
      } else if (last != null && last.entry.value() < 0) {
        return new int[] {-1, last.end, 0};
      } else if (num != null && !num.word && num.digits <= 2 && num.value >= 1 && num.value <= 31) {
        value = num.value;
        end = num.end;
        plain = true;
      } else {
        return null;
      }
      Hit l2 = hit(end, Tag.ORD);
      if (l2 != null && l2.entry.value() < 0 && !plain) {
        return new int[] {-value, l2.end, 0};
      }
      return new int[] {value, end, plain ? 1 : 0};
    }

    R nthForm(int i) {
      R best = null;
      int j = opt(i, Tag.ART);
      int[] o = ordinal(j);
      if (o != null) {
        int k = o[1];
        boolean plain = o[2] == 1;
        U u = unit(k);
        W w = u == null ? weekday(k) : null;
        if ((u != null && !plain) || (u != null && u.unit == Unit.DAY) || (w != null && !plain)) {
          int e = u != null ? u.end : w.end;
          int k2 = opt(e, Tag.OF);
          R per = period(k2);
          if (u != null && u.unit == Unit.DAY && per != null && per.e != null && per.e.kind == Unit.MONTH && plain) {
            best = longer(best, new R(per.end, Expr.nthUnit(per.e, Unit.DAY, o[0])));
          } else if (per != null && per.e != null && !plain && (k2 > e || per.e.kind == Unit.YEAR)) {
            Expr x = u != null ? Expr.nthUnit(per.e, u.unit, o[0]) : Expr.nthWeekday(per.e, w.value, o[0]);
            int end = per.end;
            if (u != null && u.unit == Unit.WEEK) {
              int q = optP(end, ".");
              q = opt(q, Tag.PREP);
              W w2 = q > end ? weekday(q) : null;
              if (w2 != null) {
                x = Expr.weekdayIn(x, w2.value);
                end = w2.end;
              }
            }
            best = longer(best, new R(end, x));
          } else if (u != null && !plain && (u.unit == Unit.QUARTER || u.unit == Unit.HALF) && o[0] > 0) {
            best = longer(best, new R(u.end, Expr.quarter(u.unit, o[0], null)));
          } else if (u != null && !plain && u.unit == Unit.CENTURY && o[0] > 0) {
            best = longer(best, new R(u.end, Expr.century(o[0])));
          }
        } else if (u == null && w == null && o[0] > 0 && o[0] <= 31) {
          int k2 = opt(k, Tag.OF);
          R per = period(k2);
          if (per != null && per.e != null && per.e.kind == Unit.MONTH && per.e.partial == null) {
            best = longer(best, new R(per.end, Expr.dayOf(per.e, o[0])));
          }
        }
      }
      // first / last n units of a period
      Hit o1 = hit(j, Tag.ORD);
      if (o1 != null && Math.abs(o1.entry.value()) == 1) {
        int[] c = count(o1.end);
        if (c != null) {
          best = longer(best, firstN(c[1], c[0], o1.entry.value() < 0));
        }
      }
      int[] c = count(j);
      if (c != null) {
        Hit o2 = hit(c[1], Tag.ORD);
        if (o2 != null && Math.abs(o2.entry.value()) == 1) {
          best = longer(best, firstN(o2.end, c[0], o2.entry.value() < 0));
        }
      }
      return best;
    }

    R firstN(int k, int count, boolean fromEnd) {
      U u = unit(k);
      if (u == null) {
        return null;
      }
      int k2 = opt(u.end, Tag.OF);
      if (k2 == u.end) {
        return null;
      }
      R per = period(k2);
      if (per == null || per.e == null) {
        return null;
      }
      return new R(per.end, Expr.firstN(per.e, u.unit, count, fromEnd));
    }

    R weekOfForm(int i) {
      Hit h = hit(i, Tag.WEEKOF);
      if (h == null) {
        return null;
      }
      R d = single(h.end, true);
      if (d == null || d.e == null || d.e.kind != Unit.DAY) {
        return null;
      }
      return new R(d.end, Expr.weekOf(d.e));
    }

    R weekNumForm(int i) {
      int j = opt(i, Tag.ART);
      U u = unit(j);
      if (u == null || u.unit != Unit.WEEK || u.plural) {
        return null;
      }
      DateToken x = tok(u.end);
      if (x == null || !x.isNumber() || x.digits() > 2 || !standalone(u.end) || hit(u.end + 1, Tag.ORDSUF) != null) {
        return null;
      }
      int wn = x.value();
      if (wn < 1 || wn > 53) {
        return null;
      }
      int e = u.end + 1;
      int k = opt(e, Tag.OF);
      if (k > e) {
        R per = period(k);
        if (per != null && per.e != null && per.e.kind == Unit.YEAR) {
          return new R(per.end, Expr.isoWeek(wn, per.e));
        }
      }
      return new R(e, Expr.isoWeek(wn, null));
    }

    // ------------------------------------------------------------ ranges and open periods

    /** One end of a range: a date, a bare day ("13"), a bare year ("2014"), "now". */
    R element(int i) {
      R best = single(i, true);
      if (best != null && best.e == null) {
        return null;
      }
      int j = opt(i, Tag.ART);
      W wd = weekday(j);
      int k = j;
      if (wd != null) {
        k = optP(wd.end, ",");
      }
      N d = dayNum(k);
      if (d != null && hit(d.end, Tag.UNIT) == null && !isP(d.end, "/")) {
        Partial p = new Partial(null, false, null, d.value, wd == null ? null : wd.value);
        R bare = new R(d.end, Expr.partial(p, rules), null, true, true, false);
        if (best == null || bare.end > best.end) {
          best = bare;
        }
      }
      Y y = year4(i);
      if (y != null && (best == null || best.end <= y.end)) {
        best = new R(y.end, Expr.partial(Partial.ymd(y.value, false, null, null), rules), null, true, false, true);
      }
      Hit now = hit(i, Tag.NOW);
      if (now != null) {
        best = longer(best, new R(now.end, Expr.deictic(0)));
      }
      return best;
    }

    R range(int i) {
      if (rangeMemo.containsKey(i)) {
        return rangeMemo.get(i);
      }
      if (depth > MAX_DEPTH || !startable(i)) {
        return null;
      }
      depth++;
      R r;
      try {
        r = rangeAt(i);
      } finally {
        depth--;
      }
      rangeMemo.put(i, r);
      return r;
    }

    R rangeAt(int i) {
      int j = i;
      boolean marked = false;
      boolean between = false;
      Hit h = hit(i, Tag.BETWEEN);
      if (h != null) {
        between = true;
        marked = true;
        j = h.end;
      } else if ((h = hit(i, Tag.FROM)) != null) {
        marked = true;
        j = h.end;
      }
      R a = element(j);
      if (a == null || a.e == null) {
        return null;
      }
      Hit c = between && hit(a.end, Tag.AND) != null ? hit(a.end, Tag.AND) : hit(a.end, Tag.TO);
      if (c == null && tok(a.end) != null && tok(a.end).hyphenBefore && hit(a.end, Tag.MONTH) != null) {
        // "Nov-Feb 2017": the hyphen between the two month names was dropped by the tokeniser
        c = new Hit(null, a.end);
      }
      // "les 2 et 3 octobre": two days in a row named together are read as one run of days
      boolean pair = false;
      if (c == null && !marked && a.bareDay && hit(a.end, Tag.AND) != null) {
        c = hit(a.end, Tag.AND);
        pair = true;
      }
      if (c == null) {
        return null;
      }
      if (a.bareDay) {
        N bd = dayNum(opt(c.end, Tag.ART));
        if (pair && (bd == null || bd.value != a.e.partial.day + 1)) {
          return null;
        }
        if (bd != null) {
          int q = opt(opt(bd.end, Tag.PREP), Tag.OF);
          R m = period(q);
          if (m != null && m.e != null && m.e.kind == Unit.MONTH && m.e.partial == null) {
            return new R(m.end, Expr.range(Expr.dayOf(m.e, a.e.partial.day), Expr.dayOf(m.e, bd.value), rules));
          }
        }
      }
      R b = element(c.end);
      if (b == null || b.e == null) {
        return null;
      }
      int end = b.end;
      Expr ea = a.e;
      Expr eb = b.e;
      if (a.bareYear && b.bareDay || b.bareYear && a.bareDay) {
        return null;
      }
      if (b.bareYear && (a.e.partial == null || a.e.partial.year == null) && a.e.kind != Unit.YEAR) {
        return null;
      }
      if (a.bareYear && b.bareYear && a.e.partial.year >= b.e.partial.year) {
        return null;
      }
      if (a.bareDay && b.bareDay) {
        int q = opt(opt(end, Tag.PREP), Tag.OF);
        R m = period(q);
        if (m != null && m.e != null && m.e.kind == Unit.MONTH && m.e.partial == null) {
          ea = Expr.dayOf(m.e, a.e.partial.day);
          eb = Expr.dayOf(m.e, b.e.partial.day);
          end = m.end;
        } else if (!marked || !dayFollowOk(end)) {
          return null;
        }
      } else if (a.bareDay && (b.e.partial == null || b.e.partial.month == null)) {
        return null;
      } else if (b.bareDay && (a.e.partial == null || a.e.partial.month == null) && !marked) {
        return null;
      }
      if (b.bareDay && a.e.partial == null) {
        return null;
      }
      return new R(end, Expr.range(ea, eb, rules));
    }

    /** Whether the words of a postfix marker really begin the next expression ("or before 2000"). */
    boolean startsDate(Hit post) {
      for (int k = post.end - 1; k < post.end; k++) {
        for (Hit h : hits(k)) {
          if (h.entry.tag == Tag.OPEN && h.end > post.end) {
            return true;
          }
        }
      }
      R next = single(post.end, true);
      return next != null && next.e != null;
    }

    R open(int i) {
      R best = null;
      Hit h = hit(i, Tag.OPEN);
      if (h != null) {
        String dir = h.entry.arg(0);
        boolean incl = h.entry.arg(1).equals("incl");
        int j = fillers(h.end);
        R x = longer(single(j, true), range(j));
        if (h.entry.has("day")) {
          N d = dayNum(j);
          if (d != null && !d.word && dayFollowOk(d.end)) {
            x = longer(x, new R(d.end, Expr.partial(new Partial(null, false, null, d.value, null), rules)));
          }
        }
        if (x != null && x.e != null && x.open == null) {
          best = new R(x.end, x.e, dir, incl, false, false);
        }
      }
      R x = longer(single(i, false), range(i));
      Y y = year4(i);
      if (y != null && hit(y.end, Tag.OPENPOST) != null) {
        x = longer(x, new R(y.end, Expr.partial(Partial.ymd(y.value, false, null, null), rules)));
      }
      if (x != null && x.e != null && x.open == null) {
        Hit p = hit(x.end, Tag.OPENPOST);
        if (p != null && startsDate(p)) {
          p = null;
        }
        if (p != null) {
          best = longer(best, new R(p.end, x.e, p.entry.arg(0), p.entry.arg(1).equals("incl"), false, false));
        }
      }
      Hit td = hit(i, Tag.OPENTODAY);
      if (td != null) {
        best = longer(best, new R(td.end, Expr.deictic(0), td.entry.arg(0), true, false, false));
      }
      return best;
    }
  }
}
