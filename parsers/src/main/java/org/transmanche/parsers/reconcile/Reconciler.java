package org.transmanche.parsers.reconcile;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.Agreement;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Disagreement;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Figure;
import org.transmanche.model.ImmutableActor;
import org.transmanche.model.ImmutableAgreement;
import org.transmanche.model.ImmutableDeployment;
import org.transmanche.model.ImmutableFigure;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.ImmutableStatement;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.Role;
import org.transmanche.model.Statement;
import org.transmanche.parsers.extract.DocumentFacts;

/**
 * Joins the facts of many documents into one {@link Dossier}. Rules:
 *
 * <ul>
 *   <li>actors with the same id are one actor with every alias, role and evidence;
 *   <li>agreements known by name are one per name; other agreements are one when their parties are
 *       equal and their dates, both known and at most two months wide, lie within 7 days;
 *   <li>pledges are one when the giver and kind are equal, their dates lie within 31 days (120 days
 *       for the very same amount), and some stated amount of one is within 6% of some stated amount
 *       of the other at the ECB rate of the day (in-kind pledges without amounts: same giver and
 *       dates within 31 days);
 *   <li>statements are one when the speaker is equal and their word sets overlap by 80% (Jaccard);
 *   <li>deployments of different documents are one when resource and a location are shared, dates
 *       lie within 31 days and their descriptions share half of their words of four letters or more;
 *   <li>facts of different documents that describe the same thing with different values — funding
 *       pledges of one giver within 7 days with incompatible amounts, figures of the same subject and
 *       unit within 31 days with different values — are all kept and linked by a {@link
 *       Disagreement}.
 * </ul>
 *
 * <p>Merging keeps the first fact's id (documents in corpus order). Stateless and thread-safe.
 */
public final class Reconciler {

  private Reconciler() {}

  /**
   * The dossier of the given documents' facts and the reading diagnostics.
   *
   * @throws org.transmanche.model.InvalidDossierException if the result breaks an invariant (a bug)
   */
  public static Dossier reconcile(List<DocumentFacts> docs, List<Diagnostic> diagnostics) {
    List<Document> documents = new ArrayList<>();
    Map<String, ImmutableActor.Builder> actors = new LinkedHashMap<>();
    Map<String, Set<Evidence>> actorEvidence = new HashMap<>();
    Map<String, Set<String>> actorRoles = new HashMap<>();
    List<Agreement> agreements = new ArrayList<>();
    List<Pledge> pledges = new ArrayList<>();
    List<Deployment> deployments = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    Map<String, String> renamed = new HashMap<>();

    for (DocumentFacts d : docs) {
      documents.add(d.document());
      for (Actor a : d.actors()) {
        ImmutableActor.Builder b = actors.get(a.id());
        if (b == null) {
          actors.put(a.id(), ImmutableActor.builder().from(a).evidence(List.of()).roles(List.of()));
          actorEvidence.put(a.id(), new LinkedHashSet<>());
          actorRoles.put(a.id(), new HashSet<>());
          b = actors.get(a.id());
        } else {
          b.addAllAliases(a.aliases());
        }
        actorEvidence.get(a.id()).addAll(a.evidence());
        for (Role r : a.roles()) {
          if (actorRoles.get(a.id()).add(fold(r.title()))) {
            b.addRoles(r);
          }
        }
      }
      for (Agreement a : d.agreements()) {
        mergeAgreement(agreements, a, renamed);
      }
    }
    for (DocumentFacts d : docs) {
      for (Pledge p : d.pledges()) {
        Pledge q = p.agreement().map(id -> (Pledge) ImmutablePledge.copyOf(p).withAgreement(renamed.getOrDefault(id, id))).orElse(p);
        mergePledge(pledges, q);
      }
      for (Deployment x : d.deployments()) {
        mergeDeployment(deployments, x);
      }
      for (Statement s : d.statements()) {
        mergeStatement(statements, s);
      }
      figures.addAll(d.figures());
    }

    List<Disagreement> disagreements = new ArrayList<>();
    pledgeDisagreements(pledges, disagreements);
    figureDisagreements(figures, disagreements);

    List<Actor> actorList = new ArrayList<>();
    for (var e : actors.entrySet()) {
      List<Evidence> ev = new ArrayList<>(actorEvidence.get(e.getKey()));
      ev.sort(null);
      ImmutableActor a = e.getValue().evidence(ev).build();
      Set<String> aliases = new LinkedHashSet<>(a.aliases());
      aliases.remove(a.name());
      actorList.add(a.withAliases(aliases));
    }
    actorList.sort(Comparator.comparing(Actor::id));
    return Dossier.builder()
        .documents(documents)
        .actors(actorList)
        .agreements(agreements)
        .pledges(pledges)
        .deployments(deployments)
        .statements(statements)
        .figures(figures)
        .disagreements(disagreements)
        .diagnostics(diagnostics)
        .build();
  }

