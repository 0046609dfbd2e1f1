package org.transmanche.parsers.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.model.Role;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.gazetteer.Gazetteer;

/**
 * What Transmanche knows before reading a text: people and the offices they held (with dates),
 * organisations, states acting as governments, and places with the places that contain them.
 *
 * <p>Actors are model {@link Actor}s with stable ids: {@code person:<slug>}, {@code org:<slug>},
 * {@code state:<country code>}. A person's {@link Actor#roles()} are the offices of the data, with
 * dates. Methods taking a person or organisation id accept it with or without its prefix ({@code
 * bernard-cazeneuve} or {@code person:bernard-cazeneuve}).
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the bundled data once.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.standard();
 * kb.holdersOf("fr-interior-minister", LocalDate.of(2014, 9, 20)); // [Bernard Cazeneuve]
 * }</pre>
 */
public final class KnowledgeBase {

  /** Prefix of person ids. */
  public static final String PERSON = "person:";

  /** Prefix of organisation ids. */
  public static final String ORGANISATION = "org:";

  /** Prefix of state ids. */
  public static final String STATE = "state:";

  private final ImmutableMap<String, Actor> people;
  private final ImmutableMap<String, Actor> organisations;
  private final ImmutableMap<Country, Actor> states;
  private final ImmutableMap<String, Place> places;
  private final ImmutableMap<String, Office> offices;
  private final ImmutableListMultimap<String, Tenure> tenuresByOffice;
  private final ImmutableListMultimap<String, Tenure> tenuresByPerson;
  private final ImmutableListMultimap<String, Actor> byFoldedName;

