package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.Actor;
import org.transmanche.model.Country;
import org.transmanche.model.Dossier;
import org.transmanche.model.Role;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.parsers.knowledge.Office;
import org.transmanche.parsers.knowledge.OfficeTitle;
import org.transmanche.parsers.knowledge.Tenure;

/**
 * Who held an office on a day, from two sources: the dated roles of the dossier's actors and the
 * knowledge base of office-holders bundled with the parsers. An office is named by its knowledge
 * base id ({@code fr-interior-minister}) or by a title in French or English, any case and accents
 * ("French interior minister", "ministre de l'Intérieur", "maire de Calais"). A title without a
 * country may mean several offices; all are answered, the usual reading first. Roles without any
 * date are not used: they cannot say who held an office on a given day. Immutable and thread-safe.
 *
 * <pre>{@code
 * Offices.holder("fr-interior-minister", LocalDate.of(2014, 9, 20));  // Bernard Cazeneuve
 * Offices.of(d).holders("French interior minister", LocalDate.of(2014, 9, 20));
 * }</pre>
 */
public final class Offices {

  private final Dossier dossier;
  private final KnowledgeBase knowledge;
  private final ImmutableListMultimap<List<String>, OfficeTitle> titles;

  private Offices(Dossier dossier, KnowledgeBase knowledge, ImmutableListMultimap<List<String>, OfficeTitle> titles) {
    this.dossier = dossier;
    this.knowledge = knowledge;
    this.titles = titles;
  }

  /** The offices of {@code dossier}'s actors and of the bundled knowledge base. */
  public static Offices of(Dossier dossier) {
    return new Offices(checkNotNull(dossier, "dossier"), Standard.KNOWLEDGE, Standard.TITLES);
  }

  /** The offices of {@code dossier}'s actors and of {@code knowledge}. */
  public static Offices of(Dossier dossier, KnowledgeBase knowledge) {
    checkNotNull(dossier, "dossier");
    checkNotNull(knowledge, "knowledge");
    return knowledge == Standard.KNOWLEDGE
        ? new Offices(dossier, knowledge, Standard.TITLES)
        : new Offices(dossier, knowledge, index(knowledge));
  }

  /**
   * Who held {@code office} on {@code day} according to the bundled knowledge base alone; on a
   * handover day, the incoming holder.
   */
  public static Optional<OfficeHolder> holder(String office, LocalDate day) {
    return Standard.ALONE.holders(office, day).stream().max(Comparator.comparing(h -> h.from().orElse(LocalDate.MIN)));
  }

