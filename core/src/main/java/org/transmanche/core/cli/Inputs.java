package org.transmanche.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.transmanche.core.Transmanche;
import org.transmanche.core.corpus.BundledCorpus;
import org.transmanche.model.Dossier;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command takes its dossier from: the bundled corpus (the default), corpus files and
 * directories to parse, or a dossier JSON written by {@code extract}. A picocli mixin.
 */
final class Inputs {

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = "Corpus files or directories (their .txt files) to parse. Default: the bundled corpus.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--dossier",
      paramLabel = "JSON",
      description = "Read a dossier in the transmanche/1 JSON format (as 'extract' prints) instead of parsing.")
  Path dossier;

  /**
   * The dossier the user asked for.
   *
   * @throws UsageException if a path does not exist, or both files and --dossier are given
   */
  Dossier load() {
    if (dossier != null) {
      if (!paths.isEmpty()) {
        throw new UsageException("give either corpus files or --dossier, not both");
      }
      exists(dossier);
      if (Files.isDirectory(dossier)) {
        throw new UsageException("--dossier expects a JSON file, not the directory " + dossier);
      }
      return Transmanche.read(dossier);
    }
    if (paths.isEmpty()) {
      return Transmanche.seeds();
    }
    paths.forEach(Inputs::exists);
    return Transmanche.parse(paths);
  }

  /** What {@link #load()} reads, for headings: "the bundled corpus (5 files)", "2 paths", "dossier d.json". */
  String describe() {
    if (dossier != null) {
      return "dossier " + dossier;
    }
    if (paths.isEmpty()) {
      return "the bundled corpus (" + BundledCorpus.names().size() + " files)";
    }
    return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " paths";
  }

  static void exists(Path p) {
    if (!Files.exists(p)) {
      throw new UsageException("no such file or directory: " + p);
    }
  }
}
