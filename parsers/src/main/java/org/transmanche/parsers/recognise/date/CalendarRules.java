package org.transmanche.parsers.recognise.date;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.transmanche.model.Precision;

/**
 * The calendar conventions of {@code calendar.tsv} (parts of periods, seasons, vague counts) and the
 * arithmetic that applies them. Immutable after loading and thread-safe.
 */
final class CalendarRules {

  /** A named part of a period. */
  enum Part {
    BEGIN,
    MID,
    END,
    EARLIER,
    LATER,
    REST,
    WEEKEND
  }

  private final Map<Unit, Map<Part, int[]>> parts = new EnumMap<>(Unit.class);
  private final Map<Unit, Integer> halves = new EnumMap<>(Unit.class);
  private final Map<Integer, MonthDay[]> seasons = new HashMap<>();
  private int vague = 3;
  private int pivot = 50;

  private CalendarRules() {}

  /**
   * Reads {@code calendar.tsv}.
   *
   * @throws UncheckedIOException if the file is missing
   * @throws IllegalArgumentException naming a malformed line
   */
  static CalendarRules load() {
    CalendarRules c = new CalendarRules();
    try (InputStream in = CalendarRules.class.getResourceAsStream("calendar.tsv")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing date data file calendar.tsv"));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (body.isEmpty()) {
          continue;
        }
        String[] f = body.split("\t");
        try {
          c.add(f);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("calendar.tsv:" + no + ": cannot read '" + line + "'", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar.tsv", e);
    }
    return c;
  }

  private void add(String[] f) {
    switch (f[0]) {
      case "part":
        parts.computeIfAbsent(Unit.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), k -> new EnumMap<>(Part.class))
            .put(Part.valueOf(f[2]), new int[] {Integer.parseInt(f[3]), Integer.parseInt(f[4])});
        break;
      case "half":
        halves.put(Unit.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(f[2]));
        break;
      case "season":
        seasons.put(Integer.parseInt(f[1]), new MonthDay[] {MonthDay.parse("--" + f[2]), MonthDay.parse("--" + f[3])});
        break;
      case "vague":
        vague = Integer.parseInt(f[1]);
        break;
      case "pivot":
        pivot = Integer.parseInt(f[1]);
        break;
      default:
        throw new IllegalArgumentException("unknown key '" + f[0] + "'; known: part, half, season, vague, pivot");
    }
  }

  int vagueCount() {
    return vague;
  }

