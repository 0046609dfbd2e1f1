package org.transmanche.parsers.evaluate;

import com.google.common.base.VerifyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.transmanche.model.Actor;
import org.transmanche.model.Agreement;
import org.transmanche.model.Deployment;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Figure;
import org.transmanche.model.Pledge;
import org.transmanche.model.Statement;

/**
 * Scores a {@link Dossier} against a {@link GoldStandard}: per fact type, precision, recall and F1,
 * micro-averaged over articles (the counts of all articles are summed, then divided; see {@link
 * Score} for the conventions when a side is empty).
 *
 * <h2>Which system items count for an article</h2>
 *
 * A fact (or actor) counts for a gold article when one of its {@link Evidence} lies in it ({@code
 * evidence.document()} equals the article's document id); a fact with evidence in several articles
 * counts in each. Actors without evidence (known only from data) count nowhere. Items whose
 * evidence lies only in documents the gold standard does not describe are not scored; {@link
 * Evaluation#unassessed()} counts them.
 *
 * <h2>Folding</h2>
 *
 * Names and quotes are compared folded: lower case, accents removed (NFD, combining marks
 * dropped), typographic apostrophes made straight, white space collapsed; names also lose the
 * courtesy titles at their front ({@code M.}, {@code Mme}, {@code Mr}, {@code Mrs} and the others
 * listed in the {@code honorifics.txt} resources).
 *
 * <h2>Matching rules</h2>
 *
 * <ul>
 *   <li><b>Actors</b>: a folded name or alias of the gold actor equals a folded name or alias of the
 *       system actor; or the gold actor is a state (kind {@code GOVERNMENT}) and the system actor is
 *       a state of the same country.
 *   <li><b>Agreements</b>: the gold party set equals {@link Agreement#parties()}, and the dates are
 *       at most 7 days apart ({@link org.transmanche.model.DateSpan#distanceInDays}, so a gold month
 *       or year matches any system date within 7 days of that span).
 *   <li><b>Pledges</b>: the pledger's country equals the gold pledger (a country code such as {@code
 *       GB}, or an actor name resolved through the article's gold actors to their country; a name
 *       without a country is matched by folded name); some gold amount (the amount or an {@code
 *       alsoStated} one) is within 1% of an amount the system states in the same currency (its
 *       amount, {@code alsoStated} amounts, schedule total or per-year amount) &mdash; a gold pledge
 *       without an amount matches a system pledge with any amount or none; dates at most 31 days
 *       apart.
 *   <li><b>Deployments</b>: same {@link org.transmanche.model.Resource}; some folded gold location
 *       equals some folded system location (no gold location matches any); dates at most 31 days
 *       apart.
 *   <li><b>Statements</b>: the speakers meet &mdash; the gold speaker (several joint speakers are
 *       separated by {@code ;}; each is folded, with the names of the gold actor it resolves to and,
 *       for a state, its country) shares a key with the system speaker (its folded names and, for a
 *       state, its country) &mdash; and the word sets of the gold quote and {@link Statement#text()}
 *       (runs of letters and digits of the folded texts) have a Jaccard similarity of at least 0.6.
 *   <li><b>Figures</b> (reported, no target): the value is within 1% of the gold value (or inside
 *       the gold range when the gold gives {@code valueMax}); dates at most 31 days apart. Units are
 *       not compared.
 * </ul>
 *
 * Dates: a gold item without a date matches any system date, or none; a gold date needs a system
 * date. Matching is one-to-one within an article and greedy: for each gold item in gold-file order,
 * the first still unmatched system item (in dossier order) that matches is taken.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluation e = Evaluator.standard().evaluate(dossier, GoldStandard.read(goldDir));
 * e.score(FactType.PLEDGES).f1();
 * }</pre>
 */
public final class Evaluator {

  private final Folding folding;

  private Evaluator(Folding folding) {
    this.folding = folding;
  }

