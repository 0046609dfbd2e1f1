package org.transmanche.parsers.normalise;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns cleaned lines into paragraphs: lines of one block are joined with a space (or with nothing
 * after a hyphen at the end of a line), a block is cut where a line is indented more than the
 * block or starts with a bullet, and two paragraphs are joined again when the first stops in the
 * middle of a sentence (it ends with a letter or a digit) and the second goes on in lower case, or
 * starts after a page break (two or more blank lines) with a capital.
 *
 * <p>Light Markdown is read as layout: a leading {@code #} heading mark and emphasis marks that wrap
 * a whole paragraph are dropped. Applying the rules to their own output changes nothing.
 */
final class Unwrapper {

  private Unwrapper() {}

  /** Paragraph spans of the output: {@code [spans[2k], spans[2k + 1])}. */
  record Result(Tracked text, int[] spans) {}

  private static final class Line {
    final int start;
    final int end;
    int contentStart;
    int contentEnd;
    final int indent;
    boolean standalone;

    Line(Tracked t, int start, int end) {
      this.start = start;
      this.end = end;
      int s = start;
      while (s < end && isHorizontalSpace(t.charAt(s))) {
        s++;
      }
      int e = end;
      while (e > s && isHorizontalSpace(t.charAt(e - 1))) {
        e--;
      }
      contentStart = s;
      contentEnd = e;
      indent = s - start;
    }

    boolean blank() {
      return contentStart >= contentEnd;
    }
  }

  private static final class Para {
    final List<Line> lines = new ArrayList<>();
    final int gapBefore;
    final boolean bullet;
    final boolean indented;
    final boolean standalone;

    Para(int gapBefore, boolean bullet, boolean indented, boolean standalone) {
      this.gapBefore = gapBefore;
      this.bullet = bullet;
      this.indented = indented;
      this.standalone = standalone;
    }

    Line first() {
      return lines.get(0);
    }

    Line last() {
      return lines.get(lines.size() - 1);
    }
  }

  static Result unwrap(Tracked in, ImmutableRangeSet<Integer> standaloneRaw) {
    List<Line> lines = lines(in, standaloneRaw);
    List<Para> paras = paragraphs(in, lines);
    paras = settle(in, paras);
    return emit(in, paras);
  }

  private static List<Line> lines(Tracked in, ImmutableRangeSet<Integer> standaloneRaw) {
    List<Line> lines = new ArrayList<>();
    int n = in.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || in.charAt(i) == '\n') {
        Line line = new Line(in, start, i);
        stripHeadingMarks(in, line);
        if (!line.blank() && !standaloneRaw.isEmpty()) {
          line.standalone =
              standaloneRaw.intersects(
                  Range.closedOpen(in.rawStart(line.contentStart), in.rawEnd(line.contentEnd - 1)));
        }
        lines.add(line);
        start = i + 1;
      }
    }
    return lines;
  }

  /** Drops Markdown heading marks: "# Title" and "## Title" read as "Title". Says if it did. */
  private static boolean stripHeadingMarks(Tracked in, Line line) {
    boolean stripped = false;
    while (true) {
      int k = line.contentStart;
      int hashes = 0;
      while (k < line.contentEnd && in.charAt(k) == '#' && hashes < 6) {
        k++;
        hashes++;
      }
      if (hashes == 0 || k >= line.contentEnd || !isHorizontalSpace(in.charAt(k))) {
        return stripped;
      }
      while (k < line.contentEnd && isHorizontalSpace(in.charAt(k))) {
        k++;
      }
      if (k >= line.contentEnd) {
        return stripped;
      }
      line.contentStart = k;
      stripped = true;
    }
  }

  private static List<Para> paragraphs(Tracked in, List<Line> lines) {
    List<Para> paras = new ArrayList<>();
    Para current = null;
    Line previous = null;
    int gap = 0;
    int blockIndent = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        gap++;
        previous = null;
        continue;
      }
      if (previous == null) {
        blockIndent = line.indent;
        for (int j = i + 1; j < lines.size() && !lines.get(j).blank(); j++) {
          blockIndent = Math.min(blockIndent, lines.get(j).indent);
        }
      }
      boolean indented = previous != null && line.indent > blockIndent;
      boolean bullet = startsWithBullet(in, line, previous);
      boolean startsNew =
          current == null
              || previous == null
              || line.standalone
              || current.standalone
              || indented
              || bullet;
      if (startsNew) {
        current = new Para(gap, bullet, indented, line.standalone);
        paras.add(current);
      }
      current.lines.add(line);
      gap = 0;
      previous = line;
    }
    return paras;
  }

  /**
   * Strips emphasis and joins broken paragraphs until nothing changes, so that the output is a fixed
   * point of the rules.
   */
  private static List<Para> settle(Tracked in, List<Para> paras) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Para p : paras) {
        while (stripEmphasis(in, p) || stripHeadingMarks(in, p.first()) || dropBareHeadingMark(in, p)) {
          changed = true;
        }
      }
      List<Para> joined = new ArrayList<>(paras.size());
      for (Para p : paras) {
        Para last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
        if (last != null && continues(in, last, p)) {
          last.lines.addAll(p.lines);
          changed = true;
        } else {
          joined.add(p);
        }
      }
      paras = joined;
    }
    return paras;
  }

  /** Whether {@code next} goes on with the sentence that {@code para} leaves open. */
  private static boolean continues(Tracked in, Para para, Para next) {
    if (para.standalone || next.standalone || next.bullet) {
      return false;
    }
    char last = in.charAt(para.last().contentEnd - 1);
    char first = in.charAt(next.first().contentStart);
    if (!Character.isLetterOrDigit(last)) {
      return false;
    }
    if (Character.isLowerCase(first)) {
      return true;
    }
    return Character.isUpperCase(first) && next.gapBefore >= 2 && para.lines.size() >= 2 && !next.indented;
  }

  /**
   * Drops a first line made only of heading marks ("#") when text follows on the next line: joined,
   * they would read as a heading ("# Title").
   */
  private static boolean dropBareHeadingMark(Tracked in, Para p) {
    Line first = p.first();
    if (p.lines.size() < 2 || first.contentEnd - first.contentStart > 6) {
      return false;
    }
    for (int i = first.contentStart; i < first.contentEnd; i++) {
      if (in.charAt(i) != '#') {
        return false;
      }
    }
    p.lines.remove(0);
    return true;
  }

  private static final String[] EMPHASIS = {"**", "__", "*", "_"};

  /** Drops one pair of emphasis marks that wraps the whole paragraph and occurs nowhere inside. */
  private static boolean stripEmphasis(Tracked in, Para p) {
    Line first = p.first();
    Line last = p.last();
    for (String mark : EMPHASIS) {
      int m = mark.length();
      int s = first.contentStart;
      int e = last.contentEnd;
      if (!startsWith(in, s, first.contentEnd, mark) || !endsWith(in, last.contentStart, e, mark)) {
        continue;
      }
      if (first == last && e - s <= 2 * m) {
        continue;
      }
      if (isSpace(in.charAt(s + m)) || isSpace(in.charAt(e - m - 1))) {
        continue;
      }
      if (occursInside(in, p, mark)) {
        continue;
      }
      first.contentStart += m;
      last.contentEnd -= m;
      return true;
    }
    return false;
  }

  private static boolean occursInside(Tracked in, Para p, String mark) {
    for (Line line : p.lines) {
      int from = line == p.first() ? line.contentStart + mark.length() : line.contentStart;
      int to = line == p.last() ? line.contentEnd - mark.length() : line.contentEnd;
      for (int i = from; i < to; i++) {
        if (in.charAt(i) == mark.charAt(0)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWith(Tracked in, int from, int to, String mark) {
    if (to - from < mark.length()) {
      return false;
    }
    for (int k = 0; k < mark.length(); k++) {
      if (in.charAt(from + k) != mark.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(Tracked in, int from, int to, String mark) {
    return to - from >= mark.length() && startsWith(in, to - mark.length(), to, mark);
  }

  /**
   * Whether a line opens a list item: a bullet glyph (or a private-use glyph, which is how lost
   * bullet fonts come out) followed by a space. A dash counts only where the line before closed its
   * phrase, since a dash after a word may go on with the sentence.
   */
  private static boolean startsWithBullet(Tracked in, Line line, Line previous) {
    char c = in.charAt(line.contentStart);
    boolean privateUse = c >= '\uE000' && c <= '\uF8FF';
    boolean followedBySpace =
        line.contentStart + 1 < line.contentEnd && isHorizontalSpace(in.charAt(line.contentStart + 1));
    if (privateUse) {
      return true;
    }
    if (!followedBySpace) {
      return false;
    }
    if ("•◦▪▫■□●○·‣⁃►▶➢➤✓✔*".indexOf(c) >= 0) {
      return true;
    }
    if ("-–—".indexOf(c) >= 0) {
      return previous == null || !Character.isLetterOrDigit(in.charAt(previous.contentEnd - 1));
    }
    return false;
  }

  private static Result emit(Tracked in, List<Para> paras) {
    Tracked out = new Tracked(in.length());
    int[] spans = new int[paras.size() * 2];
    for (int k = 0; k < paras.size(); k++) {
      Para p = paras.get(k);
      if (k > 0) {
        Line before = paras.get(k - 1).last();
        int breakAt = before.end;
        int second = breakAt + 1 < p.first().start ? breakAt + 1 : breakAt;
        out.append('\n', in, breakAt);
        out.append('\n', in, second);
      }
      spans[2 * k] = out.length();
      Line previous = null;
      for (Line line : p.lines) {
        if (previous != null && !hyphenatedBreak(in, previous, line)) {
          out.append(' ', in, previous.end);
        }
        copyCollapsingSpaces(in, line.contentStart, line.contentEnd, out);
        previous = line;
      }
      spans[2 * k + 1] = out.length();
    }
    return new Result(out, spans);
  }

  /** Whether {@code line} goes on with a word that {@code previous} cut with a hyphen. */
  private static boolean hyphenatedBreak(Tracked in, Line previous, Line line) {
    int e = previous.contentEnd;
    return e - previous.contentStart >= 2
        && WordRepairer.isHyphen(in.charAt(e - 1))
        && WordRepairer.isWordChar(in.charAt(e - 2))
        && WordRepairer.isWordChar(in.charAt(line.contentStart));
  }

  /** Copies {@code [from, to)}, writing each run of spaces as one (a no-break space if it has one). */
  private static void copyCollapsingSpaces(Tracked in, int from, int to, Tracked out) {
    int i = from;
    while (i < to) {
      char c = in.charAt(i);
      if (!isHorizontalSpace(c)) {
        out.copy(in, i);
        i++;
        continue;
      }
      int runStart = i;
      int keep = -1;
      while (i < to && isHorizontalSpace(in.charAt(i))) {
        if (keep < 0 && isNoBreakSpace(in.charAt(i))) {
          keep = i;
        }
        i++;
      }
      if (keep >= 0) {
        out.copy(in, keep);
      } else {
        out.append(' ', in, runStart);
      }
    }
  }

  static boolean isHorizontalSpace(char c) {
    return c != '\n' && (c == ' ' || c == '\t' || Character.isSpaceChar(c));
  }

  private static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  private static boolean isSpace(char c) {
    return c == '\n' || isHorizontalSpace(c);
  }
}