  /** A two-digit year placed in the century nearest the reference, or by the pivot without one. */
  int fullYear(int yy, LocalDate ref) {
    if (ref == null) {
      return yy < pivot ? 2000 + yy : 1900 + yy;
    }
    int base = (ref.getYear() / 100) * 100;
    int best = base + yy;
    for (int c : new int[] {base - 100 + yy, base + 100 + yy}) {
      if (Math.abs(c - ref.getYear()) < Math.abs(best - ref.getYear())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * A part of a resolved period. Month parts are days, year parts months, week parts weekdays;
   * EARLIER and LATER are halves clipped at the reference; REST runs from the reference to the end.
   * Returns null when the period kind has no such part.
   */
  Span part(Span base, Part p, LocalDate ref) {
    Unit u = base.unit;
    if (p == Part.REST) {
      if (ref == null) {
        return null;
      }
      LocalDate from = ref.isAfter(base.from) ? ref : base.from;
      return new Span(from, base.to, Precision.DAYS, Unit.NONE);
    }
    if (p == Part.EARLIER || p == Part.LATER) {
      Integer h = halves.get(u);
      if (h == null) {
        return null;
      }
      LocalDate mid = halfStart(base, u, h);
      Span s = p == Part.EARLIER ? new Span(base.from, mid.minusDays(1), Precision.DAYS, Unit.NONE)
          : new Span(mid, base.to, Precision.DAYS, Unit.NONE);
      if (ref != null && p == Part.LATER && ref.isAfter(s.from) && !ref.isAfter(s.to)) {
        s = new Span(ref, s.to, Precision.DAYS, Unit.NONE);
      }
      return s;
    }
    if (u == Unit.SEASON || u == Unit.QUARTER || u == Unit.HALF || u == Unit.CENTURY || u == Unit.NONE) {
      // a third of the run of days
      long days = java.time.temporal.ChronoUnit.DAYS.between(base.from, base.to) + 1;
      long third = days / 3;
      LocalDate a = base.from;
      switch (p) {
        case BEGIN:
          return new Span(a, a.plusDays(third - 1), Precision.DAYS, Unit.NONE);
        case MID:
          return new Span(a.plusDays(third), a.plusDays(2 * third - 1), Precision.DAYS, Unit.NONE);
        default:
          return new Span(a.plusDays(2 * third), base.to, Precision.DAYS, Unit.NONE);
      }
    }
    Map<Part, int[]> table = parts.get(u);
    if (table == null || !table.containsKey(p)) {
      return null;
    }
    int[] r = table.get(p);
    switch (u) {
      case MONTH: {
        YearMonth ym = YearMonth.from(base.from);
        int last = ym.lengthOfMonth();
        return new Span(ym.atDay(Math.min(r[0], last)), ym.atDay(Math.min(r[1], last)), Precision.PART_OF_MONTH, Unit.NONE);
      }
      case YEAR: {
        int y = base.from.getYear();
        return new Span(LocalDate.of(y, r[0], 1), YearMonth.of(y, r[1]).atEndOfMonth(), Precision.PART_OF_YEAR, Unit.NONE);
      }
      case WEEK: {
        LocalDate mon = base.from.with(DayOfWeek.MONDAY);
        return new Span(mon.plusDays(r[0] - 1L), mon.plusDays(r[1] - 1L), Precision.DAYS, Unit.NONE);
      }
      case DECADE: {
        int y = base.from.getYear();
        return new Span(LocalDate.of(y + r[0], 1, 1), LocalDate.of(y + r[1], 12, 31), Precision.YEARS, Unit.NONE);
      }
      default:
        return null;
    }
  }

  private static LocalDate halfStart(Span base, Unit u, int h) {
    switch (u) {
      case WEEK:
        return base.from.with(DayOfWeek.MONDAY).plusDays(h - 1L);
      case MONTH:
        return base.from.withDayOfMonth(h);
      default:
        return LocalDate.of(base.from.getYear(), h, 1);
    }
  }

  /** The season numbered {@code s} (1..4) that starts in {@code year}. */
  Span season(int s, int year) {
    MonthDay[] b = seasons.get(s);
    checkArgument(b != null, "no season %s in calendar.tsv", s);
    LocalDate from = b[0].atYear(year);
    LocalDate to = b[1].atYear(b[1].isBefore(b[0]) ? year + 1 : year);
    return new Span(from, to, Precision.PART_OF_YEAR, Unit.SEASON);
  }

  /** The season (any of the four) holding {@code d}. */
  Span seasonAt(LocalDate d) {
    for (int y = d.getYear() - 1; y <= d.getYear(); y++) {
      for (int s = 1; s <= 4; s++) {
        if (seasons.containsKey(s)) {
          Span sp = season(s, y);
          if (sp.distance(d) == 0) {
            return sp;
          }
        }
      }
    }
    return null;
  }

  /** The season {@code shift} seasons away from the one holding {@code d}. */
  Span seasonShift(LocalDate d, int shift) {
    Span s = seasonAt(d);
    if (s == null) {
      return null;
    }
    for (int k = 0; k < Math.abs(shift); k++) {
      s = seasonAt(shift > 0 ? s.to.plusDays(1) : s.from.minusDays(1));
      if (s == null) {
        return null;
      }
    }
    return s;
  }

  boolean hasSeasons() {
    return !seasons.isEmpty();
  }
}
