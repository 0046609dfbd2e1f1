package org.transmanche.parsers.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Fact;
import org.transmanche.model.Figure;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Quantity;
import org.transmanche.model.Schedule;
import org.transmanche.model.Statement;

/**
 * Turns a gold standard into the dossier a perfect extractor would produce: one document per gold
 * article whose text is the gold items' names, quotes and descriptions joined by new lines, so that
 * every evidence span is a real substring; one actor per gold actor with evidence on its name;
 * one fact per gold item with evidence in its article. Pledgers and speakers that name a country
 * code or no gold actor become evidence-less actors, which count in no article.
 */
final class GoldDossiers {

  private final List<Document> documents = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private final Map<String, String> extraActors = new HashMap<>();
  private int next;

  private GoldDossiers() {}

  /** The perfect dossier for {@code gold}. */
  static Dossier of(GoldStandard gold) {
    GoldDossiers g = new GoldDossiers();
    for (GoldArticle a : gold.articles()) {
      g.add(a);
    }
    return Dossier.of(g.documents, g.actors, g.facts);
  }

  /** The text of one article under construction, and the spans handed out so far. */
  private static final class Text {
    final String document;
    final StringBuilder sb = new StringBuilder();
    final List<int[]> spans = new ArrayList<>();

    Text(String document) {
      this.document = document;
    }

    int add(String s) {
      int start = sb.length();
      sb.append(s).append('\n');
      spans.add(new int[] {start, start + s.length()});
      return spans.size() - 1;
    }

    Evidence evidence(int span, String text) {
      int[] se = spans.get(span);
      return Evidence.of(document, se[0], se[1], text);
    }
  }

  private void add(GoldArticle a) {
    String id = a.document();
    int hash = id.lastIndexOf('#');
    String file = id.substring(0, hash);
    int index = Integer.parseInt(id.substring(hash + 1));
    Text text = new Text(id);
    Rules rules = new Rules(Folding.standard(), a, Dossier.builder().build());

    List<Runnable> pending = new ArrayList<>();
    Map<GoldActor, String> actorIds = new IdentityHashMap<>();
    for (GoldActor g : a.actors()) {
      String actorId = "actor:" + (++next);
      actorIds.put(g, actorId);
      int span = text.add(g.name());
      pending.add(
          () ->
              actors.add(
                  Actor.builder()
                      .id(actorId)
                      .kind(g.kind().orElse(ActorKind.PERSON))
                      .name(g.name())
                      .aliases(g.aliases())
                      .country(g.country())
                      .addEvidence(text.evidence(span, g.name()))
                      .build()));
    }
    for (GoldAgreement g : a.agreements()) {
      int span = text.add(g.name());
      pending.add(
          () ->
              facts.add(
                  Agreement.builder()
                      .id("agreement:" + (++next))
                      .name(g.name())
                      .aliases(g.aliases())
                      .kind(g.kind().orElse(AgreementKind.ACCORD))
                      .parties(g.parties())
                      .date(g.date())
                      .mentionOnly(g.mentionOnly())
                      .addEvidence(text.evidence(span, g.name()))
                      .build()));
    }
    for (GoldPledge g : a.pledges()) {
      String words = g.purpose().orElse(g.pledger());
      int span = text.add(words);
      String pledger = actorFor(g.pledger(), rules, actorIds);
      pending.add(() -> facts.add(pledge(g, pledger, text.evidence(span, words))));
    }
    for (GoldDeployment g : a.deployments()) {
      int span = text.add(g.what());
      pending.add(
          () ->
              facts.add(
                  Deployment.builder()
                      .id("deployment:" + (++next))
                      .resource(g.resource())
                      .what(g.what())
                      .quantity(g.quantity().map(q -> g.unit().map(u -> Quantity.of(q, u)).orElse(Quantity.number(q))))
                      .location(g.location())
                      .date(g.date())
                      .status(g.status().orElse(DeploymentStatus.ANNOUNCED))
                      .addEvidence(text.evidence(span, g.what()))
                      .build()));
    }
    for (GoldStatement g : a.statements()) {
      int span = text.add(g.quote());
      String speaker = actorFor(g.speakers().get(0), rules, actorIds);
      pending.add(
          () ->
              facts.add(
                  Statement.builder()
                      .id("statement:" + (++next))
                      .speaker(speaker)
                      .text(g.quote())
                      .addEvidence(text.evidence(span, g.quote()))
                      .build()));
    }
    for (GoldFigure g : a.figures()) {
      int span = text.add(g.what());
      pending.add(
          () ->
              facts.add(
                  Figure.builder()
                      .id("figure:" + (++next))
                      .what(g.what())
                      .value(g.unit().map(u -> Quantity.of(g.value(), u)).orElse(Quantity.number(g.value())))
                      .date(g.date())
                      .addEvidence(text.evidence(span, g.what()))
                      .build()));
    }
    documents.add(
        Document.builder()
            .file(file)
            .index(index)
            .language(a.language().orElse("und"))
            .text(text.sb.toString())
            .build());
    pending.forEach(Runnable::run);
  }

  private Pledge pledge(GoldPledge g, String pledger, Evidence evidence) {
    ImmutablePledge.Builder b =
        Pledge.builder()
            .id("pledge:" + (++next))
            .pledger(pledger)
            .amount(g.amount())
            .alsoStated(g.alsoStated())
            .kind(g.kind().orElse(PledgeKind.FUNDING))
            .status(g.status().orElse(PledgeStatus.COMMITTED))
            .date(g.date())
            .purpose(g.purpose())
            .addEvidence(evidence);
    if (g.perYear().isPresent()) {
      Money perYear = g.perYear().get();
      boolean consistent =
          g.years().isPresent()
              && g.amount().isPresent()
              && g.amount().get().equals(perYear.times(g.years().get()));
      b.schedule(
          consistent
              ? Schedule.of(perYear, g.years().get())
              : Schedule.builder().perYear(perYear).years(g.years()).build());
    }
    return b.build();
  }

  /**
   * The id of the system actor for a gold reference: the article's own actor when the name
   * resolves, else a shared evidence-less actor (a state for a country code).
   */
  private String actorFor(String reference, Rules rules, Map<GoldActor, String> actorIds) {
    Optional<Country> code = Rules.countryCode(reference);
    if (code.isEmpty()) {
      Optional<GoldActor> resolved = rules.goldActor(reference);
      if (resolved.isPresent()) {
        return actorIds.get(resolved.get());
      }
    }
    return extraActors.computeIfAbsent(
        reference,
        r -> {
          String id = "extra:" + (++next);
          actors.add(
              code.map(c -> Actor.builder().id(id).kind(ActorKind.GOVERNMENT).name(c.code()).country(c).build())
                  .orElseGet(() -> Actor.builder().id(id).kind(ActorKind.PERSON).name(r).build()));
          return id;
        });
  }
}
