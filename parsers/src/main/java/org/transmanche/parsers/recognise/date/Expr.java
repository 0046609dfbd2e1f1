package org.transmanche.parsers.recognise.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.transmanche.model.Precision;

/**
 * A date expression as read, before resolution: how to turn a reference date into a {@link Span}.
 * Immutable; resolution is a pure function of the reference date and the direction.
 */
final class Expr {

  /** Turns a reference date (null when unknown) and a direction into a span, or null. */
  interface Resolver {
    Span at(LocalDate ref, Dir dir);
  }

  final Resolver resolver;
  /** Whether the result depends on the reference date. */
  final boolean relative;
  /** The calendar fields, for plain dates (used to complete both ends of a range); else null. */
  final Partial partial;
  /** The kind of period the expression names, for parts and ordinals of it. */
  final Unit kind;
  /** A direction stated by the expression's own words ("prochain", "dernier"), or null. */
  final Dir own;
  /** For a bare day name ("friday"), its number; else 0. A range reads it after its start. */
  final int bareWeekday;

  private Expr(Resolver resolver, boolean relative, Partial partial, Unit kind, Dir own) {
    this(resolver, relative, partial, kind, own, 0);
  }

  private Expr(Resolver resolver, boolean relative, Partial partial, Unit kind, Dir own, int bareWeekday) {
    this.resolver = resolver;
    this.relative = relative;
    this.partial = partial;
    this.kind = kind;
    this.own = own;
    this.bareWeekday = bareWeekday;
  }

  private static Expr rel(Unit kind, Resolver r) {
    return new Expr(r, true, null, kind, null);
  }

  Expr withOwn(Dir d) {
    return new Expr(resolver, relative, partial, kind, d, bareWeekday);
  }

