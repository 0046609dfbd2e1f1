package org.transmanche.parsers.recognise.actor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Country;
import org.transmanche.parsers.gazetteer.Gazetteer;
import org.transmanche.parsers.knowledge.DataFile;

/**
 * The words and phrases of one language that guide the actor recogniser, read once from {@code
 * recognise/actor/<language>/}. Honorifics, name particles, elisions, ambiguous surnames, first names
 * and nationalities are shared by both languages (texts quote names of every origin); the other
 * cues are the passage language's. Immutable.
 */
final class Lexicon {

  /** What a cue phrase does; see the README beside the data. */
  enum Kind {
    HONORIFIC,
    SPEECH_BEFORE,
    SPEECH_AFTER,
    ROLE,
    DETERMINER,
    FORMER,
    PREPOSITION,
    LOCATIVE,
    METONYMY,
    FUNCTION,
    SUBJECT_VERB,
    COUNTERPART,
    AGE,
    /** A relative pronoun opening a clause about the person named before it ({@code who}, {@code qui}). */
    RELATIVE,
    /** A word of origin before a country named without article ({@code venus de Syrie}): a place, not a government. */
    ORIGIN,
    PSEUDONYM,
    PARTICLE,
    BYLINE,
    CONJUNCTION,
    ELISION,
    AMBIGUOUS_SURNAME,
    GENITIVE
  }

  /** A phrase naming a government without its state ({@code le gouvernement}). */
  static final class GovernmentPhrase {
    final String phrase;
    final Country country;
    final ImmutableSet<String> notBefore;

    GovernmentPhrase(String phrase, Country country, ImmutableSet<String> notBefore) {
      this.phrase = phrase;
      this.country = country;
      this.notBefore = notBefore;
    }
  }

  static final ImmutableList<String> LANGUAGES = ImmutableList.of("fr", "en");

  private static final Set<Kind> SHARED =
      EnumSet.of(Kind.HONORIFIC, Kind.PARTICLE, Kind.ELISION, Kind.AMBIGUOUS_SURNAME);

  final String language;
  final ImmutableSet<String> elisions;
  final ImmutableSet<String> firstNames;
  /** Folded plural names of peoples, of both languages ({@code britanniques}, {@code french}). */
  final ImmutableSet<String> peoples;
  final ImmutableList<GovernmentPhrase> governmentPhrases;
  /** Per kind, each phrase's folded tokens, indexed by first token. */
  private final ImmutableMap<Kind, ImmutableMap<String, ImmutableList<ImmutableList<String>>>> byFirst;
  /** Nationality words and country names, folded tokens indexed by first token. */
  private final ImmutableMap<String, ImmutableList<ImmutableList<String>>> nationalityPhrases;
  private final ImmutableMap<String, Country> nationalities;
  /** For each folded word, the kinds of which it is a one-word phrase. */
  private final ImmutableMap<String, ImmutableSet<Kind>> singleWords;

  private Lexicon(
      String language,
      ImmutableSet<String> elisions,
      ImmutableSet<String> firstNames,
      ImmutableSet<String> peoples,
      ImmutableList<GovernmentPhrase> governmentPhrases,
      ImmutableMap<Kind, ImmutableMap<String, ImmutableList<ImmutableList<String>>>> byFirst,
      ImmutableMap<String, ImmutableList<ImmutableList<String>>> nationalityPhrases,
      ImmutableMap<String, Country> nationalities) {
    this.language = language;
    this.elisions = elisions;
    this.firstNames = firstNames;
    this.peoples = peoples;
    this.governmentPhrases = governmentPhrases;
    this.byFirst = byFirst;
    this.nationalityPhrases = nationalityPhrases;
    this.nationalities = nationalities;
    Map<String, Set<Kind>> singles = new HashMap<>();
    byFirst.forEach(
        (kind, phrases) ->
            phrases.forEach(
                (first, list) -> {
                  if (list.stream().anyMatch(p -> p.size() == 1)) {
                    singles.computeIfAbsent(first, k -> EnumSet.noneOf(Kind.class)).add(kind);
                  }
                }));
    ImmutableMap.Builder<String, ImmutableSet<Kind>> words = ImmutableMap.builder();
    singles.forEach((w, kinds) -> words.put(w, ImmutableSet.copyOf(kinds)));
    this.singleWords = words.buildOrThrow();
  }

