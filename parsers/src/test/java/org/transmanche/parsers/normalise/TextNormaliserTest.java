package org.transmanche.parsers.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.OffsetMap;

class TextNormaliserTest {

  private final TextNormaliser normaliser = TextNormaliser.defaults();

  /** Cases write a line break as {@code \n} and a carriage return as {@code \r}. */
  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r");
  }

  private String normalised(String raw) {
    return normaliser.normalise(unescape(raw)).text();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Un texte\\ncoupé en deux. | Un texte coupé en deux.",
        "Un.\\n\\nDeux. | Un.\\n\\nDeux.",
        "Un.\\n\\n\\n\\nDeux.  | Un.\\n\\nDeux.",
        "  des   espaces  \\n  en trop  | des espaces en trop",
        "A\\r\\nb.\\r\\rC. | A b.\\n\\nC.",
        "les traversées maritimes\\n\\nillégales et le reste. | les traversées maritimes illégales et le reste.",
        "pour servir leur cause, renchérit\\nde nouveau le maire\\n\\n\\n\\nEmmanuel Agius, son adjoint. | pour servir leur cause, renchérit de nouveau le maire Emmanuel Agius, son adjoint.",
        "En chiffres\\n\\nFin 2013, le HCR comptait. | En chiffres\\n\\nFin 2013, le HCR comptait.",
        "Un titre sans point\\n\\n\\n\\nUn texte. | Un titre sans point\\n\\nUn texte.",
        "Il a dit :\\n\\n   un plan,\\n   la création\\nd'un coordinateur. | Il a dit :\\n\\nun plan,\\n\\nla création d'un coordinateur.",
        "Les points :\\n- une augmentation ;\\n- des mesures. | Les points :\\n\\n- une augmentation ;\\n\\n- des mesures.",
        "# PARIS : Coopération\\n\\n**MINISTÈRE  \\nDE L'INTÉRIEUR** | PARIS : Coopération\\n\\nMINISTÈRE DE L'INTÉRIEUR",
        "*Liberté  \\nÉgalité  \\nFraternité* | Liberté Égalité Fraternité",
        "un mot\u00ADcoupé et\u200B rien | un motcoupé et rien",
        "«\u00A0Oui\u00A0», dit-il. | «\u00A0Oui\u00A0», dit-il.",
      })
  void unwrapsLinesIntoParagraphs(String raw, String expected) {
    assertEquals(unescape(expected), normalised(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bernard Caze-neuve oppose les chiffres. Bernard Cazeneuve répond. | Bernard Cazeneuve oppose les chiffres. Bernard Cazeneuve répond.",
        "Bernard Caze-\\nneuve oppose les chiffres. Bernard Cazeneuve répond. | Bernard Cazeneuve oppose les chiffres. Bernard Cazeneuve répond.",
        "la maire a invité sur Face-book les Calaisiens à dénoncer les squats | la maire a invité sur Facebook les Calaisiens à dénoncer les squats",
        "le pays qui en compte le plus propor tionnellement à sa population | le pays qui en compte le plus proportionnellement à sa population",
        "le pays qui en compte le plus propor\\ntionnellement à sa population | le pays qui en compte le plus proportionnellement à sa population",
      })
  void rejoinsWordsThatExtractionBroke(String raw, String expected) {
    assertEquals(expected, normalised(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "deux femmes de Notre-Dame-des-Landes sont venues",
        "les réfugiés du Pas-de-Calais et de la région",
        "les commerçants du centre-ville de Calais",
        "la sécurité des quatre plate-formes du port",
        "increased co-operation between the two countries and the police",
        "a new anti-immigration party in the town and the region",
        "sensors such as heart-beat detectors and dogs are used",
        "a-t-elle expliqué aux journalistes de la région",
        "Saint-\\nDenis et la Seine",
        "« un sentimentplusqu'uneorientationpoli-tique, une manière de voir »",
        "les Calaisiens ont manifesté devant la mairie",
        "la fibre humanitaire est dans la famille",
        "« lafibrehumanitaire estdanslafamille »",
      })
  void keepsWordsWithoutEvidenceAsTheyAre(String raw) {
    assertEquals(unescape(raw).replace("-\n", "-"), normalised(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "les trafics d?êtres humains et l?immigration clandestine | les trafics d'êtres humains et l'immigration clandestine",
        "Qu?il vienne jusqu?à nous, dit le ministre de la ville | Qu'il vienne jusqu'à nous, dit le ministre de la ville",
        "Pourquoi?Il ne le sait pas et le ministre non plus | Pourquoi?Il ne le sait pas et le ministre non plus",
        "le ministre de l?homme et de la ville | le ministre de l?homme et de la ville",
        "what?I said it was the end of the day | what?I said it was the end of the day",
      })
  void readsAQuestionMarkBetweenAnElisionAndAVowelAsAnApostrophe(String raw, String expected) {
    assertEquals(expected, normalised(raw));
  }

  @Test
  void composesToNfc() {
    NormalisedText n = normaliser.normalise("e\u0301te\u0301 fini");
    assertEquals("été fini", n.text());
    assertEquals(0, n.rawMap().toRaw(0));
    assertEquals(2, n.rawMap().toRaw(1));
    assertEquals(5, n.rawMap().toRaw(3));
  }

  @Test
  void mapsOffsetsBackToTheRawText() {
    String raw = "  Un texte\ncoupé.\n\n\n\nLa suite.";
    NormalisedText n = normaliser.normalise(raw);
    assertEquals("Un texte coupé.\n\nLa suite.", n.text());
    OffsetMap map = n.rawMap();
    assertEquals(2, map.toRaw(0));
    assertEquals(raw.indexOf("coupé"), map.toRaw(n.text().indexOf("coupé")));
    assertEquals(raw.indexOf("La suite"), map.toRaw(n.text().indexOf("La suite")));
    assertEquals(raw.length(), map.toRaw(n.text().length()));
  }

  @Test
  void mapsARejoinedWordToItsRawSpan() {
    String raw = "Bernard Caze-neuve oppose. Cazeneuve.";
    NormalisedText n = normaliser.normalise(raw);
    int start = n.text().indexOf("Cazeneuve");
    int end = start + "Cazeneuve".length();
    assertEquals("Caze-neuve", raw.substring(n.rawMap().toRaw(start), n.rawMap().toRaw(end)));
  }

  @Test
  void leavesOutRemovedRangesAndJoinsTheSentenceAroundThem() {
    String raw = "Ils iront\n\nhttp://a.example/x\nhttp://a.example/y\n\ncréer un squat.\n\nAutre.";
    int urls = raw.indexOf("http");
    int after = raw.indexOf("créer");
    Excerpt excerpt =
        Excerpt.builder()
            .start(0)
            .end(raw.length())
            .removed(ImmutableRangeSet.of(Range.closedOpen(urls, after - 2)))
            .build();
    NormalisedText n = normaliser.normalise(raw, excerpt, Vocabulary.empty());
    assertEquals("Ils iront créer un squat.\n\nAutre.", n.text());
    assertEquals(after, n.rawMap().toRaw(n.text().indexOf("créer")));
  }

  @Test
  void keepsStandaloneLinesApart() {
    String raw = "Un titre qui se lit sans point\n\npar Marie Dupont\n\nLe texte.";
    int byline = raw.indexOf("par");
    Excerpt excerpt =
        Excerpt.builder()
            .start(0)
            .end(raw.length())
            .standalone(ImmutableRangeSet.of(Range.closedOpen(byline, byline + 16)))
            .build();
    assertEquals(raw, normaliser.normalise(raw, excerpt, Vocabulary.empty()).text());
    assertEquals("Un titre qui se lit sans point par Marie Dupont\n\nLe texte.", normaliser.normalise(raw).text());
  }

  @Test
  void normalisesOnlyTheExcerptAndMapsToTheWholeText() {
    String raw = "HEADER\n\nLe texte.\n\nFOOTER";
    int start = raw.indexOf("Le");
    NormalisedText n = normaliser.normalise(raw, Excerpt.of(start, start + 9), Vocabulary.empty());
    assertEquals("Le texte.", n.text());
    assertEquals(start, n.rawMap().toRaw(0));
    assertEquals(start + 9, n.rawMap().toRaw(9));
  }

  @Test
  void takesTheCorpusVocabularyAsEvidence() {
    String raw = "Le ministre Caze-neuve est venu.";
    assertEquals(raw, normaliser.normalise(raw, Vocabulary.empty()).text());
    assertEquals(
        "Le ministre Cazeneuve est venu.",
        normaliser.normalise(raw, Vocabulary.of(List.of("Bernard Cazeneuve"))).text());
  }

  @Test
  void rejectsAnExcerptPastTheEnd() {
    assertThrows(
        IllegalArgumentException.class, () -> normaliser.normalise("abc", Excerpt.of(0, 4), Vocabulary.empty()));
  }

  @Test
  void givesAnEmptyTextForBlankInput() {
    NormalisedText n = normaliser.normalise(" \n\n\t ");
    assertEquals("", n.text());
    assertEquals(0, n.rawMap().toRaw(0));
  }
}
