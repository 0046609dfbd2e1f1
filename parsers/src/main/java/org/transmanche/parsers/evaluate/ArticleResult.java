package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;

/**
 * The evaluation of one gold article: scores per type, the gold items missed and the system items
 * that matched nothing. Immutable and thread-safe.
 */
@Value.Immutable
public interface ArticleResult {

  /** The document id of the article. */
  String document();

  /** Whether the dossier has a document with this id. */
  boolean inDossier();

  /** One score per {@link FactType}, in enum order. */
  ImmutableMap<FactType, Score> scores();

  /** Gold items not matched, by type then gold order. */
  ImmutableList<Miss> misses();

  /** System items not matched, by type then dossier order. */
  ImmutableList<Spurious> spurious();

  /**
   * The score of one type.
   *
   * @throws IllegalArgumentException if the result has no score for {@code type}
   */
  default Score score(FactType type) {
    Score s = scores().get(type);
    if (s == null) {
      throw new IllegalArgumentException("no score for " + type);
    }
    return s;
  }

  /** Builder. */
  static ImmutableArticleResult.Builder builder() {
    return ImmutableArticleResult.builder();
  }
}
