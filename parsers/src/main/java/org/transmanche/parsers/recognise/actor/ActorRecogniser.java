package org.transmanche.parsers.recognise.actor;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.gazetteer.Gazetteer;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.parsers.knowledge.Office;
import org.transmanche.parsers.knowledge.OfficeTitle;
import org.transmanche.parsers.knowledge.Place;
import org.transmanche.parsers.knowledge.PlaceKind;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;

/**
 * Finds the people, organisations and governments a passage names, in French or English.
 *
 * <ul>
 *   <li><b>Known actors</b>: names and aliases of the knowledge base's people, organisations and
 *       states ({@code Home Office}, {@code ministère de l'Intérieur}, {@code PAF}, {@code HCR}),
 *       accent-insensitive, case-sensitive for names written with a capital, apostrophes folded.
 *   <li><b>Other people</b>: a capitalised name after an honorific ({@code M.}, {@code Mme}, {@code
 *       Mr}), a role ({@code le policier Jean Martin}) or a speech verb ({@code said}, {@code a
 *       déclaré}, {@code selon}), before a speech verb or a role apposition ({@code X, premier adjoint
 *       au maire}), in a byline ({@code par A & B}), or starting with a known first name; a first
 *       name alone when an apposition introduces it ({@code Monique, Calaisienne de 67 ans}, {@code
 *       Jeanne, de Salam}, {@code Martin (1), un grand blond}). Their id is {@code person:<slug>}.
 *       A surname alone ({@code M. Cazeneuve}, {@code Mme May}, {@code Cazeneuve}) is the known
 *       person of that surname, preferring one named earlier in the passage, then one in office at
 *       the reference date; a surname that is also a common word or first name needs an honorific or
 *       an earlier full name.
 *   <li><b>Roles</b>: an office title next to a name becomes that person's role ({@code la ministre
 *       de l'Intérieur Jane Doe}); alone, it is resolved with the reference date to the holder
 *       of the office ({@code le ministre de l'Intérieur} on 2014-08-28 is Bernard Cazeneuve; {@code
 *       la Première ministre britannique} in January 2018 is Theresa May); {@code son homologue
 *       britannique} is the holder of the British counterpart of the office of the last person named.
 *       Without a date, or with no single holder, the mention stays a role: {@code role:<office>}.
 *   <li><b>Governments</b>: a country name read as its state ({@code le Royaume-Uni}, {@code
 *       Britain}, {@code la France}), except after a word of place or movement ({@code en France},
 *       {@code to Britain}) and, named without article, after a word of origin ({@code venus de
 *       Syrie}); a people ({@code les Britanniques}); a capital ({@code Londres}, {@code Paris}) only
 *       in an actor's slot: before a verb, after {@code par}/{@code by}/{@code selon} or a word such
 *       as {@code messages à}; {@code le gouvernement} / {@code the government} as the
 *       state of the text's language.
 * </ul>
 *
 * <p>Mentions have type {@code actor} and an {@link ActorReading} value; a mention may overlap another
 * (an organisation inside a longer title). Immutable and thread-safe: the gazetteers and word lists
 * are built once per JVM and shared by every instance; each call reads its passage with its own
 * working state.
 *
 * <pre>{@code
 * new ActorRecogniser().recognise(Passage.of("Mme May a rencontré M. Cazeneuve.", "fr"));
 * // [actor [4, 7) "May" person:theresa-may, actor [23, 32) "Cazeneuve" person:bernard-cazeneuve]
 * }</pre>
 */
public final class ActorRecogniser implements Recogniser {

  /** The mention type and recogniser name. */
  public static final String NAME = "actor";

