package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.Dossier;
import org.transmanche.model.Figure;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.Schedule;
import org.transmanche.model.Statement;

/**
 * The matching rules, one predicate per fact type, as documented on {@link Evaluator}. A rules
 * object is bound to one gold article (to resolve the names its gold file uses) and one dossier (to
 * resolve actor ids); it is immutable once built and cheap to build.
 */
final class Rules {

  /** Agreements: dates at most this many days apart. */
  static final int AGREEMENT_DAYS = 7;

  /** Pledges, deployments and figures: dates at most this many days apart. */
  static final int FACT_DAYS = 31;

  /** Amounts and values: at most this fraction of the gold value apart. */
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  /** Statements: word-set Jaccard similarity at least {@code JACCARD_NUM / JACCARD_DEN}. */
  static final int JACCARD_NUM = 3;

  static final int JACCARD_DEN = 5;

  private final Folding folding;
  private final Dossier dossier;
  private final Map<String, GoldActor> goldActors;

  Rules(Folding folding, GoldArticle article, Dossier dossier) {
    this.folding = folding;
    this.dossier = dossier;
    Map<String, GoldActor> index = new HashMap<>();
    for (GoldActor a : article.actors()) {
      for (String n : folding.foldNames(a.names())) {
        index.putIfAbsent(n, a);
      }
    }
    this.goldActors = index;
  }

  // ---- actors ----

  /**
   * A system actor matches a gold actor when a folded name or alias of one equals a folded name or
   * alias of the other, or when both are states (kind GOVERNMENT) of the same country.
   */
  boolean actor(GoldActor gold, Actor system) {
    if (intersects(folding.foldNames(gold.names()), folding.foldNames(system.names()))) {
      return true;
    }
    return gold.kind().filter(k -> k == ActorKind.GOVERNMENT).isPresent()
        && system.kind() == ActorKind.GOVERNMENT
        && gold.country().isPresent()
        && gold.country().equals(system.country());
  }

  // ---- agreements ----

  /** Same party set, and dates within {@value #AGREEMENT_DAYS} days (no gold date matches any). */
  boolean agreement(GoldAgreement gold, Agreement system) {
    return gold.parties().equals(system.parties()) && withinDays(gold.date(), system.date(), AGREEMENT_DAYS);
  }

  // ---- pledges ----

  /** Same pledger, amount within 1% in a shared currency, dates within {@value #FACT_DAYS} days. */
  boolean pledge(GoldPledge gold, Pledge system) {
    return pledger(gold.pledger(), system.pledger())
        && amount(gold, system)
        && withinDays(gold.date(), system.date(), FACT_DAYS);
  }

  /**
   * The gold pledger (a country code, or a name resolved through the gold actors to a country)
   * equals the system pledger's country; a gold name with no country falls back to folded names.
   */
  boolean pledger(String gold, String systemActorId) {
    Optional<Actor> actor = dossier.actor(systemActorId);
    if (actor.isEmpty()) {
      return false;
    }
    Optional<Country> country = countryCode(gold);
    if (country.isEmpty()) {
      country = goldActor(gold).flatMap(GoldActor::country);
    }
    if (country.isPresent()) {
      return country.equals(actor.get().country());
    }
    return intersects(goldNames(gold), folding.foldNames(actor.get().names()));
  }

