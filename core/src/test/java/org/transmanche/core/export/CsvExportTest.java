package org.transmanche.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.core.query.SampleDossier;
import org.transmanche.model.Dossier;

class CsvExportTest {

  private static final Dossier D = SampleDossier.dossier();

  /** The rows of {@code csv} read by Jackson's independent RFC 4180 reader, keyed by header. */
  private static List<Map<String, String>> read(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return rows.readAll();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "actors,      6",
    "agreements,  3",
    "pledges,     5",
    "deployments, 1",
    "statements,  4",
    "figures,     1",
  })
  void writesOneRowPerFact(String table, int rows) throws IOException {
    assertThat(read(CsvExport.table(D, table))).hasSize(rows);
  }

  @Test
  void writesAPledgeWithItsAmountNamesAndEvidence() throws IOException {
    Map<String, String> port =
        read(CsvExport.table(D, "pledges")).stream().filter(r -> r.get("id").equals("pledge:port-2014")).findFirst().orElseThrow();

    assertThat(port)
        .containsEntry("pledger", "state:GB")
        .containsEntry("pledger_name", "United Kingdom")
        .containsEntry("recipient_name", "France")
        .containsEntry("amount", "12000000")
        .containsEntry("currency", "GBP")
        .containsEntry("date_from", "2014-09-20")
        .containsEntry("status", "committed")
        .containsEntry("evidence_documents", SampleDossier.PORT.id())
        .containsEntry("evidence_quotes", "will give £12m");
    int start = SampleDossier.PORT.text().indexOf("will give £12m");
    assertThat(port.get("evidence_spans")).isEqualTo(start + "-" + (start + "will give £12m".length()));
  }

  @Test
  void quotesFieldsWithCommasAndQuotesAsRfc4180Says() throws IOException {
    String csv = CsvExport.table(D, "statements");

    // The statement text ends with a comma, so its cell is quoted; the reader gives it back whole.
    assertThat(csv).contains("\"We are paying for fences and for more guards,\"").contains("\r\n");
    assertThat(read(csv))
        .extracting(r -> r.get("text"))
        .contains("We are paying for fences and for more guards,", "encore insuffisant pour la sécurité");
  }

  @Test
  void writesEveryTableToItsFile(@TempDir Path dir) throws IOException {
    List<Path> written = CsvExport.write(D, dir.resolve("out"));

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("actors.csv", "agreements.csv", "pledges.csv", "deployments.csv", "statements.csv", "figures.csv");
    assertThat(Files.readString(dir.resolve("out/pledges.csv"))).isEqualTo(CsvExport.table(D, "pledges"));
  }

  @Test
  void rejectsAnUnknownTableNamingTheKnownOnes() {
    assertThatThrownBy(() -> CsvExport.table(D, "pledge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown table 'pledge'; known: actors, agreements, pledges, deployments, statements, figures");
  }
}
