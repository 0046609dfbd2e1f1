package org.transmanche.parsers.recognise.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A number written in digits, read at one place of a text: digit groups and a decimal part as the
 * language writes them, then an optional exponent ({@code 1e10}, {@code 1.1^23}, {@code 1.3x10^6}),
 * a slash fraction ({@code 3/4}) or a multiplier suffix ({@code 12k}, {@code £4m}). Immutable.
 *
 * <p>Grouping: after a first group of one to three digits, groups of exactly three follow a group
 * mark (a space of any width, an apostrophe, and the mark that is not the decimal one). The decimal
 * mark comes from the language, except that when both {@code .} and {@code ,} appear, the last one,
 * if it appears once, is the decimal mark ({@code 1.111,11} in English). A group mark followed by
 * other than three digits, alone, is read as a decimal mark ({@code 1,3}, {@code 4.5} in French). A
 * decimal mark that repeats ({@code 192.168.1.2}) makes a list: only the first run is read, and a
 * run right after a digit and a mark is read alone.
 */
final class DigitLiteral {

  private static final int MAX_RUNS = 64;
  private static final int MAX_EXPONENT_DIGITS = 2;

  final int start;
  final int end;
  final BigDecimal value;
  /** One run of digits and nothing else. */
  final boolean plain;
  /** No decimal part, exponent or slash fraction. */
  final boolean integer;
  /** Digits in the first run. */
  final int firstRun;
  /** The suffix multiplier, or one. */
  final BigDecimal multiplier;
  /** A slash fraction ({@code 3/4}). */
  final boolean fraction;

  private DigitLiteral(int start, int end, BigDecimal value, boolean plain, boolean integer, int firstRun,
      BigDecimal multiplier, boolean fraction) {
    this.start = start;
    this.end = end;
    this.value = value;
    this.plain = plain;
    this.integer = integer;
    this.firstRun = firstRun;
    this.multiplier = multiplier;
    this.fraction = fraction;
  }

  /** Whether a literal may start at {@code i}: a digit, or a decimal mark before a digit. */
  static boolean startsAt(CharSequence s, int i, char decimal) {
    char c = s.charAt(i);
    if (Chars.isDigit(c)) {
      return true;
    }
    return c == decimal
        && i + 1 < s.length()
        && Chars.isDigit(s.charAt(i + 1))
        && !(i > 0 && (Chars.isDigit(s.charAt(i - 1)) || Chars.isWordBefore(s, i)));
  }

