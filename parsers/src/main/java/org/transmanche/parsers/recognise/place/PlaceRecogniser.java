package org.transmanche.parsers.recognise.place;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.gazetteer.Gazetteer;
import org.transmanche.parsers.knowledge.DataFile;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.parsers.knowledge.Place;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;

/**
 * Finds places of the knowledge base in a passage: {@code Calais}, {@code le port de Calais}, {@code
 * the port of Calais}, {@code Dunkirk}, {@code la Manche}, {@code le Nord}...
 *
 * <p>Names and aliases are matched on whole words, ignoring accents, ignoring case for names written
 * in lower case, the longest name first. A name that is also a common word or part of other names
 * ({@code Nord}, {@code le tunnel}) is kept only in a place context: right after a word such as
 * {@code dans}, {@code le}, {@code in}, or, for some, when the passage names another place. A place
 * inside the name of a newspaper, charity, company or party ({@code La Voix du Nord}, {@code France
 * terre d'asile}) is part of that name and not reported. A capital city is always a place here, even
 * when it stands for a government ({@code Paris envisage...}); the actor recogniser reads that
 * second sense.
 *
 * <p>Mentions have type {@code place} and a {@link PlaceReading} value. Immutable and thread-safe:
 * the gazetteers are built once per JVM and shared by every instance.
 *
 * <pre>{@code
 * new PlaceRecogniser().recognise(Passage.of("Au port de Calais, hier.", "fr"));
 * // [place [3, 17) "port de Calais" port-de-calais]
 * }</pre>
 */
public final class PlaceRecogniser implements Recogniser {

  /** The mention type and recogniser name. */
  public static final String NAME = "place";

  private static final Set<ActorKind> NAME_OWNERS =
      EnumSet.of(ActorKind.MEDIA, ActorKind.NGO, ActorKind.COMPANY, ActorKind.POLITICAL_GROUP);

  /** How much context an ambiguous name needs. */
  private enum Needs {
    CUE,
    CONTEXT
  }

  private final Gazetteer<PlaceReading> places;
  private final Gazetteer<ActorKind> organisations;
  private final ImmutableMap<String, Needs> ambiguous;
  /** Per language, each cue word (folded) and whether it is genitive ({@code du}, {@code of}). */
  private final ImmutableMap<String, ImmutableMap<String, Boolean>> cues;

  /**
   * A recogniser over the bundled knowledge base and word lists.
   *
   * @throws TransmancheException if the bundled data cannot be read
   */
  public PlaceRecogniser() {
    this(Holder.STANDARD);
  }

  /** The gazetteers of the standard knowledge base are built once and shared by every instance. */
  private static final class Holder {
    static final PlaceRecogniser STANDARD = new PlaceRecogniser(KnowledgeBase.standard());
  }

  /** A recogniser sharing the immutable gazetteers and word lists of {@code other}. */
  private PlaceRecogniser(PlaceRecogniser other) {
    this.places = other.places;
    this.organisations = other.organisations;
    this.ambiguous = other.ambiguous;
    this.cues = other.cues;
  }

  /** A recogniser over {@code knowledge} and the bundled word lists. */
  PlaceRecogniser(KnowledgeBase knowledge) {
    checkNotNull(knowledge, "knowledge");
    Gazetteer.Builder<PlaceReading> p = Gazetteer.builder();
    for (Place place : knowledge.places()) {
      PlaceReading reading =
          PlaceReading.builder()
              .id(place.id())
              .name(place.name())
              .kind(place.kind())
              .country(place.country())
              .ancestors(knowledge.ancestors(place.id()).stream().map(Place::id).toList())
              .build();
      place.names().forEach(n -> p.add(n, reading));
    }
    this.places = p.build();
    Gazetteer.Builder<ActorKind> o = Gazetteer.builder();
    for (Actor org : knowledge.organisations()) {
      org.names().forEach(n -> o.add(n, org.kind()));
    }
    this.organisations = o.build();
    Map<String, Needs> needs = new HashMap<>();
    ImmutableMap.Builder<String, ImmutableMap<String, Boolean>> cueWords = ImmutableMap.builder();
    for (String language : new String[] {"fr", "en"}) {
      for (DataFile.Row r : DataFile.read(PlaceRecogniser.class, language + "/ambiguous.tsv").rows()) {
        try {
          needs.put(Gazetteer.fold(r.required("name")), Needs.valueOf(r.required("needs").toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw r.error("needs '" + r.get("needs") + "'; allowed: cue, context");
        }
      }
      Map<String, Boolean> words = new HashMap<>();
      for (DataFile.Row r : DataFile.read(PlaceRecogniser.class, language + "/cues.tsv").rows()) {
        words.put(Gazetteer.fold(r.required("word")), r.get("genitive").equals("yes"));
      }
      cueWords.put(language, ImmutableMap.copyOf(words));
    }
    this.ambiguous = ImmutableMap.copyOf(needs);
    this.cues = cueWords.buildOrThrow();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ImmutableList<Mention> recognise(Passage passage) {
    String text = passage.text();
    ImmutableList<Gazetteer.Match<PlaceReading>> found = places.find(text);
    if (found.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList<Gazetteer.Match<ActorKind>> owners = organisations.find(text);
    boolean specific = found.stream().anyMatch(m -> !ambiguous.containsKey(Gazetteer.fold(m.text())));
    ImmutableMap<String, Boolean> cueWords = cues.get(passage.french() ? "fr" : "en");
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    for (Gazetteer.Match<PlaceReading> m : found) {
      Needs needs = ambiguous.get(Gazetteer.fold(m.text()));
      if (insideName(m, owners, needs != null)) {
        continue;
      }
      if (needs != null && !(cued(text, m.start(), cueWords) || needs == Needs.CONTEXT && specific)) {
        continue;
      }
      out.add(passage.mention(m.start(), m.end(), NAME, NAME, m.values().get(0)));
    }
    return out.build();
  }

  /** Whether the match lies inside an organisation's name that owns it. */
  private static boolean insideName(
      Gazetteer.Match<?> m, ImmutableList<Gazetteer.Match<ActorKind>> owners, boolean ambiguousName) {
    for (Gazetteer.Match<ActorKind> o : owners) {
      if (o.start() <= m.start() && m.end() <= o.end() && o.length() > m.length()
          && (ambiguousName || NAME_OWNERS.contains(o.values().get(0)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word right before {@code start} is a place cue, and, when that cue is genitive,
   * the word before it is not capitalised (so {@code Voix du Nord} is no cue).
   */
  private static boolean cued(String text, int start, ImmutableMap<String, Boolean> cueWords) {
    int[] word = wordBefore(text, start);
    if (word == null) {
      return false;
    }
    Boolean genitive = cueWords.get(Gazetteer.fold(text.substring(word[0], word[1])));
    if (genitive == null) {
      return false;
    }
    int[] before = genitive ? wordBefore(text, word[0]) : null;
    return before == null || !Character.isUpperCase(text.charAt(before[0]));
  }

  /** The span of the word ending right before {@code end} (after white space), with a final apostrophe; or null. */
  private static int[] wordBefore(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    if (s > 0 && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '\u2019') && s == end) {
      s--;
    }
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < e && Character.isLetter(text.charAt(s)) ? new int[] {s, e} : null;
  }

  @Override
  public String toString() {
    return "PlaceRecogniser[" + places + "]";
  }
}
