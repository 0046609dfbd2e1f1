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

  Sentence(int index, Document doc, int start, int end, List<Mention> all) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = doc.text().substring(start, end);
    this.tokens = ImmutableList.copyOf(Token.tokenize(text, start));
    this.mentions =
        all.stream()
            .filter(m -> m.start() >= start && m.end() <= end)
            .collect(ImmutableList.toImmutableList());
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