  /** Reads the literal that starts at {@code p} (where {@link #startsAt} holds). */
  static DigitLiteral read(CharSequence s, int p, LanguageData data, NumberReader.Mode mode) {
    int n = s.length();
    char dec = data.format.decimal;
    BigDecimal value;
    int end;
    boolean plain;
    boolean integer;
    int firstRun;
    if (!Chars.isDigit(s.charAt(p))) {
      int q = p + 1;
      while (q < n && Chars.isDigit(s.charAt(q))) {
        q++;
      }
      value = new BigDecimal("0." + s.subSequence(p + 1, q));
      end = q;
      plain = false;
      integer = false;
      firstRun = 0;
    } else {
      List<int[]> runs = new ArrayList<>();
      List<Character> seps = new ArrayList<>();
      int q = p;
      while (q < n && Chars.isDigit(s.charAt(q))) {
        q++;
      }
      runs.add(new int[] {p, q});
      while (runs.size() < MAX_RUNS && q + 1 < n) {
        char c = s.charAt(q);
        char mark;
        if (c == ',' || c == '.') {
          mark = c;
        } else if (c == '\'' || c == '\u2019') {
          mark = '\'';
        } else if (Chars.isGroupSpace(c)) {
          mark = ' ';
        } else {
          break;
        }
        if (!Chars.isDigit(s.charAt(q + 1))) {
          break;
        }
        int r = q + 1;
        while (r < n && Chars.isDigit(s.charAt(r))) {
          r++;
        }
        seps.add(mark);
        runs.add(new int[] {q + 1, r});
        q = r;
      }
      boolean continuation =
          p >= 2 && (s.charAt(p - 1) == '.' || s.charAt(p - 1) == ',') && Chars.isDigit(s.charAt(p - 2));
      Interpretation in = interpret(s, runs, seps, data.format, continuation);
      value = new BigDecimal(in.digits);
      end = runs.get(in.runs - 1)[1];
      plain = in.runs == 1;
      integer = !in.decimal;
      firstRun = runs.get(0)[1] - runs.get(0)[0];
    }
    boolean fraction = false;
    // exponent, glued
    if (end < n) {
      int[] exp = exponent(s, end);
      if (exp != null) {
        int power = exp[1];
        char kind = s.charAt(end);
        if (kind == '^') {
          if (value.signum() == 0 && power < 0) {
            exp = null;
          } else if (power >= 0) {
            value = value.pow(power, MathContext.DECIMAL128);
          } else {
            value = BigDecimal.ONE.divide(value.pow(-power, MathContext.DECIMAL128), MathContext.DECIMAL128);
          }
        } else {
          value = value.scaleByPowerOfTen(power);
        }
        if (exp != null) {
          end = exp[0];
          plain = false;
          integer = false;
        }
      }
    }
    // slash fraction: 3/4, not 5/17/2018 nor 2013/14
    if (plain && firstRun <= 3 && end + 1 < n && s.charAt(end) == '/' && Chars.isDigit(s.charAt(end + 1))
        && !(p >= 2 && s.charAt(p - 1) == '/' && Chars.isDigit(s.charAt(p - 2)))) {
      int r = end + 1;
      while (r < n && Chars.isDigit(s.charAt(r))) {
        r++;
      }
      boolean listed = r + 1 < n && s.charAt(r) == '/' && Chars.isDigit(s.charAt(r + 1));
      if (r - end - 1 <= 3 && s.charAt(end + 1) != '0' && !listed && !(r < n && s.charAt(r) == '.' && r + 1 < n
          && Chars.isDigit(s.charAt(r + 1)))) {
        BigDecimal den = new BigDecimal(s.subSequence(end + 1, r).toString());
        value = value.divide(den, MathContext.DECIMAL128);
        end = r;
        plain = false;
        integer = false;
        fraction = true;
      }
    }
    BigDecimal multiplier = BigDecimal.ONE;
    if (!fraction && end < n) {
      var m = data.suffixes.matchAt(s, end);
      if (m.isPresent() && suffixFits(s, end, m.get(), mode)) {
        multiplier = m.get().value().multiplier;
        value = value.multiply(multiplier);
        end = m.get().end();
        plain = false;
      }
    }
    return new DigitLiteral(p, end, value, plain, integer, firstRun, multiplier, fraction);
  }

  private static boolean suffixFits(CharSequence s, int end, PhraseTable.Match<LanguageData.Suffix> m,
      NumberReader.Mode mode) {
    if (m.value().moneyOnly && mode != NumberReader.Mode.MONEY) {
      return false;
    }
    int after = m.end();
    if (after < s.length() && (Chars.isDigit(s.charAt(after)) || Chars.isWordAt(s, after))) {
      return false;
    }
    if (m.start() > end) {
      for (int i = end; i < m.start(); i++) {
        if (!Chars.isGroupSpace(s.charAt(i))) {
          return false;
        }
      }
      boolean oneLetter = m.end() - m.start() == 1;
      if (oneLetter && after < s.length() && s.charAt(after) == '.') {
        return false;
      }
    }
    return true;
  }

