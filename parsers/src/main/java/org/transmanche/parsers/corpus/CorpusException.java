package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.TransmancheException;

/**
 * Thrown by {@link ReadResult#orThrow()} when reading met errors; carries their diagnostics.
 */
public final class CorpusException extends TransmancheException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Diagnostic> diagnostics;

  /** An exception for the given error diagnostics, which its message lists one per line. */
  public CorpusException(Iterable<Diagnostic> diagnostics) {
    this(ImmutableList.copyOf(diagnostics));
  }

  private CorpusException(ImmutableList<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = diagnostics;
  }

  /** The diagnostics that caused the exception, in reading order; never null. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String message(ImmutableList<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder("the corpus could not be read without errors (")
        .append(diagnostics.size()).append("):");
    diagnostics.forEach(d -> sb.append('\n').append(d.format()));
    return sb.toString();
  }
}
