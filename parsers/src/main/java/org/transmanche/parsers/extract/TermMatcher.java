package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds multi-word terms in a token list: for each start token, the longest term that begins there.
 * Terms are folded and tokenised like the text. Linear in tokens times the longest term length.
 */
final class TermMatcher<V> {

  /** A term found: tokens {@code [from, to)} and the value attached to the term. */
  static final class Hit<V> {
    final int from;
    final int to;
    final int start;
    final int end;
    final V value;
    final String term;

    Hit(int from, int to, int start, int end, V value, String term) {
      this.from = from;
      this.to = to;
      this.start = start;
      this.end = end;
      this.value = value;
      this.term = term;
    }
  }

  private static final class Entry<V> {
    final String[] words;
    final V value;
    final String term;

    Entry(String[] words, V value, String term) {
      this.words = words;
      this.value = value;
      this.term = term;
    }
  }

  private final ImmutableListMultimap<String, Entry<V>> byFirst;

  private TermMatcher(ImmutableListMultimap<String, Entry<V>> byFirst) {
    this.byFirst = byFirst;
  }

  static <V> TermMatcher<V> of(Iterable<java.util.Map.Entry<String, V>> terms) {
    ImmutableListMultimap.Builder<String, Entry<V>> b = ImmutableListMultimap.builder();
    for (var t : terms) {
      List<Token> toks = Token.tokenize(t.getKey(), 0);
      if (toks.isEmpty()) {
        continue;
      }
      String[] words = toks.stream().map(x -> x.folded).toArray(String[]::new);
      b.put(words[0], new Entry<>(words, t.getValue(), t.getKey()));
    }
    return new TermMatcher<>(b.build());
  }

  /** Longest term at each position, non-overlapping, left to right. */
  ImmutableList<Hit<V>> find(List<Token> tokens) {
    List<Hit<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Entry<V> best = null;
      for (Entry<V> e : byFirst.get(tokens.get(i).folded)) {
        if (e.words.length <= tokens.size() - i && (best == null || e.words.length > best.words.length)) {
          boolean ok = true;
          for (int k = 1; k < e.words.length && ok; k++) {
            ok = tokens.get(i + k).folded.equals(e.words[k]);
          }
          if (ok) {
            best = e;
          }
        }
      }
      if (best != null) {
        int to = i + best.words.length;
        out.add(new Hit<>(i, to, tokens.get(i).start, tokens.get(to - 1).end, best.value, best.term));
        i = to;
      } else {
        i++;
      }
    }
    return ImmutableList.copyOf(out);
  }
}