  /** Resolves, or returns null (relative expression without reference, impossible date). */
  Span resolve(LocalDate ref, Dir context) {
    if (relative && ref == null) {
      return null;
    }
    try {
      return resolver.at(ref, own != null ? own : context);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- calendar dates

  static Expr partial(Partial p, CalendarRules rules) {
    Unit kind = p.day != null ? Unit.DAY : p.month != null ? Unit.MONTH : Unit.YEAR;
    boolean relative = p.year == null || p.twoDigitYear;
    return new Expr((ref, dir) -> p.resolve(ref, dir, rules), relative, p, kind, null);
  }

  /** A fixed span. */
  static Expr fixed(Span s) {
    return new Expr((ref, dir) -> s, false, null, s.unit, null);
  }

  // ---------------------------------------------------------------- relative to the reference

  /** The day {@code days} away from the reference. */
  static Expr deictic(int days) {
    return rel(Unit.DAY, (ref, dir) -> Span.day(ref.plusDays(days)));
  }

  /** The unit holding the reference, moved by {@code offset} units ("last week", "cette année"). */
  static Expr unitRel(Unit u, int offset) {
    return rel(u, (ref, dir) -> Span.of(u, u.plus(u.start(ref), offset)));
  }

  /** A run of {@code n} units back from the reference, which it includes ("the past year"). */
  static Expr rolling(Unit u, int n) {
    return rel(Unit.NONE, (ref, dir) -> new Span(u.plus(ref, -n), ref, u.many(), Unit.NONE));
  }

  /** A run of {@code n} units from the day after the reference ("the 3 next weeks"). */
  static Expr rollingAhead(Unit u, int n) {
    return rel(Unit.NONE, (ref, dir) -> new Span(ref.plusDays(1), u.plus(ref, n), u.many(), Unit.NONE));
  }

  /** An incomplete date completed near the reference moved by {@code amounts} ("March in a year"). */
  static Expr movedReference(Expr date, List<Amount> amounts) {
    List<Amount> copy = List.copyOf(amounts);
    return rel(date.kind, (ref, dir) -> {
      LocalDate moved = ref;
      for (Amount m : copy) {
        moved = m.unit.plus(moved, m.n);
      }
      return date.resolve(moved, Dir.NEAREST);
    });
  }

  /** A run of {@code n} units starting on the reference ("within 9 months"). */
  static Expr within(Unit u, int n) {
    return rel(Unit.NONE, (ref, dir) -> new Span(ref, u.plus(ref, n), u.many(), Unit.NONE));
  }

  /** The {@code n} whole units after (n > 0) or before (n < 0) the one holding the reference. */
  static Expr run(Unit u, int n) {
    return rel(Unit.NONE, (ref, dir) -> {
      LocalDate s = u.start(ref);
      if (n > 0) {
        LocalDate from = u.plus(s, 1);
        return new Span(from, u.plus(from, n).minusDays(1), n == 1 ? u.one() : u.many(), n == 1 ? u : Unit.NONE);
      }
      LocalDate from = u.plus(s, n);
      return new Span(from, s.minusDays(1), n == -1 ? u.one() : u.many(), n == -1 ? u : Unit.NONE);
    });
  }

  /** An amount of time: {@code n} units. */
  static final class Amount {
    final Unit unit;
    final int n;

    Amount(Unit unit, int n) {
      this.unit = unit;
      this.n = n;
    }
  }

  /** The day {@code amounts} after (sign 1) or before (sign -1) the start of {@code anchor}. */
  static Expr shift(Expr anchor, List<Amount> amounts, int sign) {
    List<Amount> copy = List.copyOf(amounts);
    return new Expr(
        (ref, dir) -> {
          Span a = anchor.resolve(ref, dir);
          if (a == null) {
            return null;
          }
          LocalDate d = a.from;
          for (Amount m : copy) {
            d = m.unit.plus(d, (long) sign * m.n);
          }
          return Span.day(d);
        },
        anchor.relative,
        null,
        Unit.DAY,
        null);
  }

  /** The {@code n}-th {@code weekday} after (sign 1) or before (sign -1) the reference. */
  static Expr weekdayCount(int weekday, int n, int sign) {
    return rel(Unit.DAY, (ref, dir) -> {
      LocalDate d = sign > 0
          ? ref.with(TemporalAdjusters.next(DayOfWeek.of(weekday)))
          : ref.with(TemporalAdjusters.previous(DayOfWeek.of(weekday)));
      return Span.day(d.plusWeeks((long) sign * (n - 1)));
    });
  }

  /**
   * A day of the week named relative to the reference. Modes: BARE (the nearest past one, the
   * reference itself included, or the next one when the direction is FUTURE), THIS_WEEK, NEXT_WEEK,
   * LAST_WEEK (that day of the week named), NEXT_OCC, PREV_OCC (strictly after / before), AFTER_NEXT
   * (the one after the next), PLUS (the one on or after the reference, plus {@code extraDays}).
   */
  static Expr weekday(int weekday, String mode, int extraDays) {
    DayOfWeek w = DayOfWeek.of(weekday);
    Resolver r = (ref, dir) -> {
      LocalDate monday = ref.with(DayOfWeek.MONDAY);
      switch (mode) {
        case "THIS_WEEK":
          return Span.day(monday.plusDays(weekday - 1L));
        case "NEXT_WEEK":
          return Span.day(monday.plusDays(weekday + 6L));
        case "LAST_WEEK":
          return Span.day(monday.plusDays(weekday - 8L));
        case "NEXT_OCC":
          return Span.day(ref.with(TemporalAdjusters.next(w)));
        case "PREV_OCC":
          return Span.day(ref.with(TemporalAdjusters.previous(w)));
        case "AFTER_NEXT":
          return Span.day(ref.with(TemporalAdjusters.next(w)).plusWeeks(1));
        case "PLUS":
          return Span.day(ref.with(TemporalAdjusters.nextOrSame(w)).plusDays(extraDays));
        default:
          return Span.day(dir == Dir.FUTURE
              ? ref.with(TemporalAdjusters.nextOrSame(w))
              : ref.with(TemporalAdjusters.previousOrSame(w)));
      }
    };
    return new Expr(r, true, null, Unit.DAY, null, mode.equals("BARE") ? weekday : 0);
  }

  /** {@code weekday} in the ISO week holding the start of {@code period}. */
  static Expr weekdayIn(Expr period, int weekday) {
    return new Expr(
        (ref, dir) -> {
          Span p = period.resolve(ref, dir);
          return p == null ? null : Span.day(p.from.with(DayOfWeek.of(weekday)));
        },
        period.relative,
        null,
        Unit.DAY,
        null);
  }

  /** The {@code n}-th (negative: from the end) {@code weekday} within {@code period}. */
  static Expr nthWeekday(Expr period, int weekday, int n) {
    DayOfWeek w = DayOfWeek.of(weekday);
    return new Expr(
        (ref, dir) -> {
          Span p = period.resolve(ref, dir);
          if (p == null || n == 0) {
            return null;
          }
          LocalDate d = n > 0
              ? p.from.with(TemporalAdjusters.nextOrSame(w)).plusWeeks(n - 1L)
              : p.to.with(TemporalAdjusters.previousOrSame(w)).plusWeeks(n + 1L);
          return p.distance(d) == 0 ? Span.day(d) : null;
        },
        period.relative,
        null,
        Unit.DAY,
        null);
  }

  /** Mondays of the weeks belonging to a period: those whose Thursday falls in it. */
  private static List<LocalDate> weeksOf(Span p) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate m = p.from.with(DayOfWeek.MONDAY);
    if (m.plusDays(3).isBefore(p.from)) {
      m = m.plusWeeks(1);
    }
    while (!m.plusDays(3).isAfter(p.to)) {
      out.add(m);
      m = m.plusWeeks(1);
    }
    return out;
  }

  /**
   * The {@code n}-th (negative: from the end) unit of {@code period}: a day, an ISO-style week (one
   * whose Thursday is in the period), a month, a quarter, a half, or a half-month (fortnight).
   */
  static Expr nthUnit(Expr period, Unit u, int n) {
    return new Expr(
        (ref, dir) -> {
          Span p = period.resolve(ref, dir);
          if (p == null || n == 0) {
            return null;
          }
          Span out;
          switch (u) {
            case DAY: {
              LocalDate d = n > 0 ? p.from.plusDays(n - 1L) : p.to.plusDays(n + 1L);
              out = Span.day(d);
              break;
            }
            case WEEK: {
              List<LocalDate> ws = weeksOf(p);
              int k = n > 0 ? n - 1 : ws.size() + n;
              if (k < 0 || k >= ws.size()) {
                return null;
              }
              return Span.of(Unit.WEEK, ws.get(k));
            }
            case FORTNIGHT: {
              if (p.unit != Unit.MONTH || Math.abs(n) > 2) {
                return null;
              }
              boolean first = n == 1 || n == -2;
              LocalDate mid = p.from.withDayOfMonth(16);
              return first ? new Span(p.from, mid.minusDays(1), Precision.PART_OF_MONTH, Unit.NONE)
                  : new Span(mid, p.to, Precision.PART_OF_MONTH, Unit.NONE);
            }
            case MONTH:
            case QUARTER:
            case HALF: {
              LocalDate s = n > 0 ? u.plus(p.from, n - 1L) : u.plus(p.to.plusDays(1), n);
              out = Span.of(u, s);
              break;
            }
            default:
              return null;
          }
          return p.distance(out.from) == 0 && p.distance(out.to) == 0 ? out : null;
        },
        period.relative,
        null,
        u == Unit.FORTNIGHT ? Unit.NONE : u,
        null);
  }

  /** The first (or last) {@code n} units of {@code period}. Weeks are runs of seven days. */
  static Expr firstN(Expr period, Unit u, int n, boolean fromEnd) {
    return new Expr(
        (ref, dir) -> {
          Span p = period.resolve(ref, dir);
          if (p == null || n <= 0) {
            return null;
          }
          LocalDate from;
          LocalDate to;
          if (!fromEnd) {
            from = p.from;
            to = u.plus(p.from, n).minusDays(1);
          } else {
            to = p.to;
            from = u.plus(p.to.plusDays(1), -n);
          }
          if (to.isAfter(p.to) || from.isBefore(p.from)) {
            return null;
          }
          Precision prec = u.many();
          if (p.unit == Unit.MONTH && (u == Unit.DAY || u == Unit.WEEK)) {
            prec = Precision.PART_OF_MONTH;
          }
          return new Span(from, to, prec, Unit.NONE);
        },
        period.relative,
        null,
        Unit.NONE,
        null);
  }

  /** A named part of a period ("fin juillet", "earlier this year"). */
  static Expr part(Expr period, CalendarRules.Part part, CalendarRules rules) {
    boolean usesRef = part == CalendarRules.Part.REST || part == CalendarRules.Part.LATER;
    return new Expr(
        (ref, dir) -> {
          Span p = period.resolve(ref, dir);
          return p == null ? null : rules.part(p, part, ref);
        },
        period.relative || usesRef,
        null,
        Unit.NONE,
        null);
  }

  /** The week holding the start of {@code date}. */
  static Expr weekOf(Expr date) {
    return new Expr(
        (ref, dir) -> {
          Span d = date.resolve(ref, dir);
          return d == null ? null : Span.of(Unit.WEEK, d.from.with(DayOfWeek.MONDAY));
        },
        date.relative,
        null,
        Unit.WEEK,
        null);
  }

  /** ISO week {@code n} of the year named by {@code year}, or of the reference year. */
  static Expr isoWeek(int n, Expr year) {
    return new Expr(
        (ref, dir) -> {
          int y;
          if (year == null) {
            y = ref.getYear();
          } else {
            Span s = year.resolve(ref, dir);
            if (s == null) {
              return null;
            }
            y = s.from.getYear();
          }
          LocalDate jan4 = LocalDate.of(y, 1, 4);
          if (n < 1 || n > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return null;
          }
          return Span.of(Unit.WEEK, jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n).with(DayOfWeek.MONDAY));
        },
        year == null || year.relative,
        null,
        Unit.WEEK,
        null);
  }

