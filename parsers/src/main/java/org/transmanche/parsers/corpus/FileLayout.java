package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one decoded file and what the reader found on them: URLs (rejoined when a line break
 * cut them), the ranges left out of article text, and which lines are empty once those are out.
 * Built by one pass over the text; lives inside one call.
 */
final class FileLayout {

  /** A line wider than this that ends with a URL may have had the URL cut at the right margin. */
  private static final int WRAPPED_URL_LINE = 40;
  private static final String URL_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%";

  /** A URL and the line it starts on. */
  record Url(int line, String text) {}

  final String raw;
  final int[] starts;
  final int[] ends;
  final RangeSet<Integer> removed = TreeRangeSet.create();
  final List<Url> urls = new ArrayList<>();
  private final boolean[] hasUrl;
  private boolean[] empty;

  FileLayout(String raw) {
    this.raw = raw;
    List<Integer> s = new ArrayList<>();
    List<Integer> e = new ArrayList<>();
    int n = raw.length();
    int lineStart = 0;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        s.add(lineStart);
        e.add(i);
        if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    if (lineStart < n) {
      s.add(lineStart);
      e.add(n);
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
    ends = e.stream().mapToInt(Integer::intValue).toArray();
    hasUrl = new boolean[starts.length];
  }

  int size() {
    return starts.length;
  }

  String line(int i) {
    return raw.substring(starts[i], ends[i]);
  }

  int contentStart(int i) {
    int k = starts[i];
    while (k < ends[i] && Character.isWhitespace(raw.charAt(k))) {
      k++;
    }
    return k;
  }

  int contentEnd(int i) {
    int k = ends[i];
    while (k > starts[i] && Character.isWhitespace(raw.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  boolean rawBlank(int i) {
    return contentStart(i) >= ends[i];
  }

  /** Leaves {@code [from, to)} out of article text. */
  void remove(int from, int to) {
    if (from < to) {
      removed.add(Range.closedOpen(from, to));
      empty = null;
    }
  }

  /** Whether line {@code i} held a URL or the tail of one. */
  boolean hasUrl(int i) {
    return hasUrl[i];
  }

  /** Whether line {@code i} has nothing but white space once the removed ranges are out. */
  boolean empty(int i) {
    if (empty == null) {
      empty = new boolean[starts.length];
      for (int k = 0; k < starts.length; k++) {
        empty[k] = computeEmpty(k);
      }
    }
    return empty[i];
  }

  private boolean computeEmpty(int i) {
    for (int k = starts[i]; k < ends[i]; k++) {
      if (!Character.isWhitespace(raw.charAt(k)) && !removed.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the URLs of every line, rejoins those that a line break cut (the line ends with the URL,
   * is wide, and the next line is a single run of URL characters), and removes them from the text.
   */
  void findUrls() {
    int n = size();
    for (int i = 0; i < n; i++) {
      int from = starts[i];
      while (true) {
        int p = nextUrlStart(from, ends[i]);
        if (p < 0) {
          break;
        }
        int q = p;
        while (q < ends[i] && !Character.isWhitespace(raw.charAt(q)) && "<>\"«»“”".indexOf(raw.charAt(q)) < 0) {
          q++;
        }
        while (q > p && ".,;:!?)]'’".indexOf(raw.charAt(q - 1)) >= 0) {
          q--;
        }
        StringBuilder url = new StringBuilder(raw.substring(p, q));
        remove(p, q);
        hasUrl[i] = true;
        int line = i;
        while (q == contentEnd(line)
            && contentEnd(line) - starts[line] >= WRAPPED_URL_LINE
            && line + 1 < n
            && isUrlTail(line + 1)) {
          line++;
          url.append(raw, contentStart(line), contentEnd(line));
          remove(contentStart(line), contentEnd(line));
          hasUrl[line] = true;
          q = contentEnd(line);
        }
        urls.add(new Url(i, url.toString()));
        if (line != i) {
          i = line;
          break;
        }
        from = q;
      }
    }
  }

  private int nextUrlStart(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = raw.charAt(k);
      if ((c == 'h' || c == 'H' || c == 'w' || c == 'W')
          && (k == 0 || !Character.isLetterOrDigit(raw.charAt(k - 1)))
          && (startsWithIgnoreCase(k, to, "http://") || startsWithIgnoreCase(k, to, "https://")
              || startsWithIgnoreCase(k, to, "www."))) {
        return k;
      }
    }
    return -1;
  }

  private boolean startsWithIgnoreCase(int k, int to, String prefix) {
    return to - k > prefix.length() && raw.regionMatches(true, k, prefix, 0, prefix.length());
  }

  /** Whether line {@code i} is one run of URL characters that does not start a URL of its own. */
  private boolean isUrlTail(int i) {
    int s = contentStart(i);
    int e = contentEnd(i);
    if (s >= e || nextUrlStart(s, e) == s || ".!?".indexOf(raw.charAt(e - 1)) >= 0) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (URL_CHARS.indexOf(raw.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The distinct URLs starting on lines {@code [from, to)}, in order of first appearance. */
  ImmutableList<String> urls(int from, int to) {
    return urls.stream()
        .filter(u -> u.line() >= from && u.line() < to)
        .map(Url::text)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
