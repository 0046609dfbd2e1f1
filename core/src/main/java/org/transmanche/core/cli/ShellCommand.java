package org.transmanche.core.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shell}: JShell with the SDK on the class path, its packages imported and a dossier in {@code d}. */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Start JShell with Transmanche on the class path, its packages imported and the dossier in 'd'",
      "(the bundled corpus unless files or --dossier are given). Try: Ledger.of(d)  Query.of(d).pledges()"
    })
final class ShellCommand implements Callable<Integer> {

  /** The imports of the startup script, after JShell's default ones. */
  static final List<String> IMPORTS =
      List.of(
          "java.time.*",
          "org.transmanche.model.*",
          "org.transmanche.core.*",
          "org.transmanche.core.query.*",
          "org.transmanche.core.ledger.*",
          "org.transmanche.core.export.*");

  private final Console console;

  @Mixin Inputs inputs;

  @Option(names = "--dry-run", description = "Print the jshell command and the startup script instead of starting JShell.")
  boolean dryRun;

  ShellCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String script = startup();
    Path jshell = jshell();
    if (dryRun) {
      console.out.println(String.join(" ", command(jshell, Path.of("<startup.jsh>"))));
      console.out.print(script);
      console.out.flush();
      return 0;
    }
    Path file = Files.createTempFile("transmanche-startup", ".jsh");
    file.toFile().deleteOnExit();
    Files.writeString(file, script, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(command(jshell, file)).inheritIO().start();
    int status = p.waitFor();
    Files.deleteIfExists(file);
    return status;
  }

  /** The startup script: imports, {@code var d = ...;} and a greeting line. */
  String startup() {
    StringBuilder s = new StringBuilder();
    IMPORTS.forEach(i -> s.append("import ").append(i).append(";\n"));
    s.append("var d = ").append(dossierExpression()).append(";\n");
    s.append("System.out.println(\"Transmanche shell: d holds \" + d.documents().size() + \" documents and \""
        + " + d.facts().size() + \" facts. Try Ledger.of(d), Query.of(d).pledges(), Timeline.of(d), Statements.of(d).\");\n");
    return s.toString();
  }

  private String dossierExpression() {
    if (inputs.dossier != null) {
      Inputs.exists(inputs.dossier);
      return "Transmanche.read(java.nio.file.Path.of(" + literal(inputs.dossier.toAbsolutePath().toString()) + "))";
    }
    if (inputs.paths.isEmpty()) {
      return "Transmanche.seeds()";
    }
    List<String> paths = new ArrayList<>();
    for (Path p : inputs.paths) {
      Inputs.exists(p);
      paths.add("java.nio.file.Path.of(" + literal(p.toAbsolutePath().toString()) + ")");
    }
    return "Transmanche.parse(java.util.List.of(" + String.join(", ", paths) + "))";
  }

  /** A Java string literal of {@code s}. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static List<String> command(Path jshell, Path startup) {
    return List.of(
        jshell.toString(),
        "--class-path",
        System.getProperty("java.class.path"),
        "--startup",
        "DEFAULT",
        "--startup",
        startup.toString());
  }

  /**
   * The jshell of the running JDK: beside {@code java} in {@code java.home}, else in {@code
   * JAVA_HOME}.
   *
   * @throws UsageException if neither has one (a JRE without the JDK tools)
   */
  static Path jshell() {
    String exe = File.separatorChar == '\\' ? "jshell.exe" : "jshell";
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of(System.getProperty("java.home"), "bin", exe));
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      candidates.add(Path.of(javaHome, "bin", exe));
    }
    for (Path c : candidates) {
      if (Files.isExecutable(c)) {
        return c;
      }
    }
    throw new UsageException("jshell not found in " + candidates.get(0).getParent() + "; run Transmanche with a JDK 17+, not a JRE");
  }
}