  /** Quarter or half {@code n} of the year named, or of the reference year. */
  static Expr quarter(Unit u, int n, Expr year) {
    int max = u == Unit.QUARTER ? 4 : 2;
    return new Expr(
        (ref, dir) -> {
          if (n < 1 || n > max) {
            return null;
          }
          int y;
          if (year == null) {
            y = ref.getYear();
          } else {
            Span s = year.resolve(ref, dir);
            if (s == null) {
              return null;
            }
            y = s.from.getYear();
          }
          return Span.of(u, u.plus(LocalDate.of(y, 1, 1), n - 1L));
        },
        year == null || year.relative,
        null,
        u,
        null);
  }

  /** The decade starting in {@code start} ("the 1990s"). */
  static Expr decade(int start) {
    return fixed(Span.of(Unit.DECADE, LocalDate.of(start, 1, 1)));
  }

  /** The decade of {@code tens} ("the nineties") nearest the reference, or of the 1900s. */
  static Expr decadeTens(int tens) {
    return new Expr(
        (ref, dir) -> {
          if (ref == null) {
            return Span.of(Unit.DECADE, LocalDate.of(1900 + tens, 1, 1));
          }
          List<Span> c = new ArrayList<>();
          int base = (ref.getYear() / 100) * 100;
          for (int b = base - 100; b <= base; b += 100) {
            c.add(Span.of(Unit.DECADE, LocalDate.of(b + tens, 1, 1)));
          }
          return Partial.choose(c, ref, Dir.PAST);
        },
        false,
        null,
        Unit.DECADE,
        null);
  }

