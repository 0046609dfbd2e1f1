package org.transmanche.examples;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.transmanche.core.Transmanche;
import org.transmanche.model.Dossier;

/** How the examples pick their dossier: the bundled corpus, or the corpus files named on the command line. */
final class Examples {

  private Examples() {}

  /** The dossier of the corpus files in {@code args}, or of the bundled corpus when there are none. */
  static Dossier dossier(String... args) {
    if (args.length == 0) {
      return Transmanche.seeds();
    }
    List<Path> paths = Arrays.stream(args).map(Path::of).collect(Collectors.toList());
    return Transmanche.parse(paths);
  }
}
