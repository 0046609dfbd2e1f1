package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.transmanche.model.Diagnostic;

/**
 * The result of evaluating a dossier against a gold standard: micro-averaged scores per type (the
 * counts of every article summed, then divided), the per-article results, and the gold standard's
 * reading problems. Render it with {@link EvaluationReport}. Immutable and thread-safe.
 */
@Value.Immutable
public interface Evaluation {

  /** One micro-averaged score per {@link FactType}, in enum order. */
  ImmutableMap<FactType, Score> totals();

  /** One result per gold article, in gold order. */
  ImmutableList<ArticleResult> articles();

  /**
   * Per type, how many system items have evidence only in documents the gold standard does not
   * describe; they are not scored.
   */
  ImmutableMap<FactType, Integer> unassessed();

  /** The problems met while reading the gold standard. */
  ImmutableList<Diagnostic> goldDiagnostics();

  /**
   * The micro-averaged score of one type.
   *
   * @throws IllegalArgumentException if the evaluation has no score for {@code type}
   */
  default Score score(FactType type) {
    Score s = totals().get(type);
    if (s == null) {
      throw new IllegalArgumentException("no score for " + type);
    }
    return s;
  }

  /** Builder. */
  static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }
}