  /** The French and English lexicons, keyed by language. */
  static ImmutableMap<String, Lexicon> load() {
    Map<String, List<DataFile.Row>> cues = new HashMap<>();
    Set<String> elisions = new HashSet<>();
    for (String language : LANGUAGES) {
      List<DataFile.Row> rows = DataFile.read(Lexicon.class, language + "/cues.tsv").rows();
      cues.put(language, rows);
      for (DataFile.Row r : rows) {
        if (kind(r) == Kind.ELISION) {
          elisions.add(Gazetteer.fold(r.required("cue")));
        }
      }
    }
    ImmutableSet<String> elided = ImmutableSet.copyOf(elisions);
    ImmutableSet.Builder<String> firstNames = ImmutableSet.builder();
    ImmutableSet.Builder<String> peoples = ImmutableSet.builder();
    Map<String, Country> nationalities = new HashMap<>();
    for (String language : LANGUAGES) {
      DataFile.read(Lexicon.class, language + "/first-names.txt").lines().forEach(n -> firstNames.add(Gazetteer.fold(n)));
      DataFile.read(Lexicon.class, language + "/peoples.txt").lines().forEach(n -> peoples.add(Gazetteer.fold(n)));
      for (DataFile.Row r : DataFile.read(Lexicon.class, language + "/nationalities.tsv").rows()) {
        nationalities.put(key(r.required("word"), elided), country(r, r.required("country")));
      }
    }
    Map<String, List<ImmutableList<String>>> nationalityPhrases = new HashMap<>();
    for (String phrase : nationalities.keySet()) {
      ImmutableList<String> words = ImmutableList.copyOf(phrase.split(" "));
      nationalityPhrases.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }
    ImmutableMap.Builder<String, Lexicon> out = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      Map<Kind, Map<String, List<ImmutableList<String>>>> index = new EnumMap<>(Kind.class);
      for (String from : LANGUAGES) {
        for (DataFile.Row r : cues.get(from)) {
          Kind kind = kind(r);
          if (from.equals(language) || SHARED.contains(kind)) {
            ImmutableList<String> words = tokens(r.required("cue"), elided);
            List<ImmutableList<String>> list =
                index.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(words.get(0), k -> new ArrayList<>());
            if (!list.contains(words)) {
              list.add(words);
            }
          }
        }
      }
      ImmutableList.Builder<GovernmentPhrase> government = ImmutableList.builder();
      for (DataFile.Row r : DataFile.read(Lexicon.class, language + "/government-phrases.tsv").rows()) {
        government.add(
            new GovernmentPhrase(
                r.required("phrase"),
                country(r, r.required("country")),
                r.values("not_before").stream().map(Gazetteer::fold).collect(ImmutableSet.toImmutableSet())));
      }
      out.put(
          language,
          new Lexicon(
              language,
              elided,
              firstNames.build(),
              peoples.build(),
              government.build(),
              freeze(index),
              freezeOne(nationalityPhrases),
              ImmutableMap.copyOf(nationalities)));
    }
    return out.buildOrThrow();
  }

  private static Kind kind(DataFile.Row r) {
    String k = r.required("kind");
    try {
      return Kind.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw r.error("kind '" + k + "'; allowed: " + EnumSet.allOf(Kind.class).toString().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  private static Country country(DataFile.Row r, String code) {
    try {
      return Country.of(code);
    } catch (IllegalStateException e) {
      throw r.error(e.getMessage());
    }
  }

  /** The folded tokens of a phrase, split as passages are. */
  private static ImmutableList<String> tokens(String phrase, Set<String> elisions) {
    return Token.of(phrase, elisions).stream().map(t -> t.folded).collect(ImmutableList.toImmutableList());
  }

  private static String key(String phrase, Set<String> elisions) {
    return String.join(" ", tokens(phrase, elisions));
  }

  private static ImmutableMap<Kind, ImmutableMap<String, ImmutableList<ImmutableList<String>>>> freeze(
      Map<Kind, Map<String, List<ImmutableList<String>>>> index) {
    ImmutableMap.Builder<Kind, ImmutableMap<String, ImmutableList<ImmutableList<String>>>> out = ImmutableMap.builder();
    index.forEach((k, v) -> out.put(k, freezeOne(v)));
    return out.buildOrThrow();
  }

  private static ImmutableMap<String, ImmutableList<ImmutableList<String>>> freezeOne(
      Map<String, List<ImmutableList<String>>> index) {
    ImmutableMap.Builder<String, ImmutableList<ImmutableList<String>>> out = ImmutableMap.builder();
    index.forEach((k, v) -> out.put(k, ImmutableList.copyOf(v)));
    return out.buildOrThrow();
  }

  /** Whether the single token is a one-word phrase of {@code kind}. */
  boolean is(Kind kind, Token t) {
    return is(kind, t.folded);
  }

  /** Whether the folded word is a one-word phrase of {@code kind}. */
  boolean is(Kind kind, String folded) {
    return kinds(folded).contains(kind);
  }

  /** The kinds of which the folded word is a one-word phrase. */
  ImmutableSet<Kind> kinds(String folded) {
    return singleWords.getOrDefault(folded, ImmutableSet.of());
  }

  /** Number of tokens of the longest phrase of {@code kind} starting at token {@code at}; 0 if none. */
  int startingAt(Kind kind, List<Token> tokens, int at) {
    return longest(byFirst.getOrDefault(kind, ImmutableMap.of()), tokens, at);
  }

  /** Number of tokens of the longest phrase of {@code kind} ending right before token {@code at}; 0 if none. */
  int endingBefore(Kind kind, List<Token> tokens, int at) {
    ImmutableMap<String, ImmutableList<ImmutableList<String>>> phrases = byFirst.getOrDefault(kind, ImmutableMap.of());
    int best = 0;
    for (int len = 1; len <= 6 && len <= at; len++) {
      if (longestExactly(phrases, tokens, at - len, len)) {
        best = len;
      }
    }
    return best;
  }

  /** The country of the nationality word or country name starting at token {@code at}, with its length. */
  Optional<Map.Entry<Country, Integer>> nationalityAt(List<Token> tokens, int at) {
    int len = longest(nationalityPhrases, tokens, at);
    if (len == 0) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    for (int i = at; i < at + len; i++) {
      key.append(i > at ? " " : "").append(tokens.get(i).folded);
    }
    return Optional.of(Map.entry(nationalities.get(key.toString()), len));
  }

  /** Whether {@code folded} is a known first name. */
  boolean firstName(String folded) {
    return firstNames.contains(folded);
  }

  private static int longest(ImmutableMap<String, ImmutableList<ImmutableList<String>>> phrases, List<Token> tokens, int at) {
    if (at < 0 || at >= tokens.size()) {
      return 0;
    }
    ImmutableList<ImmutableList<String>> candidates = phrases.get(tokens.get(at).folded);
    if (candidates == null) {
      return 0;
    }
    int best = 0;
    for (ImmutableList<String> p : candidates) {
      if (p.size() > best && matches(p, tokens, at)) {
        best = p.size();
      }
    }
    return best;
  }

  private static boolean longestExactly(
      ImmutableMap<String, ImmutableList<ImmutableList<String>>> phrases, List<Token> tokens, int at, int len) {
    ImmutableList<ImmutableList<String>> candidates = phrases.get(tokens.get(at).folded);
    return candidates != null && candidates.stream().anyMatch(p -> p.size() == len && matches(p, tokens, at));
  }

  private static boolean matches(ImmutableList<String> phrase, List<Token> tokens, int at) {
    if (at + phrase.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!tokens.get(at + i).folded.equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }
}
