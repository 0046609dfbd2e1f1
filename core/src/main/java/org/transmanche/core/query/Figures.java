package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import org.transmanche.model.Dossier;
import org.transmanche.model.Figure;

/**
 * The figures of a dossier (migrants counted, arrests, stowaways found), narrowed by subject,
 * source and period. Immutable and thread-safe; see {@link Selection} for the shared filters.
 *
 * <pre>{@code
 * Query.of(d).figures().about("migrants").inYear(2015);
 * Query.of(d).figures().bySource("Home Office").list();
 * }</pre>
 */
public final class Figures extends Selection<Figure, Figures> {

  Figures(Dossier dossier, Iterable<? extends Figure> figures) {
    super(dossier, figures);
  }

  /** Every figure of {@code dossier}. */
  public static Figures of(Dossier dossier) {
    return new Figures(dossier, dossier.figures());
  }

  @Override
  Figures with(ImmutableList<Figure> facts) {
    return new Figures(dossier(), facts);
  }

  /** The figures whose description contains the words of {@code subject}, any case and accents. */
  public Figures about(String subject) {
    List<String> words = Fold.foldedTokens(checkNotNull(subject, "subject"));
    return where(f -> Fold.containsRun(Fold.foldedTokens(f.what()), words));
  }

  /** The figures given by the actors {@code who} denotes: an id, a country code or a name. */
  public Figures bySource(String who) {
    Set<String> ids = ActorMatch.resolve(dossier(), checkNotNull(who, "who"));
    return where(f -> f.source().map(ids::contains).orElse(false));
  }

  @Override
  TextTable.Builder table() {
    return TextTable.builder("Date", "Id", "Figure", "Source").width(2, 60).width(3, 50);
  }

  @Override
  Object[] row(Figure f) {
    return new Object[] {Display.date(f.date()), f.id(), Describe.summary(dossier(), f), source(f)};
  }
}
