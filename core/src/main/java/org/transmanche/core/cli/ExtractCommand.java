package org.transmanche.core.cli;

import java.util.concurrent.Callable;
import org.transmanche.core.export.JsonExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code extract}: the dossier of a corpus as JSON. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the dossier of a corpus in the transmanche/1 JSON format.",
      "Reads the bundled corpus unless files or directories are given."
    })
final class ExtractCommand implements Callable<Integer> {

  private final Console console;

  @Mixin Inputs inputs;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  ExtractCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.out.println(JsonExport.toJson(inputs.load(), pretty));
    console.out.flush();
    return 0;
  }
}
