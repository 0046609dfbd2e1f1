package org.transmanche.parsers.recognise.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A calendar date as written, any field possibly missing: "28 août 2014", "juillet", "le 16". */
final class Partial {
  final Integer year;
  final boolean twoDigitYear;
  final Integer month;
  final Integer day;
  final Integer weekday;

  Partial(Integer year, boolean twoDigitYear, Integer month, Integer day, Integer weekday) {
    this.year = year;
    this.twoDigitYear = twoDigitYear;
    this.month = month;
    this.day = day;
    this.weekday = weekday;
  }

  static Partial ymd(Integer y, boolean yy, Integer m, Integer d) {
    return new Partial(y, yy, m, d, null);
  }

  Partial withWeekday(Integer wd) {
    return new Partial(year, twoDigitYear, month, day, wd);
  }

  Partial withYear(Integer y, boolean yy) {
    return new Partial(y, yy, month, day, weekday);
  }

  Partial withMonth(Integer m) {
    return new Partial(year, twoDigitYear, m, day, weekday);
  }

  /** Whether the fields can make a date: a day needs a month or nothing else, a year alone is fine. */
  boolean plausible() {
    if (month != null && (month < 1 || month > 12)) {
      return false;
    }
    if (day != null && (day < 1 || day > 31)) {
      return false;
    }
    if (day != null && month != null && day > maxDay(month)) {
      return false;
    }
    if (year != null && !twoDigitYear && day != null && month != null && !isValid(year, month, day)) {
      return false;
    }
    return year != null || month != null || day != null;
  }

  private static int maxDay(int m) {
    return m == 2 ? 29 : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
  }

  static boolean isValid(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= YearMonth.of(y, m).lengthOfMonth();
  }

  /** Resolves against the reference; null when it cannot (missing year and no reference, bad date). */
  Span resolve(LocalDate ref, Dir dir, CalendarRules rules) {
    Integer y = year;
    if (y != null && twoDigitYear) {
      y = rules.fullYear(y, ref);
    }
    if (y != null) {
      if (month == null) {
        return day == null ? Span.of(Unit.YEAR, LocalDate.of(y, 1, 1)) : null;
      }
      if (day == null) {
        return Span.of(Unit.MONTH, LocalDate.of(y, month, 1));
      }
      return isValid(y, month, day) ? Span.day(LocalDate.of(y, month, day)) : null;
    }
    if (ref == null) {
      return null;
    }
    List<Span> all = new ArrayList<>();
    List<Span> matching = new ArrayList<>();
    if (month != null) {
      boolean leapDay = month == 2 && day != null && day == 29;
      int reach = leapDay ? 4 : 1;
      for (int yy = ref.getYear() - reach; yy <= ref.getYear() + reach; yy++) {
        if (day == null) {
          all.add(Span.of(Unit.MONTH, LocalDate.of(yy, month, 1)));
        } else if (isValid(yy, month, day)) {
          Span s = Span.day(LocalDate.of(yy, month, day));
          all.add(s);
          if (weekday != null && s.from.getDayOfWeek() == DayOfWeek.of(weekday)) {
            matching.add(s);
          }
        }
      }
      if (leapDay) {
        // only the nearest leap years on each side
        all.removeIf(s -> !Year.isLeap(s.from.getYear()));
      }
    } else if (day != null) {
      int reach = weekday == null ? 1 : 14;
      YearMonth base = YearMonth.from(ref);
      for (int k = -reach; k <= reach; k++) {
        YearMonth ym = base.plusMonths(k);
        if (day <= ym.lengthOfMonth()) {
          Span s = Span.day(ym.atDay(day));
          if (Math.abs(k) <= 1) {
            all.add(s);
          }
          if (weekday != null && s.from.getDayOfWeek() == DayOfWeek.of(weekday)) {
            matching.add(s);
          }
        }
      }
    } else {
      return null;
    }
    return choose(matching.isEmpty() ? all : matching, ref, dir);
  }

  /** The candidate the direction asks for: first on or after, last on or before, or nearest. */
  static Span choose(List<Span> cands, LocalDate ref, Dir dir) {
    Span best = null;
    if (dir == Dir.FUTURE) {
      for (Span s : cands) {
        if (!s.to.isBefore(ref) && (best == null || s.from.isBefore(best.from))) {
          best = s;
        }
      }
    } else if (dir == Dir.PAST) {
      for (Span s : cands) {
        if (!s.from.isAfter(ref) && (best == null || s.from.isAfter(best.from))) {
          best = s;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (Span s : cands) {
      if (best == null) {
        best = s;
        continue;
      }
      long a = s.distance(ref);
      long b = best.distance(ref);
      if (a < b || (a == b && s.from.isBefore(best.from))) {
        best = s;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "Partial[y=" + year + (twoDigitYear ? "(yy)" : "") + " m=" + month + " d=" + day + " wd=" + weekday + "]";
  }
}
