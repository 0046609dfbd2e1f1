package org.transmanche.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.transmanche.model.Dossier;
import org.transmanche.model.json.Json;
import org.transmanche.model.json.JsonFormatException;

/**
 * Random text through {@link Json#readDossier(String)}, the reader of files users did not write.
 * It lives here, not in {@code model}, to share the parsers' Jazzer set-up. Outcome checked: the
 * only exception is the documented {@link JsonFormatException}, and a dossier read is valid and
 * survives a write and read unchanged.
 */
class JsonReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readsAValidDossierOrFailsWithAJsonFormatException(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    Dossier dossier;
    try {
      dossier = Json.readDossier(json);
    } catch (JsonFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(dossier.violations()).isEmpty();
    assertThat(Json.readDossier(Json.write(dossier))).isEqualTo(dossier);
  }
}
