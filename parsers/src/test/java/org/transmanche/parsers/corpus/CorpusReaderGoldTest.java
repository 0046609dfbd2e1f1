package org.transmanche.parsers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.OffsetMap;
import org.transmanche.model.Severity;
import org.transmanche.parsers.gazetteer.Gazetteer;

/** Reads the seed corpus and checks it against the gold files. */
class CorpusReaderGoldTest {

  private static Path seeds;
  private static ReadResult result;
  private static Map<String, JsonNode> gold;

  @BeforeAll
  static void readSeeds() throws IOException, URISyntaxException {
    seeds = Path.of(CorpusReaderGoldTest.class.getResource("/seeds").toURI());
    result = CorpusReader.defaults().read(seeds);
    Path goldDir = Path.of(CorpusReaderGoldTest.class.getResource("/gold/seeds").toURI());
    ObjectMapper json = new ObjectMapper();
    gold = new TreeMap<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode node = json.readTree(f.toFile());
        gold.put(node.get("document").asText(), node);
      }
    }
  }

  private static Document document(String id) {
    return result.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static String raw(String file) throws IOException {
    return Files.readString(seeds.resolve(file));
  }

  @Test
  void readsExactlyTheDocumentsOfTheGoldFiles() {
    assertEquals(20, gold.size());
    assertEquals(
        gold.keySet(), result.documents().stream().map(Document::id).collect(Collectors.toCollection(java.util.TreeSet::new)));
    assertEquals(20, result.documents().size());
  }

  @Test
  void readsWithoutErrors() {
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
  }

  @Test
  void findsTheGoldLanguageDateAndOutlet() {
    for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
      Document d = document(e.getKey());
      JsonNode g = e.getValue();
      assertEquals(g.get("language").asText(), d.language(), d.id() + " language");
      Optional<DateSpan> published =
          g.get("published").isNull() ? Optional.empty() : Optional.of(DateSpan.parse(g.get("published").asText()));
      assertEquals(published, d.published(), d.id() + " published");
      Optional<String> outlet = g.get("outlet").isNull() ? Optional.empty() : Optional.of(g.get("outlet").asText());
      assertEquals(outlet, d.outlet(), d.id() + " outlet");
    }
  }

  @Test
  void keepsEveryGoldQuoteInTheText() {
    for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
      String text = fold(document(e.getKey()).text());
      for (JsonNode statement : e.getValue().get("statements")) {
        String quote = statement.get("quote").asText();
        assertTrue(text.contains(fold(quote)), e.getKey() + " lost the quote: " + quote);
      }
    }
  }

  /** Letters and digits only, folded: the repairs may change hyphens, apostrophes and spaces. */
  private static String fold(String s) {
    return Gazetteer.fold(s).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  @Test
  void rejoinsAHyphenatedNameAndMapsItToItsRawSpan() throws IOException {
    String file = "004_8fecf36aac7f0217.txt";
    String raw = raw(file);
    assertTrue(raw.contains("Bernard Caze-neuve oppose"));
    Document d =
        result.documents().stream()
            .filter(doc -> doc.text().contains("Bernard Cazeneuve oppose"))
            .findFirst()
            .orElseThrow();
    assertFalse(d.text().contains("Caze-neuve"));
    int start = d.text().indexOf("Cazeneuve oppose");
    int end = start + "Cazeneuve".length();
    assertEquals("Caze-neuve", raw.substring(d.rawMap().toRaw(start), d.rawMap().toRaw(end)));
  }

  @Test
  void removesEveryUrlFromTheText() {
    for (Document d : result.documents()) {
      assertFalse(d.text().contains("http:"), d.id());
      assertFalse(d.text().contains("https:"), d.id());
      assertFalse(d.text().contains("www."), d.id());
    }
  }

  @Test
  void rejoinsBrokenUrlsAndKeepsEachOnce() {
    List<String> urls = document("004_8fecf36aac7f0217.txt#2").urls();
    assertEquals(5, urls.size(), urls::toString);
    assertTrue(urls.contains(
        "http://www.lavoixdunord.fr/region/la-maire-ump-de-calais-veut-que-le-ministre-menace-les-ia33b48581n2347131"));
    assertEquals(
        List.of("http://www.interieur.gouv.fr/Actualites/Communiques/Entretien-entre-Bernard-Cazeneuve-et-Theresa-May"),
        document("004_8fecf36aac7f0217.txt#4").urls());
    for (Document d : result.documents()) {
      for (String url : d.urls()) {
        assertTrue(url.startsWith("http") && url.chars().noneMatch(Character::isWhitespace), url);
      }
    }
  }

  @Test
  void joinsASentenceThatAUrlBlockCut() {
    assertTrue(document("004_8fecf36aac7f0217.txt#2").text().contains("ils iront créer un nouveau squat"));
  }

  @Test
  void joinsASentenceThatAPageBreakCut() {
    assertTrue(document("002_58cd97f2a4b1d87c.txt#1").text().contains("les traversées maritimes illégales et"));
    assertTrue(document("004_8fecf36aac7f0217.txt#1").text().contains("renchérit Emmanuel Agius"));
  }

  @Test
  void keepsTheSectionHeadingOutOfTheArticles() {
    for (Document d : result.documents()) {
      assertFalse(d.text().contains("tractations européennes"), d.id());
    }
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.code().equals("CORPUS_SECTION_HEADING")));
  }

  @Test
  void readsTitlesAndBylines() {
    Document first = document("004_8fecf36aac7f0217.txt#1");
    assertEquals(Optional.of("A Calais, chez les radicaux sans frontières"), first.title());
    assertEquals(List.of("Denis Demonpion", "Elsa Vigoureux"), first.authors());
    assertEquals(List.of("Tim Ross"), document("004_8fecf36aac7f0217.txt#7").authors());
    assertEquals(Optional.empty(), document("000_3eda52869372d02f.txt#1").title());
  }

  @Test
  void startsTheTextAfterTheDateLine() {
    assertTrue(document("001_f732f19c7ebcc7fe.txt#1").text().startsWith("Lors de sa visite"));
  }

  @Test
  void mapsEveryCharacterBackToTheFile() throws IOException {
    for (Document d : result.documents()) {
      String raw = raw(d.file());
      OffsetMap map = d.rawMap();
      String text = d.text();
      int previous = 0;
      for (int i = 0; i < text.length(); i++) {
        int r = map.toRaw(i);
        assertTrue(r >= previous && r < raw.length(), d.id() + " offset " + i);
        char c = text.charAt(i);
        if (!Character.isWhitespace(c)) {
          assertEquals(c == '\'' && raw.charAt(r) == '?' ? '?' : c, raw.charAt(r), d.id() + " offset " + i);
        }
        previous = r;
      }
    }
  }

  @Test
  void readsTheSameWayOnSeveralThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<ReadResult>> reads = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        reads.add(pool.submit(() -> CorpusReader.defaults().read(seeds)));
      }
      for (Future<ReadResult> read : reads) {
        assertEquals(result, read.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readsTheSameWayTwiceAndFromMemory() throws IOException {
    assertEquals(result, CorpusReader.defaults().read(seeds));
    String file = "001_f732f19c7ebcc7fe.txt";
    ReadResult alone = CorpusReader.defaults().read(file, Files.readAllBytes(seeds.resolve(file)));
    Document d = alone.documents().get(0);
    assertEquals(document(file + "#1").published(), d.published());
    assertEquals(document(file + "#1").language(), d.language());
  }
}
