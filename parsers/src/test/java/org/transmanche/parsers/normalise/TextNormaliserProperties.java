package org.transmanche.parsers.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.OffsetMap;

class TextNormaliserProperties {

  private final TextNormaliser normaliser = TextNormaliser.defaults();

  /** Text with the troubles of extraction: breaks, hyphens, spaces, marks, bullets, lost apostrophes. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
            "Cazeneuve", "Caze-neuve", "Face-book", "propor", "tionnellement", "centre-ville", "d?êtres",
            "l?homme", "plate-formes", "le", "la", "the", "port", "Calais.", "«", "»", "\"", "**", "#", "-",
            "•", "\uF0B7", "\u00AD", "e\u0301", "A\u030A", "é", "œ", "31,4", "£4.5m", "?", "'", "’");
    Arbitrary<String> gaps = Arbitraries.of(" ", "  ", "\n", "\n\n", "\n\n\n\n", "\r\n", "\r", "\t", "\u00A0", "\n   ", "\f", "");
    return Arbitraries.strings()
        .withChars("abcdeéèABCM -?'.,:;«»\"\n\r\t\u00A0\u0301*#•\uF0B7")
        .ofMaxLength(40)
        .list()
        .ofMaxSize(4)
        .flatMap(
            chunks ->
                Arbitraries.just(String.join("", chunks)))
        .flatMap(
            noise ->
                words.list().ofMaxSize(40).flatMap(ws -> gaps.list().ofSize(ws.size()).map(gs -> {
                  StringBuilder sb = new StringBuilder(noise);
                  for (int i = 0; i < ws.size(); i++) {
                    sb.append(ws.get(i)).append(gs.get(i));
                  }
                  return sb.toString();
                })));
  }

  @Property(tries = 500)
  void mapsEveryOffsetMonotonicallyIntoTheRawText(@ForAll("texts") String raw) {
    NormalisedText n = normaliser.normalise(raw);
    OffsetMap map = n.rawMap();
    int previous = 0;
    for (int i = 0; i <= n.text().length(); i++) {
      int r = map.toRaw(i);
      assertTrue(r >= previous, "offset " + i + " maps to " + r + " < " + previous);
      assertTrue(r <= raw.length(), "offset " + i + " maps to " + r + " past the raw end " + raw.length());
      previous = r;
    }
  }

  @Property(tries = 500)
  void mapsEveryCharacterToTheRawCharactersItCameFrom(@ForAll("texts") String raw) {
    NormalisedText n = normaliser.normalise(raw);
    OffsetMap map = n.rawMap();
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    String text = n.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSurrogate(c)) {
        continue;
      }
      int from = map.toRaw(i);
      int to = Math.max(map.toRaw(i + 1), from + 1);
      String source = nfc.normalize(visible(raw.substring(from, Math.min(to, raw.length()))));
      boolean repairedApostrophe = c == '\'' && source.startsWith("?");
      assertTrue(
          source.indexOf(c) >= 0 || repairedApostrophe,
          "'" + c + "' at " + i + " maps to raw '" + source + "' at " + from);
    }
  }

  /** The text without the characters that the normaliser drops. */
  private static String visible(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (!TextNormaliser.isDropped(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Property(tries = 500)
  void changesNothingInNormalisedText(@ForAll("texts") String raw) {
    String once = normaliser.normalise(raw).text();
    assertEquals(once, normaliser.normalise(once).text());
  }

  @Property(tries = 300)
  void normalisesTheSameWayTwice(@ForAll("texts") String raw) {
    assertEquals(normaliser.normalise(raw), normaliser.normalise(raw));
  }

  @Property(tries = 300)
  void neverThrowsOnAnyText(@ForAll String raw) {
    NormalisedText n = normaliser.normalise(raw);
    assertTrue(n.rawMap().toRaw(n.text().length()) <= raw.length());
  }
}