  private static void mergeAgreement(List<Agreement> out, Agreement a, Map<String, String> renamed) {
    String knownKey = a.mentionOnly() && a.id().contains(":0:") ? a.id().substring(a.id().lastIndexOf(':') + 1) : null;
    for (int i = 0; i < out.size(); i++) {
      Agreement b = out.get(i);
      boolean same;
      if (knownKey != null) {
        same = b.id().equals("agreement:" + knownKey);
      } else {
        same = !isKnown(b) && b.parties().equals(a.parties()) && sameEvent(a.date(), b.date(), 7);
      }
      if (same) {
        out.set(i, ImmutableAgreement.builder().from(b)
            .mentionOnly(b.mentionOnly() && a.mentionOnly())
            .evidence(union(b.evidence(), a.evidence()))
            .signatories(unionStrings(b.signatories(), a.signatories()))
            .build());
        renamed.put(a.id(), b.id());
        return;
      }
    }
    Agreement first = knownKey != null ? ImmutableAgreement.copyOf(a).withId("agreement:" + knownKey) : a;
    renamed.put(a.id(), first.id());
    out.add(first);
  }

  private static boolean isKnown(Agreement a) {
    return a.id().startsWith("agreement:") && !a.id().contains("#");
  }

  private static void mergePledge(List<Pledge> out, Pledge p) {
    for (int i = 0; i < out.size(); i++) {
      Pledge q = out.get(i);
      if (!q.pledger().equals(p.pledger()) || q.kind() != p.kind()) {
        continue;
      }
      // Reports of one pledge usually agree on its date; an identical amount in the same currency
      // from the same pledger is the same pledge even when one report dates it a season apart
      // ("three months ago" in one article, "already donated" in another).
      boolean sameAmount = q.amount().isPresent() && q.amount().equals(p.amount());
      if (!within(q.date(), p.date(), sameAmount ? 120 : 31)) {
        continue;
      }
      boolean same = q.amount().isPresent() && p.amount().isPresent()
          ? PledgeMerge.compatible(q, p, 0.06)
          : q.kind() == PledgeKind.IN_KIND && q.amount().isEmpty() && p.amount().isEmpty();
      if (same) {
        out.set(i, PledgeMerge.merge(q, p));
        return;
      }
    }
    out.add(p);
  }

  private static void mergeDeployment(List<Deployment> out, Deployment d) {
    for (int i = 0; i < out.size(); i++) {
      Deployment e = out.get(i);
      if (e.resource() != d.resource() || !within(e.date(), d.date(), 31)
          || sameDocument(e.evidence(), d.evidence())) {
        continue;
      }
      Set<String> la = folded(e.location());
      boolean shared = d.location().stream().map(Reconciler::fold).anyMatch(la::contains);
      if (shared && sameThing(e.what(), d.what())) {
        out.set(i, ImmutableDeployment.builder().from(e).evidence(union(e.evidence(), d.evidence())).build());
        return;
      }
    }
    out.add(d);
  }

  private static void mergeStatement(List<Statement> out, Statement s) {
    for (int i = 0; i < out.size(); i++) {
      Statement t = out.get(i);
      if (t.speaker().equals(s.speaker()) && !sameDocument(t.evidence(), s.evidence()) && jaccard(t.text(), s.text()) >= 0.8) {
        out.set(i, ImmutableStatement.builder().from(t).evidence(union(t.evidence(), s.evidence())).build());
        return;
      }
    }
    out.add(s);
  }

