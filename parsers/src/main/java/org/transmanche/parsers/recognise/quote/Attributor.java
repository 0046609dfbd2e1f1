package org.transmanche.parsers.recognise.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;

/**
 * Finds who said each quote of one passage. A new instance serves one call of {@link
 * QuoteRecogniser#recognise(Passage)}; it is not shared between threads.
 *
 * <p>Each quote first gets an attribution of its own, tried in this order:
 *
 * <ol>
 *   <li>{@code verb-after}: a speech verb right after the quote, with the speaker after it ("», a
 *       indiqué le ministère", "», lâche Jeanne", "», a-t-il dit", "," said Philippe Leclerc) or,
 *       when the quote ends with a comma, before it ("," he said", "," Ghabrai, 28, said). Only an
 *       inverted pronoun ("» dit-il") may follow the quote without a comma (or a quote ending with ?
 *       or !), so that "les « small boats » inquiètent Londres" is not an attribution; verbs that
 *       report speech only as reflexives ("s'énerve", "se souvient") need their particle. {@code
 *       selon} for "», selon X" and "," according to X";
 *   <li>{@code colon}: the quote follows a colon; the speaker is the subject of a speech verb in the
 *       clause before the colon ("X said:", "X told the BBC:", "Elle a écrit :") or, with no verb,
 *       the first actor of that clause ("Jean Dupont est le directeur du port :");
 *   <li>{@code verb-before}: the text before the quote ends with a speech verb, possibly followed by
 *       "que"/"that" ("Il prévient "…"", "X a déclaré que « … »"); the subject must be a pronoun or an
 *       actor;
 *   <li>{@code selon}: the clause before the quote starts with a source marker ("Selon X, « … »",
 *       "According to X, "…"", and "Pour X, … « … »" when an actor follows "pour" at once);
 *   <li>{@code incise}: a speech clause set off by commas inside the quote ("« …, raconte Martin. …
 *       »").
 * </ol>
 *
 * <p>Quotes still without one then borrow, in this order: {@code same-sentence}, from the nearest
 * attributed quote of the same sentence ("d'aider Calais" and "un certain nombre", a précisé X);
 * {@code continued}, from the quote of the previous paragraph that this one continues; {@code
 * previous-sentence}, for a quote that makes up a whole sentence, from the last attributed quote of
 * the previous sentence or else that sentence's first person. Others get {@code none}.
 *
 * <p>Speakers are actor mentions already in the passage: in a span, the first person if there is one,
 * else the first actor. A pronoun ("il", "she", "a-t-elle") is resolved to the first person named
 * before the quote in the quote's own sentence; failing that, going back at most {@value
 * #PRONOUN_SENTENCES} sentences, to the person speaker of the last quote of the sentence or else the
 * first person named in it (outside quotes). Subjects come first in both languages, so this beats
 * the nearest person ("la ministre Anne Martin a dit qu'elle en parlera avec John Smith …").
 * Plural and impersonal pronouns are not resolved.
 */
final class Attributor {

  /** How many sentences before a quote a pronoun may look for its person. */
  static final int PRONOUN_SENTENCES = 8;

  private static final int HEAD_TOKENS = 60;
  private static final int TAIL_TOKENS = 40;
  private static final int HEAD_CHARS = 800;

  /**
   * A found attribution, spans in passage-local offsets ({@code -1} when there is no speaker text).
   */
  record Attribution(String kind, Optional<Mention> speaker, int speakerStart, int speakerEnd) {
    Attribution as(String newKind) {
      return new Attribution(newKind, speaker, speakerStart, speakerEnd);
    }
  }

  /** An actor mention in passage-local offsets. */
  private record Actor(int start, int end, Mention mention, boolean person) {}

  private final QuoteLexicon lex;
  private final String text;
  private final List<Marks.Quote> quotes;
  private final Sentences sentences;
  private final List<Actor> actors;
  private final int[] actorStarts;
  private final Attribution[] result;
  /** For each actor index, the index of the first person at or after it outside the quotes; -1 if none. */
  private final int[] nextPerson;
  /** The actor mentions that name persons. */
  private final Set<Mention> persons = new HashSet<>();

