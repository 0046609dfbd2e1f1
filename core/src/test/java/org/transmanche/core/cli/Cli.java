package org.transmanche.core.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.transmanche.core.export.JsonExport;
import org.transmanche.core.query.SampleDossier;

/** Runs the command line in this JVM with captured streams. */
final class Cli {

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return runWithInput("", args);
  }

  static Result runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            args);
    return new Result(status, out.toString(), err.toString());
  }

  /** The sample dossier written as JSON in {@code dir}, for {@code --dossier}. */
  static String sample(Path dir) {
    Path file = dir.resolve("sample.json");
    JsonExport.write(SampleDossier.dossier(), file, false);
    return file.toString();
  }
}
