package org.transmanche.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transmanche.core.query.SampleDossier;
import org.transmanche.model.Dossier;
import org.transmanche.model.json.Json;

class JsonExportTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void writesThePublicFormatThatReadsBackEqual() {
    String json = JsonExport.toJson(D, false);

    assertThat(json).startsWith("{\"schema\":\"transmanche/1\"").doesNotContain("\n");
    assertThat(Json.readDossier(json)).isEqualTo(D);
  }

  @Test
  void indentsWhenPretty() {
    assertThat(JsonExport.toJson(D, true)).contains("\n  \"documents\"");
    assertThat(Json.readDossier(JsonExport.toJson(D, true))).isEqualTo(D);
  }

  @Test
  void writesAFileThatReadsBackEqual(@TempDir Path dir) {
    Path file = dir.resolve("d.json");
    JsonExport.write(D, file, true);

    assertThat(Json.readDossier(file)).isEqualTo(D);
  }
}