  /** The {@code n}-th century: years (n-1)*100 to (n-1)*100 + 99. */
  static Expr century(int n) {
    return fixed(new Span(LocalDate.of((n - 1) * 100, 1, 1), LocalDate.of((n - 1) * 100 + 99, 12, 31), Precision.YEARS, Unit.CENTURY));
  }

  /** A month named with a relative word: THIS (this year's), NEXT, LAST, AFTER_NEXT occurrence. */
  static Expr monthRel(int month, String mode) {
    return rel(Unit.MONTH, (ref, dir) -> {
      LocalDate thisYear = LocalDate.of(ref.getYear(), month, 1);
      LocalDate cur = ref.withDayOfMonth(1);
      switch (mode) {
        case "NEXT":
          return Span.of(Unit.MONTH, thisYear.isAfter(cur) ? thisYear : thisYear.plusYears(1));
        case "AFTER_NEXT":
          return Span.of(Unit.MONTH, (thisYear.isAfter(cur) ? thisYear : thisYear.plusYears(1)).plusYears(1));
        case "LAST":
          return Span.of(Unit.MONTH, thisYear.isBefore(cur) ? thisYear : thisYear.minusYears(1));
        default:
          return Span.of(Unit.MONTH, thisYear);
      }
    });
  }

  /** A season: number 1..4 (0: whichever holds the reference) with THIS/NEXT/LAST/NEAREST. */
  static Expr season(int s, String mode, Expr year, CalendarRules rules) {
    return new Expr(
        (ref, dir) -> {
          if (year != null) {
            Span y = year.resolve(ref, dir);
            return y == null || s == 0 ? null : rules.season(s, y.from.getYear());
          }
          if (s == 0) {
            int shift = mode.equals("NEXT") ? 1 : mode.equals("LAST") ? -1 : 0;
            return rules.seasonShift(ref, shift);
          }
          List<Span> c = new ArrayList<>();
          for (int y = ref.getYear() - 2; y <= ref.getYear() + 1; y++) {
            c.add(rules.season(s, y));
          }
          if (mode.equals("NEXT")) {
            for (Span sp : c) {
              if (sp.from.isAfter(ref)) {
                return sp;
              }
            }
            return null;
          }
          if (mode.equals("LAST")) {
            Span best = null;
            for (Span sp : c) {
              if (sp.to.isBefore(ref)) {
                best = sp;
              }
            }
            return best;
          }
          return Partial.choose(c, ref, dir);
        },
        year == null || year.relative,
        null,
        Unit.SEASON,
        null);
  }