  /**
   * Whether some gold amount (the amount or an {@code alsoStated} one) is within 1% of some amount
   * the system states in the same currency (its amount, {@code alsoStated} amounts, schedule total
   * or per-year amount). A gold pledge with no amount matches any system pledge, with or without
   * an amount.
   */
  static boolean amount(GoldPledge gold, Pledge system) {
    ImmutableList<Money> golds =
        ImmutableList.<Money>builder().addAll(gold.amount().stream().iterator()).addAll(gold.alsoStated()).build();
    if (golds.isEmpty()) {
      return true;
    }
    ImmutableList.Builder<Money> stated = ImmutableList.builder();
    system.amount().ifPresent(stated::add);
    stated.addAll(system.alsoStated());
    if (system.schedule().isPresent()) {
      Schedule s = system.schedule().get();
      s.total().ifPresent(stated::add);
      s.perYear().ifPresent(stated::add);
    }
    for (Money g : golds) {
      for (Money s : stated.build()) {
        if (g.currency().equals(s.currency()) && close(g.amount(), s.amount())) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- deployments ----

  /**
   * Same resource, a shared folded location name (no gold location matches any), dates within
   * {@value #FACT_DAYS} days.
   */
  boolean deployment(GoldDeployment gold, Deployment system) {
    return gold.resource() == system.resource()
        && (gold.location().isEmpty()
            || intersects(foldAll(gold.location()), foldAll(system.location())))
        && withinDays(gold.date(), system.date(), FACT_DAYS);
  }

  // ---- statements ----

  /** A shared speaker key and word-set Jaccard similarity of at least 0.6. */
  boolean statement(GoldStatement gold, Statement system) {
    return speaker(gold, system.speaker()) && similar(gold.quote(), system.text());
  }

  /**
   * The gold speaker keys (each {@code ;}-separated name folded, with the names of the gold actor
   * it resolves to and, for a state, its country; or a bare country code) meet the system speaker's
   * keys (its folded names, and its country when it is a state).
   */
  boolean speaker(GoldStatement gold, String systemActorId) {
    Optional<Actor> actor = dossier.actor(systemActorId);
    if (actor.isEmpty()) {
      return false;
    }
    ImmutableSet<String> systemNames = folding.foldNames(actor.get().names());
    Optional<Country> systemState =
        actor.get().kind() == ActorKind.GOVERNMENT ? actor.get().country() : Optional.empty();
    for (String part : gold.speakers()) {
      Optional<Country> code = countryCode(part);
      if (code.isPresent()) {
        if (code.equals(systemState)) {
          return true;
        }
        continue;
      }
      if (intersects(goldNames(part), systemNames)) {
        return true;
      }
      Optional<GoldActor> resolved = goldActor(part);
      if (resolved.isPresent()
          && resolved.get().kind().filter(k -> k == ActorKind.GOVERNMENT).isPresent()
          && resolved.get().country().isPresent()
          && resolved.get().country().equals(systemState)) {
        return true;
      }
    }
    return false;
  }

  /** Word-set Jaccard similarity of at least 0.6, computed exactly on counts. */
  static boolean similar(String gold, String system) {
    ImmutableSet<String> a = Folding.words(gold);
    ImmutableSet<String> b = Folding.words(system);
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    int union = a.size() + b.size() - shared;
    return union > 0 && (long) shared * JACCARD_DEN >= (long) union * JACCARD_NUM;
  }

  // ---- figures ----

  /**
   * Value within 1% of the gold value (or inside the gold range widened by 1% when the gold gives
   * a maximum), dates within {@value #FACT_DAYS} days. Units are not compared.
   */
  static boolean figure(GoldFigure gold, Figure system) {
    BigDecimal v = system.value().value();
    boolean value;
    if (gold.valueMax().isPresent()) {
      BigDecimal low = gold.value().min(gold.valueMax().get());
      BigDecimal high = gold.value().max(gold.valueMax().get());
      value = close(low, v) || close(high, v) || (v.compareTo(low) >= 0 && v.compareTo(high) <= 0);
    } else {
      value = close(gold.value(), v);
    }
    return value && withinDays(gold.date(), system.date(), FACT_DAYS);
  }

  // ---- shared ----

  /** Whether {@code system} is within 1% of {@code gold} (of its absolute value). */
  static boolean close(BigDecimal gold, BigDecimal system) {
    BigDecimal limit = gold.abs().multiply(TOLERANCE);
    return gold.subtract(system).abs().compareTo(limit) <= 0;
  }

  /**
   * No gold date matches anything; a gold date needs a system date whose span is at most {@code
   * days} days from it ({@link DateSpan#distanceInDays}, 0 when they overlap).
   */
  static boolean withinDays(Optional<DateSpan> gold, Optional<DateSpan> system, int days) {
    if (gold.isEmpty()) {
      return true;
    }
    return system.isPresent() && gold.get().distanceInDays(system.get()) <= days;
  }

  /** The country of a bare code such as {@code GB}, {@code EU} or {@code UN} (upper case only). */
  static Optional<Country> countryCode(String s) {
    String t = s.strip();
    if (t.length() != 2 || !Character.isUpperCase(t.charAt(0)) || !Character.isUpperCase(t.charAt(1))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Country.of(t));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The gold actor a name resolves to, by folded name or alias. */
  Optional<GoldActor> goldActor(String name) {
    return Optional.ofNullable(goldActors.get(folding.foldName(name)));
  }

  /** The folded name, with the folded names of the gold actor it resolves to. */
  private ImmutableSet<String> goldNames(String name) {
    ImmutableSet.Builder<String> out = ImmutableSet.<String>builder().add(folding.foldName(name));
    goldActor(name).ifPresent(a -> out.addAll(folding.foldNames(a.names())));
    return out.build();
  }

  private static ImmutableSet<String> foldAll(Iterable<String> names) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String n : names) {
      out.add(Folding.fold(n));
    }
    return out.build();
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
