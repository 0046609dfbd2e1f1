package org.transmanche.parsers.recognise.quote;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraph breaks of a passage: runs of white space that hold a blank line. A break is
 * <em>hard</em> when the text before it ends a sentence ({@code .}, {@code !}, {@code ?}, {@code …},
 * possibly followed by closing marks); a break after an unfinished sentence ("renchérit" then a blank
 * line, as page breaks leave in converted PDFs) is <em>soft</em> and does not stop a quote.
 */
final class Breaks {

  /**
   * One break.
   *
   * @param start index of the first line feed of the run
   * @param end index of the first visible character after the run, or the text length
   * @param hard whether the text before the break ends a sentence
   */
  record Break(int start, int end, boolean hard) {}

  private Breaks() {}

  /** The breaks of {@code text}, in order; one pass. */
  static ImmutableList<Break> of(String text) {
    List<Break> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (text.charAt(i) != '\n') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && text.charAt(j) != '\n' && Tokens.isSpace(text.charAt(j))) {
        j++;
      }
      if (j < n && text.charAt(j) == '\n') {
        int end = j;
        while (end < n && Tokens.isSpace(text.charAt(end))) {
          end++;
        }
        out.add(new Break(i, end, endsSentence(text, i)));
        i = end;
      } else {
        i = j;
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Whether the visible text before {@code pos} ends with sentence-final punctuation. */
  static boolean endsSentence(String text, int pos) {
    int k = pos - 1;
    while (k >= 0 && Tokens.isSpace(text.charAt(k))) {
      k--;
    }
    while (k >= 0 && Marks.isClosingChar(text.charAt(k))) {
      k--;
    }
    return k >= 0 && Marks.isTerminal(text.charAt(k));
  }
}