  private static final Set<PlaceKind> SEATS = EnumSet.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.SITE);

  final KnowledgeBase knowledge;
  final ImmutableMap<String, Lexicon> lexicons;
  final Gazetteer<Known> names;
  final Gazetteer<OfficeTitle> titles;
  final Gazetteer<Actor> surnames;
  final ImmutableListMultimap<String, Actor> surnameIndex;
  final ImmutableMap<String, Actor> peopleByName;

  /**
   * A recogniser over the bundled knowledge base and word lists.
   *
   * @throws TransmancheException if the bundled data cannot be read
   */
  public ActorRecogniser() {
    this(Holder.STANDARD);
  }

  /** The gazetteers of the standard knowledge base are built once and shared by every instance. */
  private static final class Holder {
    static final ActorRecogniser STANDARD = new ActorRecogniser(KnowledgeBase.standard());
  }

  /** A recogniser sharing the immutable gazetteers and word lists of {@code other}. */
  private ActorRecogniser(ActorRecogniser other) {
    this.knowledge = other.knowledge;
    this.lexicons = other.lexicons;
    this.names = other.names;
    this.titles = other.titles;
    this.surnames = other.surnames;
    this.surnameIndex = other.surnameIndex;
    this.peopleByName = other.peopleByName;
  }

  /** A recogniser over {@code knowledge} and the bundled word lists. */
  ActorRecogniser(KnowledgeBase knowledge) {
    this.knowledge = checkNotNull(knowledge, "knowledge");
    this.lexicons = Lexicon.load();
    Lexicon any = lexicons.get("fr");
    ImmutableSet.Builder<String> seatNames = ImmutableSet.builder();
    ImmutableSet.Builder<String> placeNames = ImmutableSet.builder();
    for (Place p : knowledge.places()) {
      for (String n : p.names()) {
        placeNames.add(Gazetteer.fold(n));
        if (SEATS.contains(p.kind())) {
          seatNames.add(Gazetteer.fold(n));
        }
      }
    }
    ImmutableSet<String> seats = seatNames.build();
    ImmutableSet<String> places = placeNames.build();

    Gazetteer.Builder<Known> n = Gazetteer.builder();
    Map<String, Actor> byName = new HashMap<>();
    for (Actor a : knowledge.people()) {
      a.names().forEach(name -> n.add(name, Known.name(a)));
      a.names().forEach(name -> byName.putIfAbsent(loose(Gazetteer.fold(name)), a));
    }
    for (Actor a : knowledge.organisations()) {
      a.names().forEach(name -> n.add(name, Known.name(a)));
    }
    for (Actor a : knowledge.states()) {
      for (String name : a.names()) {
        n.add(name, new Known(Optional.of(a), form(name, seats, places), Optional.empty(), ImmutableSet.of()));
      }
    }
    for (Lexicon lexicon : lexicons.values()) {
      for (Lexicon.GovernmentPhrase g : lexicon.governmentPhrases) {
        knowledge
            .state(g.country)
            .ifPresent(
                a -> n.add(g.phrase, new Known(Optional.of(a), Known.Form.GOVERNMENT_PHRASE, Optional.of(lexicon.language), g.notBefore)));
      }
    }
    for (Place p : knowledge.places()) {
      p.names().forEach(name -> n.add(name, Known.place()));
    }
    this.names = n.build();
    this.peopleByName = ImmutableMap.copyOf(byName);

    Gazetteer.Builder<OfficeTitle> t = Gazetteer.builder();
    for (Office o : knowledge.offices()) {
      o.titles().forEach(title -> t.addIgnoringCase(title.title(), title));
    }
    this.titles = t.build();

    Gazetteer.Builder<Actor> s = Gazetteer.builder();
    ImmutableListMultimap.Builder<String, Actor> index = ImmutableListMultimap.builder();
    for (Actor a : knowledge.people()) {
      ImmutableList<Token> tokens = Token.of(a.name(), any.elisions);
      for (int k = 1; k < tokens.size(); k++) {
        Token tok = tokens.get(k);
        if (tok.cap || tokens.get(k - 1).cap && tok.word) {
          String surname = a.name().substring(tok.start);
          s.add(surname, a);
          index.put(Gazetteer.fold(surname), a);
        }
      }
    }
    this.surnames = s.build();
    this.surnameIndex = index.build();
  }

  /**
   * How a state's name is read: a seat of government (a place of kind city, town or site); a people
   * (one capitalised word of the {@code peoples.txt} lists, alone or after a determiner, that names no
   * place: {@code les Britanniques}, {@code the French}, {@code Anglais}); else a name proper, so a
   * country ({@code Syrie}, {@code Afghanistan}) after a word of place or origin stays a place.
   */
  private Known.Form form(String name, Set<String> seats, Set<String> places) {
    String folded = Gazetteer.fold(name);
    if (seats.contains(folded)) {
      return Known.Form.CAPITAL;
    }
    ImmutableList<Token> tokens = Token.of(name, lexicons.get("fr").elisions);
    Token last = tokens.get(tokens.size() - 1);
    boolean determiner =
        tokens.size() == 2 && lexicons.values().stream().anyMatch(l -> l.is(Lexicon.Kind.DETERMINER, tokens.get(0)));
    boolean people =
        (tokens.size() == 1 || determiner)
            && last.cap
            && !last.upper
            && lexicons.get("fr").peoples.contains(last.folded)
            && !places.contains(last.folded)
            && !places.contains(folded);
    return people ? Known.Form.DEMONYM : Known.Form.NAME;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ImmutableList<Mention> recognise(Passage passage) {
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    for (Candidate c : new Reading(this, passage).read()) {
      out.add(passage.mention(c.start, c.end, NAME, NAME, c.reading()));
    }
    return out.build();
  }

  /**
   * The known person whose name, folded, is {@code folded}, ignoring hyphens (so a name cut at a line
   * end, {@code Caze-neuve}, is still known); null if none.
   */
  Actor personNamed(String folded) {
    return peopleByName.get(loose(folded));
  }

  private static String loose(String folded) {
    return folded.replace("-", "").replace(" ", "");
  }

  /** The known people whose surname (folded) is {@code folded}. */
  ImmutableList<Actor> bySurname(String folded) {
    return surnameIndex.get(folded).stream().distinct().collect(ImmutableList.toImmutableList());
  }

  /** The lexicon of a passage's language (English for any language but French). */
  Lexicon lexicon(Passage passage) {
    return lexicons.get(passage.french() ? "fr" : "en");
  }

  @Override
  public String toString() {
    return "ActorRecogniser[" + names + ", " + titles + "]";
  }
}
