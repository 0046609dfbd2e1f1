package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.transmanche.model.Document;
import org.transmanche.parsers.recognise.Mention;

/** One sentence of a document with its words and the mentions inside it. */
final class Sentence {
  final int index;
  final int start;
  final int end;
  final String text;
  final ImmutableList<Token> tokens;
  final ImmutableList<Mention> mentions;

  /**
   * A sentence and the mentions that lie wholly inside it.
   *
   * @param all every mention of the document, sorted by start; only those starting in the sentence
   *     are looked at (found by binary search), so building all sentences stays linear
   */
  Sentence(int index, Document doc, int start, int end, List<Mention> all) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = doc.text().substring(start, end);
    this.tokens = ImmutableList.copyOf(Token.tokenize(text, start));
    ImmutableList.Builder<Mention> inside = ImmutableList.builder();
    for (int i = firstStartingAt(all, start); i < all.size() && all.get(i).start() < end; i++) {
      if (all.get(i).end() <= end) {
        inside.add(all.get(i));
      }
    }
    this.mentions = inside.build();
  }

  /** Index of the first mention of a start-sorted list that starts at or after {@code offset}. */
  private static int firstStartingAt(List<Mention> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  ImmutableList<Mention> of(String type) {
    return mentions.stream().filter(m -> m.type().equals(type)).collect(ImmutableList.toImmutableList());
  }

  /** Index of the first token starting at or after {@code offset}; tokens.size() if none. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end > offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
