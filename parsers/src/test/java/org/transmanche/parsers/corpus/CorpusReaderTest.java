package org.transmanche.parsers.corpus;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;
import org.transmanche.model.Severity;

class CorpusReaderTest {

  private static final String BODY =
      "Les deux ministres se sont rencontrés à Londres pour parler de la frontière et des migrants.";

  private final CorpusReader reader = CorpusReader.defaults();

  private ReadResult read(String text) {
    return reader.read("a.txt", text.getBytes(UTF_8));
  }

  private static List<String> codes(ReadResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "date 2019 | 2019",
        " date 2019-01 | 2019-01",
        "date 2019-01-15 | 2019-01-15",
        "DATE 2018-01 | 2018-01",
      })
  void datesTheFileFromItsFirstLine(String line, String date) {
    ReadResult r = read(line + " " + BODY);
    Document d = r.documents().get(0);
    assertEquals(Optional.of(DateSpan.parse(date)), d.published());
    assertEquals(BODY, d.text());
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void keepsABadDateLineAsTextAndWarns() {
    ReadResult r = read("date 2019-13 " + BODY);
    assertEquals(Optional.empty(), r.documents().get(0).published());
    assertTrue(r.documents().get(0).text().startsWith("date 2019-13"));
    assertEquals(List.of("CORPUS_BAD_DATE"), codes(r));
    assertEquals(Optional.of(1), r.diagnostics().get(0).line());
  }

  @Test
  void readsOneArticleWithoutHeader() {
    ReadResult r = read(BODY + "\n\n" + BODY);
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("a.txt#1", d.id());
    assertEquals("fr", d.language());
    assertEquals(Optional.empty(), d.outlet());
    assertEquals(Optional.empty(), d.published());
  }

  @Test
  void readsAShortFileWithoutHeaderAsOneArticle() {
    ReadResult r = read("Bonjour.");
    assertEquals("Bonjour.", r.documents().get(0).text());
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void splitsAPressReviewAtItsHeaderLines() {
    String review =
        "Revue de presse\n\n"
            + "« le Monde », 3 septembre 2014\n\nUn titre\n\npar Anne Martin\n\n" + BODY + "\n\n"
            + "http://www.example.org/a-very-long-address-of-the-article-that-goes-on-\nand-on.html\n\n"
            + "Section suivante\n\n"
            + "Reuters 4 September 2014\n\nA title\n\nby John Smith\n\n"
            + "The two ministers met in London to talk about the border and the migrants.\n";
    ReadResult r = read(review);
    assertEquals(2, r.documents().size(), r.toString());
    Document first = r.documents().get(0);
    assertEquals(Optional.of("Le Monde"), first.outlet());
    assertEquals(Optional.of(DateSpan.parse("2014-09-03")), first.published());
    assertEquals(Optional.of("Un titre"), first.title());
    assertEquals(List.of("Anne Martin"), first.authors());
    assertEquals(
        List.of("http://www.example.org/a-very-long-address-of-the-article-that-goes-on-and-on.html"), first.urls());
    assertEquals("Un titre\n\npar Anne Martin\n\n" + BODY, first.text());
    Document second = r.documents().get(1);
    assertEquals("a.txt#2", second.id());
    assertEquals(Optional.of("Reuters"), second.outlet());
    assertEquals("en", second.language());
    assertEquals(List.of("John Smith"), second.authors());
    assertEquals(List.of("CORPUS_SECTION_HEADING", "CORPUS_SECTION_HEADING"), codes(r));
    assertEquals(Optional.of(1), r.diagnostics().get(0).line());
    assertEquals(Optional.of(14), r.diagnostics().get(1).line());
  }

  @Test
  void takesTheOutletFromALetterhead() {
    ReadResult r = read("Un communiqué\n\nMINISTÈRE DE L'INTÉRIEUR\n\n" + BODY);
    assertEquals(Optional.of("Ministère de l'Intérieur"), r.documents().get(0).outlet());
  }

  @Test
  void dropsAUtf8ByteOrderMarkAndCountsOffsetsAfterIt() {
    byte[] bytes = Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BODY.getBytes(UTF_8));
    ReadResult r = reader.read("bom.txt", bytes);
    Document d = r.documents().get(0);
    assertEquals(BODY, d.text());
    assertEquals(0, d.rawMap().toRaw(0));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest
  @CsvSource({"CRLF", "CR", "LF"})
  void readsAnyLineEnding(String name) {
    String eol = name.equals("CRLF") ? "\r\n" : name.equals("CR") ? "\r" : "\n";
    String text = "Les deux ministres se sont rencontrés" + eol + "à Londres." + eol + eol + "Ils ont parlé de la frontière.";
    Document d = read(text).documents().get(0);
    assertEquals("Les deux ministres se sont rencontrés à Londres.\n\nIls ont parlé de la frontière.", d.text());
    assertEquals(text.indexOf("Ils"), d.rawMap().toRaw(d.text().indexOf("Ils")));
  }

  @Test
  void decodesUtf16WithAByteOrderMarkAndWarns() {
    byte[] le = Bytes.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, BODY.getBytes(UTF_16LE));
    byte[] be = Bytes.concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, BODY.getBytes(UTF_16BE));
    for (byte[] bytes : List.of(le, be)) {
      ReadResult r = reader.read("u16.txt", bytes);
      assertEquals(BODY, r.documents().get(0).text());
      assertEquals(List.of("CORPUS_UTF16"), codes(r));
      assertEquals(Severity.WARNING, r.diagnostics().get(0).severity());
    }
  }

  @Test
  void reportsInvalidUtf8WithItsByteOffsetAndKeepsTheRest() {
    byte[] bytes = Bytes.concat("Ligne un.\nLa fronti".getBytes(UTF_8), new byte[] {(byte) 0xE8}, ("re. " + BODY).getBytes(UTF_8));
    ReadResult r = reader.read("latin1.txt", bytes);
    assertEquals(List.of("CORPUS_INVALID_UTF8"), codes(r));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Optional.of(19L), d.byteOffset());
    assertEquals(Optional.of(2), d.line());
    assertEquals(Optional.of(10), d.column());
    assertEquals(Severity.ERROR, d.severity());
    assertTrue(d.message().contains("0xE8"), d.message());
    assertEquals(1, r.documents().size());
    assertTrue(r.documents().get(0).text().contains("fronti\uFFFDre"));
  }

  @Test
  void reportsAnEmptyFile() {
    assertEquals(List.of("CORPUS_EMPTY_FILE"), codes(reader.read("e.txt", new byte[0])));
    assertEquals(List.of("CORPUS_EMPTY_FILE"), codes(read(" \n\n\t ")));
    assertEquals(List.of(), read("").documents());
  }

  @Test
  void reportsABinaryFile() {
    ReadResult r = reader.read("b.txt", new byte[] {'a', 'b', 0, 1, 2, 'c'});
    assertEquals(List.of("CORPUS_BINARY"), codes(r));
    assertEquals(Optional.of(2L), r.diagnostics().get(0).byteOffset());
    ReadResult pdf = reader.read("p.txt", Bytes.concat("%PDF-1.4\n".getBytes(UTF_8), new byte[] {0, 0}));
    assertTrue(pdf.diagnostics().get(0).message().contains("PDF"));
    ReadResult utf16 = reader.read("u.txt", BODY.getBytes(UTF_16LE));
    assertTrue(utf16.diagnostics().get(0).message().contains("UTF-16"));
  }

  @Test
  void reportsAFileWithoutArticle() {
    ReadResult r = read("http://www.example.org/only-a-link\n\nhttp://www.example.org/another-link\n");
    assertEquals(List.of("CORPUS_NO_ARTICLE"), codes(r));
    assertTrue(r.hasErrors());
    assertThrows(CorpusException.class, r::orThrow);
  }

  @Test
  void reportsAHeaderWithoutText() {
    ReadResult r = read(BODY + "\n\nReuters 4 September 2014\n\nhttp://www.example.org/a\n");
    assertEquals(1, r.documents().size());
    assertEquals(List.of("CORPUS_EMPTY_ARTICLE"), codes(r));
  }

  @Test
  void readsTheTextFilesOfADirectoryInNameOrderAndReportsTheBadOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), BODY);
    Files.writeString(dir.resolve("a.txt"), BODY);
    Files.write(dir.resolve("c.txt"), new byte[] {'x', 0});
    Files.write(dir.resolve("d.txt"), new byte[0]);
    Files.writeString(dir.resolve("notes.md"), BODY);
    Files.createDirectory(dir.resolve("sub.txt"));
    ReadResult r = reader.read(dir);
    assertEquals(List.of("a.txt#1", "b.txt#1"), r.documents().stream().map(Document::id).toList());
    assertEquals(List.of("CORPUS_BINARY", "CORPUS_EMPTY_FILE"), codes(r));
    assertEquals(dir.resolve("c.txt").toString(), r.diagnostics().get(0).file());
  }

  @Test
  void reportsAPathThatCannotBeRead(@TempDir Path dir) {
    ReadResult r = reader.read(dir.resolve("missing.txt"));
    assertEquals(List.of("CORPUS_UNREADABLE"), codes(r));
    assertEquals(List.of(), r.documents());
  }

  @Test
  void warnsAboutAnEmptyDirectory(@TempDir Path dir) {
    assertEquals(List.of("CORPUS_NO_FILES"), codes(reader.read(dir)));
  }

  @Test
  void readsOneFileGivenByPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.text");
    Files.writeString(file, BODY);
    assertEquals(List.of("one.text#1"), reader.read(file).documents().stream().map(Document::id).toList());
  }

  @Test
  void namesDocumentsAfterTheLastPathSegment() {
    assertEquals("x.txt#1", reader.read("dir/sub/x.txt", BODY.getBytes(UTF_8)).documents().get(0).id());
    assertThrows(IllegalArgumentException.class, () -> reader.read("dir/", BODY.getBytes(UTF_8)));
  }

  @Test
  void takesKnownWordsAsEvidenceForRepairs() {
    String text = "Le ministre Vande-naeghe est venu. " + BODY;
    assertTrue(read(text).documents().get(0).text().contains("Vande-naeghe"));
    ReadResult r = reader.withKnownWords(List.of("Jan Vandenaeghe")).read("a.txt", text.getBytes(UTF_8));
    assertTrue(r.documents().get(0).text().contains("Le ministre Vandenaeghe est venu."));
  }

  @Test
  void keepsNoUrlInTheText() {
    Document d = read(BODY + " Voir http://www.example.org/page.html pour la suite.").documents().get(0);
    assertFalse(d.text().contains("http"));
    assertEquals(List.of("http://www.example.org/page.html"), d.urls());
  }
}