  private KnowledgeBase(
      ImmutableMap<String, Actor> people,
      ImmutableMap<String, Actor> organisations,
      ImmutableMap<Country, Actor> states,
      ImmutableMap<String, Place> places,
      ImmutableMap<String, Office> offices,
      ImmutableList<Tenure> tenures) {
    this.people = people;
    this.organisations = organisations;
    this.states = states;
    this.places = places;
    this.offices = offices;
    this.tenuresByOffice = tenures.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Tenure::office, t -> t));
    this.tenuresByPerson = tenures.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Tenure::person, t -> t));
    ImmutableListMultimap.Builder<String, Actor> names = ImmutableListMultimap.builder();
    for (Actor a : actors()) {
      a.names().stream().map(Gazetteer::fold).distinct().forEach(n -> names.put(n, a));
    }
    this.byFoldedName = names.build();
  }

  /** The bundled knowledge base, loaded on first use. @throws TransmancheException if the data is invalid */
  public static KnowledgeBase standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final KnowledgeBase STANDARD = Loader.load();
  }

  /** Every person, in file order. */
  public ImmutableList<Actor> people() {
    return people.values().asList();
  }

  /** Every organisation, in file order. */
  public ImmutableList<Actor> organisations() {
    return organisations.values().asList();
  }

  /** Every state acting as a government (and the EU), in file order. */
  public ImmutableList<Actor> states() {
    return states.values().asList();
  }

  /** People, then organisations, then states. */
  public ImmutableList<Actor> actors() {
    return ImmutableList.<Actor>builder().addAll(people()).addAll(organisations()).addAll(states()).build();
  }

  /** Every place, in file order. */
  public ImmutableList<Place> places() {
    return places.values().asList();
  }

  /** Every office, in file order of their titles. */
  public ImmutableList<Office> offices() {
    return offices.values().asList();
  }

  /** The person with this id ({@code bernard-cazeneuve} or {@code person:bernard-cazeneuve}). */
  public Optional<Actor> person(String id) {
    return Optional.ofNullable(people.get(prefixed(PERSON, id)));
  }

  /** The organisation with this id ({@code home-office} or {@code org:home-office}). */
  public Optional<Actor> organisation(String id) {
    return Optional.ofNullable(organisations.get(prefixed(ORGANISATION, id)));
  }

  /** The state (or the EU) acting as a government. */
  public Optional<Actor> state(Country country) {
    return Optional.ofNullable(states.get(checkNotNull(country, "country")));
  }

  /** The actor with this full id: {@code person:...}, {@code org:...} or {@code state:GB}. */
  public Optional<Actor> actor(String id) {
    checkNotNull(id, "id");
    if (id.startsWith(STATE)) {
      String code = id.substring(STATE.length());
      return states.values().stream().filter(a -> a.id().equals(STATE + code)).findFirst();
    }
    return id.startsWith(ORGANISATION) ? organisation(id) : id.startsWith(PERSON) ? person(id) : Optional.empty();
  }

  /** The place with this id ({@code port-de-calais}). */
  public Optional<Place> place(String id) {
    return Optional.ofNullable(places.get(checkNotNull(id, "id")));
  }

  /** The places containing {@code placeId}, nearest first; empty for an unknown id. */
  public ImmutableList<Place> ancestors(String placeId) {
    ImmutableList.Builder<Place> out = ImmutableList.builder();
    Optional<String> parent = place(placeId).flatMap(Place::parent);
    while (parent.isPresent()) {
      Place p = places.get(parent.get());
      out.add(p);
      parent = p.parent();
    }
    return out.build();
  }

  /** The office with this id ({@code gb-home-secretary}). */
  public Optional<Office> office(String id) {
    return Optional.ofNullable(offices.get(checkNotNull(id, "id")));
  }

  /**
   * The office of the same family as {@code officeId} in {@code country}: the British counterpart of
   * the French interior minister is the Home Secretary.
   */
  public Optional<Office> counterpart(String officeId, Country country) {
    checkNotNull(country, "country");
    Optional<String> family = office(officeId).flatMap(Office::family);
    return family.flatMap(
        f -> offices.values().stream().filter(o -> o.family().equals(family) && o.country().equals(country)).findFirst());
  }

  /**
   * The people who held {@code officeId} on {@code day}, in data order: usually one, two on a handover
   * day, none when the office was vacant, unknown or not covered by the data.
   */
  public ImmutableList<Actor> holdersOf(String officeId, LocalDate day) {
    checkNotNull(day, "day");
    return tenuresByOffice.get(checkNotNull(officeId, "officeId")).stream()
        .filter(t -> t.heldOn(day))
        .map(t -> people.get(t.person()))
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** The tenures of a person, sorted by first day; empty for an unknown person. */
  public ImmutableList<Tenure> tenuresOf(String personId) {
    return tenuresByPerson.get(prefixed(PERSON, personId)).stream()
        .sorted(Comparator.comparing(Tenure::from))
        .collect(ImmutableList.toImmutableList());
  }

  /** The offices a person held, as model roles with dates, sorted by first day. */
  public ImmutableList<Role> officesOf(String personId) {
    return person(personId).map(Actor::roles).orElse(ImmutableList.of());
  }

  /**
   * The actors one of whose names folds (case, accents, apostrophes, spaces) to the same as {@code
   * name}: people, then organisations, then states.
   */
  public ImmutableList<Actor> findByName(String name) {
    return byFoldedName.get(Gazetteer.fold(checkNotNull(name, "name")));
  }

  /**
   * The days on which every one of {@code personIds} held some office of the data, as the period from
   * the first such day to the last (a bound: when the tenures leave gaps, some days inside are not
   * shared); empty when there is no such day. The end is empty when all are still in office.
   *
   * @throws IllegalArgumentException if {@code personIds} is empty
   */
  public Optional<Period> commonTimeInOffice(Collection<String> personIds) {
    return commonTime(personIds, t -> true);
  }

  /**
   * Like {@link #commonTimeInOffice(Collection)}, counting only the tenures of {@code officeIds}: the
   * time Bernard Cazeneuve and Theresa May were interior ministers together.
   *
   * @throws IllegalArgumentException if {@code personIds} is empty
   */
  public Optional<Period> commonTimeInOffice(Collection<String> personIds, Collection<String> officeIds) {
    Set<String> wanted = ImmutableSet.copyOf(officeIds);
    return commonTime(personIds, t -> wanted.contains(t.office()));
  }

  private Optional<Period> commonTime(Collection<String> personIds, java.util.function.Predicate<Tenure> counted) {
    checkArgument(!personIds.isEmpty(), "commonTimeInOffice: no person ids");
    List<LocalDate[]> common = null;
    for (String id : personIds) {
      List<LocalDate[]> spans = union(tenuresOf(id).stream().filter(counted).map(Tenure::period).toList());
      common = common == null ? spans : intersect(common, spans);
      if (common.isEmpty()) {
        return Optional.empty();
      }
    }
    LocalDate from = common.get(0)[0];
    LocalDate to = common.get(common.size() - 1)[1];
    return Optional.of(Period.of(from, to.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(to)));
  }

  /** The union of periods as sorted, disjoint [from, to] pairs; an open end is {@link LocalDate#MAX}. */
  private static List<LocalDate[]> union(List<Period> periods) {
    List<LocalDate[]> sorted = new ArrayList<>();
    for (Period p : periods) {
      sorted.add(new LocalDate[] {p.from(), p.to().orElse(LocalDate.MAX)});
    }
    sorted.sort(Comparator.comparing(s -> s[0]));
    List<LocalDate[]> out = new ArrayList<>();
    for (LocalDate[] s : sorted) {
      LocalDate[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean joins = last != null && (last[1].equals(LocalDate.MAX) || !s[0].isAfter(last[1].plusDays(1)));
      if (!joins) {
        out.add(new LocalDate[] {s[0], s[1]});
      } else if (s[1].isAfter(last[1])) {
        last[1] = s[1];
      }
    }
    return out;
  }

  private static List<LocalDate[]> intersect(List<LocalDate[]> a, List<LocalDate[]> b) {
    List<LocalDate[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      LocalDate from = a.get(i)[0].isAfter(b.get(j)[0]) ? a.get(i)[0] : b.get(j)[0];
      LocalDate to = a.get(i)[1].isBefore(b.get(j)[1]) ? a.get(i)[1] : b.get(j)[1];
      if (!from.isAfter(to)) {
        out.add(new LocalDate[] {from, to});
      }
      if (a.get(i)[1].isBefore(b.get(j)[1])) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  private static String prefixed(String prefix, String id) {
    checkNotNull(id, "id");
    return id.startsWith(prefix) ? id : prefix + id;
  }

  @Override
  public String toString() {
    return String.format(
        "KnowledgeBase[%d people, %d organisations, %d states, %d places, %d offices]",
        people.size(), organisations.size(), states.size(), places.size(), offices.size());
  }

  /** Reads and checks the bundled files. */
  private static final class Loader {

    static KnowledgeBase load() {
      ImmutableMap<String, Office> offices = offices();
      ImmutableList<Tenure> tenures = tenures(offices);
      ImmutableMap<String, Actor> people = people(offices, tenures);
      for (Tenure t : tenures) {
        if (!people.containsKey(t.person())) {
          throw new TransmancheException(
              "offices.tsv: holder '" + t.person().substring(PERSON.length()) + "' of " + t.office() + " is not in people.tsv");
        }
      }
      return new KnowledgeBase(people, organisations(), states(), places(), offices, tenures);
    }

    private static DataFile file(String name) {
      return DataFile.read(KnowledgeBase.class, name);
    }

    private static ImmutableMap<String, Office> offices() {
      Map<String, List<OfficeTitle>> titles = new LinkedHashMap<>();
      for (DataFile.Row r : file("office-titles.tsv").rows()) {
        String language = r.required("lang");
        if (!language.equals("fr") && !language.equals("en")) {
          throw r.error("language '" + language + "'; allowed: fr, en");
        }
        String flag = r.get("default");
        if (!flag.isEmpty() && !flag.equals("yes")) {
          throw r.error("default '" + flag + "'; allowed: yes or empty");
        }
        titles.computeIfAbsent(r.required("office"), k -> new ArrayList<>())
            .add(
                OfficeTitle.builder()
                    .office(r.required("office"))
                    .language(language)
                    .title(r.required("title"))
                    .isDefault(flag.equals("yes"))
                    .build());
      }
      Map<String, String> families = new LinkedHashMap<>();
      for (DataFile.Row r : file("office-families.tsv").rows()) {
        if (!titles.containsKey(r.required("office"))) {
          throw r.error("office '" + r.get("office") + "' has no title in office-titles.tsv");
        }
        families.put(r.required("office"), r.required("family"));
      }
      Map<String, Country> countries = new LinkedHashMap<>();
      for (DataFile.Row r : file("offices.tsv").rows()) {
        countries.putIfAbsent(r.required("office"), country(r, r.required("country")));
      }
      ImmutableMap.Builder<String, Office> out = ImmutableMap.builder();
      for (Map.Entry<String, List<OfficeTitle>> e : titles.entrySet()) {
        String id = e.getKey();
        Country country = countries.getOrDefault(id, countryOfId(id));
        out.put(
            id,
            Office.builder()
                .id(id)
                .country(country)
                .titles(e.getValue())
                .family(Optional.ofNullable(families.get(id)))
                .build());
      }
      return out.buildOrThrow();
    }

    /** The country an office id starts with ({@code fr-...}), for offices with no holder yet. */
    private static Country countryOfId(String id) {
      int dash = id.indexOf('-');
      try {
        return Country.of(dash > 0 ? id.substring(0, dash) : id);
      } catch (IllegalStateException e) {
        throw new TransmancheException(
            "office-titles.tsv: office '" + id + "' has no holder in offices.tsv and its id does not start with a country code",
            e);
      }
    }

    private static ImmutableList<Tenure> tenures(ImmutableMap<String, Office> offices) {
      ImmutableList.Builder<Tenure> out = ImmutableList.builder();
      for (DataFile.Row r : file("offices.tsv").rows()) {
        String office = r.required("office");
        if (!offices.containsKey(office)) {
          throw r.error("office '" + office + "' has no title in office-titles.tsv");
        }
        try {
          out.add(
              Tenure.builder()
                  .office(office)
                  .person(PERSON + r.required("holder"))
                  .from(LocalDate.parse(r.required("from")))
                  .to(r.optional("to").map(LocalDate::parse))
                  .confidence(Tenure.Confidence.valueOf(r.required("confidence").toUpperCase(java.util.Locale.ROOT)))
                  .build());
        } catch (RuntimeException e) {
          throw new TransmancheException(r + ": " + e.getMessage(), e);
        }
      }
      return out.build();
    }

    private static ImmutableMap<String, Actor> people(ImmutableMap<String, Office> offices, ImmutableList<Tenure> tenures) {
      ImmutableListMultimap<String, Tenure> byPerson =
          tenures.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Tenure::person, t -> t));
      Map<String, Actor> out = new LinkedHashMap<>();
      for (DataFile.Row r : file("people.tsv").rows()) {
        String id = PERSON + r.required("id");
        List<Role> roles = new ArrayList<>();
        byPerson.get(id).stream()
            .sorted(Comparator.comparing(Tenure::from))
            .forEach(
                t ->
                    roles.add(
                        Role.builder()
                            .title(offices.get(t.office()).title())
                            .country(offices.get(t.office()).country())
                            .from(t.from())
                            .to(t.to())
                            .build()));
        Actor a =
            actor(r, id, ActorKind.PERSON, r.required("name"), r.values("aliases"), r.optional("country"))
                .addAllRoles(roles)
                .build();
        if (out.put(id, a) != null) {
          throw r.error("duplicate id " + id);
        }
      }
      return ImmutableMap.copyOf(out);
    }

    private static ImmutableMap<String, Actor> organisations() {
      Map<String, Actor> out = new LinkedHashMap<>();
      for (DataFile.Row r : file("organisations.tsv").rows()) {
        String id = ORGANISATION + r.required("id");
        ActorKind kind;
        try {
          kind = ActorKind.valueOf(r.required("kind"));
        } catch (IllegalArgumentException e) {
          throw r.error("kind '" + r.get("kind") + "'; allowed: " + java.util.Arrays.toString(ActorKind.values()));
        }
        Actor a = actor(r, id, kind, r.required("name"), r.values("aliases"), r.optional("country")).build();
        if (out.put(id, a) != null) {
          throw r.error("duplicate id " + id);
        }
      }
      return ImmutableMap.copyOf(out);
    }

    private static ImmutableMap<Country, Actor> states() {
      Map<Country, Actor> out = new LinkedHashMap<>();
      for (DataFile.Row r : file("states.tsv").rows()) {
        Country c = country(r, r.required("country"));
        ActorKind kind = Country.EXTRA_CODES.contains(c.code()) ? ActorKind.INTERNATIONAL_ORG : ActorKind.GOVERNMENT;
        Actor a = actor(r, STATE + c.code(), kind, r.required("name"), r.values("aliases"), Optional.of(c.code())).build();
        if (out.put(c, a) != null) {
          throw r.error("duplicate country " + c.code());
        }
      }
      return ImmutableMap.copyOf(out);
    }

    private static ImmutableMap<String, Place> places() {
      Map<String, Place> out = new LinkedHashMap<>();
      for (DataFile.Row r : file("places.tsv").rows()) {
        PlaceKind kind;
        try {
          kind = PlaceKind.valueOf(r.required("kind"));
        } catch (IllegalArgumentException e) {
          throw r.error("kind '" + r.get("kind") + "'; allowed: " + java.util.Arrays.toString(PlaceKind.values()));
        }
        String name = r.required("name");
        Place p =
            Place.builder()
                .id(r.required("id"))
                .name(name)
                .kind(kind)
                .country(r.optional("country").map(c -> country(r, c)))
                .parent(r.optional("parent"))
                .aliases(r.values("aliases").stream().filter(a -> !a.equals(name)).toList())
                .build();
        if (out.put(p.id(), p) != null) {
          throw r.error("duplicate id " + p.id());
        }
      }
      for (Place p : out.values()) {
        Set<String> seen = new HashSet<>();
        for (Optional<String> parent = p.parent(); parent.isPresent(); parent = out.get(parent.get()).parent()) {
          if (!out.containsKey(parent.get())) {
            throw new TransmancheException("places.tsv: parent '" + parent.get() + "' of '" + p.id() + "' is not a place id");
          }
          if (!seen.add(parent.get())) {
            throw new TransmancheException("places.tsv: the parents of '" + p.id() + "' form a cycle");
          }
        }
      }
      return ImmutableMap.copyOf(out);
    }

    private static org.transmanche.model.ImmutableActor.Builder actor(
        DataFile.Row r, String id, ActorKind kind, String name, List<String> aliases, Optional<String> country) {
      return Actor.builder()
          .id(id)
          .kind(kind)
          .name(name)
          .aliases(aliases.stream().filter(a -> !a.equals(name)).toList())
          .country(country.map(c -> country(r, c)));
    }

    private static Country country(DataFile.Row r, String code) {
      try {
        return Country.of(code);
      } catch (IllegalStateException e) {
        throw r.error(e.getMessage());
      }
    }
  }
}
