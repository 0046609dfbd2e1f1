package org.transmanche.parsers.recognise.actor;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.parsers.gazetteer.Gazetteer;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.parsers.knowledge.Office;
import org.transmanche.parsers.knowledge.OfficeTitle;
import org.transmanche.parsers.knowledge.Tenure;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.actor.Lexicon.Kind;

/**
 * The reading of one passage: the working state of one call of {@link ActorRecogniser}, used once
 * and dropped. Steps run in a fixed order, each a pass over the tokens or over the matches: known
 * names, titles, other people, appositions, surnames and second mentions, roles, counterparts.
 */
final class Reading {

  /** Kinds of cue words that are never part of a name, even capitalised. */
  private static final Set<Kind> NOT_NAMES =
      java.util.EnumSet.of(Kind.HONORIFIC, Kind.DETERMINER, Kind.FUNCTION, Kind.PREPOSITION, Kind.SPEECH_BEFORE,
          Kind.SPEECH_AFTER, Kind.CONJUNCTION, Kind.BYLINE, Kind.FORMER, Kind.LOCATIVE, Kind.METONYMY, Kind.ROLE,
          Kind.COUNTERPART, Kind.AGE);

  private final ActorRecogniser recogniser;
  private final KnowledgeBase knowledge;
  private final String text;
  private final Lexicon lex;
  private final ImmutableList<Token> tokens;
  private final Optional<LocalDate> date;
  /** Tokens inside an accepted name or a title; no other name may use them. */
  private final boolean[] covered;
  /** Per token, whether a kept title ends with it. */
  private final boolean[] titleEnds;
  private final List<Candidate> candidates = new ArrayList<>();
  /** The known-name matches of the passage, by start offset. */
  private final Map<Integer, Gazetteer.Match<Known>> knownByStart = new HashMap<>();
  private final Map<Integer, Gazetteer.Match<Known>> knownByEnd = new HashMap<>();

  Reading(ActorRecogniser recogniser, Passage passage) {
    this.recogniser = recogniser;
    this.knowledge = recogniser.knowledge;
    this.text = passage.text();
    this.lex = recogniser.lexicon(passage);
    this.tokens = Token.of(text, lex.elisions);
    this.date = passage.referenceDate();
    this.covered = new boolean[tokens.size()];
    this.titleEnds = new boolean[tokens.size()];
  }