  /** The evaluator with the bundled folding data; shared, thread-safe. */
  public static Evaluator standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Evaluator STANDARD = new Evaluator(Folding.standard());
  }

  /**
   * Evaluates {@code dossier} against {@code gold}.
   *
   * @return per-type totals, per-article results and the gold diagnostics; never null
   * @throws NullPointerException if an argument is null
   */
  public Evaluation evaluate(Dossier dossier, GoldStandard gold) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(gold, "gold");
    Set<String> articles = new LinkedHashSet<>();
    for (GoldArticle a : gold.articles()) {
      articles.add(a.document());
    }
    Map<FactType, Integer> unassessed = new EnumMap<>(FactType.class);
    ByArticle<Actor> actors = new ByArticle<>(dossier.actors(), Actor::evidence, articles);
    ByArticle<Agreement> agreements = new ByArticle<>(dossier.agreements(), Agreement::evidence, articles);
    ByArticle<Pledge> pledges = new ByArticle<>(dossier.pledges(), Pledge::evidence, articles);
    ByArticle<Deployment> deployments = new ByArticle<>(dossier.deployments(), Deployment::evidence, articles);
    ByArticle<Statement> statements = new ByArticle<>(dossier.statements(), Statement::evidence, articles);
    ByArticle<Figure> figures = new ByArticle<>(dossier.figures(), Figure::evidence, articles);
    unassessed.put(FactType.ACTORS, actors.outside);
    unassessed.put(FactType.AGREEMENTS, agreements.outside);
    unassessed.put(FactType.PLEDGES, pledges.outside);
    unassessed.put(FactType.DEPLOYMENTS, deployments.outside);
    unassessed.put(FactType.STATEMENTS, statements.outside);
    unassessed.put(FactType.FIGURES, figures.outside);

    Map<FactType, Score> totals = new EnumMap<>(FactType.class);
    for (FactType t : FactType.values()) {
      totals.put(t, Score.of(t, 0, 0, 0));
    }
    ImmutableEvaluation.Builder out = Evaluation.builder().goldDiagnostics(gold.diagnostics());
    for (GoldArticle article : gold.articles()) {
      String doc = article.document();
      Rules rules = new Rules(folding, article, dossier);
      ArticleMatch m = new ArticleMatch(doc);
      m.match(FactType.ACTORS, article.actors(), actors.in(doc), rules::actor,
          Summaries::of, Summaries::of, Actor::id, Actor::evidence);
      m.match(FactType.AGREEMENTS, article.agreements(), agreements.in(doc), rules::agreement,
          Summaries::of, Summaries::of, Agreement::id, Agreement::evidence);
      m.match(FactType.PLEDGES, article.pledges(), pledges.in(doc), rules::pledge,
          Summaries::of, p -> Summaries.of(p, dossier), Pledge::id, Pledge::evidence);
      m.match(FactType.DEPLOYMENTS, article.deployments(), deployments.in(doc), rules::deployment,
          Summaries::of, Summaries::of, Deployment::id, Deployment::evidence);
      m.match(FactType.STATEMENTS, article.statements(), statements.in(doc), rules::statement,
          Summaries::of, s -> Summaries.of(s, dossier), Statement::id, Statement::evidence);
      m.match(FactType.FIGURES, article.figures(), figures.in(doc), Rules::figure,
          Summaries::of, Summaries::of, Figure::id, Figure::evidence);
      ArticleResult result = m.result(dossier.document(doc).isPresent());
      for (Score s : result.scores().values()) {
        totals.merge(s.type(), s, Score::plus);
      }
      out.addArticles(result);
    }
    return out.totals(ImmutableMap.copyOf(totals)).unassessed(ImmutableMap.copyOf(unassessed)).build();
  }

  /** System items grouped by the gold articles their evidence lies in, in dossier order. */
  private static final class ByArticle<T> {
    final Map<String, List<T>> items = new HashMap<>();
    int outside;

    ByArticle(List<T> all, Function<T, List<Evidence>> evidence, Set<String> articles) {
      for (T item : all) {
        List<Evidence> ev = evidence.apply(item);
        Set<String> seen = new LinkedHashSet<>();
        for (Evidence e : ev) {
          if (articles.contains(e.document()) && seen.add(e.document())) {
            items.computeIfAbsent(e.document(), k -> new ArrayList<>()).add(item);
          }
        }
        if (seen.isEmpty() && !ev.isEmpty()) {
          outside++;
        }
      }
    }

    List<T> in(String article) {
      return items.getOrDefault(article, List.of());
    }
  }

  /** The greedy one-to-one matching of one article, type by type. */
  private static final class ArticleMatch {
    final String document;
    final Map<FactType, Score> scores = new EnumMap<>(FactType.class);
    final ImmutableList.Builder<Miss> misses = ImmutableList.builder();
    final ImmutableList.Builder<Spurious> spurious = ImmutableList.builder();

    ArticleMatch(String document) {
      this.document = document;
    }

    <G, S> void match(
        FactType type,
        List<G> gold,
        List<S> system,
        BiPredicate<G, S> rule,
        Function<G, String> goldSummary,
        Function<S, String> systemSummary,
        Function<S, String> id,
        Function<S, List<Evidence>> evidence) {
      boolean[] used = new boolean[system.size()];
      int matched = 0;
      for (int g = 0; g < gold.size(); g++) {
        int hit = -1;
        for (int s = 0; s < system.size() && hit < 0; s++) {
          if (!used[s] && rule.test(gold.get(g), system.get(s))) {
            hit = s;
          }
        }
        if (hit >= 0) {
          used[hit] = true;
          matched++;
        } else {
          misses.add(Miss.builder().type(type).position(g).summary(goldSummary.apply(gold.get(g))).build());
        }
      }
      for (int s = 0; s < system.size(); s++) {
        if (!used[s]) {
          S item = system.get(s);
          spurious.add(
              Spurious.builder()
                  .type(type)
                  .id(id.apply(item))
                  .summary(systemSummary.apply(item))
                  .evidence(firstIn(evidence.apply(item)))
                  .build());
        }
      }
      scores.put(type, Score.of(type, gold.size(), system.size(), matched));
    }

    private Evidence firstIn(List<Evidence> evidence) {
      for (Evidence e : evidence) {
        if (e.document().equals(document)) {
          return e;
        }
      }
      throw new VerifyException("an item counted for " + document + " has no evidence there");
    }

    ArticleResult result(boolean inDossier) {
      return ArticleResult.builder()
          .document(document)
          .inDossier(inDossier)
          .scores(ImmutableMap.copyOf(scores))
          .misses(misses.build())
          .spurious(spurious.build())
          .build();
    }
  }
}
