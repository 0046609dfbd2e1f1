package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.DateSpan;

/**
 * The gold record of one article: its document id ({@code <file>#<n>}, as in {@link
 * org.transmanche.model.Document#id()}) and the facts a reader finds in it, by type.
 *
 * <p>Immutable and thread-safe; lists are never null and keep the gold file's order.
 */
@Value.Immutable
public interface GoldArticle {

  /** The id of the document this record describes, such as {@code a.txt#3}; never blank. */
  String document();

  /** The gold file it was read from (no directory). */
  String file();

  /** The article's language, when given. */
  Optional<String> language();

  /** Publication date, when given. */
  Optional<DateSpan> published();

  /** The outlet, when given. */
  Optional<String> outlet();

  /** The actors named. */
  ImmutableList<GoldActor> actors();

  /** The agreements. */
  ImmutableList<GoldAgreement> agreements();

  /** The pledges. */
  ImmutableList<GoldPledge> pledges();

  /** The deployments. */
  ImmutableList<GoldDeployment> deployments();

  /** The statements. */
  ImmutableList<GoldStatement> statements();

  /** The figures. */
  ImmutableList<GoldFigure> figures();

  /** How many gold items of {@code type} the article has. */
  default int count(FactType type) {
    switch (type) {
      case ACTORS:
        return actors().size();
      case AGREEMENTS:
        return agreements().size();
      case PLEDGES:
        return pledges().size();
      case DEPLOYMENTS:
        return deployments().size();
      case STATEMENTS:
        return statements().size();
      case FIGURES:
        return figures().size();
      default:
        throw new AssertionError(type);
    }
  }

  /** Builder. */
  static ImmutableGoldArticle.Builder builder() {
    return ImmutableGoldArticle.builder();
  }
}
