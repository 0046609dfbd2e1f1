package org.transmanche.core.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.transmanche.core.ledger.AccountingYear;
import org.transmanche.core.query.Display;
import org.transmanche.core.query.TimelineEntry;
import org.transmanche.model.Money;

/**
 * The inline SVG charts of the HTML report: pledges per year as bars, and agreements on a time
 * axis. Pure functions of their input; every text is escaped. Sizes are in CSS pixels.
 */
final class Charts {

  static final int WIDTH = 760;

  /** An estimate of the width of one character of a 12px label, in pixels. */
  private static final double CHAR_WIDTH = 6.5;

  /** Beyond this many years between the first and the last, years without pledges get no bar. */
  static final int MAX_YEARS = 40;

  private Charts() {}

  /** A bar per year from the first to the last year with a total (missing years as empty bars). */
  static String pledgesPerYear(SortedMap<AccountingYear, Money> totals, String currency) {
    SortedMap<AccountingYear, BigDecimal> years = new TreeMap<>();
    AccountingYear first = totals.firstKey();
    AccountingYear last = totals.lastKey();
    if (last.firstYear() - first.firstYear() < MAX_YEARS) {
      for (AccountingYear y = first; y.compareTo(last) <= 0; y = y.next()) {
        years.put(y, BigDecimal.ZERO);
      }
    }
    totals.forEach((y, m) -> years.put(y, m.amount()));
    BigDecimal max = years.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal top = niceCeiling(max);
    int left = 80;
    int right = 16;
    int topMargin = 24;
    int bottom = 48;
    int plotHeight = 240;
    int height = topMargin + plotHeight + bottom;
    double slot = (WIDTH - left - right) / (double) years.size();
    double bar = Math.max(4, Math.min(56, slot * 0.62));
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" aria-labelledby=\"bars-title\">\n")
        .append("<title id=\"bars-title\">Pledges per year in ").append(Html.escape(currency)).append("</title>\n");
    for (int i = 0; i <= 4; i++) {
      BigDecimal tick = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_EVEN);
      double y = topMargin + plotHeight - plotHeight * i / 4.0;
      svg.append(String.format(Locale.ROOT,
          "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
              + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
          left, y, WIDTH - right, y, left - 8, y + 4, Html.escape(compact(tick))));
    }
    int i = 0;
    for (var e : years.entrySet()) {
      double cx = left + slot * i + slot / 2;
      double h = top.signum() == 0 ? 0 : plotHeight * e.getValue().doubleValue() / top.doubleValue();
      double y = topMargin + plotHeight - h;
      String label = e.getKey().label();
      svg.append(String.format(Locale.ROOT,
          "<g class=\"bar\"><title>%s: %s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
          Html.escape(label), Html.escape(Display.money(Money.of(e.getValue(), currency))), cx - bar / 2, y, bar, h));
      if (e.getValue().signum() > 0) {
        svg.append(String.format(Locale.ROOT,
            "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
            cx, y - 6, Html.escape(compact(e.getValue()))));
      }
      svg.append(String.format(Locale.ROOT,
          "<text class=\"year\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text></g>\n",
          cx, topMargin + plotHeight + 20, Html.escape(label)));
      i++;
    }
    svg.append(String.format(Locale.ROOT,
        "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
        left, topMargin + plotHeight, WIDTH - right, topMargin + plotHeight));
    svg.append(String.format(Locale.ROOT,
        "<text class=\"unit\" x=\"%d\" y=\"%d\">%s</text>\n", 4, 14, Html.escape(currency)));
    return svg.append("</svg>\n").toString();
  }

  /** Dated entries as dots on a time axis, one row each, labelled with date and name. */
  static String timeline(List<TimelineEntry> dated) {
    LocalDate start = LocalDate.of(dated.get(0).date().get().from().getYear(), 1, 1);
    LocalDate end = LocalDate.of(dated.stream().mapToInt(e -> e.date().get().to().getYear()).max().getAsInt() + 1, 1, 1);
    long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
    int left = 16;
    int right = 16;
    int row = 26;
    int axis = 28;
    int height = axis + 16 + row * dated.size();
    double scale = (WIDTH - left - right) / (double) days;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" aria-labelledby=\"timeline-title\">\n")
        .append("<title id=\"timeline-title\">Agreements by date</title>\n");
    int years = end.getYear() - start.getYear();
    int step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      if ((y - start.getYear()) % step != 0) {
        continue;
      }
      double x = left + scale * ChronoUnit.DAYS.between(start, LocalDate.of(y, 1, 1));
      svg.append(String.format(Locale.ROOT,
          "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
              + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
          x, axis - 6, x, height, x, axis - 12, y));
    }
    int i = 0;
    for (TimelineEntry e : dated) {
      LocalDate from = e.date().get().from();
      LocalDate to = e.date().get().to();
      double x1 = left + scale * ChronoUnit.DAYS.between(start, from);
      double x2 = left + scale * (ChronoUnit.DAYS.between(start, to) + 1);
      double y = axis + 14 + row * i;
      String label = Display.date(e.date()) + "  " + e.summary();
      // Labels go right of the dot unless they would run past the edge and the left has more room;
      // then they are shortened to the room on their side (an estimate of 6.5 px per character).
      double roomRight = WIDTH - 4 - (x1 + 10);
      double roomLeft = x1 - 10 - 4;
      boolean flip = label.length() * CHAR_WIDTH > roomRight && roomLeft > roomRight;
      int fits = (int) Math.max(12, Math.min(70, (flip ? roomLeft : roomRight) / CHAR_WIDTH));
      svg.append("<g class=\"event\"><title>").append(Html.escape(label)).append("</title>");
      if (x2 - x1 > 8) {
        svg.append(String.format(Locale.ROOT,
            "<rect class=\"span\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\" rx=\"4\"/>", x1, y - 4, x2 - x1));
      }
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/>", x1, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text></g>\n",
          flip ? x1 - 10 : x1 + 10, y + 4, flip ? "end" : "start", Html.escape(shorten(label, fits))));
      i++;
    }
    return svg.append("</svg>\n").toString();
  }

  /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above {@code max}; 1 for zero. */
  static BigDecimal niceCeiling(BigDecimal max) {
    if (max.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(max.precision() - max.scale() - 1);
    for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = power.multiply(new BigDecimal(m));
      if (candidate.compareTo(max) >= 0) {
        return candidate;
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  /** A short amount for axes: 15.3m, 250k, 1.2bn, 40. */
  static String compact(BigDecimal v) {
    double d = v.doubleValue();
    String[] units = {"bn", "m", "k"};
    double[] sizes = {1e9, 1e6, 1e3};
    for (int i = 0; i < units.length; i++) {
      if (Math.abs(d) >= sizes[i]) {
        return trim(d / sizes[i]) + units[i];
      }
    }
    return trim(d);
  }

  private static String trim(double d) {
    String s = String.format(Locale.ROOT, "%.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String shorten(String s, int max) {
    return Display.shorten(s, max);
  }

  /** Dated entries only, in order. */
  static List<TimelineEntry> dated(List<TimelineEntry> entries) {
    List<TimelineEntry> out = new ArrayList<>();
    for (TimelineEntry e : entries) {
      if (e.date().isPresent()) {
        out.add(e);
      }
    }
    return out;
  }
}
