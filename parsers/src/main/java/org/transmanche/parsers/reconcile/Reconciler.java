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
    Kept<Agreement> agreements = new Kept<>();
    Kept<Pledge> pledges = new Kept<>();
    Kept<Deployment> deployments = new Kept<>();
    Kept<Statement> statements = new Kept<>();
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
    pledgeDisagreements(pledges.items, disagreements);
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
        .agreements(agreements.items)
        .pledges(pledges.items)
        .deployments(deployments.items)
        .statements(statements.items)
        .figures(figures)
        .disagreements(disagreements)
        .diagnostics(diagnostics)
        .build();
  }

  private static void mergeAgreement(Kept<Agreement> out, Agreement a, Map<String, String> renamed) {
    String knownKey = a.mentionOnly() && a.id().contains(":0:") ? a.id().substring(a.id().lastIndexOf(':') + 1) : null;
    String block = knownKey != null ? "known|" + knownKey : "parties|" + a.parties();
    for (int i : out.candidates(List.of(block))) {
      Agreement b = out.items.get(i);
      boolean same = knownKey != null || !isKnown(b) && sameEvent(a.date(), b.date(), 7);
      if (same) {
        out.items.set(i, ImmutableAgreement.builder().from(b)
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
    out.add(first, List.of(block));
  }

  private static boolean isKnown(Agreement a) {
    return a.id().startsWith("agreement:") && !a.id().contains("#");
  }

  private static void mergePledge(Kept<Pledge> out, Pledge p) {
    List<String> block = List.of(p.pledger() + "|" + p.kind());
    for (int i : out.candidates(block)) {
      Pledge q = out.items.get(i);
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
        out.items.set(i, PledgeMerge.merge(q, p));
        return;
      }
    }
    out.add(p, block);
  }

  private static void mergeDeployment(Kept<Deployment> out, Deployment d) {
    Set<String> words = contentWords(d.what());
    List<String> keys = prefixKeys(d.resource().name(), words, 0.5);
    for (int i : out.candidates(keys)) {
      Deployment e = out.items.get(i);
      if (e.resource() != d.resource() || !within(e.date(), d.date(), 31)
          || sameDocument(e.evidence(), d.evidence())) {
        continue;
      }
      Set<String> la = folded(e.location());
      boolean shared = d.location().stream().map(Reconciler::fold).anyMatch(la::contains);
      if (shared && sameThing(out.words.get(i), words)) {
        out.items.set(i, ImmutableDeployment.builder().from(e).evidence(union(e.evidence(), d.evidence())).build());
        return;
      }
    }
    out.add(d, keys, words);
  }

  private static void mergeStatement(Kept<Statement> out, Statement s) {
    Set<String> words = words(s.text());
    List<String> keys = prefixKeys(s.speaker(), words, 0.8);
    for (int i : out.candidates(keys)) {
      Statement t = out.items.get(i);
      if (t.speaker().equals(s.speaker()) && !sameDocument(t.evidence(), s.evidence())
          && jaccard(out.words.get(i), words) >= 0.8) {
        out.items.set(i, ImmutableStatement.builder().from(t).evidence(union(t.evidence(), s.evidence())).build());
        return;
      }
    }
    out.add(s, keys, words);
  }

  /**
   * Facts kept so far, with an index from blocking keys to their positions, so that a new fact is
   * compared only with the few kept facts that could be its twin rather than with all of them.
   */
  private static final class Kept<T> {
    final List<T> items = new ArrayList<>();
    final List<Set<String>> words = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    void add(T item, List<String> keys) {
      add(item, keys, Set.of());
    }

    void add(T item, List<String> keys, Set<String> itemWords) {
      int i = items.size();
      items.add(item);
      words.add(itemWords);
      for (String k : keys) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }

    /** Positions of kept facts that share a key, in the order they were kept. */
    java.util.SortedSet<Integer> candidates(List<String> keys) {
      java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
      for (String k : keys) {
        out.addAll(byKey.getOrDefault(k, List.of()));
      }
      return out;
    }
  }

  /**
   * Prefix-filter keys for a word-set similarity of at least {@code threshold} (Jaccard): two sets
   * that similar share a word among the first {@code |x| - ceil(threshold * |x|) + 1} words of each
   * in a fixed order, so indexing those words finds every pair that can qualify.
   */
  static List<String> prefixKeys(String block, Set<String> words, double threshold) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    int prefix = sorted.size() - (int) Math.ceil(threshold * sorted.size()) + 1;
    List<String> out = new ArrayList<>();
    if (sorted.isEmpty()) {
      out.add(block + "|");
    }
    for (int i = 0; i < Math.min(prefix, sorted.size()); i++) {
      out.add(block + "|" + sorted.get(i));
    }
    return out;
  }

  private static void pledgeDisagreements(List<Pledge> pledges, List<Disagreement> out) {
    // Dated funding pledges with an amount, by giver and in date order: a disagreement is a run of
    // them from different documents within a week of its first one.
    Map<String, List<Pledge>> byGiver = new LinkedHashMap<>();
    for (Pledge p : pledges) {
      if (p.kind() == PledgeKind.FUNDING && p.amount().isPresent() && p.date().isPresent()) {
        byGiver.computeIfAbsent(p.pledger(), k -> new ArrayList<>()).add(p);
      }
    }
    for (List<Pledge> group : byGiver.values()) {
      group.sort(Comparator.comparing((Pledge p) -> p.date().get().from()));
      disagreements(group, Pledge::date, Pledge::evidence, Pledge::id, 7, (a, b) -> true,
          a -> "pledges by " + a.pledger() + " around " + a.date().get().from(), "amount", out);
    }
  }

  private static void figureDisagreements(List<Figure> figures, List<Disagreement> out) {
    Map<String, List<Figure>> bySubject = new LinkedHashMap<>();
    for (Figure f : figures) {
      if (f.what().equals("migrants") && f.date().isPresent()) {
        bySubject.computeIfAbsent(f.what() + "|" + f.value().unit(), k -> new ArrayList<>()).add(f);
      }
    }
    for (List<Figure> group : bySubject.values()) {
      group.sort(Comparator.comparing((Figure f) -> f.date().get().from()));
      disagreements(group, Figure::date, Figure::evidence, Figure::id, 31,
          (a, b) -> b.value().value().compareTo(a.value().value()) != 0,
          a -> a.what() + " around " + a.date().get().from(), "value", out);
    }
  }

  /**
   * Over facts sorted by first day: each fact not yet grouped opens a group of the later facts of
   * other documents that lie within {@code days} of it and {@code differ} from it; a group of two
   * or more becomes a disagreement. Only facts whose first day is within reach are looked at.
   */
  private static <T> void disagreements(
      List<T> sorted,
      java.util.function.Function<T, Optional<DateSpan>> date,
      java.util.function.Function<T, List<Evidence>> evidence,
      java.util.function.Function<T, String> id,
      int days,
      java.util.function.BiPredicate<T, T> differ,
      java.util.function.Function<T, String> subject,
      String field,
      List<Disagreement> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      T a = sorted.get(i);
      if (seen.contains(id.apply(a))) {
        continue;
      }
      DateSpan da = date.apply(a).get();
      List<String> group = new ArrayList<>();
      group.add(id.apply(a));
      for (int j = i + 1; j < sorted.size(); j++) {
        T b = sorted.get(j);
        DateSpan db = date.apply(b).get();
        if (java.time.temporal.ChronoUnit.DAYS.between(da.to(), db.from()) > days) {
          break;
        }
        if (da.distanceInDays(db) <= days && differ.test(a, b) && !sameDocument(evidence.apply(a), evidence.apply(b))) {
          group.add(id.apply(b));
        }
      }
      if (group.size() >= 2) {
        seen.addAll(group);
        out.add(Disagreement.builder()
            .id("disagreement:" + (out.size() + 1))
            .subject(subject.apply(a))
            .field(field)
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

  /** The words of four letters or more of a description, folded. */
  static Set<String> contentWords(String text) {
    Set<String> x = words(text);
    x.removeIf(w -> w.length() < 4);
    return x;
  }

  /**
   * Two descriptions of deployed things name the same thing: at least two words of four letters or
   * more each, and those words overlap by half (Jaccard), so "caméras de surveillance" and
   * "matériel de surveillance" stay apart.
   */
  static boolean sameThing(Set<String> x, Set<String> y) {
    if (x.size() < 2 || y.size() < 2) {
      return false;
    }
    return jaccard(x, y) >= 0.5;
  }

  static double jaccard(Set<String> x, Set<String> y) {
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    int inter = 0;
    for (String w : x) {
      if (y.contains(w)) {
        inter++;
      }
    }
    return (double) inter / (x.size() + y.size() - inter);
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
