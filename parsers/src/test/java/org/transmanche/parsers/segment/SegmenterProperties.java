package org.transmanche.parsers.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmenterProperties {

  private final Segmenter segmenter = Segmenter.defaults();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("abcdeéABCM .,;:?!«»\"“”'’()\n\u00A0-0123456789£")
        .ofMaxLength(300);
  }

  @Property
  void sentencesAreOrderedTrimmedSpansOfTheText(@ForAll("texts") String text) {
    List<Sentence> sentences = segmenter.sentences(text, "fr");
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd, s + " starts before " + previousEnd);
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertEquals(s.text().strip(), s.text());
      assertTrue(s.text().indexOf('\n') < 0, "a sentence crosses a line break");
      previousEnd = s.end();
    }
  }

  @Property
  void sentencesCoverEveryNonSpaceCharacter(@ForAll("texts") String text) {
    boolean[] covered = new boolean[text.length()];
    for (Sentence s : segmenter.sentences(text, "en")) {
      for (int i = s.start(); i < s.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        assertTrue(covered[i], "character " + i + " '" + c + "' is in no sentence");
      }
    }
  }

  @Property
  void paragraphsAreTheNonBlankLines(@ForAll("texts") String text) {
    List<Paragraph> paragraphs = segmenter.paragraphs(text, "und");
    long lines = text.lines().filter(l -> !l.strip().isEmpty() && !l.replace('\u00A0', ' ').isBlank()).count();
    assertEquals(lines, paragraphs.size());
    for (Paragraph p : paragraphs) {
      assertEquals(text.substring(p.start(), p.end()), p.text());
    }
  }

  @Property
  void cutsTheSameWayTwice(@ForAll("texts") String text) {
    assertEquals(segmenter.sentences(text, "fr"), segmenter.sentences(text, "fr"));
  }
}
