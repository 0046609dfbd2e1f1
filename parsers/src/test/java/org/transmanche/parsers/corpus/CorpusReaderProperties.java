package org.transmanche.parsers.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;

class CorpusReaderProperties {

  private final CorpusReader reader = CorpusReader.defaults();

  /** Lines that look like parts of a press review, in any order. */
  @Provide
  Arbitrary<String> reviews() {
    Arbitrary<String> lines =
        Arbitraries.of(
            "« le Monde », 3 septembre 2014",
            "Reuters 10 September 2014",
            "date 2019-01 Le texte commence ici.",
            "par Anne Martin",
            "by John Smith",
            "Calais : tractations européennes",
            "http://www.example.org/un-lien-assez-long-pour-etre-coupe-en-fin-de-ligne-par-le-",
            "logiciel.html",
            "Les ministres se sont rencontrés à Londres pour parler de la frontière.",
            "The ministers met in London to talk about the border and the migrants.",
            "Bernard Caze-neuve et Bernard Cazeneuve",
            "les trafics d?êtres humains",
            "",
            "",
            "   un point de liste,");
    return lines.list().ofMaxSize(30).map(l -> String.join("\n", l));
  }

  @Property(tries = 300)
  void readsAnyBytesWithoutThrowing(@ForAll byte[] bytes) {
    ReadResult r = reader.read("f.txt", bytes);
    for (Diagnostic d : r.diagnostics()) {
      assertTrue(d.code().startsWith("CORPUS_"), d.code());
    }
    assertTrue(!r.documents().isEmpty() || !r.diagnostics().isEmpty(), "a file vanished without a diagnostic");
  }

  @Property(tries = 300)
  void givesEveryFileDocumentsOrADiagnostic(@ForAll("reviews") String text) {
    ReadResult r = reader.read("f.txt", text.getBytes(UTF_8));
    assertTrue(!r.documents().isEmpty() || !r.diagnostics().isEmpty(), "a file vanished without a diagnostic");
  }

  @Property(tries = 300)
  void mapsEveryDocumentIntoItsFile(@ForAll("reviews") String text) {
    for (Document d : reader.read("f.txt", text.getBytes(UTF_8)).documents()) {
      int previous = 0;
      for (int i = 0; i <= d.text().length(); i++) {
        int r = d.rawMap().toRaw(i);
        assertTrue(r >= previous && r <= text.length(), d.id() + " offset " + i + " -> " + r);
        previous = r;
      }
      assertTrue(d.urls().stream().noneMatch(u -> d.text().contains(u)));
    }
  }

  @Property(tries = 200)
  void readsTheSameWayTwice(@ForAll("reviews") String text) {
    byte[] bytes = text.getBytes(UTF_8);
    assertEquals(reader.read("f.txt", bytes), reader.read("f.txt", bytes));
  }
}
