package org.transmanche.parsers.recognise.quote;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence boundaries of a passage, found in one pass that steps over quotes (a full stop inside a
 * quote does not end the sentence that holds the quote, but a quote that itself ends with a full stop
 * and is followed by a capital does). Hard paragraph breaks end sentences; so do soft ones unless the
 * next paragraph starts in lower case. Immutable.
 */
final class Sentences {

  private final int[] starts;
  private final int length;

  private Sentences(int[] starts, int length) {
    this.starts = starts;
    this.length = length;
  }

  /** The sentences of {@code text}, given its top-level quotes and paragraph breaks, both in order. */
  static Sentences of(String text, List<Marks.Quote> quotes, List<Breaks.Break> breaks, ImmutableSet<String> abbreviations) {
    int n = text.length();
    int[] out = new int[16];
    int count = 1;
    out[0] = 0;
    int qi = 0;
    int bi = 0;
    int i = 0;
    while (i < n) {
      while (qi < quotes.size() && quotes.get(qi).open() < i) {
        qi++;
      }
      while (bi < breaks.size() && breaks.get(bi).start() < i) {
        bi++;
      }
      int next = -1;
      if (qi < quotes.size() && quotes.get(qi).open() == i) {
        Marks.Quote q = quotes.get(qi++);
        if (q.closed() && q.innerEnd() > q.innerStart() && Marks.isTerminal(text.charAt(q.innerEnd() - 1))) {
          int k = skipSpaces(text, q.end());
          if (k < n && startsSentence(text.charAt(k))) {
            next = k;
          }
        }
        i = q.end();
      } else if (bi < breaks.size() && breaks.get(bi).start() == i) {
        Breaks.Break b = breaks.get(bi++);
        boolean soft = !b.hard() && b.end() < n && Character.isLowerCase(text.charAt(b.end()));
        if (!soft) {
          next = b.end();
        }
        i = b.end();
      } else {
        if (Marks.isTerminal(text.charAt(i)) && isBoundary(text, i, abbreviations)) {
          int k = i + 1;
          while (k < n && (Marks.isTerminal(text.charAt(k)) || Marks.isClosingChar(text.charAt(k)))) {
            k++;
          }
          next = skipSpaces(text, k);
        }
        i++;
      }
      if (next > out[count - 1] && next < n) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = next;
      }
    }
    return new Sentences(Arrays.copyOf(out, count), n);
  }

  /**
   * Whether the terminal character at {@code i} ends a sentence: it is followed by white space (after
   * more terminals or closing marks) and then by a capital, a digit, an opening mark or a dash, or by
   * the end of the text; a full stop after an abbreviation or a single capital (an initial) does not.
   */
  static boolean isBoundary(String text, int i, ImmutableSet<String> abbreviations) {
    int n = text.length();
    int j = i + 1;
    while (j < n && (Marks.isTerminal(text.charAt(j)) || Marks.isClosingChar(text.charAt(j)))) {
      j++;
    }
    if (j < n && !Tokens.isSpace(text.charAt(j))) {
      return false;
    }
    int k = skipSpaces(text, j);
    if (k < n && !startsSentence(text.charAt(k))) {
      return false;
    }
    if (text.charAt(i) == '.') {
      int w = i;
      while (w > 0 && Tokens.isWordChar(text.charAt(w - 1))) {
        w--;
      }
      if (w < i) {
        String word = text.substring(w, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
          return false;
        }
        if (abbreviations.contains(Tokens.normalise(word))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || Marks.isOpeningChar(c)
        || c == '—'
        || c == '–'
        || c == '-'
        || c == '•'
        || c == '(';
  }

  static int skipSpaces(String text, int k) {
    while (k < text.length() && Tokens.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Number of sentences. */
  int count() {
    return starts.length;
  }

  /** Index of the sentence holding {@code pos}. */
  int indexOf(int pos) {
    int i = Arrays.binarySearch(starts, pos);
    return i >= 0 ? i : -i - 2;
  }

  /** Start of sentence {@code idx}. */
  int start(int idx) {
    return starts[idx];
  }

  /** End, exclusive, of sentence {@code idx}. */
  int end(int idx) {
    return idx + 1 < starts.length ? starts[idx + 1] : length;
  }
}
