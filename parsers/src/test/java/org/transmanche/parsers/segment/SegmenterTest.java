package org.transmanche.parsers.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Document;

class SegmenterTest {

  private final Segmenter segmenter = Segmenter.defaults();

  /** Each case: language, text, and its expected sentences separated by " ~ ". */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "fr | M. Cazeneuve est venu. Il a parlé. | M. Cazeneuve est venu. ~ Il a parlé.",
        "fr | Il a rencontré Mme May à Londres. Puis il est rentré. | Il a rencontré Mme May à Londres. ~ Puis il est rentré.",
        "en | Mr Brokenshire said so. Mrs. Smith agreed. | Mr Brokenshire said so. ~ Mrs. Smith agreed.",
        "en | They tried to board a P&O ship. Police stopped them. | They tried to board a P&O ship. ~ Police stopped them.",
        "fr | Le Royaume-Uni versera 31,4 millions d'euros. La France aussi. | Le Royaume-Uni versera 31,4 millions d'euros. ~ La France aussi.",
        "en | The UK pledged £4.5m for fences. They are 3.3 metres high. | The UK pledged £4.5m for fences. ~ They are 3.3 metres high.",
        "en | There could be 1.1m illegal immigrants. Officials seized 19,003. | There could be 1.1m illegal immigrants. ~ Officials seized 19,003.",
        "fr | « On ouvre les frontières ! ». La maire l'a dit. | « On ouvre les frontières ! ». ~ La maire l'a dit.",
        "fr | « Il faut qu'il menace les Britanniques. Ainsi, ils passeront. » Elle l'a dit. | « Il faut qu'il menace les Britanniques. Ainsi, ils passeront. » ~ Elle l'a dit.",
        "en | He says: \"It's a better life in the UK. You can find a job.\" He smiles. | He says: \"It's a better life in the UK. You can find a job.\" ~ He smiles.",
        "en | \"We have to be very clear,\" explained Leclerc. \"Not all need it. Some will go.\" | \"We have to be very clear,\" explained Leclerc. ~ \"Not all need it. Some will go.\"",
        "en | It was signed by J. Smith yesterday. It holds. | It was signed by J. Smith yesterday. ~ It holds.",
        "fr | Alors à qui la faute ? Car c'est bien la question. | Alors à qui la faute ? ~ Car c'est bien la question.",
        "fr | Il prévient \"qu'en aucun cas une \"jungle\" ne reviendra. Et parle de \"mensonges\". | Il prévient \"qu'en aucun cas une \"jungle\" ne reviendra. ~ Et parle de \"mensonges\".",
      })
  void cutsSentences(String language, String text, String expected) {
    List<String> sentences = segmenter.sentences(text, language).stream().map(Sentence::text).toList();
    assertEquals(Arrays.asList(expected.split(" ~ ")), sentences);
  }

  @Test
  void neverCutsAcrossALineBreak() {
    String text = "Cette proposition comprend :\n\nun plan de surveillance,\n\nla création d'un coordinateur.";
    assertEquals(
        List.of("Cette proposition comprend :", "un plan de surveillance,", "la création d'un coordinateur."),
        segmenter.sentences(text, "fr").stream().map(Sentence::text).toList());
  }

  @Test
  void givesSpansOfTheText() {
    String text = "  Un. Deux.\n\nTrois.";
    ImmutableList<Sentence> sentences = segmenter.sentences(text, "fr");
    assertEquals(List.of(Sentence.of(2, 5, "Un."), Sentence.of(6, 11, "Deux."), Sentence.of(13, 19, "Trois.")), sentences);
  }

  @Test
  void givesEachParagraphItsLanguage() {
    String text = "Le ministre a répondu aux questions des journalistes.\n\nThe minister answered the questions of the press.\n\nCoquelles, France";
    List<Paragraph> paragraphs = segmenter.paragraphs(text, "fr");
    assertEquals(List.of("fr", "en", "fr"), paragraphs.stream().map(Paragraph::language).toList());
    assertEquals(text.indexOf("The"), paragraphs.get(1).start());
    assertEquals("Coquelles, France", paragraphs.get(2).text());
  }

  @Test
  void cutsADocumentParagraphByParagraphInItsLanguages() {
    Document d =
        Document.builder()
            .file("a.txt")
            .index(1)
            .language("fr")
            .text("M. Cazeneuve est venu. Il a parlé.\n\nMr. Brokenshire said it is the port. He left.")
            .build();
    assertEquals(
        List.of("M. Cazeneuve est venu.", "Il a parlé.", "Mr. Brokenshire said it is the port.", "He left."),
        segmenter.sentences(d).stream().map(Sentence::text).toList());
  }

  @Test
  void rejectsALanguageThatIsNotACode() {
    assertThrows(IllegalArgumentException.class, () -> segmenter.sentences("Un.", "french"));
  }

  @Test
  void findsNothingInBlankText() {
    assertEquals(List.of(), segmenter.sentences(" \n\n ", "fr"));
    assertEquals(List.of(), segmenter.paragraphs("", "fr"));
  }
}