  Attributor(QuoteLexicon lex, Passage passage, List<Marks.Quote> quotes, Sentences sentences, Predicate<? super Mention> isPerson) {
    this.lex = lex;
    this.text = passage.text();
    this.quotes = quotes;
    this.sentences = sentences;
    List<Actor> as = new ArrayList<>();
    for (Mention m : passage.mentions("actor")) {
      int s = m.start() - passage.offset();
      int e = m.end() - passage.offset();
      if (s >= 0 && e <= text.length() && s < e) {
        as.add(new Actor(s, e, m, isPerson.test(m)));
      }
    }
    as.sort(Comparator.comparingInt(Actor::start).thenComparing(Comparator.comparingInt(Actor::end).reversed()));
    this.actors = as;
    this.actorStarts = as.stream().mapToInt(Actor::start).toArray();
    this.result = new Attribution[quotes.size()];
    as.stream().filter(Actor::person).forEach(a -> persons.add(a.mention()));
    this.nextPerson = new int[as.size()];
    for (int i = as.size() - 1, next = -1; i >= 0; i--) {
      if (as.get(i).person() && !insideQuote(as.get(i).start())) {
        next = i;
      }
      nextPerson[i] = next;
    }
  }

  /** The attribution of each quote, in the order of the quotes; {@code null} for none. */
  Attribution[] run() {
    int n = quotes.size();
    for (int k = 0; k < n; k++) {
      result[k] = own(k);
    }
    Attribution[] own = Arrays.copyOf(result, n);
    int[] sentenceOf = new int[n];
    for (int k = 0; k < n; k++) {
      sentenceOf[k] = sentences.indexOf(quotes.get(k).open());
    }
    int[] before = new int[n];
    for (int k = 0, last = -1; k < n; k++) {
      before[k] = last >= 0 && sentenceOf[last] == sentenceOf[k] ? last : -1;
      if (own[k] != null) {
        last = k;
      }
    }
    int[] after = new int[n];
    for (int k = n - 1, next = -1; k >= 0; k--) {
      after[k] = next >= 0 && sentenceOf[next] == sentenceOf[k] ? next : -1;
      if (own[k] != null) {
        next = k;
      }
    }
    for (int k = 0; k < n; k++) {
      if (result[k] == null) {
        int j = nearest(k, before[k], after[k]);
        if (j >= 0) {
          result[k] = own[j].as(QuoteReading.SAME_SENTENCE);
        }
      }
    }
    for (int k = 0; k < n; k++) {
      if (result[k] != null) {
        continue;
      }
      if (quotes.get(k).continues() && k > 0 && result[k - 1] != null) {
        result[k] = result[k - 1].as(QuoteReading.CONTINUED);
      } else if (alone(k)) {
        result[k] = previousSentence(k);
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- own attribution

  private Attribution own(int k) {
    Marks.Quote q = quotes.get(k);
    int s = sentences.indexOf(q.open());
    int sentStart = sentences.start(s);
    int sentEnd = sentences.end(s);
    int headFrom = Math.max(sentStart, k > 0 ? quotes.get(k - 1).end() : 0);
    headFrom = Math.max(headFrom, q.open() - HEAD_CHARS);
    int tailTo = k + 1 < quotes.size() ? Math.min(sentEnd, quotes.get(k + 1).open()) : sentEnd;
    tailTo = Math.max(tailTo, q.end());

    List<Token> tail = first(lex.tokens.of(text, q.end(), tailTo), TAIL_TOKENS);
    boolean commaSeen = endsWithComma(q);
    Attribution a = after(tail, 0, commaSeen, q.open(), QuoteReading.VERB_AFTER, false);
    if (a != null) {
      return a;
    }
    List<Token> head = last(lex.tokens.of(text, headFrom, q.open()), HEAD_TOKENS);
    a = head(head, q.open());
    if (a != null) {
      return a;
    }
    return incise(q);
  }

  /** Whether the quoted words are followed, inside or just outside the closing mark, by , ? or !. */
  private boolean endsWithComma(Marks.Quote q) {
    for (int i = q.innerEnd(); i < q.end(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        return true;
      }
    }
    if (q.innerEnd() > q.innerStart()) {
      char c = text.charAt(q.innerEnd() - 1);
      if (c == '?' || c == '!') {
        return true;
      }
    }
    int k = Sentences.skipSpaces(text, q.end());
    return k < text.length() && text.charAt(k) == ',';
  }

  /**
   * An attribution clause starting at {@code toks[i]}: after a quote (the tail) or after a comma
   * inside it ({@code incise}, which also requires the clause to end at a comma, a full stop or the
   * end of the quote).
   */
  private Attribution after(List<Token> toks, int i, boolean commaSeen, int quoteOpen, String kind, boolean incise) {
    int j = i;
    while (j < toks.size() && (toks.get(j).is(',') || toks.get(j).is('—') || toks.get(j).is('–') || toks.get(j).is('-'))) {
      commaSeen |= toks.get(j).is(',');
      j++;
    }
    if (j >= toks.size()) {
      return null;
    }
    int len = lex.sources.match(toks, j);
    if (len > 0) {
      int k = j + len;
      if (k < toks.size() && lex.personPronouns.match(toks, k) == 1 && endOk(toks, k + 1, incise)) {
        return pronoun(QuoteReading.SELON, toks.get(k), toks.get(k).norm(), quoteOpen);
      }
      return nounPhraseAfter(QuoteReading.SELON, toks, k, incise);
    }
    j = skipAdverbs(toks, j);
    j += lex.objectPronouns.match(toks, j);
    int refl = lex.reflexives.match(toks, j);
    if (j + refl >= toks.size()) {
      return null;
    }
    Token t = toks.get(j + refl);
    Optional<String> base = t.word() ? lex.inversionBase(t.norm()) : Optional.empty();
    if (base.isPresent()) {
      if (lex.verbs.contains(base.get()) || (refl > 0 && lex.reflexiveVerbs.contains(base.get()))) {
        return endOk(toks, j + refl + 1, incise) ? inverted(kind, t, quoteOpen) : null;
      }
      if (lex.auxiliaries.contains(base.get())) {
        int k = skipAdverbs(toks, j + refl + 1);
        int v = speechVerb(toks, k, refl > 0);
        if (v > 0 && endOk(toks, k + v, incise)) {
          return inverted(kind, t, quoteOpen);
        }
      }
      return null;
    }
    if (commaSeen || incise) {
      int k = j + refl;
      int aux = lex.auxiliaries.match(toks, k);
      if (aux > 0) {
        int k2 = skipAdverbs(toks, k + aux);
        int v = speechVerb(toks, k2, refl > 0);
        if (v > 0) {
          return nounPhraseAfter(kind, toks, k2 + v, incise);
        }
      }
      int v = speechVerb(toks, k, refl > 0);
      if (v > 0) {
        return nounPhraseAfter(kind, toks, k + v, incise);
      }
    }
    if (refl > 0) {
      return null;
    }
    if (isPronoun(toks, j)) {
      int k2 = skipAdverbs(toks, j + 1);
      k2 = skipAdverbs(toks, k2 + lex.auxiliaries.match(toks, k2));
      int v2 = lex.verbs.match(toks, k2);
      if (v2 > 0 && (commaSeen || incise) && afterVerbOk(toks, k2 + v2) && endOk(toks, k2 + v2, incise)) {
        return pronoun(kind, t, t.norm(), quoteOpen);
      }
      return null;
    }
    if (incise || !commaSeen) {
      return null;
    }
    if (!(t.capitalised() || lex.determiners.match(toks, j) > 0 || lex.titles.match(toks, j) > 0)) {
      return null;
    }
    for (int m = j + 1; m < toks.size() && m <= j + 8; m++) {
      Token u = toks.get(m);
      if (u.endsClause() || u.quoteMark()) {
        return null;
      }
      int a = lex.auxiliaries.match(toks, m);
      int m2 = a > 0 ? skipAdverbs(toks, m + a) : m;
      int v2 = lex.verbs.match(toks, m2);
      if (v2 > 0 && afterVerbOk(toks, m2 + v2)) {
        return nounPhraseBefore(kind, toks, j, m, true, quoteOpen);
      }
    }
    return null;
  }

  /** The speaker named by the noun phrase starting at {@code toks[j]}, after a verb or a marker. */
  private Attribution nounPhraseAfter(String kind, List<Token> toks, int j, boolean incise) {
    j = skipAdverbs(toks, j);
    for (int pp = 0; pp < 2 && j < toks.size(); pp++) {
      int p = lex.prepositions.match(toks, j);
      if (p == 0) {
        break;
      }
      int k = j + p;
      k += lex.determiners.match(toks, k);
      if (k < toks.size() && toks.get(k).word()) {
        k++;
      }
      j = skipAdverbs(toks, k);
    }
    if (j >= toks.size()) {
      return null;
    }
    Token first = toks.get(j);
    boolean ok = lex.determiners.match(toks, j) > 0
        || lex.titles.match(toks, j) > 0
        || first.capitalised()
        || actorAt(first.start()) != null;
    if (!ok || !first.word()) {
      return null;
    }
    int e = j;
    while (e < toks.size() && e - j < 15) {
      Token t = toks.get(e);
      if (t.is('.') && e > j && lex.titles.contains(toks.get(e - 1).norm())) {
        e++;
        continue;
      }
      if (t.endsClause() || t.quoteMark() || t.is('(') || t.is(')') || t.is('[')) {
        break;
      }
      if (t.is(',')) {
        if (e + 1 < toks.size() && (toks.get(e + 1).capitalised() || lex.titles.match(toks, e + 1) > 0)) {
          e++;
          continue;
        }
        break;
      }
      e++;
    }
    if (!endOk(toks, e, incise)) {
      return null;
    }
    int from = toks.get(j).start();
    int to = toks.get(e - 1).end();
    Actor a = chooseActor(from, to);
    if (a != null) {
      boolean commaBefore = false;
      for (int x = j; x < e && toks.get(x).start() < a.start(); x++) {
        commaBefore |= toks.get(x).is(',');
      }
      int start = commaBefore ? extendLeft(toks, a.start(), j) : Math.min(from, a.start());
      return new Attribution(kind, Optional.of(a.mention()), start, Math.max(a.end(), start));
    }
    int stop = e;
    for (int x = j; x < e; x++) {
      if (toks.get(x).is(',')) {
        stop = x;
        break;
      }
    }
    stop = Math.min(stop, j + 10);
    return new Attribution(kind, Optional.empty(), from, toks.get(stop - 1).end());
  }

  /**
   * The speaker named before a verb at {@code toks[verb]}, in the clause starting at {@code
   * toks[from]}: a pronoun just before the verb, else the first person (or actor) of the clause,
   * else (if {@code bare}) the words just before the verb back to a determiner.
   */
  private Attribution nounPhraseBefore(String kind, List<Token> toks, int from, int verb, boolean bare, int quoteOpen) {
    int x = verb - 1;
    for (int steps = 0; x >= from && steps < 4; steps++) {
      if (isPronoun(toks, x) && !lex.objectPronouns.contains(toks.get(x).norm())) {
        break;
      }
      int w = Math.max(Math.max(lex.auxiliaries.matchEndingAt(toks, x), lex.adverbs.matchEndingAt(toks, x)),
          Math.max(lex.reflexives.matchEndingAt(toks, x), lex.objectPronouns.matchEndingAt(toks, x)));
      if (w == 0) {
        break;
      }
      x -= w;
    }
    if (x >= from && isPronoun(toks, x)) {
      return pronoun(kind, toks.get(x), toks.get(x).norm(), quoteOpen);
    }
    if (verb <= from) {
      return null;
    }
    Actor a = chooseActor(toks.get(from).start(), toks.get(verb).start());
    if (a != null) {
      return new Attribution(kind, Optional.of(a.mention()), extendLeft(toks, a.start(), from), a.end());
    }
    if (!bare || x < from) {
      return null;
    }
    int startTok = -1;
    for (int y = x; y >= from && x - y < 6; y--) {
      Token t = toks.get(y);
      if (!t.word()) {
        break;
      }
      if (lex.determiners.contains(t.norm()) || lex.titles.contains(t.norm())) {
        startTok = y;
        break;
      }
      if (lex.prepositions.contains(t.norm()) || lex.complementisers.contains(t.norm()) || lex.verbs.contains(t.norm())) {
        break;
      }
      startTok = y;
    }
    if (startTok < 0) {
      return null;
    }
    return new Attribution(kind, Optional.empty(), toks.get(startTok).start(), toks.get(x).end());
  }

  /** Attribution read from the text between the sentence start (or the previous quote) and the quote. */
  private Attribution head(List<Token> toks, int quoteOpen) {
    if (toks.isEmpty()) {
      return null;
    }
    int last = toks.size() - 1;
    if (toks.get(last).is(':')) {
      int cs = clauseStart(toks, last);
      for (int v = last - 1; v >= cs; v--) {
        Token t = toks.get(v);
        Optional<String> base = t.word() ? lex.inversionBase(t.norm()) : Optional.empty();
        if (base.isPresent() && lex.verbs.contains(base.get())) {
          return inverted(QuoteReading.COLON, t, quoteOpen);
        }
        int len = lex.verbs.matchEndingAt(toks, v);
        if (len > 0) {
          Attribution a = nounPhraseBefore(QuoteReading.COLON, toks, cs, v - len + 1, true, quoteOpen);
          if (a != null) {
            return a;
          }
          break;
        }
      }
      if (cs < last) {
        Actor a = chooseActor(toks.get(cs).start(), toks.get(last).start());
        if (a != null) {
          return new Attribution(QuoteReading.COLON, Optional.of(a.mention()), extendLeft(toks, a.start(), cs), a.end());
        }
      }
      return null;
    }
    int e = last;
    e -= lex.complementisers.matchEndingAt(toks, e);
    for (int steps = 0; e >= 0 && steps < 3; steps++) {
      int w = lex.adverbs.matchEndingAt(toks, e);
      if (w == 0) {
        break;
      }
      e -= w;
    }
    if (e >= 0) {
      Token t = toks.get(e);
      Optional<String> base = t.word() ? lex.inversionBase(t.norm()) : Optional.empty();
      if (base.isPresent() && lex.verbs.contains(base.get())) {
        return inverted(QuoteReading.VERB_BEFORE, t, quoteOpen);
      }
      int len = lex.verbs.matchEndingAt(toks, e);
      if (len > 0) {
        Attribution a = nounPhraseBefore(QuoteReading.VERB_BEFORE, toks, clauseStart(toks, e), e - len + 1, false, quoteOpen);
        if (a != null) {
          return a;
        }
      }
    }
    return sourceBefore(toks, quoteOpen);
  }

  /** "Selon X, « … »", "According to X, "…"", "Pour X, … « … »". */
  private Attribution sourceBefore(List<Token> toks, int quoteOpen) {
    for (int m = toks.size() - 1; m >= 0; m--) {
      int len = lex.sources.match(toks, m);
      boolean actorOnly = false;
      if (len == 0) {
        len = lex.actorSources.match(toks, m);
        actorOnly = len > 0;
      }
      if (len == 0) {
        continue;
      }
      if (m > 0 && !(toks.get(m - 1).is(',') || toks.get(m - 1).endsClause() || toks.get(m - 1).is('—'))) {
        continue;
      }
      int j = m + len;
      int e = j;
      while (e < toks.size() && e - j < 12 && !toks.get(e).is(',') && !toks.get(e).endsClause() && !toks.get(e).quoteMark()) {
        e++;
      }
      if (e == j) {
        continue;
      }
      if (e == j + 1 && lex.personPronouns.match(toks, j) == 1) {
        return pronoun(QuoteReading.SELON, toks.get(j), toks.get(j).norm(), quoteOpen);
      }
      Actor a = chooseActor(toks.get(j).start(), toks.get(e - 1).end());
      if (actorOnly) {
        int k = j;
        while (k < e && (lex.determiners.match(toks, k) > 0 || lex.titles.match(toks, k) > 0)) {
          k += Math.max(lex.determiners.match(toks, k), lex.titles.match(toks, k));
        }
        if (a == null || k >= e || a.start() != toks.get(k).start()) {
          continue;
        }
      }
      if (a != null) {
        return new Attribution(QuoteReading.SELON, Optional.of(a.mention()), extendLeft(toks, a.start(), j), a.end());
      }
      if (!actorOnly) {
        return new Attribution(QuoteReading.SELON, Optional.empty(), toks.get(j).start(), toks.get(e - 1).end());
      }
    }
    return null;
  }

  /** A speech clause set off by a comma or a dash inside the quote. */
  private Attribution incise(Marks.Quote q) {
    List<Token> toks = lex.tokens.of(text, q.innerStart(), q.innerEnd());
    for (int c = 0; c < toks.size(); c++) {
      Token t = toks.get(c);
      if (t.is(',') || t.is('—') || t.is('–')) {
        Attribution a = after(toks, c + 1, true, q.open(), QuoteReading.INCISE, true);
        if (a != null) {
          return a.kind().equals(QuoteReading.SELON) ? a : a.as(QuoteReading.INCISE);
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- borrowed attribution

  /** Of the attributed quotes just before and after {@code k} ({@code -1} for none), the nearer; after wins ties. */
  private static int nearest(int k, int before, int after) {
    if (before < 0 || after < 0) {
      return Math.max(before, after);
    }
    return after - k <= k - before ? after : before;
  }

  /** Whether quote {@code k} makes up its whole sentence, punctuation aside. */
  private boolean alone(int k) {
    Marks.Quote q = quotes.get(k);
    int s = sentences.indexOf(q.open());
    if ((k > 0 && quotes.get(k - 1).end() > sentences.start(s))
        || (k + 1 < quotes.size() && quotes.get(k + 1).open() < sentences.end(s))) {
      return false;
    }
    return !hasWord(sentences.start(s), q.open()) && !hasWord(q.end(), sentences.end(s));
  }

  private boolean hasWord(int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (Tokens.isWordChar(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private Attribution previousSentence(int k) {
    int s = sentences.indexOf(quotes.get(k).open());
    if (s == 0) {
      return null;
    }
    int from = sentences.start(s - 1);
    int to = sentences.end(s - 1);
    for (int j = k - 1; j >= 0 && quotes.get(j).open() >= from; j--) {
      if (quotes.get(j).open() < to && result[j] != null) {
        return result[j].as(QuoteReading.PREVIOUS_SENTENCE);
      }
    }
    Actor a = firstPerson(from, to);
    return a == null ? null : new Attribution(QuoteReading.PREVIOUS_SENTENCE, Optional.of(a.mention()), a.start(), a.end());
  }

  // ---------------------------------------------------------------- speakers

  private Attribution inverted(String kind, Token t, int quoteOpen) {
    String p = lex.inversionPronoun(t.norm()).orElse("");
    int start = Math.max(t.start(), t.end() - p.length());
    return new Attribution(kind, resolve(p, quoteOpen), start, t.end());
  }

  private Attribution pronoun(String kind, Token t, String norm, int quoteOpen) {
    return new Attribution(kind, resolve(norm, quoteOpen), t.start(), t.end());
  }

  /** The person a pronoun stands for, by the rule in the class comment. */
  private Optional<Mention> resolve(String pronoun, int quoteOpen) {
    if (!lex.personPronouns.contains(pronoun)) {
      return Optional.empty();
    }
    int s = sentences.indexOf(Math.min(quoteOpen, text.length() - 1));
    Actor a = firstPerson(sentences.start(s), quoteOpen);
    if (a != null) {
      return Optional.of(a.mention());
    }
    int k = quoteIndexAtOrAfter(sentences.start(s)) - 1;
    for (int d = 1; d <= PRONOUN_SENTENCES && s - d >= 0; d++) {
      int from = sentences.start(s - d);
      int to = sentences.end(s - d);
      for (; k >= 0 && quotes.get(k).open() >= from; k--) {
        Attribution r = result[k];
        if (quotes.get(k).open() < to && r != null && r.speaker().isPresent() && isPersonMention(r.speaker().get())) {
          return r.speaker();
        }
      }
      a = firstPerson(from, to);
      if (a != null) {
        return Optional.of(a.mention());
      }
    }
    return Optional.empty();
  }

  private boolean isPersonMention(Mention m) {
    return persons.contains(m);
  }

  private int quoteIndexAtOrAfter(int pos) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).open() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first person named in {@code [from, to)} outside the quotes. */
  private Actor firstPerson(int from, int to) {
    int i = firstActorFrom(from);
    if (i >= actors.size()) {
      return null;
    }
    int p = nextPerson[i];
    return p >= 0 && actors.get(p).start() < to ? actors.get(p) : null;
  }

  /** In {@code [from, to)}: the first person, else the first actor; null if none starts there. */
  private Actor chooseActor(int from, int to) {
    Actor firstAny = null;
    for (int i = firstActorFrom(from); i < actors.size() && actors.get(i).start() < to; i++) {
      Actor a = actors.get(i);
      if (a.person()) {
        return a;
      }
      if (firstAny == null) {
        firstAny = a;
      }
    }
    return firstAny;
  }

  private Actor actorAt(int start) {
    int i = firstActorFrom(start);
    return i < actors.size() && actors.get(i).start() == start ? actors.get(i) : null;
  }

  private int firstActorFrom(int from) {
    int i = Arrays.binarySearch(actorStarts, from);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && actorStarts[i - 1] == from) {
      i--;
    }
    return i;
  }

  private boolean insideQuote(int pos) {
    int k = quoteIndexAtOrAfter(pos + 1) - 1;
    return k >= 0 && quotes.get(k).open() <= pos && pos < quotes.get(k).end();
  }

  /** {@code start} moved left over the determiners and titles just before it (not before {@code toks[from]}). */
  private int extendLeft(List<Token> toks, int start, int from) {
    int t0 = 0;
    while (t0 < toks.size() && toks.get(t0).start() < start) {
      t0++;
    }
    int cur = t0;
    for (int steps = 0; steps < 3; steps++) {
      boolean moved = false;
      for (int len = 2; len >= 1 && !moved; len--) {
        int x = cur - len;
        if (x >= from && (lex.titles.match(toks, x) == len || lex.determiners.match(toks, x) == len)) {
          cur = x;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    return cur < t0 ? toks.get(cur).start() : start;
  }

  // ---------------------------------------------------------------- token helpers

  /** Length of the speech verb at {@code toks[k]}, reflexive-only verbs included after a particle; 0 if none. */
  private int speechVerb(List<Token> toks, int k, boolean reflexive) {
    int v = lex.verbs.match(toks, k);
    return v > 0 || !reflexive ? v : lex.reflexiveVerbs.match(toks, k);
  }

  private boolean isPronoun(List<Token> toks, int j) {
    return j >= 0 && j < toks.size() && (lex.personPronouns.match(toks, j) == 1 || lex.groupPronouns.match(toks, j) == 1);
  }

  private int skipAdverbs(List<Token> toks, int j) {
    for (int steps = 0; steps < 4 && j < toks.size(); steps++) {
      int a = lex.adverbs.match(toks, j);
      if (a == 0) {
        break;
      }
      j += a;
    }
    return j;
  }

  /** After a verb that follows its subject: nothing, punctuation, a preposition or an adverb. */
  private boolean afterVerbOk(List<Token> toks, int x) {
    if (x >= toks.size()) {
      return true;
    }
    Token t = toks.get(x);
    if (!t.word()) {
      return t.is(',') || t.endsClause() || t.quoteMark() || t.is('(') || t.is(')') || t.is('—') || t.is('–');
    }
    return lex.prepositions.match(toks, x) > 0 || lex.adverbs.match(toks, x) > 0;
  }

  /** For an incise, whether the clause ends at {@code toks[x]}; always true otherwise. */
  private static boolean endOk(List<Token> toks, int x, boolean incise) {
    if (!incise || x >= toks.size()) {
      return true;
    }
    Token t = toks.get(x);
    return t.is(',') || t.endsClause() || t.is('—') || t.is('–');
  }

  private static int clauseStart(List<Token> toks, int before) {
    for (int i = before - 1; i >= 0; i--) {
      Token t = toks.get(i);
      if (t.is(';') || t.is(':') || t.is('.') || t.is('!') || t.is('?')) {
        return i + 1;
      }
    }
    return 0;
  }

  private static List<Token> first(List<Token> toks, int n) {
    return toks.size() <= n ? toks : toks.subList(0, n);
  }

  private static List<Token> last(List<Token> toks, int n) {
    return toks.size() <= n ? toks : toks.subList(toks.size() - n, toks.size());
  }
}
