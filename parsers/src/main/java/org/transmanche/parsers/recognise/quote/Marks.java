package org.transmanche.parsers.recognise.quote;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks and returns the top-level quotes of a passage.
 *
 * <p>Marks: guillemets {@code « »} (inner no-break spaces allowed), curly double {@code “ ”} (and
 * {@code „} as an opener), curly single {@code ‘ ’} (a {@code ’} closes only an open {@code ‘} and only
 * when no letter follows, so apostrophes stay apostrophes) and straight double {@code "}, whose
 * direction is read from its neighbours: after a space and before a letter it opens, after a letter
 * and before a space or punctuation it closes, otherwise it closes if a straight quote is open. The
 * straight apostrophe {@code '} is never a quotation mark.
 *
 * <p>One left-to-right pass with a stack (at most {@value #MAX_DEPTH} deep) pairs each closer with
 * the nearest open mark of its family; marks of other families opened inside are left unclosed. A
 * closer with no opener is ignored.
 *
 * <p>Unclosed quotes never run away. The search for a closer stops at a hard paragraph break (see
 * {@link Breaks}), at the end of the passage, or {@value #MAX_SPAN} characters after the opener.
 * Then:
 *
 * <ol>
 *   <li>if the search stopped at a hard break and the next paragraph starts with a quotation mark
 *       (the convention for a quote that goes on over several paragraphs, including the French
 *       paragraph that starts with {@code »}), the quote ends at the break and the next one is marked
 *       as its continuation;
 *   <li>a guillemet or curly quote that opens a sentence and is still open at the end of a paragraph
 *       or passage that ends a sentence also ends there;
 *   <li>otherwise the quote ends before the first sentence end after the opener (the bounded part);
 *   <li>with no sentence end, it ends at the paragraph or passage end when the search reached one;
 *       a quote stopped by the span limit or by the closer of an outer quote yields nothing.
 * </ol>
 *
 * <p>Quotes inside another one (« … “…” … ») are part of the outer quote and are not returned.
 */
final class Marks {

  /** Longest span, in characters, searched for the closer of a quote. */
  static final int MAX_SPAN = 3000;

  /** Deepest nesting of open quotes kept. */
  static final int MAX_DEPTH = 16;

  /** Families of quotation marks; a closer pairs only with an opener of its family. */
  enum Family {
    GUILLEMET,
    DOUBLE,
    SINGLE,
    STRAIGHT
  }

  /**
   * A top-level quote.
   *
   * @param open index of the opening mark
   * @param end exclusive end of the quote, after the closing mark when there is one
   * @param innerStart start of the quoted words, after the mark and blanks
   * @param innerEnd end of the quoted words, before blanks, a trailing comma and the closing mark
   * @param closed whether a closing mark was found
   * @param continues whether the quote continues the quote left open at the end of the previous
   *     paragraph
   * @param family family of the opening mark
   */
  record Quote(int open, int end, int innerStart, int innerEnd, boolean closed, boolean continues, Family family) {}

  private record Open(int pos, Family family, boolean continues) {}

  private record Unclosed(int open, Family family, int windowEnd, boolean paragraphEnd, boolean continuationFollows, boolean continues) {}

  private Marks() {}

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Characters that may close a quote or bracket after a sentence end. */
  static boolean isClosingChar(char c) {
    return c == '»' || c == '”' || c == '"' || c == '’' || c == ')' || c == ']' || c == '}';
  }

  /** Characters that may open a quote. */
  static boolean isOpeningChar(char c) {
    return c == '«' || c == '“' || c == '„' || c == '‘' || c == '"';
  }

  /** Quotation marks of any family, apostrophes excluded. */
  static boolean isQuoteChar(char c) {
    return c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‘' || c == '"';
  }

  private static boolean isClosingPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
        || c == '}' || c == '…' || c == '»' || c == '”';
  }

  private static boolean isOpeningPunct(char c) {
    return c == '(' || c == '[' || c == '{' || c == '«' || c == '“' || c == '‘' || c == '—' || c == '–' || c == '/';
  }

  /** The top-level quotes of {@code text}, sorted by start. */
  static ImmutableList<Quote> find(String text, List<Breaks.Break> breaks, ImmutableSet<String> abbreviations) {
    int n = text.length();
    List<int[]> pairs = new ArrayList<>(); // {open, close, family ordinal, continues}
    List<Unclosed> unclosed = new ArrayList<>();
    List<Open> stack = new ArrayList<>();
    int straightOpen = 0;
    int contPos = -1;
    boolean contGuillemet = false;
    int bi = 0;
    for (int i = 0; i < n; i++) {
      while (!stack.isEmpty() && i - stack.get(0).pos() > MAX_SPAN) {
        Open o = stack.remove(0);
        if (o.family() == Family.STRAIGHT) {
          straightOpen--;
        }
        unclosed.add(new Unclosed(o.pos(), o.family(), o.pos() + MAX_SPAN, false, false, o.continues()));
      }
      if (bi < breaks.size() && breaks.get(bi).start() == i) {
        Breaks.Break b = breaks.get(bi++);
        if (b.hard() && !stack.isEmpty()) {
          boolean guillemet = stack.stream().anyMatch(o -> o.family() == Family.GUILLEMET);
          boolean follows = b.end() < n && (isOpeningChar(text.charAt(b.end())) || (guillemet && text.charAt(b.end()) == '»'));
          for (Open o : stack) {
            unclosed.add(new Unclosed(o.pos(), o.family(), i, true, follows, o.continues()));
          }
          stack.clear();
          straightOpen = 0;
          contPos = follows ? b.end() : -1;
          contGuillemet = guillemet;
        }
        i = b.end() - 1;
        continue;
      }
      char c = text.charAt(i);
      boolean cont = i == contPos;
      switch (c) {
        case '«', '“', '„' -> push(stack, new Open(i, c == '«' ? Family.GUILLEMET : Family.DOUBLE, cont));
        case '»' -> {
          if (cont && contGuillemet) {
            push(stack, new Open(i, Family.GUILLEMET, true));
          } else {
            straightOpen -= close(stack, i, Family.GUILLEMET, pairs, unclosed);
          }
        }
        case '”' -> straightOpen -= close(stack, i, Family.DOUBLE, pairs, unclosed);
        case '‘' -> {
          if (i == 0 || !Tokens.isWordChar(text.charAt(i - 1))) {
            push(stack, new Open(i, Family.SINGLE, cont));
          }
        }
        case '’' -> {
          boolean open = stack.stream().anyMatch(o -> o.family() == Family.SINGLE);
          if (open && (i + 1 == n || !Tokens.isWordChar(text.charAt(i + 1)))) {
            straightOpen -= close(stack, i, Family.SINGLE, pairs, unclosed);
          }
        }
        case '"' -> {
          if (opensStraight(text, i, straightOpen > 0)) {
            if (push(stack, new Open(i, Family.STRAIGHT, cont))) {
              straightOpen++;
            }
          } else {
            straightOpen -= close(stack, i, Family.STRAIGHT, pairs, unclosed);
          }
        }
        default -> {}
      }
    }
    for (Open o : stack) {
      unclosed.add(new Unclosed(o.pos(), o.family(), n, true, false, o.continues()));
    }

    pairs.sort(Comparator.comparingInt(p -> p[0]));
    int[] pairOpen = new int[pairs.size()];
    int[] pairClose = new int[pairs.size()];
    List<Quote> all = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      int[] p = pairs.get(k);
      pairOpen[k] = p[0];
      pairClose[k] = p[1];
      quote(text, p[0], p[1] + 1, p[1], true, p[3] == 1, Family.values()[p[2]], all);
    }
    int[] nextEnd = unclosed.isEmpty() ? new int[0] : sentenceEnds(text, abbreviations);
    for (Unclosed u : unclosed) {
      int end = boundedEnd(text, u, pairOpen, pairClose, nextEnd);
      if (end > u.open()) {
        quote(text, u.open(), end, end, false, u.continues(), u.family(), all);
      }
    }
    all.sort(Comparator.comparingInt(Quote::open).thenComparing(Comparator.comparingInt(Quote::end).reversed()));
    List<Quote> top = new ArrayList<>();
    int lastEnd = -1;
    for (Quote q : all) {
      if (q.open() >= lastEnd) {
        top.add(q);
        lastEnd = q.end();
      }
    }
    return ImmutableList.copyOf(top);
  }

  /** Whether the straight mark at {@code i} opens a quote. */
  private static boolean opensStraight(String text, int i, boolean oneIsOpen) {
    int n = text.length();
    boolean canOpen = i + 1 < n && !Tokens.isSpace(text.charAt(i + 1)) && !isClosingPunct(text.charAt(i + 1));
    boolean canClose = i > 0 && !Tokens.isSpace(text.charAt(i - 1)) && !isOpeningPunct(text.charAt(i - 1));
    if (canOpen != canClose) {
      return canOpen;
    }
    return !oneIsOpen;
  }

  private static boolean push(List<Open> stack, Open o) {
    if (stack.size() >= MAX_DEPTH) {
      return false;
    }
    stack.add(o);
    return true;
  }

  /** Closes the innermost open quote of {@code family}; returns how many straight quotes left the stack. */
  private static int close(List<Open> stack, int pos, Family family, List<int[]> pairs, List<Unclosed> unclosed) {
    int k = stack.size() - 1;
    while (k >= 0 && stack.get(k).family() != family) {
      k--;
    }
    if (k < 0) {
      return 0;
    }
    int straight = 0;
    for (int j = stack.size() - 1; j >= k; j--) {
      Open o = stack.remove(j);
      if (o.family() == Family.STRAIGHT) {
        straight++;
      }
      if (j > k) {
        unclosed.add(new Unclosed(o.pos(), o.family(), pos, false, false, o.continues()));
      } else {
        pairs.add(new int[] {o.pos(), pos, o.family().ordinal(), o.continues() ? 1 : 0});
      }
    }
    return straight;
  }

  /** For each index, the first sentence-ending character at or after it, or the text length. */
  private static int[] sentenceEnds(String text, ImmutableSet<String> abbreviations) {
    int n = text.length();
    int[] next = new int[n + 1];
    next[n] = n;
    for (int j = n - 1; j >= 0; j--) {
      next[j] = isTerminal(text.charAt(j)) && Sentences.isBoundary(text, j, abbreviations) ? j : next[j + 1];
    }
    return next;
  }

  /** Where an unclosed quote ends, by the rules in the class comment; -1 for none. */
  private static int boundedEnd(String text, Unclosed u, int[] pairOpen, int[] pairClose, int[] nextEnd) {
    int window = Math.min(u.windowEnd(), text.length());
    if (u.continuationFollows()) {
      return window;
    }
    if (u.family() != Family.STRAIGHT && u.paragraphEnd() && opensSentence(text, u.open()) && Breaks.endsSentence(text, window)) {
      return window;
    }
    int j = u.open() + 1;
    int p = Arrays.binarySearch(pairOpen, j);
    p = p >= 0 ? p : -p - 1;
    while (j < window) {
      int b = nextEnd[j];
      if (b >= window) {
        break;
      }
      while (p < pairOpen.length && pairOpen[p] < j) {
        p++;
      }
      if (p < pairOpen.length && pairOpen[p] < b) {
        if (pairClose[p] < window) {
          j = pairClose[p] + 1;
        } else {
          p++;
        }
        continue;
      }
      return b;
    }
    return u.paragraphEnd() ? window : -1;
  }

  /** Whether the mark at {@code pos} starts a sentence or follows a colon. */
  private static boolean opensSentence(String text, int pos) {
    int k = pos - 1;
    while (k >= 0 && Tokens.isSpace(text.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = text.charAt(k);
    return isTerminal(c) || c == ':' || isClosingChar(c);
  }

  /** Adds the quote {@code [open, end)} whose words end before {@code innerLimit}, if it has any. */
  private static void quote(String text, int open, int end, int innerLimit, boolean closed, boolean continues, Family family, List<Quote> out) {
    int s = open + 1;
    int e = innerLimit;
    while (s < e && Tokens.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Tokens.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    boolean words = false;
    for (int k = s; k < e && !words; k++) {
      words = Tokens.isWordChar(text.charAt(k));
    }
    if (!words) {
      return;
    }
    int spanEnd = end;
    if (!closed) {
      while (spanEnd > e && Tokens.isSpace(text.charAt(spanEnd - 1))) {
        spanEnd--;
      }
    }
    out.add(new Quote(open, spanEnd, s, e, closed, continues, family));
  }
}
