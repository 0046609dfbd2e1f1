package org.transmanche.core.query;

/**
 * Cuts the sentence around a span out of a document text: back to the end of the previous sentence
 * (a {@code .}, {@code !}, {@code ?} or {@code …} followed by white space, not after an
 * abbreviation) or a paragraph break, and forward to the end of the span's sentence with its closing
 * quotes. At most {@link #REACH} characters each way, so the cost is bounded. Stateless.
 */
final class Sentences {

  /** How far to look each way for a boundary. */
  static final int REACH = 1_000;

  private static final String ENDS = ".!?…";
  private static final String CLOSERS = "\"'»”’)]";

  private Sentences() {}

  /** {@code [start, end)} of the sentence (or sentences) containing {@code [from, to)}. */
  static int[] around(String text, int from, int to) {
    int start = from;
    int floor = Math.max(0, from - REACH);
    while (start > floor && !boundaryBefore(text, start)) {
      start--;
    }
    int end = to;
    int ceiling = Math.min(text.length(), to + REACH);
    while (end < ceiling && !boundaryAfter(text, end)) {
      end++;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  /** Whether a sentence starts at {@code i}: after an end mark and white space, or after a blank line. */
  private static boolean boundaryBefore(String text, int i) {
    if (!Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    int k = i - 1;
    int lines = 0;
    while (k > 0 && Character.isWhitespace(text.charAt(k))) {
      lines += text.charAt(k) == '\n' ? 1 : 0;
      k--;
    }
    if (lines >= 2) {
      return true;
    }
    while (k > 0 && CLOSERS.indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return ENDS.indexOf(text.charAt(k)) >= 0 && !abbreviationAt(text, k);
  }

  /** Whether a sentence ends at {@code i}: white space after an end mark (and closers), or a blank line. */
  private static boolean boundaryAfter(String text, int i) {
    if (i == 0 || !Character.isWhitespace(text.charAt(i))) {
      return false;
    }
    int lines = 0;
    for (int j = i; j < text.length() && Character.isWhitespace(text.charAt(j)) && lines < 2; j++) {
      lines += text.charAt(j) == '\n' ? 1 : 0;
    }
    if (lines >= 2) {
      return true;
    }
    int k = i - 1;
    while (k > 0 && CLOSERS.indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return ENDS.indexOf(text.charAt(k)) >= 0 && !abbreviationAt(text, k);
  }

  /** Whether the full stop at {@code dot} closes an abbreviation or an initial rather than a sentence. */
  private static boolean abbreviationAt(String text, int dot) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < dot && Titles.standard().abbreviation(Fold.fold(text.substring(s, dot)));
  }
}
