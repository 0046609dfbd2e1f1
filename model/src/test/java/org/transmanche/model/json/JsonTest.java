package org.transmanche.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;

class JsonTest {

  /** Each case is malformed JSON ({@code \n} stands for a line break) and where the parser stops. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          {"schema": "transmanche/1",\\n  "documents": [,]\\n}                                   | 2 | 17
          {"schema": "transmanche/1"\\n  "documents": []}                                         | 2 | 3
          {\\n\\n   "schema": transmanche}                                                         | 3 | 14
          {"schema": "transmanche/1", "documents": [                                             | 1 | 43
          {\\n  "schema": "transmanche/1",\\n  "actors": [ {"id": "person:a" "kind": "PERSON"} ]\\n} | 3 | 33
          """)
  void reportsLineAndColumnOfMalformedJson(String json, int line, int column) {
    String text = json.replace("\\n", "\n");

    JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.readDossier(text));

    assertTrue(e.getMessage().contains("(line " + line + ", column " + column + ")"), e.getMessage());
  }

  /** A dossier followed by anything but white space is malformed JSON, not a dossier. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          {"schema": "transmanche/1"}}
          {"schema": "transmanche/1"} {"schema": "transmanche/2"}
          {"schema": "transmanche/1"} trailing
          {"schema": "transmanche/1"}]
          """)
  void rejectsContentAfterTheDossier(String json) {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.readDossier(json));

    assertTrue(e.getMessage().contains("(line 1, column "), e.getMessage());
  }

  @Test
  void namesTheFileAndThePathOnceWhenAFileIsMalformed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dossier.json");
    Files.writeString(file, "{\"schema\": \"transmanche/1\", \"documents\": [");

    JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.readDossier(file));

    assertTrue(e.getMessage().startsWith("JSON " + e.path() + ": " + file + ": "), e.getMessage());
    assertEquals(e.getMessage().indexOf("JSON $"), e.getMessage().lastIndexOf("JSON $"), e.getMessage());
    assertTrue(e.getMessage().contains("(line 1, column 43)"), e.getMessage());
  }

  @Test
  void readsAnEmptyObjectAsAnEmptyDossier() {
    assertEquals(Dossier.builder().build(), Json.readDossier("{}"));
  }

  @Test
  void writesAnEmptyDossierWithItsSchema() {
    assertEquals(
        "{\"schema\":\"transmanche/1\",\"documents\":[],\"actors\":[],\"agreements\":[],\"pledges\":[],"
            + "\"deployments\":[],\"statements\":[],\"figures\":[],\"disagreements\":[],\"diagnostics\":[]}",
        Json.write(Dossier.builder().build()));
  }

  @ParameterizedTest
  @CsvSource({
    "'{\"amount\": 7000000.00, \"currency\": \"eur\"}', 7000000, EUR",
    "'{\"amount\": 31.4e6, \"currency\": \"EUR\"}', 31400000, EUR",
    "'{\"amount\": 0.50, \"currency\": \"gbp\"}', 0.5, GBP",
  })
  void readsMoneyNormalised(String json, String amount, String currency) {
    Money m = Json.read(json, Money.class);

    assertEquals(amount, m.amount().toPlainString());
    assertEquals(currency, m.currency());
  }
}
