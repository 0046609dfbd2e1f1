package org.transmanche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/tour.jsh} through the JDK's JShell API, in this JVM, with the test class
 * path: every snippet must be accepted and run without an exception, and the only command is the
 * closing {@code /exit}. This is how CI ({@code ./mvnw verify}) keeps the tour working.
 */
class TourScriptTest {

  private static final Path TOUR = Path.of("tour.jsh");

  @Test
  void everySnippetOfTheTourRunsAndTheTourEndsWithExit() throws IOException {
    String script = Files.readString(TOUR, StandardCharsets.UTF_8);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    int snippets = 0;
    PrintStream original = System.out;
    // The local execution engine runs snippets in this JVM, so they print to System.out.
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder().out(out).err(out).executionEngine("local").build()) {
      System.setOut(out);
      shell.addToClasspath(System.getProperty("java.class.path"));
      StringBuilder java = new StringBuilder();
      for (String line : script.split("\n", -1)) {
        String trimmed = line.strip();
        if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
          snippets += run(shell, java.toString(), problems);
          java.setLength(0);
          commands.add(trimmed);
        } else {
          java.append(line).append('\n');
        }
      }
      snippets += run(shell, java.toString(), problems);
    } finally {
      System.setOut(original);
    }
    String output = printed.toString(StandardCharsets.UTF_8);

    assertThat(problems).as("snippets that failed; output:%n%s", output).isEmpty();
    assertThat(commands).containsExactly("/exit");
    assertThat(script.strip()).endsWith("/exit");
    assertThat(snippets).isGreaterThan(10);
    assertThat(output)
        .contains("Documents: ")
        .contains("Pledge ledger in EUR by calendar year")
        .contains("Pledge ledger in GBP by UK financial year");
  }

  /** Evaluates each complete snippet of {@code source}, noting rejections and exceptions; returns how many ran. */
  private static int run(JShell shell, String source, List<String> problems) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    int count = 0;
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        problems.add("incomplete snippet: " + remaining.strip());
        break;
      }
      count++;
      for (SnippetEvent e : shell.eval(info.source())) {
        if (e.status() == Snippet.Status.REJECTED) {
          List<String> diagnostics = new ArrayList<>();
          shell.diagnostics(e.snippet()).forEach(d -> diagnostics.add(d.getMessage(null)));
          problems.add("rejected: " + e.snippet().source().strip() + " " + diagnostics);
        }
        if (e.exception() != null) {
          problems.add("threw " + e.exception() + ": " + e.snippet().source().strip());
        }
      }
      remaining = info.remaining();
    }
    return count;
  }
}