  /** From 1 January of the reference year to the reference. */
  static Expr yearToDate() {
    return rel(Unit.NONE, (ref, dir) -> new Span(ref.withDayOfYear(1), ref, Precision.DAYS, Unit.NONE));
  }

  /** Day {@code day} of the month named by {@code month} ("20 of next month"). */
  static Expr dayOf(Expr month, int day) {
    return new Expr(
        (ref, dir) -> {
          Span m = month.resolve(ref, dir);
          if (m == null || day < 1 || day > m.from.lengthOfMonth()) {
            return null;
          }
          return Span.day(m.from.withDayOfMonth(day));
        },
        month.relative,
        null,
        Unit.DAY,
        null);
  }

  /** Whether date {@code x} comes before {@code y} within a year (month, then day). */
  private static boolean before(Partial x, Partial y) {
    if (x.month == null || y.month == null) {
      return false;
    }
    if (!x.month.equals(y.month)) {
      return x.month < y.month;
    }
    return x.day != null && y.day != null && x.day < y.day;
  }

  /**
   * From the start of {@code a} to the end of {@code b}. Plain dates lend each other their missing
   * month and year ("13 au 15 juillet", "Nov-Feb 2017"); a missing year is taken from the reference
   * for the first end and carried to the second.
   */
  static Expr range(Expr a, Expr b, CalendarRules rules) {
    Precision prec = a.kind == Unit.YEAR && b.kind == Unit.YEAR ? Precision.YEARS
        : (a.kind == Unit.MONTH || a.kind == Unit.YEAR) && (b.kind == Unit.MONTH || b.kind == Unit.YEAR)
            ? Precision.MONTHS : Precision.DAYS;
    boolean yearGiven = a.partial != null && b.partial != null
        && ((a.partial.year != null && !a.partial.twoDigitYear) || (b.partial.year != null && !b.partial.twoDigitYear));
    boolean relative = !yearGiven && (a.relative || b.relative);
    return new Expr(
        (ref, dir) -> {
          Span sa;
          Span sb;
          if (a.partial != null && b.partial != null) {
            Partial pa = a.partial;
            Partial pb = b.partial;
            if (pa.month == null && pb.month != null && pa.day != null) {
              pa = pa.withMonth(pb.month);
            }
            if (pb.month == null && pa.month != null && pb.day != null) {
              pb = pb.withMonth(pa.month);
            }
            if (pa.year == null && pb.year != null) {
              pa = pa.withYear(pb.year - (before(pb, pa) ? 1 : 0), pb.twoDigitYear);
            }
            if (pa.year != null && pb.year == null) {
              pb = pb.withYear(pa.year + (before(pb, pa) ? 1 : 0), pa.twoDigitYear);
            }
            if (pa.year != null) {
              sa = pa.resolve(ref, dir, rules);
              sb = pb.resolve(ref, dir, rules);
            } else {
              // no year on either end: choose the year (or month) for the range as a whole
              if (ref == null) {
                return null;
              }
              List<Span> cands = new ArrayList<>();
              for (int k = -1; k <= 1; k++) {
                Partial ca;
                Partial cb;
                if (pa.month != null) {
                  int y = ref.getYear() + k;
                  ca = pa.withYear(y, false);
                  cb = pb.withYear(before(pb, pa) ? y + 1 : y, false);
                } else if (pa.day != null && pb.day != null) {
                  LocalDate m = ref.withDayOfMonth(1).plusMonths(k);
                  ca = Partial.ymd(m.getYear(), false, m.getMonthValue(), pa.day);
                  LocalDate mb = pb.day < pa.day ? m.plusMonths(1) : m;
                  cb = Partial.ymd(mb.getYear(), false, mb.getMonthValue(), pb.day);
                } else {
                  return null;
                }
                Span x = ca.resolve(ref, dir, rules);
                Span y2 = cb.resolve(ref, dir, rules);
                if (x != null && y2 != null && !y2.to.isBefore(x.from)) {
                  cands.add(new Span(x.from, y2.to, prec, Unit.NONE));
                }
              }
              return cands.isEmpty() ? null : Partial.choose(cands, ref, dir);
            }
          } else if (a.partial != null && (a.partial.year == null) && b.partial == null) {
            // "from March to date": the second end first, the first one before it
            sb = b.resolve(ref, dir);
            if (sb == null) {
              return null;
            }
            sa = a.partial.resolve(sb.from, Dir.PAST, rules);
          } else {
            sa = a.resolve(ref, dir);
            if (sa == null) {
              return null;
            }
            if (a.relative && b.partial == null) {
              Span first = sa;
              Span second = b.resolve(ref, dir);
              if (second != null && second.to.isBefore(first.from)) {
                Span again = a.resolve(second.from, Dir.PAST);
                if (again != null && !second.to.isBefore(again.from)) {
                  return new Span(again.from, second.to, prec, Unit.NONE);
                }
              }
            }
            if (b.partial != null && b.partial.year == null && b.partial.month != null) {
              sb = b.partial.resolve(sa.from, Dir.FUTURE, rules);
            } else if (b.bareWeekday > 0) {
              sb = Span.day(sa.from.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(b.bareWeekday))));
            } else {
              sb = b.resolve(ref, dir);
            }
          }
          if (sa == null || sb == null || sb.to.isBefore(sa.from)) {
            return null;
          }
          return new Span(sa.from, sb.to, prec, Unit.NONE);
        },
        relative,
        null,
        Unit.NONE,
        null);
  }
}
