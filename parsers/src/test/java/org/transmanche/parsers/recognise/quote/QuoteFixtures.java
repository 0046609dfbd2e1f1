package org.transmanche.parsers.recognise.quote;

import java.util.ArrayList;
import java.util.List;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;

/**
 * Builds test passages from marked-up text: {@code {Name}} marks a person actor mention, {@code
 * <Name>} another actor mention, and the two characters {@code \n} stand for a line feed, so that a
 * case fits on one line of a {@code @CsvSource}.
 */
final class QuoteFixtures {

  /** The value of a fixture actor mention. */
  record TestActor(String name, boolean person) {}

  private QuoteFixtures() {}

  /** A recogniser that reads the person flag of {@link TestActor}. */
  static QuoteRecogniser recogniser() {
    return new QuoteRecogniser(m -> m.value() instanceof TestActor a && a.person());
  }

  /** Line feeds for {@code \n}. */
  static String unescape(String s) {
    return s.replace("\\n", "\n");
  }

  /** A passage at {@code offset} with the marked actors as mentions. */
  static Passage passage(String marked, String language, int offset) {
    String s = unescape(marked);
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Boolean> persons = new ArrayList<>();
    int open = -1;
    boolean person = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '{' || c == '<') && open < 0) {
        open = text.length();
        person = c == '{';
      } else if ((c == '}' || c == '>') && open >= 0) {
        spans.add(new int[] {open, text.length()});
        persons.add(person);
        open = -1;
      } else {
        text.append(c);
      }
    }
    String t = text.toString();
    List<Mention> mentions = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      int[] sp = spans.get(k);
      String name = t.substring(sp[0], sp[1]);
      mentions.add(Mention.of(offset + sp[0], offset + sp[1], name, "actor", "actor", new TestActor(name, persons.get(k))));
    }
    return Passage.builder().text(t).language(language).offset(offset).mentions(mentions).build();
  }

  static Passage passage(String marked, String language) {
    return passage(marked, language, 0);
  }
}