  /** {@code [end, power]} of an exponent glued at {@code i}, or null. */
  private static int[] exponent(CharSequence s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    int j;
    int sign = 1;
    if (c == 'e' || c == 'E') {
      j = i + 1;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        sign = s.charAt(j) == '-' ? -1 : 1;
        j++;
      }
    } else if (c == '^' || ((c == 'x' || c == '×') && startsWith(s, i + 1, "10^"))) {
      j = c == '^' ? i + 1 : i + 4;
      int signs = 0;
      while (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-') && signs < 3) {
        if (s.charAt(j) == '-') {
          sign = -sign;
        }
        j++;
        signs++;
      }
    } else {
      return null;
    }
    int d = j;
    while (d < n && Chars.isDigit(s.charAt(d)) && d - j <= MAX_EXPONENT_DIGITS) {
      d++;
    }
    if (d == j || d - j > MAX_EXPONENT_DIGITS || (d < n && (Chars.isDigit(s.charAt(d)) || Chars.isWordAt(s, d)))) {
      return null;
    }
    return new int[] {d, sign * Integer.parseInt(s.subSequence(j, d).toString())};
  }

  private static boolean startsWith(CharSequence s, int i, String prefix) {
    if (i + prefix.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(i + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** How many runs a literal uses, its digits with at most one {@code .}, and whether it has decimals. */
  private static final class Interpretation {
    final int runs;
    final String digits;
    final boolean decimal;

    Interpretation(int runs, String digits, boolean decimal) {
      this.runs = runs;
      this.digits = digits;
      this.decimal = decimal;
    }
  }

  private static Interpretation interpret(CharSequence s, List<int[]> runs, List<Character> seps,
      LanguageData.Format format, boolean continuation) {
    String first = run(s, runs, 0);
    if (continuation || runs.size() == 1) {
      return new Interpretation(1, first, false);
    }
    char dec = format.decimal;
    int dots = count(seps, '.');
    int commas = count(seps, ',');
    if (dots > 0 && commas > 0) {
      char last = 0;
      for (char c : seps) {
        if (c == '.' || c == ',') {
          last = c;
        }
      }
      if (count(seps, last) == 1) {
        dec = last;
      }
    }
    char groupMark = dec == '.' ? ',' : '.';
    if (format.indianGrouping && dec == '.') {
      Interpretation indian = indian(s, runs, seps);
      if (indian != null) {
        return indian;
      }
    }
    int firstLength = first.length();
    // a lone group mark with other than three digits after it is a decimal mark
    if (runs.size() == 2 && seps.get(0) == groupMark && run(s, runs, 1).length() != 3) {
      return new Interpretation(2, first + "." + run(s, runs, 1), true);
    }
    // a repeated decimal mark makes a list or a dotted code
    if (count(seps, dec) >= 2 && count(seps, groupMark) == 0 && seps.get(0) == dec) {
      return new Interpretation(1, first, false);
    }
    StringBuilder digits = new StringBuilder(first);
    int used = 1;
    boolean decimal = false;
    char usedGroup = 0;
    for (int i = 1; i < runs.size(); i++) {
      char sep = seps.get(i - 1);
      String r = run(s, runs, i);
      if (sep == dec) {
        if (i + 1 < runs.size() && seps.get(i) == dec) {
          break;
        }
        digits.append('.').append(r);
        used = i + 1;
        decimal = true;
        break;
      }
      boolean groupSep = sep == groupMark || sep == ' ' || sep == '\'';
      if (groupSep && r.length() == 3 && firstLength <= 3 && (usedGroup == 0 || usedGroup == sep)) {
        digits.append(r);
        used = i + 1;
        usedGroup = sep;
        continue;
      }
      break;
    }
    return new Interpretation(used, digits.toString(), decimal);
  }

  /** {@code 12,34,567.89}: first group of one or two, then pairs, then three, with commas. */
  private static Interpretation indian(CharSequence s, List<int[]> runs, List<Character> seps) {
    int commas = 0;
    while (commas < seps.size() && seps.get(commas) == ',') {
      commas++;
    }
    if (commas < 2) {
      return null;
    }
    String first = run(s, runs, 0);
    if (first.length() > 2) {
      return null;
    }
    StringBuilder digits = new StringBuilder(first);
    for (int i = 1; i <= commas; i++) {
      String r = run(s, runs, i);
      int want = i == commas ? 3 : 2;
      if (r.length() != want) {
        return null;
      }
      digits.append(r);
    }
    int used = commas + 1;
    boolean decimal = false;
    if (used < runs.size() && seps.get(commas) == '.') {
      digits.append('.').append(run(s, runs, used));
      used++;
      decimal = true;
    }
    return new Interpretation(used, digits.toString(), decimal);
  }

  private static String run(CharSequence s, List<int[]> runs, int i) {
    int[] r = runs.get(i);
    return s.subSequence(r[0], r[1]).toString();
  }

  private static int count(List<Character> seps, char c) {
    int k = 0;
    for (char x : seps) {
      if (x == c) {
        k++;
      }
    }
    return k;
  }
}