  /**
   * The ids of the knowledge-base offices {@code office} names: itself if it is an id, else the
   * offices with that title, the usual reading first; empty when the title is unknown.
   */
  public ImmutableList<String> officeIds(String office) {
    checkNotNull(office, "office");
    String o = office.strip();
    if (knowledge.office(o).isPresent()) {
      return ImmutableList.of(o);
    }
    List<String> words = Fold.foldedTokens(o);
    return titles.get(words).stream()
        .sorted(Comparator.comparing((OfficeTitle t) -> !t.isDefault()))
        .map(OfficeTitle::office)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Everyone who held {@code office} on {@code day}: usually one person, two on a handover day, none
   * for a vacancy or an office nobody knows. Knowledge-base offices first, in the order of {@link
   * #officeIds(String)}, then the dossier's own titles; within an office by first day.
   */
  public ImmutableList<OfficeHolder> holders(String office, LocalDate day) {
    checkNotNull(day, "day");
    ImmutableList<String> ids = officeIds(office);
    Map<String, OfficeHolder> found = new LinkedHashMap<>();
    for (String id : ids) {
      Office o = knowledge.office(id).orElseThrow();
      List<OfficeHolder> holders = new ArrayList<>();
      for (Actor person : knowledge.holdersOf(id, day)) {
        for (Tenure t : knowledge.tenuresOf(person.id())) {
          if (t.office().equals(id) && t.heldOn(day)) {
            holders.add(holder(person.id(), person.name(), o, t.from(), t.to(), OfficeHolder.Source.KNOWLEDGE_BASE));
          }
        }
      }
      for (Actor a : dossier.actors()) {
        for (Role r : a.rolesOn(day)) {
          if (dated(r) && means(r, a, o)) {
            holders.add(holder(a.id(), a.name(), o, r.from(), r.to(), OfficeHolder.Source.DOSSIER));
          }
        }
      }
      holders.sort(Comparator.comparing(h -> h.from().orElse(LocalDate.MIN)));
      holders.forEach(h -> merge(found, h));
    }
    List<String> words = Fold.foldedTokens(office);
    for (Actor a : dossier.actors()) {
      for (Role r : a.rolesOn(day)) {
        if (dated(r) && ids.stream().noneMatch(id -> means(r, a, knowledge.office(id).orElseThrow()))
            && Fold.containsRun(Fold.foldedTokens(r.title()), words)) {
          merge(
              found,
              new OfficeHolder(
                  a.id(), a.name(), r.title(), r.title(), r.country().or(a::country), r.from(), r.to(),
                  ImmutableSet.of(OfficeHolder.Source.DOSSIER)));
        }
      }
    }
    return ImmutableList.copyOf(found.values());
  }

  /**
   * As {@link #holders(String, LocalDate)}, keeping the offices of {@code country} (a two-letter
   * code, EU or UN).
   *
   * @throws IllegalArgumentException if {@code country} is not such a code
   */
  public ImmutableList<OfficeHolder> holders(String office, String country, LocalDate day) {
    Optional<Country> c = ActorMatch.country(checkNotNull(country, "country").strip());
    if (c.isEmpty()) {
      throw new IllegalArgumentException("'" + country + "' is not an ISO-3166 alpha-2 code, EU or UN");
    }
    return holders(office, day).stream().filter(h -> h.country().equals(c)).collect(ImmutableList.toImmutableList());
  }

  private static boolean dated(Role r) {
    return r.from().isPresent() || r.to().isPresent();
  }

  /** Whether role {@code r} of actor {@code a} is office {@code o}: one of its titles, and no other country. */
  private static boolean means(Role r, Actor a, Office o) {
    Optional<Country> country = r.country().or(a::country);
    if (country.isPresent() && !country.get().equals(o.country())) {
      return false;
    }
    List<String> title = Fold.foldedTokens(r.title());
    return o.titles().stream().anyMatch(t -> Fold.foldedTokens(t.title()).equals(title));
  }

  private static OfficeHolder holder(
      String actorId, String name, Office o, LocalDate from, Optional<LocalDate> to, OfficeHolder.Source source) {
    return holder(actorId, name, o, Optional.of(from), to, source);
  }

  private static OfficeHolder holder(
      String actorId, String name, Office o, Optional<LocalDate> from, Optional<LocalDate> to, OfficeHolder.Source source) {
    return new OfficeHolder(actorId, name, o.id(), o.title(), Optional.of(o.country()), from, to, ImmutableSet.of(source));
  }

  /** Adds {@code h}, or joins its source to the holder already found for the same person and office. */
  private static void merge(Map<String, OfficeHolder> found, OfficeHolder h) {
    String key = h.actorId() + "\n" + h.office();
    OfficeHolder old = found.get(key);
    if (old == null) {
      found.put(key, h);
    } else if (!old.sources().containsAll(h.sources())) {
      found.put(
          key,
          new OfficeHolder(
              old.actorId(), old.name(), old.office(), old.title(), old.country(), old.from(), old.to(),
              ImmutableSet.<OfficeHolder.Source>builder().addAll(old.sources()).addAll(h.sources()).build()));
    }
  }

  /** The knowledge base's titles by their folded words. */
  private static ImmutableListMultimap<List<String>, OfficeTitle> index(KnowledgeBase kb) {
    ImmutableListMultimap.Builder<List<String>, OfficeTitle> b = ImmutableListMultimap.builder();
    for (Office o : kb.offices()) {
      for (OfficeTitle t : o.titles()) {
        b.put(Fold.foldedTokens(t.title()), t);
      }
    }
    return b.build();
  }

  /** The bundled knowledge base and its title index, built on first use. */
  private static final class Standard {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.standard();
    static final ImmutableListMultimap<List<String>, OfficeTitle> TITLES = index(KNOWLEDGE);
    static final Offices ALONE = new Offices(Dossier.builder().build(), KNOWLEDGE, TITLES);
  }
}
