package org.transmanche.parsers.recognise.quote;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A word list whose entries are sequences of one or more normalised words, matched against
 * {@link Token}s. Immutable and thread-safe.
 */
final class Phrases {

  /** Entries by their first word, longest first. */
  private final ImmutableListMultimap<String, ImmutableList<String>> byFirst;

  /** The entries that are a single word. */
  private final ImmutableSet<String> singles;

  Phrases(List<ImmutableList<String>> entries) {
    List<ImmutableList<String>> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt((ImmutableList<String> e) -> e.size()).reversed());
    ImmutableListMultimap.Builder<String, ImmutableList<String>> b = ImmutableListMultimap.builder();
    ImmutableSet.Builder<String> s = ImmutableSet.builder();
    for (ImmutableList<String> e : sorted) {
      if (!e.isEmpty()) {
        b.put(e.get(0), e);
        if (e.size() == 1) {
          s.add(e.get(0));
        }
      }
    }
    this.byFirst = b.build();
    this.singles = s.build();
  }

  /** Whether {@code word} (normalised) is a one-word entry. */
  boolean contains(String word) {
    return singles.contains(word);
  }

  /**
   * The number of tokens of the longest entry that starts at {@code toks[i]}, or 0. An entry
   * starts with a word; punctuation inside an entry ({@code "m."}) must be present in the text.
   */
  int match(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size() || !toks.get(i).word()) {
      return 0;
    }
    for (ImmutableList<String> e : byFirst.get(toks.get(i).norm())) {
      if (i + e.size() <= toks.size() && matchesAt(toks, i, e)) {
        return e.size();
      }
    }
    return 0;
  }

  /** The number of tokens of the longest entry that ends at {@code toks[last]}, or 0. */
  int matchEndingAt(List<Token> toks, int last) {
    for (int len = 4; len >= 1; len--) {
      int start = last - len + 1;
      if (start < 0 || last >= toks.size() || !toks.get(start).word()) {
        continue;
      }
      for (ImmutableList<String> e : byFirst.get(toks.get(start).norm())) {
        if (e.size() == len && matchesAt(toks, start, e)) {
          return len;
        }
      }
    }
    return 0;
  }

  private static boolean matchesAt(List<Token> toks, int i, List<String> e) {
    for (int k = 0; k < e.size(); k++) {
      if (!toks.get(i + k).norm().equals(e.get(k))) {
        return false;
      }
    }
    return true;
  }
}