  /** The candidates, sorted by start, then longest first. */
  List<Candidate> read() {
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Gazetteer.Match<OfficeTitle>> titles = recogniser.titles.find(text);
    knownNames(titles);
    titles = keptTitles(titles);
    people();
    appositions();
    surnames();
    roles(titles);
    counterparts();
    candidates.sort(Comparator.<Candidate>comparingInt(c -> c.start).thenComparing(Comparator.<Candidate>comparingInt(c -> c.end).reversed()));
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      if (seen.add(c.start + ":" + c.end + ":" + c.actorId)) {
        out.add(c);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- known names

  private void knownNames(List<Gazetteer.Match<OfficeTitle>> titles) {
    List<Gazetteer.Match<Known>> matches = recogniser.names.find(text);
    matches.forEach(m -> knownByStart.put(m.start(), m));
    matches.forEach(m -> knownByEnd.put(m.end(), m));
    for (Gazetteer.Match<Known> m : matches) {
      Optional<Known> known =
          m.values().stream()
              .filter(k -> k.form != Known.Form.PLACE && k.language.map(l -> l.equals(lex.language)).orElse(true))
              .findFirst();
      if (known.isEmpty()) {
        continue;
      }
      Known k = known.get();
      Actor actor = k.actor.orElseThrow();
      boolean state = actor.id().startsWith(KnowledgeBase.STATE);
      if (state && titles.stream().anyMatch(t -> t.start() <= m.start() && m.end() <= t.end())) {
        continue;
      }
      int a = tokenAt(m.start());
      int b = tokenAt(m.end() - 1);
      boolean alignedStart = tokens.get(a).start == m.start();
      int after = tokens.get(b).end == m.end() ? b + 1 : -1;
      boolean accept;
      switch (k.form) {
        case NAME:
          accept = !state || alignedStart && !locativeBefore(a) && !bareAfterOrigin(a) && !compoundAfter(m.end()) && !afterPlace(a);
          break;
        case DEMONYM:
          accept = alignedStart && (lex.language.equals("fr") || verbOrStop(after, true));
          break;
        case CAPITAL:
          accept = alignedStart && !locativeBefore(a) && (lex.endingBefore(Kind.METONYMY, tokens, a) > 0
              || lex.endingBefore(Kind.PREPOSITION, tokens, a) == 0 && subjectAfter(after));
          break;
        case GOVERNMENT_PHRASE:
          accept = after < 0 || after >= tokens.size() || !k.notBefore.contains(tokens.get(after).folded);
          break;
        default:
          throw new IllegalStateException("unknown form " + k.form);
      }
      if (accept) {
        add(known(m.start(), m.end(), actor));
        cover(a, b);
      }
    }
  }

  /** Titles that are not the same words as an accepted organisation's name (Défenseur des droits). */
  private List<Gazetteer.Match<OfficeTitle>> keptTitles(List<Gazetteer.Match<OfficeTitle>> titles) {
    List<Gazetteer.Match<OfficeTitle>> kept = new ArrayList<>();
    for (Gazetteer.Match<OfficeTitle> t : titles) {
      boolean named = candidates.stream().anyMatch(c -> c.kind != ActorKind.GOVERNMENT && c.start <= t.start() && t.end() <= c.end);
      if (!named) {
        kept.add(t);
        int a = tokenAt(t.start());
        int b = tokenAt(t.end() - 1);
        cover(a, b);
        titleEnds[b] = true;
      }
    }
    return kept;
  }

  /** Whether a comma and a place's name come right before token {@code a}, as in {@code Coquelles, France}. */
  private boolean afterPlace(int a) {
    if (a < 2 || !tokens.get(a - 1).is(',')) {
      return false;
    }
    Gazetteer.Match<Known> before = knownByEnd.get(tokens.get(a - 2).end);
    return before != null && before.values().stream().anyMatch(k -> k.form == Known.Form.PLACE);
  }

  /** A country named without article after a word of origin ({@code venus de Syrie}) is a place. */
  private boolean bareAfterOrigin(int a) {
    return lex.endingBefore(Kind.ORIGIN, tokens, a) > 0 && !lex.is(Kind.DETERMINER, tokens.get(a));
  }

  private boolean locativeBefore(int a) {
    return lex.endingBefore(Kind.LOCATIVE, tokens, a) > 0;
  }

  /** A name glued to a word by a hyphen ({@code UK-bound}) is an adjective. */
  private boolean compoundAfter(int end) {
    return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
  }

  /** Whether token {@code i} is missing, punctuation, a capitalised word or (for {@code verbs}) a verb. */
  private boolean verbOrStop(int i, boolean verbs) {
    if (i < 0 || i >= tokens.size()) {
      return i >= tokens.size();
    }
    Token t = tokens.get(i);
    return !t.word || t.cap || verbs && lex.is(Kind.SUBJECT_VERB, t);
  }

  /** Whether the words after a capital make it a subject: a verb, or "et Londres" and a verb. */
  private boolean subjectAfter(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    if (lex.is(Kind.CONJUNCTION, t) && i + 1 < tokens.size() && tokens.get(i + 1).cap) {
      Gazetteer.Match<Known> other = knownByStart.get(tokens.get(i + 1).start);
      if (other == null || tokens.get(tokenAt(other.end() - 1)).end != other.end()) {
        return false;
      }
      return verbLikeAt(tokenAt(other.end() - 1) + 1);
    }
    return verbLike(t);
  }

  private boolean verbLikeAt(int i) {
    return i < tokens.size() && verbLike(tokens.get(i));
  }

  /** A lower-case word that is not a function word or preposition: most likely a verb. */
  private boolean verbLike(Token t) {
    return t.word && !t.cap && !t.number && !lex.is(Kind.FUNCTION, t) && !lex.is(Kind.PREPOSITION, t)
        && !lex.is(Kind.DETERMINER, t);
  }

  // ---------------------------------------------------------------- other people

  private void people() {
    List<int[]> sequences = sequences();
    Map<Integer, int[]> byStart = new HashMap<>();
    sequences.forEach(s -> byStart.put(s[0], s));
    Set<Integer> bylines = bylines(byStart);
    for (int[] seq : sequences) {
      int s = seq[0];
      int e = seq[1];
      if (bylines.contains(s)) {
        continue;
      }
      if (tokens.get(s).sentenceStart(tokens) && !firstName(s) && e > s && firstName(s + 1)) {
        s++;
      }
      int caps = caps(s, e);
      boolean honorific = lex.endingBefore(Kind.HONORIFIC, tokens, s) > 0;
      boolean title = titleOrComma(s) || honorific && titleOrComma(s - lex.endingBefore(Kind.HONORIFIC, tokens, s));
      boolean role = lex.endingBefore(Kind.ROLE, tokens, s) > 0;
      boolean saidBefore = lex.endingBefore(Kind.SPEECH_BEFORE, tokens, s) > 0;
      boolean saidAfter = e + 1 < tokens.size() && (lex.startingAt(Kind.SPEECH_AFTER, tokens, e + 1) > 0
          || tokens.get(e + 1).is(',') && lex.startingAt(Kind.SPEECH_AFTER, tokens, e + 2) > 0);
      boolean apposition = appositionEnd(e) > 0;
      if (caps >= 2) {
        if (firstName(s) || honorific || title || role || saidBefore || saidAfter || apposition) {
          person(s, e, null);
        }
      } else if (!honorific && !title && s == e && firstName(s) && witness(s)) {
        continue;
      } else if (honorific || title) {
        surnameOrPerson(s, e);
      } else if ((saidBefore || saidAfter) && (firstName(s) || !recogniser.bySurname(tokens.get(s).folded).isEmpty()
          || secondMention(s).isPresent())) {
        if (secondMention(s).isPresent()) {
          add(copy(secondMention(s).get(), tokens.get(s).start, tokens.get(e).end));
        } else {
          surnameOrPerson(s, e);
        }
      }
    }
  }

  /** Whether the token before {@code i} is a comma or the end of a title. */
  private boolean titleOrComma(int i) {
    return i > 0 && i < tokens.size() && !tokens.get(i).paragraphStart
        && (titleEnds[i - 1] || tokens.get(i - 1).is(',') && i > 1 && titleEnds[i - 2]);
  }

  /**
   * Runs of capitalised words that may form a name, with particles inside ({@code Simone de
   * Beauvoir}); at most six tokens. Words of the lexicon (determiners, verbs, roles...) and covered
   * tokens never belong to a run.
   */
  private List<int[]> sequences() {
    List<int[]> out = new ArrayList<>();
    int n = tokens.size();
    int t = 0;
    while (t < n) {
      if (!nameable(t)) {
        t++;
        continue;
      }
      int e = t;
      int j = t + 1;
      while (j < n && j - t < 6 && !tokens.get(j).paragraphStart) {
        if (nameable(j)) {
          e = j++;
          continue;
        }
        int p = j;
        while (p < n && p - j < 2 && particle(p)) {
          p++;
        }
        if (p > j && p < n && nameable(p) && !tokens.get(p).paragraphStart) {
          e = p;
          j = p + 1;
        } else {
          break;
        }
      }
      out.add(new int[] {t, e});
      t = e + 1;
    }
    return out;
  }

  private boolean nameable(int i) {
    Token t = tokens.get(i);
    if (!t.word || !t.cap || t.upper || t.number || covered[i] || t.text.length() < 2
        || lex.startingAt(Kind.HONORIFIC, tokens, i) > 0) {
      return false;
    }
    if (!java.util.Collections.disjoint(lex.kinds(t.folded), NOT_NAMES)) {
      return false;
    }
    Gazetteer.Match<Known> known = knownByStart.get(t.start);
    if (known != null && known.values().stream().allMatch(k -> k.form == Known.Form.PLACE)) {
      return false;
    }
    return lex.nationalityAt(tokens, i).map(n -> n.getValue() != 1).orElse(true);
  }

  private boolean particle(int i) {
    Token t = tokens.get(i);
    return t.word && !covered[i] && lex.is(Kind.PARTICLE, t);
  }

  private boolean firstName(int i) {
    return i < tokens.size() && tokens.get(i).cap && lex.firstName(tokens.get(i).folded);
  }

  private int caps(int s, int e) {
    int n = 0;
    for (int i = s; i <= e; i++) {
      n += tokens.get(i).cap ? 1 : 0;
    }
    return n;
  }

  /**
   * Bylines: {@code par}/{@code by} at the start of a line, then names joined by {@code &}, {@code
   * et}, {@code and} or commas up to the end of the line. Returns the starts of the names taken.
   */
  private Set<Integer> bylines(Map<Integer, int[]> byStart) {
    Set<Integer> taken = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (!t.lineStart || !lex.is(Kind.BYLINE, t)) {
        continue;
      }
      List<int[]> names = new ArrayList<>();
      int j = t.index + 1;
      while (byStart.containsKey(j) && caps(j, lineEnd(j, byStart.get(j)[1])) >= 2) {
        int[] seq = {j, lineEnd(j, byStart.get(j)[1])};
        names.add(seq);
        j = seq[1] + 1;
        if (j < tokens.size() && !tokens.get(j).lineStart && (lex.is(Kind.CONJUNCTION, tokens.get(j)) || tokens.get(j).is(','))) {
          j++;
        } else {
          break;
        }
      }
      boolean lineEnds = j >= tokens.size() || tokens.get(j).lineStart;
      if (!names.isEmpty() && lineEnds) {
        for (int[] seq : names) {
          person(seq[0], seq[1], "byline");
          taken.add(seq[0]);
        }
      }
    }
    return taken;
  }

  /** The last token of s..e before a line break. */
  private int lineEnd(int s, int e) {
    for (int i = s + 1; i <= e; i++) {
      if (tokens.get(i).lineStart) {
        return i - 1;
      }
    }
    return e;
  }

  /** A person named by tokens {@code s..e}: a known person of that name, else a new one. */
  private void person(int s, int e, String note) {
    int start = tokens.get(s).start;
    int end = tokens.get(e).end;
    String name = text.substring(start, end).replaceAll("\\s+", " ");
    String folded = Gazetteer.fold(name);
    Actor known = recogniser.personNamed(folded);
    Candidate c;
    if (known != null) {
      c = known(start, end, known);
    } else {
      if (!knowledge.findByName(name).isEmpty()) {
        return;
      }
      c = new Candidate(start, end, KnowledgeBase.PERSON + slug(folded), name, ActorKind.PERSON, Optional.empty(), false);
    }
    c.note = note;
    add(c);
    cover(s, e);
  }

  /** A single capitalised word after an honorific or title: a known surname, else a new person. */
  private void surnameOrPerson(int s, int e) {
    Optional<Actor> known = chooseBySurname(recogniser.bySurname(tokens.get(s).folded));
    if (known.isPresent()) {
      add(known(tokens.get(s).start, tokens.get(e).end, known.get()));
      cover(s, e);
    } else {
      person(s, e, null);
    }
  }

  /**
   * The one person among {@code people} the passage means: one already named, else the only one,
   * else the one in office at the reference date.
   */
  private Optional<Actor> chooseBySurname(List<Actor> people) {
    List<Actor> named = people.stream().filter(p -> candidates.stream().anyMatch(c -> c.actorId.equals(p.id()))).toList();
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    return people.size() == 1 ? Optional.of(people.get(0)) : inOffice(people);
  }

  /** The one person among {@code people} in some office at the reference date. */
  private Optional<Actor> inOffice(List<Actor> people) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    List<Actor> holders = people.stream().filter(p -> !p.rolesOn(date.get()).isEmpty()).toList();
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  /**
   * A first name alone, introduced by an apposition: an age ({@code Ali, 35 ans}; {@code Ghabrai, 28,}),
   * an organisation ({@code Jeanne, de Salam}), a description ending with an age ({@code Monique,
   * Calaisienne de 67 ans}), a footnote mark ({@code Martin (1), un grand blond}), or a relative
   * clause after a comma ({@code "Bobby", who says...}; the name may stand in quotes).
   */
  private boolean witness(int s) {
    int k = s + 1;
    if (s > 0 && quote(tokens.get(s - 1)) && k < tokens.size() && quote(tokens.get(k))) {
      k++;
    }
    String mark = null;
    if (k + 2 < tokens.size() && tokens.get(k).is('(') && tokens.get(k + 1).number && tokens.get(k + 2).is(')')) {
      mark = tokens.get(k + 1).text;
      k += 3;
    }
    int roleEnd = -1;
    if (k + 1 < tokens.size() && tokens.get(k).is(',')) {
      int first = k + 1;
      for (int j = first; j < tokens.size() && j <= first + 8 && tokens.get(j).word; j++) {
        if (tokens.get(j).number && lex.startingAt(Kind.AGE, tokens, j + 1) > 0) {
          roleEnd = j + lex.startingAt(Kind.AGE, tokens, j + 1);
          break;
        }
      }
      if (roleEnd < 0 && lex.is(Kind.PREPOSITION, tokens.get(first)) && first + 1 < tokens.size()
          && tokens.get(first + 1).cap) {
        roleEnd = first + 1;
        while (roleEnd + 1 < tokens.size() && roleEnd < first + 5 && tokens.get(roleEnd + 1).word
            && !tokens.get(roleEnd + 1).lineStart && !lex.is(Kind.CONJUNCTION, tokens.get(roleEnd + 1))) {
          roleEnd++;
        }
      }
      if (roleEnd < 0 && tokens.get(first).number && tokens.get(first).text.length() <= 3
          && first + 1 < tokens.size() && tokens.get(first + 1).is(',')) {
        roleEnd = first;
      }
      if (roleEnd < 0 && mark != null) {
        roleEnd = appositionEnd(k - 1);
      }
    }
    boolean relative = roleEnd < 0 && k + 1 < tokens.size() && tokens.get(k).is(',') && lex.is(Kind.RELATIVE, tokens.get(k + 1));
    if (roleEnd < 0 && mark == null && !relative) {
      return false;
    }
    Token t = tokens.get(s);
    Candidate c = new Candidate(t.start, t.end, KnowledgeBase.PERSON + slug(t.folded), t.text, ActorKind.PERSON, Optional.empty(), false);
    if (roleEnd > 0) {
      c.role = text.substring(tokens.get(k + 1).start, tokens.get(roleEnd).end).replaceAll("\\s+", " ");
    }
    if (mark != null) {
      c.note = pseudonymNote(mark) ? "pseudonym" : "footnote (" + mark + ")";
    }
    add(c);
    cover(s, s);
    return true;
  }

  /** Whether a token is a quotation mark of either language. */
  private static boolean quote(Token t) {
    return !t.word && t.text.length() == 1 && "\"\u201c\u201d\u00ab\u00bb\u2018\u2019'".indexOf(t.text.charAt(0)) >= 0;
  }

  /** Whether the passage has a footnote {@code (mark)} saying a name was changed. */
  private boolean pseudonymNote(String mark) {
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).is('(') && tokens.get(i + 1).text.equals(mark) && tokens.get(i + 2).is(')')
          && lex.startingAt(Kind.PSEUDONYM, tokens, i + 3) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a name ending at token {@code e}: if a comma follows and a role word comes within four
   * words, the last token of that apposition (before punctuation, a conjunction or an honorific);
   * else -1.
   */
  private int appositionEnd(int e) {
    int k = e + 1;
    if (k + 1 >= tokens.size() || !tokens.get(k).is(',')) {
      return -1;
    }
    boolean role = false;
    int last = -1;
    for (int j = k + 1; j < tokens.size() && j <= k + 10; j++) {
      Token t = tokens.get(j);
      if (!t.word && !possessive(j) || lex.is(Kind.CONJUNCTION, t) || lex.is(Kind.HONORIFIC, t)) {
        break;
      }
      if (j - k <= 4 && (lex.is(Kind.ROLE, t) || titleEnds[j])) {
        role = true;
      }
      last = j;
    }
    return role ? last : -1;
  }

  /** An apostrophe glued to the word before it and followed by a space: {@code Calais' deputy mayor}. */
  private boolean possessive(int i) {
    Token t = tokens.get(i);
    return (t.is('\'') || t.is('\u2019')) && i > 0 && tokens.get(i - 1).word && tokens.get(i - 1).end == t.start
        && t.end < text.length() && Character.isWhitespace(text.charAt(t.end));
  }

  // ---------------------------------------------------------------- roles next to names

  /** Role words right before a person ({@code le policier X}) or in an apposition after it. */
  private void appositions() {
    for (Candidate c : candidates) {
      if (!c.person() || c.role != null) {
        continue;
      }
      int s = tokenAt(c.start);
      int e = tokenAt(c.end - 1);
      int before = lex.endingBefore(Kind.ROLE, tokens, s);
      if (before > 0 && !titleEnds[s - 1]) {
        c.role = text.substring(tokens.get(s - before).start, tokens.get(s - 1).end);
        continue;
      }
      int roleStart = s > 1 && tokens.get(s - 1).is(',') ? rolePhraseBefore(s - 1) : -1;
      if (roleStart >= 0) {
        c.role = text.substring(tokens.get(roleStart).start, tokens.get(s - 2).end).replaceAll("\\s+", " ");
        continue;
      }
      int end = appositionEnd(e);
      if (end > 0 && !titleEnds[end] && !startsTitle(e + 2)) {
        int from = e + 2;
        from += lex.is(Kind.DETERMINER, tokens.get(from)) && from < end ? 1 : 0;
        c.role = text.substring(tokens.get(from).start, tokens.get(end).end).replaceAll("\\s+", " ");
      }
    }
  }

  /**
   * Before a comma at token {@code comma}: the first token of a role phrase ({@code la directrice
   * de l'OIM en Belgique}), found by walking back at most six words to a role word; -1 if none.
   */
  private int rolePhraseBefore(int comma) {
    for (int j = comma - 1; j >= 0 && j >= comma - 6; j--) {
      Token t = tokens.get(j);
      if (!t.word || covered[j] && titleEnds[j] || lex.is(Kind.CONJUNCTION, t)) {
        return -1;
      }
      if (lex.is(Kind.ROLE, t)) {
        return j;
      }
      if (lex.is(Kind.DETERMINER, t)) {
        return -1;
      }
    }
    return -1;
  }

  private boolean startsTitle(int i) {
    for (int j = i; j < tokens.size() && j <= i + 1; j++) {
      Token t = tokens.get(j);
      if (covered[j] && candidates.stream().noneMatch(c -> c.overlaps(t.start, t.end))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- surnames and second mentions

  /**
   * Known surnames alone ({@code Cazeneuve}), and second mentions of people named earlier in the
   * passage by their last name or, for people named by a first name only, by that name.
   */
  private void surnames() {
    List<Gazetteer.Match<Actor>> matches = recogniser.surnames.find(text);
    Set<Integer> surnameStarts = new java.util.HashSet<>();
    matches.forEach(m -> surnameStarts.add(m.start()));
    for (Gazetteer.Match<Actor> m : matches) {
      int a = tokenAt(m.start());
      int b = tokenAt(m.end() - 1);
      if (tokens.get(a).start != m.start() || tokens.get(b).end != m.end() || anyCovered(a, b) || !alone(a, b)) {
        continue;
      }
      boolean ambiguous = lex.is(Kind.AMBIGUOUS_SURNAME, tokens.get(a)) || a == b && firstName(a);
      if (ambiguous && !inClause(a, b)) {
        continue;
      }
      List<Actor> people = m.values();
      List<Actor> named = people.stream().filter(p -> candidates.stream().anyMatch(c -> c.actorId.equals(p.id()) && c.start < m.start())).toList();
      Optional<Actor> chosen;
      if (named.size() == 1) {
        chosen = Optional.of(named.get(0));
      } else if (!ambiguous) {
        chosen = chooseBySurname(people);
      } else if (coordinated(a, b, surnameStarts)) {
        chosen = inOffice(people);
      } else {
        chosen = Optional.empty();
      }
      if (chosen.isPresent()) {
        add(known(m.start(), m.end(), chosen.get()));
        cover(a, b);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.cap && !covered[i] && alone(i, i)) {
        Optional<Candidate> earlier = secondMention(i);
        if (earlier.isPresent()) {
          add(copy(earlier.get(), t.start, t.end));
          cover(i, i);
        }
      }
    }
  }

  /** Whether tokens a..b are joined by a conjunction to a person or a known surname: {@code May and Cazeneuve}. */
  private boolean coordinated(int a, int b, Set<Integer> surnameStarts) {
    if (b + 2 < tokens.size() && lex.is(Kind.CONJUNCTION, tokens.get(b + 1))) {
      int next = tokens.get(b + 2).start;
      if (surnameStarts.contains(next) || candidateStartingAt(next).filter(Candidate::person).isPresent()) {
        return true;
      }
    }
    if (a >= 2 && lex.is(Kind.CONJUNCTION, tokens.get(a - 1))) {
      int end = tokens.get(a - 2).end;
      return candidates.stream().anyMatch(c -> c.person() && c.end == end);
    }
    return false;
  }

  /** Whether tokens a..b are joined to a clause: a conjunction before or after, or a verb after. */
  private boolean inClause(int a, int b) {
    boolean conjunctionBefore = a > 0 && lex.is(Kind.CONJUNCTION, tokens.get(a - 1));
    boolean after = b + 1 < tokens.size() && (lex.is(Kind.CONJUNCTION, tokens.get(b + 1)) || verbLike(tokens.get(b + 1)));
    return conjunctionBefore || after;
  }

  /** The person named earlier whose last word (or only word) is token {@code i}'s word. */
  private Optional<Candidate> secondMention(int i) {
    Token t = tokens.get(i);
    for (int k = candidates.size() - 1; k >= 0; k--) {
      Candidate c = candidates.get(k);
      if (c.person() && c.end <= t.start && !c.fromKnowledge && c.lastWord.equals(t.folded)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether tokens a..b stand alone: no determiner before, no capitalised word glued on either side. */
  private boolean alone(int a, int b) {
    if (a > 0) {
      Token p = tokens.get(a - 1);
      if (lex.is(Kind.DETERMINER, p) || p.word && p.cap && !p.sentenceStart(tokens) && !lex.is(Kind.HONORIFIC, p)) {
        return false;
      }
    }
    return b + 1 >= tokens.size() || !(tokens.get(b + 1).word && tokens.get(b + 1).cap);
  }

  // ---------------------------------------------------------------- titles

  private void roles(List<Gazetteer.Match<OfficeTitle>> titles) {
    Candidate lastHolder = null;
    int lastExtentEnd = -1;
    for (Gazetteer.Match<OfficeTitle> t : titles) {
      int a = tokenAt(t.start());
      int b = tokenAt(t.end() - 1);
      boolean former = false;
      int d = a;
      if (tokens.get(a).start < t.start()) {
        former = lex.is(Kind.FORMER, Gazetteer.fold(text.substring(tokens.get(a).start, t.start()).replace("-", "")));
      } else if (a > 0 && lex.is(Kind.FORMER, tokens.get(a - 1))) {
        former = true;
        d = a - 1;
      }
      if (d > 0 && lex.is(Kind.DETERMINER, tokens.get(d - 1))) {
        d--;
      }
      int spanStart = Math.min(tokens.get(d).start, t.start());
      int complementEnd = complement(b);
      Optional<Country> country = countryIn(b + 1, complementEnd);
      int extentEnd = country.isPresent() ? complementEnd : b;
      String role = text.substring(t.start(), tokens.get(extentEnd).end).replaceAll("\\s+", " ");
      Optional<Office> office = chooseOffice(t.values(), country);

      Optional<Candidate> after = personAfter(extentEnd);
      Optional<Candidate> before = personBefore(d);
      if (lastHolder != null && d > 0 && lex.is(Kind.CONJUNCTION, tokens.get(d - 1)) && lastExtentEnd == d - 2) {
        before = Optional.of(lastHolder);
      }
      Optional<Candidate> holder = after.isPresent() ? after : before;
      if (holder.isPresent()) {
        Candidate h = holder.get();
        if (h.role == null) {
          h.role = role;
          h.office = heldOffice(h, t.values(), office).orElse(null);
        }
        lastHolder = h;
        lastExtentEnd = extentEnd;
        continue;
      }
      lastHolder = null;
      if (former || office.isEmpty()) {
        continue;
      }
      if (complementEnd > b && country.isEmpty() && !tokens.get(b + 2).number) {
        continue;
      }
      add(byRole(spanStart, tokens.get(extentEnd).end, office.get(), role));
    }
  }

  /**
   * After a title ending at token {@code b}, the last token of a "de ..."/"of ..." complement: up to a
   * nationality or country name, a capitalised word or a number, within five words; or {@code b}.
   */
  private int complement(int b) {
    int k = b + 1;
    if (k + 1 >= tokens.size() || !lex.is(Kind.GENITIVE, tokens.get(k))) {
      return b;
    }
    int last = b;
    for (int j = k + 1; j < tokens.size() && j <= k + 5; j++) {
      Token t = tokens.get(j);
      if (!t.word || lex.is(Kind.CONJUNCTION, t) || lex.is(Kind.HONORIFIC, t) || t.lineStart && t.cap) {
        break;
      }
      Optional<Map.Entry<Country, Integer>> n = lex.nationalityAt(tokens, j);
      if (n.isPresent()) {
        return j + n.get().getValue() - 1;
      }
      last = j;
      if (t.cap || t.number) {
        break;
      }
    }
    return last;
  }

  /** The country a complement names, by a nationality word or a country name. */
  private Optional<Country> countryIn(int from, int to) {
    for (int i = from; i <= to && i < tokens.size(); i++) {
      Optional<Map.Entry<Country, Integer>> n = lex.nationalityAt(tokens, i);
      if (n.isPresent()) {
        return Optional.of(n.get().getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The office a title means: the one of the country named, else the only one, else the default
   * reading, in the passage's language first.
   */
  private Optional<Office> chooseOffice(List<OfficeTitle> readings, Optional<Country> country) {
    List<OfficeTitle> own = readings.stream().filter(r -> r.language().equals(lex.language)).toList();
    List<OfficeTitle> rows = own.isEmpty() ? readings : own;
    if (country.isPresent()) {
      Optional<Office> of =
          rows.stream()
              .map(r -> knowledge.office(r.office()).orElseThrow())
              .filter(o -> o.country().equals(country.get()))
              .findFirst();
      if (of.isPresent()) {
        return of;
      }
    }
    Optional<OfficeTitle> pick =
        rows.stream().map(OfficeTitle::office).distinct().count() == 1
            ? rows.stream().findFirst()
            : rows.stream().filter(OfficeTitle::isDefault).findFirst().or(() -> rows.stream().findFirst());
    return pick.flatMap(r -> knowledge.office(r.office()));
  }

  /**
   * The office a title next to a person names: among the title's readings, one the person held
   * according to the knowledge base (the chosen one first); none for people it does not know.
   */
  private Optional<String> heldOffice(Candidate person, List<OfficeTitle> readings, Optional<Office> chosen) {
    List<String> held = knowledge.tenuresOf(person.actorId).stream().map(Tenure::office).toList();
    if (chosen.isPresent() && held.contains(chosen.get().id())) {
      return Optional.of(chosen.get().id());
    }
    return readings.stream().map(OfficeTitle::office).filter(held::contains).findFirst();
  }

  /** A person candidate right after token {@code i}, past commas, colons and honorifics. */
  private Optional<Candidate> personAfter(int i) {
    int j = i + 1;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      int honorific = lex.startingAt(Kind.HONORIFIC, tokens, j);
      if (t.is(',') || t.is(':')) {
        j++;
      } else if (honorific > 0) {
        j += honorific;
      } else {
        break;
      }
    }
    if (j >= tokens.size() || tokens.get(j).paragraphStart) {
      return Optional.empty();
    }
    return candidateStartingAt(tokens.get(j).start).filter(Candidate::person);
  }

  /** A person candidate ending right before token {@code d}, with one comma between. */
  private Optional<Candidate> personBefore(int d) {
    if (d < 2 || !tokens.get(d - 1).is(',')) {
      return Optional.empty();
    }
    int end = tokens.get(d - 2).end;
    return candidates.stream().filter(c -> c.person() && c.end == end).findFirst();
  }

  /** A person read from a role: the holder at the reference date, or the role itself. */
  private Candidate byRole(int start, int end, Office office, String role) {
    List<Actor> holders = date.map(d -> knowledge.holdersOf(office.id(), d)).orElse(ImmutableList.of());
    Candidate c;
    if (holders.size() == 1) {
      c = known(start, end, holders.get(0));
      c.byRole = true;
    } else {
      c = new Candidate(start, end, ActorReading.ROLE + office.id(), office.title(), ActorKind.PERSON, Optional.of(office.country()), false);
    }
    c.role = role;
    c.office = office.id();
    return c;
  }

  // ---------------------------------------------------------------- counterparts

  /**
   * {@code son homologue britannique} / {@code his British counterpart}: next to a name, a role of
   * that person; alone, the holder of the counterpart abroad of the office of the last person named.
   */
  private void counterparts() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!lex.is(Kind.COUNTERPART, t)) {
        continue;
      }
      int first = i;
      int last = i;
      Optional<Map.Entry<Country, Integer>> nationality = lex.nationalityAt(tokens, i + 1);
      if (nationality.isPresent()) {
        last = i + nationality.get().getValue();
      } else if (i > 0 && lex.nationalityAt(tokens, i - 1).map(n -> n.getValue() == 1).orElse(false)) {
        nationality = lex.nationalityAt(tokens, i - 1);
        first = i - 1;
      } else {
        continue;
      }
      Country country = nationality.get().getKey();
      int d = first > 0 && lex.is(Kind.DETERMINER, tokens.get(first - 1)) ? first - 1 : first;
      String role = text.substring(tokens.get(first).start, tokens.get(last).end).replaceAll("\\s+", " ");
      Optional<Candidate> named = personAfter(last);
      if (named.isPresent()) {
        if (named.get().role == null) {
          named.get().role = role;
        }
        continue;
      }
      int start = tokens.get(d).start;
      int end = tokens.get(last).end;
      counterpartOf(start, country).ifPresent(office -> add(byRole(start, end, office, role)));
    }
  }

  /** The office abroad, in {@code country}, matching that of the last person named before {@code start}. */
  private Optional<Office> counterpartOf(int start, Country country) {
    for (int k = candidates.size() - 1; k >= 0; k--) {
      Candidate c = candidates.get(k);
      if (c.kind != ActorKind.PERSON || c.start >= start) {
        continue;
      }
      List<String> offices = new ArrayList<>();
      if (c.office != null) {
        offices.add(c.office);
      } else if (date.isPresent()) {
        knowledge.tenuresOf(c.actorId).stream().filter(x -> x.heldOn(date.get())).map(Tenure::office).forEach(offices::add);
      }
      for (String o : offices) {
        Optional<Office> abroad = knowledge.counterpart(o, country);
        if (abroad.isPresent() && !abroad.get().id().equals(o)) {
          return abroad;
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- helpers

  private Candidate known(int start, int end, Actor actor) {
    return new Candidate(start, end, actor.id(), actor.name(), actor.kind(), actor.country(), true);
  }

  private Candidate copy(Candidate c, int start, int end) {
    Candidate out = new Candidate(start, end, c.actorId, c.name, c.kind, c.country, c.fromKnowledge);
    out.note = c.note;
    return out;
  }

  private void add(Candidate c) {
    int at = candidates.size();
    while (at > 0 && candidates.get(at - 1).start > c.start) {
      at--;
    }
    candidates.add(at, c);
  }

  private Optional<Candidate> candidateStartingAt(int start) {
    return candidates.stream().filter(c -> c.start == start).findFirst();
  }

  private void cover(int a, int b) {
    for (int i = a; i <= b; i++) {
      covered[i] = true;
    }
  }

  private boolean anyCovered(int a, int b) {
    for (int i = a; i <= b; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /** Index of the token containing char {@code offset} (or the next token after it). */
  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** A lowercase ASCII slug of a folded name: {@code jean-pierre-vandenabeele}. */
  static String slug(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "unnamed" : out.substring(0, end);
  }
}