  private static void pledgeDisagreements(List<Pledge> pledges, List<Disagreement> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < pledges.size(); i++) {
      Pledge a = pledges.get(i);
      if (a.kind() != PledgeKind.FUNDING || a.amount().isEmpty() || seen.contains(a.id())) {
        continue;
      }
      List<String> group = new ArrayList<>();
      group.add(a.id());
      for (int j = i + 1; j < pledges.size(); j++) {
        Pledge b = pledges.get(j);
        if (b.kind() == PledgeKind.FUNDING && b.amount().isPresent() && b.pledger().equals(a.pledger())
            && within(a.date(), b.date(), 7) && a.date().isPresent() && b.date().isPresent()
            && !sameDocument(a.evidence(), b.evidence())) {
          group.add(b.id());
        }
      }
      if (group.size() >= 2) {
        seen.addAll(group);
        out.add(Disagreement.builder()
            .id("disagreement:" + (out.size() + 1))
            .subject("pledges by " + a.pledger() + " around " + a.date().get().from())
            .field("amount")
            .facts(group)
            .build());
      }
    }
  }

  private static void figureDisagreements(List<Figure> figures, List<Disagreement> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure a = figures.get(i);
      if (seen.contains(a.id()) || !a.what().equals("migrants")) {
        continue;
      }
      List<String> group = new ArrayList<>();
      group.add(a.id());
      for (int j = i + 1; j < figures.size(); j++) {
        Figure b = figures.get(j);
        if (b.what().equals(a.what()) && b.value().unit().equals(a.value().unit())
            && within(a.date(), b.date(), 31) && a.date().isPresent() && b.date().isPresent()
            && b.value().value().compareTo(a.value().value()) != 0
            && !sameDocument(a.evidence(), b.evidence())) {
          group.add(b.id());
        }
      }
      if (group.size() >= 2) {
        seen.addAll(group);
        out.add(Disagreement.builder()
            .id("disagreement:" + (out.size() + 1))
            .subject(a.what() + " around " + a.date().get().from())
            .field("value")
            .facts(group)
            .build());
      }
    }
  }

  /**
   * Two dates that can only belong to one event: both known, each at most two months wide, and at
   * most {@code days} apart. A document dated only by inference ("between 2014 and 2017") never
   * merges its agreement with another's.
   */
  static boolean sameEvent(Optional<DateSpan> a, Optional<DateSpan> b, int days) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return narrow(a.get()) && narrow(b.get()) && a.get().distanceInDays(b.get()) <= days;
  }

  private static boolean narrow(DateSpan d) {
    return java.time.temporal.ChronoUnit.DAYS.between(d.from(), d.to()) <= 62;
  }

  static boolean within(Optional<DateSpan> a, Optional<DateSpan> b, int days) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().distanceInDays(b.get()) <= days;
  }

  static boolean sameDocument(List<Evidence> a, List<Evidence> b) {
    Set<String> docs = new HashSet<>();
    a.forEach(e -> docs.add(e.document()));
    return b.stream().anyMatch(e -> docs.contains(e.document()));
  }

  static List<Evidence> union(List<Evidence> a, List<Evidence> b) {
    Set<Evidence> s = new LinkedHashSet<>(a);
    s.addAll(b);
    List<Evidence> out = new ArrayList<>(s);
    out.sort(null);
    return out;
  }

  static List<String> unionStrings(List<String> a, List<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return ImmutableList.copyOf(s);
  }

  static Set<String> folded(List<String> xs) {
    Set<String> out = new HashSet<>();
    xs.forEach(x -> out.add(fold(x)));
    return out;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
  }

  /**
   * Two descriptions of deployed things name the same thing: at least two words of four letters or
   * more each, and those words overlap by half (Jaccard), so "caméras de surveillance" and
   * "matériel de surveillance" stay apart.
   */
  static boolean sameThing(String a, String b) {
    Set<String> x = new HashSet<>(words(a));
    Set<String> y = new HashSet<>(words(b));
    x.removeIf(w -> w.length() < 4);
    y.removeIf(w -> w.length() < 4);
    if (x.size() < 2 || y.size() < 2) {
      return false;
    }
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> uni = new HashSet<>(x);
    uni.addAll(y);
    return inter.size() * 2 >= uni.size();
  }

  static double jaccard(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> uni = new HashSet<>(x);
    uni.addAll(y);
    return (double) inter.size() / uni.size();
  }

  static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
