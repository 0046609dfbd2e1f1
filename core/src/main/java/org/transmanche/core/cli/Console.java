package org.transmanche.core.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** The standard streams a run of the command line uses; tests pass their own. */
final class Console {
  final PrintWriter out;
  final PrintWriter err;
  final InputStream in;

  Console(PrintWriter out, PrintWriter err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }
}
