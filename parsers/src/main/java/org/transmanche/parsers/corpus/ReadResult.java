package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;
import org.transmanche.model.Severity;

/**
 * What reading a corpus gave: the documents, in file-name order then article order, and a
 * diagnostic for every file or part of a file that could not be read as an article.
 *
 * <pre>{@code
 * ReadResult r = CorpusReader.defaults().read("a.txt", "Bonjour.".getBytes(UTF_8));
 * r.documents().get(0).id(); // "a.txt#1"
 * }</pre>
 */
@Value.Immutable
public interface ReadResult {

  /** The documents read; never null. */
  ImmutableList<Document> documents();

  /** Errors and warnings, in reading order; never null. */
  ImmutableList<Diagnostic> diagnostics();

  /** Whether a diagnostic has severity {@link Severity#ERROR}. */
  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * The documents, if nothing failed.
   *
   * @throws CorpusException listing the error diagnostics, if there is one
   */
  default ImmutableList<Document> orThrow() {
    if (hasErrors()) {
      throw new CorpusException(
          diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).collect(ImmutableList.toImmutableList()));
    }
    return documents();
  }

  /** Builder. */
  static ImmutableReadResult.Builder builder() {
    return ImmutableReadResult.builder();
  }
}
