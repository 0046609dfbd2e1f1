package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Set;
import org.transmanche.model.Dossier;
import org.transmanche.model.Statement;

/**
 * Who said what: the statements of a dossier, narrowed by speaker, phrase, date and kind of speech.
 * Phrases match accent- and case-insensitively ("securite" finds "sécurité"). Immutable and
 * thread-safe; see {@link Selection} for the shared filters.
 *
 * <pre>{@code
 * Statements.of(d).by("Mme Bouchart");
 * Statements.of(d).containing("frontière").around(LocalDate.of(2015, 8, 20), 7);
 * }</pre>
 */
public final class Statements extends Selection<Statement, Statements> {

  Statements(Dossier dossier, Iterable<? extends Statement> statements) {
    super(dossier, statements);
  }

  /** Every statement of {@code dossier}. */
  public static Statements of(Dossier dossier) {
    return new Statements(dossier, dossier.statements());
  }

  @Override
  Statements with(ImmutableList<Statement> facts) {
    return new Statements(dossier(), facts);
  }

  /**
   * The statements of the actors {@code who} denotes: an id, a country code or a name, with or
   * without a courtesy title ("Mme Bouchart", "bouchart", "person:natacha-bouchart").
   */
  public Statements by(String who) {
    Set<String> ids = ActorMatch.resolve(dossier(), checkNotNull(who, "who"));
    return where(s -> ids.contains(s.speaker()));
  }

  /**
   * The statements whose words contain {@code phrase}, ignoring case, accents, typographic
   * apostrophes and runs of white space.
   *
   * @throws IllegalArgumentException if the phrase is blank
   */
  public Statements containing(String phrase) {
    String p = Fold.fold(checkNotNull(phrase, "phrase"));
    checkArgument(!p.isEmpty(), "containing: the phrase is blank");
    return where(s -> Fold.fold(s.text()).contains(p));
  }

  /**
   * The statements dated within {@code days} days of {@code day}, either side.
   *
   * @throws IllegalArgumentException if {@code days < 0}
   */
  public Statements around(LocalDate day, int days) {
    checkArgument(days >= 0, "around: days %s < 0", days);
    return between(day.minusDays(days), day.plusDays(days));
  }

  /** Direct quotes only, leaving out reported speech. */
  public Statements direct() {
    return where(Statement::direct);
  }

  @Override
  TextTable.Builder table() {
    return TextTable.builder("Date", "Speaker", "Said", "Source").width(2, 80).width(3, 30);
  }

  @Override
  Object[] row(Statement s) {
    return new Object[] {
      Display.date(s.date()),
      ActorMatch.name(dossier(), s.speaker()),
      (s.direct() ? "«" + s.text() + "»" : "(reported) " + s.text()),
      s.evidence().get(0).document()
    };
  }
}
