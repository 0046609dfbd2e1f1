package org.transmanche.core;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.transmanche.model.Dossier;
import org.transmanche.model.json.Json;
import org.transmanche.parsers.recognise.Mention;

/**
 * The entry point of the SDK: parse files and directories into a {@link Dossier}, get the bundled
 * corpus parsed once, read a dossier from JSON, and see what the recognisers find in a text.
 *
 * <p>Parsing is deterministic and thread-safe; the same input always gives an equal dossier.
 *
 * <pre>{@code
 * Dossier d = Transmanche.seeds();
 * d.pledges().size();
 * }</pre>
 */
public final class Transmanche {

  private Transmanche() {}

  /** The bundled seed corpus, parsed once and cached; thread-safe. */
  public static Dossier seeds() {
    return Seeds.DOSSIER;
  }

  private static final class Seeds {
    static final Dossier DOSSIER = Engine.standard().parseBundled();
  }

  /**
   * Parses files and directories (a directory: its {@code .txt} files in name order). Unreadable or
   * invalid files become diagnostics of the result; no document is dropped silently.
   *
   * @throws IllegalArgumentException if a path does not exist
   */
  public static Dossier parse(Path... paths) {
    return parse(List.of(paths));
  }

  /** As {@link #parse(Path...)}, with a list of paths. */
  public static Dossier parse(List<Path> paths) {
    return Engine.standard().parse(paths, 1);
  }

  /** As {@link #parse(List)}, using up to {@code threads} threads; the result equals the one-thread result. */
  public static Dossier parse(List<Path> paths, int threads) {
    return Engine.standard().parse(paths, threads);
  }

  /**
   * Reads a dossier written in the {@code transmanche/1} JSON format.
   *
   * @throws org.transmanche.model.json.JsonFormatException naming the JSON path and the broken rule
   */
  public static Dossier read(Path json) {
    return Json.readDossier(json);
  }

  /**
   * The mentions the standard recognisers find in {@code text}.
   *
   * @param language "fr" or "en"
   * @param date the reference date for relative expressions, if known
   */
  public static ImmutableList<Mention> annotate(String text, String language, Optional<LocalDate> date) {
    return Engine.standard().annotate(text, language, date);
  }
}
