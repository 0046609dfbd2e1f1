package org.transmanche.core.export;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.transmanche.model.Dossier;
import org.transmanche.model.json.Json;

/**
 * A dossier in the public JSON format {@code transmanche/1}, written by the model's {@link Json}
 * mapper: what {@code Transmanche.read} and {@code Json.readDossier} read back into an equal dossier.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = JsonExport.toJson(d, true);
 * Json.readDossier(json).equals(d); // true
 * }</pre>
 */
public final class JsonExport {

  private JsonExport() {}

  /** The dossier as JSON, indented when {@code pretty}. */
  public static String toJson(Dossier dossier, boolean pretty) {
    return Json.write(checkNotNull(dossier, "dossier"), pretty);
  }

  /**
   * Writes the dossier as UTF-8 JSON to {@code file}, replacing it, with a final newline.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Dossier dossier, Path file, boolean pretty) {
    checkNotNull(file, "file");
    try {
      Files.writeString(file, toJson(dossier, pretty) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
