package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Document;
import org.transmanche.model.Evidence;
import org.transmanche.model.Figure;
import org.transmanche.model.ImmutableActor;
import org.transmanche.model.ImmutableAgreement;
import org.transmanche.model.ImmutableDeployment;
import org.transmanche.model.ImmutableFigure;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.parsers.reconcile.PledgeMerge;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Precision;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.model.Resource;
import org.transmanche.model.Role;
import org.transmanche.model.Statement;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.quote.QuoteReading;

/**
 * Turns the mentions of one document into facts with evidence. Rules are general and driven by the
 * word lists of {@code resources/org/transmanche/parsers/extract/}:
 *
 * <ul>
 *   <li><b>statements</b>: every quote with a resolved speaker (a quoted word with no speaker is not
 *       a statement);
 *   <li><b>pledges</b>: a sentence with an amount and a pledge word ("financer", "pledged"), or a
 *       funding/in-kind word with a stated giver; the giver is the state named after "par"/"by"
 *       (or after "des"/"from" with "obtenu"/"obtained"), else the first state or actor with a
 *       country before the trigger, else the nearest one earlier in the document;
 *   <li><b>deployments</b>: a resource word ("policiers", "fences") in a sentence that also has a
 *       deployment word, a place or a count; one deployment per resource kind and sentence;
 *   <li><b>agreements</b>: well-known agreements by name (kept as mentioned only), and agreement
 *       words that the sentence reports concluded, or that name their parties
 *       ("franco-belge", "entre la Belgique et les Pays-Bas");
 *   <li><b>figures</b>: counts and percentages that are not part of a deployment, and amounts of
 *       money that are not pledged.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FactExtractor {

  private static final ImmutableSet<String> GIVER_AFTER = ImmutableSet.of("par", "by", "from", "des", "de");
  private static final ImmutableSet<String> RECEIVE_WORDS =
      ImmutableSet.of("obtenu", "obtient", "obtenir", "obtained", "received", "receives", "recu", "recoit", "secured");
  private static final ImmutableSet<String> PURPOSE_WORDS =
      ImmutableSet.of("pour", "afin", "to", "for", "destine", "destines", "visant");

  private final TermMatcher<ImmutableList<String>> nationalities;

  private FactExtractor() {
    List<Map.Entry<String, ImmutableList<String>>> terms = new ArrayList<>();
    for (String[] r : Lexicon.read("/org/transmanche/parsers/extract/nationalities.tsv")) {
      terms.add(Map.entry(r[0], ImmutableList.copyOf(r[1].split("\\|"))));
    }
    nationalities = TermMatcher.of(terms);
  }

  private static final FactExtractor STANDARD = new FactExtractor();

  /** The extractor with the bundled word lists. */
  public static FactExtractor standard() {
    return STANDARD;
  }

  /**
   * Extracts the facts of one document.
   *
   * @param doc the document
   * @param sentences sentence spans {@code [start, end)} in document offsets, in order
   * @param mentions every mention of the document, in document offsets
   * @param reference the date that relative expressions were resolved against, if any
   */
  public DocumentFacts extract(
      Document doc, List<int[]> sentences, List<Mention> mentions, Optional<DateSpan> reference) {
    Run run = new Run(doc, sentences, mentions, reference);
    run.actors();
    run.statements();
    run.agreements();
    run.pledges();
    run.deployments();
    run.figures();
    return run.result();
  }

  /** Attribution kinds where a speech verb, colon or source marker introduces the quote. */
  private static final ImmutableSet<String> EXPLICIT_ATTRIBUTIONS =
      ImmutableSet.of(QuoteReading.VERB_AFTER, QuoteReading.VERB_BEFORE, QuoteReading.SELON, QuoteReading.COLON, QuoteReading.INCISE);

  /** Words that introduce where something stands. */
  private static final ImmutableSet<String> LOCATIVES = ImmutableSet.of(
      "a", "au", "aux", "dans", "en", "sur", "pres", "autour", "devant", "aupres", "long", "abords", "entree",
      "at", "in", "on", "around", "near", "along", "outside", "inside", "into", "across");

  /** What may stand between two words naming parts of one deployed thing. */
  private static final ImmutableSet<String> JOINERS = ImmutableSet.of("", ",", "et", "and", "ou", "or", "/");

  /** Prepositions that make the following actor an object rather than a speaker. */
  private static final ImmutableSet<String> OBJECT_MARKERS =
      ImmutableSet.of("a", "au", "aux", "aupres", "avec", "contre", "to", "with", "against", "told");

  /** The work on one document. */
  private final class Run {
    final Document doc;
    final Lexicon lex;
    final ImmutableList<Sentence> sentences;
    final ImmutableList<Mention> mentions;
    final Optional<DateSpan> reference;
    final Map<String, ActorAcc> actors = new LinkedHashMap<>();
    final List<Agreement> agreements = new ArrayList<>();
    final List<Pledge> pledges = new ArrayList<>();
    final List<Deployment> deployments = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final Set<Integer> usedMoney = new LinkedHashSet<>();
    final Set<Integer> usedQuantity = new LinkedHashSet<>();
    final List<int[]> quoteSpans = new ArrayList<>();

    Run(Document doc, List<int[]> spans, List<Mention> mentions, Optional<DateSpan> reference) {
      this.doc = doc;
      this.lex = Lexicon.of(doc.language());
      this.mentions = ImmutableList.sortedCopyOf(mentions);
      ImmutableList.Builder<Sentence> b = ImmutableList.builder();
      int i = 0;
      for (int[] s : spans) {
        b.add(new Sentence(i++, doc, s[0], s[1], this.mentions));
      }
      this.sentences = b.build();
      this.reference = reference;
      for (Mention m : this.mentions) {
        if (m.type().equals("quote")) {
          quoteSpans.add(new int[] {m.start(), m.end()});
        }
      }
    }

    String id(String kind, int n) {
      return kind + ":" + doc.id() + ":" + n;
    }

    /**
     * The actor of a mention. A role the recogniser could not pin to a person ("le ministre de
     * l'Intérieur" in an undated article) becomes the person when one and the same holder held the
     * office on the first and the last day of the document's (possibly inferred) date.
     */
    Optional<Views.ActorView> actorView(Mention m) {
      Optional<Views.ActorView> v = Views.actor(m);
      if (v.isEmpty() || !v.get().id().startsWith("role:") || reference.isEmpty()) {
        return v;
      }
      String office = v.get().id().substring("role:".length());
      var first = KnowledgeBase.standard().holdersOf(office, reference.get().from());
      var last = KnowledgeBase.standard().holdersOf(office, reference.get().to());
      if (first.size() != 1 || !first.equals(last)) {
        return v;
      }
      Actor person = first.get(0);
      return Optional.of(new Views.ActorView(
          person.id(), person.name(), person.kind(), person.country().or(() -> v.get().country()), v.get().role()));
    }

    // ---------------------------------------------------------------- actors

    void actors() {
      for (Mention m : mentions) {
        if (m.type().equals("actor")) {
          actorView(m).ifPresent(v -> actor(v, m.start(), m.end()));
        }
      }
    }

    ActorAcc actor(Views.ActorView v, int start, int end) {
      ActorAcc a = actors.computeIfAbsent(v.id(), id -> new ActorAcc(id, v.name(), v.kind(), v.country()));
      String text = doc.text().substring(start, end);
      if (!Fold.fold(text).equals(Fold.fold(v.name())) && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
          && v.role().isEmpty()) {
        a.aliases.add(text);
      }
      v.role().ifPresent(r -> a.roles.add(r));
      a.evidence.add(doc.evidence(start, end));
      return a;
    }

    /** The actor id of a state, creating the actor with the cue's span as evidence if needed. */
    String state(Country c, int start, int end) {
      String id = "state:" + c.code();
      ActorAcc a = actors.get(id);
      if (a == null) {
        a = new ActorAcc(id, stateName(c), ActorKind.GOVERNMENT, Optional.of(c));
        actors.put(id, a);
      }
      Evidence e = doc.evidence(start, end);
      if (!a.evidence.contains(e)) {
        a.evidence.add(e);
      }
      return id;
    }

    // ------------------------------------------------------------ statements

    void statements() {
      int n = 0;
      String lastSpeaker = null;
      int lastEnd = -1;
      for (Mention m : mentions) {
        if (!m.type().equals("quote")) {
          continue;
        }
        Optional<Views.QuoteView> q = Views.quote(m);
        if (q.isEmpty()) {
          continue;
        }
        if (isTerm(q.get())) {
          continue;
        }
        Optional<String> speakerId = Optional.empty();
        Optional<Character> pronoun = q.get().speakerText().flatMap(this::pronounGender);
        if (pronoun.isPresent() && q.get().speakerStart().isPresent()) {
          speakerId = byPronoun(pronoun.get(), q.get().speakerStart().get());
        }
        if (speakerId.isEmpty() && q.get().speaker().isPresent()) {
          Mention sm = q.get().speaker().get();
          speakerId = actorView(sm).map(v -> actor(v, sm.start(), sm.end()).id);
        }
        if (speakerId.isEmpty()) {
          speakerId = q.get().speakerText().flatMap(t -> byHeadNoun(t, m.start()));
        }
        if (speakerId.isEmpty()) {
          speakerId = inSentence(m);
        }
        if (speakerId.isEmpty()) {
          speakerId = bySubjectNoun(m);
        }
        if (speakerId.isEmpty() && !q.get().slogan() && opensSentence(m)) {
          // a quote standing as a sentence of its own answers or continues the person just named
          speakerId = nearestPersonBefore(m.start(), 300);
          if (speakerId.isEmpty() && lastSpeaker != null && m.start() - lastEnd <= 400) {
            speakerId = Optional.of(lastSpeaker);
          }
        }
        if (speakerId.isEmpty() || isAuthor(speakerId.get())) {
          continue;
        }
        int ts = q.get().textStart();
        int te = q.get().textEnd();
        if (ts >= te || te > doc.text().length()) {
          continue;
        }
        while (ts < te && Character.isWhitespace(doc.text().charAt(ts))) {
          ts++;
        }
        while (te > ts && Character.isWhitespace(doc.text().charAt(te - 1))) {
          te--;
        }
        if (ts >= te) {
          continue;
        }
        lastSpeaker = speakerId.get();
        lastEnd = m.end();
        statements.add(
            Statement.builder()
                .id(id("statement", ++n))
                .speaker(speakerId.get())
                .text(doc.text().substring(ts, te))
                .direct(true)
                .date(reference)
                .addEvidence(doc.evidence(ts, te))
                .build());
      }
    }

    /**
     * A quoted name or term rather than speech: one word ("jungle"), or a short capitalised phrase
     * ("Task force Méditerranée", "Daily Telegraph") that no speech verb or colon introduces.
     */
    boolean isTerm(Views.QuoteView q) {
      List<Token> words = Token.tokenize(q.text(), 0);
      if (words.size() <= 1) {
        return true;
      }
      boolean introduced = EXPLICIT_ATTRIBUTIONS.contains(q.attribution());
      return words.size() <= 3 && !introduced && Character.isUpperCase(q.text().codePointAt(0))
          && !q.text().strip().endsWith(".") && !q.text().strip().endsWith("!") && !q.text().strip().endsWith("?");
    }

    /**
     * "L'élue milite pour « … »", "La maire préfère que … « … »": a sentence whose subject is a
     * definite role noun refers back to a person named before; the one whose role shares the noun,
     * else the latest person of the noun's gender.
     */
    Optional<String> bySubjectNoun(Mention quote) {
      Sentence s = sentenceAt(quote.start());
      if (s == null || s.tokens.size() < 3 || s.tokens.get(1).start >= quote.start()) {
        return Optional.empty();
      }
      String det = s.tokens.get(0).folded;
      Token noun = s.tokens.get(1);
      Character gender = null;
      Lexicon.GenderCue cue = Lexicon.GENDERS.get(noun.folded);
      if (cue != null && cue.kind().equals("role")) {
        gender = cue.gender();
      } else if (det.equals("la")) {
        gender = 'F';
      } else if (det.equals("le")) {
        gender = 'M';
      }
      boolean definite = det.equals("le") || det.equals("la") || det.equals("l'") || det.equals("l") || det.equals("the");
      if (!definite || gender == null || !Character.isLetter(noun.folded.charAt(0))) {
        return Optional.empty();
      }
      Optional<String> byRole = byHeadNoun(doc.text().substring(s.tokens.get(0).start, noun.end), s.start);
      if (byRole.isPresent()) {
        return byRole;
      }
      if (cue == null || !cue.kind().equals("role")) {
        return Optional.empty();
      }
      return byPronoun(gender, s.start);
    }

    /** Whether a quote opens its sentence (nothing but spaces and punctuation before it). */
    boolean opensSentence(Mention quote) {
      Sentence x = sentenceAt(quote.start());
      return x != null && Token.tokenize(doc.text().substring(x.start, quote.start()), 0).isEmpty();
    }

    /** The sentence holding {@code offset}, or null; sentences are sorted and do not overlap. */
    Sentence sentenceAt(int offset) {
      int lo = 0;
      int hi = sentences.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).start <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == 0) {
        return null;
      }
      Sentence x = sentences.get(lo - 1);
      return offset < x.end ? x : null;
    }

    /** The person named last within {@code window} characters before {@code before}, outside quotes. */
    Optional<String> nearestPersonBefore(int before, int window) {
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention a = mentions.get(i);
        if (!a.type().equals("actor") || a.start() >= before || insideQuote(a.start(), a.end())) {
          continue;
        }
        if (before - a.end() > window) {
          break;
        }
        Optional<Views.ActorView> v = actorView(a);
        if (v.isPresent() && v.get().kind() == ActorKind.PERSON && !isAuthor(v.get().id())) {
          return Optional.of(actor(v.get(), a.start(), a.end()).id);
        }
      }
      return Optional.empty();
    }

    /** Whether an actor is one of the document's authors (a byline is not a speaker). */
    boolean isAuthor(String actorId) {
      ActorAcc a = actors.get(actorId);
      if (a == null) {
        return false;
      }
      String name = Fold.fold(a.name);
      return doc.authors().stream().anyMatch(x -> Fold.fold(x).equals(name));
    }

    /** The gender of a third-person singular subject pronoun ("il", "elle", "he", "she"). */
    Optional<Character> pronounGender(String speakerText) {
      List<Token> toks = Token.tokenize(speakerText, 0);
      if (toks.size() != 1) {
        return Optional.empty();
      }
      Lexicon.GenderCue cue = Lexicon.GENDERS.get(toks.get(0).folded);
      return cue != null && cue.kind().equals("pronoun") ? Optional.of(cue.gender()) : Optional.empty();
    }

    /**
     * The person a pronoun refers to: the latest person named before it, outside quotes, whose
     * gender agrees; failing that, the latest person of unknown gender.
     */
    Optional<String> byPronoun(char gender, int before) {
      Map<String, Character> genders = genders();
      Mention unknown = null;
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention a = mentions.get(i);
        if (!a.type().equals("actor") || a.start() >= before || insideQuote(a.start(), a.end())) {
          continue;
        }
        Optional<Views.ActorView> v = actorView(a);
        if (v.isEmpty() || v.get().kind() != ActorKind.PERSON || isAuthor(v.get().id())) {
          continue;
        }
        Character g = genders.get(v.get().id());
        if (g != null && g == gender) {
          return Optional.of(actor(v.get(), a.start(), a.end()).id);
        }
        if (g == null && unknown == null) {
          unknown = a;
        }
      }
      if (unknown == null) {
        return Optional.empty();
      }
      Mention u = unknown;
      return actorView(u).map(v -> actor(v, u.start(), u.end()).id);
    }

    private Map<String, Character> genders;

    /** The gender of each person of the document, from honorifics, gendered role words and first names. */
    Map<String, Character> genders() {
      if (genders != null) {
        return genders;
      }
      genders = new LinkedHashMap<>();
      for (Mention a : mentions) {
        if (!a.type().equals("actor")) {
          continue;
        }
        Optional<Views.ActorView> v = actorView(a);
        if (v.isEmpty() || v.get().kind() != ActorKind.PERSON) {
          continue;
        }
        genderCue(a, v.get()).ifPresent(g -> genders.putIfAbsent(v.get().id(), g));
      }
      return genders;
    }

    private Optional<Character> genderCue(Mention a, Views.ActorView v) {
      // the word just before the mention ("Mme", "M.", "Mr") or the mention's own first words
      int from = Math.max(0, a.start() - 16);
      List<Token> before = Token.tokenize(doc.text().substring(from, a.start()), 0);
      List<Token> own = Token.tokenize(a.text(), 0);
      List<Token> cues = new ArrayList<>();
      if (!before.isEmpty()) {
        cues.add(before.get(before.size() - 1));
      }
      cues.addAll(own.subList(0, Math.min(2, own.size())));
      for (Token t : cues) {
        Lexicon.GenderCue c = Lexicon.GENDERS.get(t.folded);
        if (c != null && !c.kind().equals("pronoun")) {
          return Optional.of(c.gender());
        }
      }
      if (!own.isEmpty() && (own.get(0).folded.equals("la")) && own.size() > 1) {
        return Optional.of('F');
      }
      List<Token> name = Token.tokenize(v.name(), 0);
      if (!name.isEmpty()) {
        Lexicon.GenderCue c = Lexicon.GENDERS.get(name.get(0).folded);
        if (c != null && c.kind().equals("first-name")) {
          return Optional.of(c.gender());
        }
      }
      return Optional.empty();
    }

    /** "le ministère", "la sénatrice-maire": the latest earlier actor whose words or role share the head noun. */
    Optional<String> byHeadNoun(String speakerText, int before) {
      List<Token> toks = Token.tokenize(speakerText, 0);
      if (toks.size() < 2) {
        return Optional.empty();
      }
      String head = toks.get(toks.size() - 1).folded;
      Set<String> heads = new LinkedHashSet<>(List.of(head.split("-")));
      heads.removeIf(h -> h.length() < 4);
      if (heads.isEmpty()) {
        return Optional.empty();
      }
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention a = mentions.get(i);
        if (!a.type().equals("actor") || a.start() >= before) {
          continue;
        }
        Optional<Views.ActorView> v = actorView(a);
        if (v.isEmpty()) {
          continue;
        }
        String words = Fold.fold(a.text() + " " + v.get().role().orElse(""));
        for (String h : heads) {
          if (Token.tokenize(words, 0).stream().anyMatch(t -> t.folded.equals(h) || t.folded.startsWith(h + "-") || t.folded.endsWith("-" + h))) {
            return Optional.of(actor(v.get(), a.start(), a.end()).id);
          }
        }
      }
      return Optional.empty();
    }

    /** The actor named in the quote's sentence outside any quote: the nearest before it, else the first after. */
    Optional<String> inSentence(Mention quote) {
      Sentence s = sentenceAt(quote.start());
      if (s == null) {
        return Optional.empty();
      }
      Mention best = null;
      for (Mention a : s.of("actor")) {
        if (insideQuote(a.start(), a.end())) {
          continue;
        }
        Optional<Views.ActorView> v = actorView(a);
        if (v.isEmpty() || v.get().kind() == ActorKind.MEDIA || v.get().kind() == ActorKind.GOVERNMENT
            || v.get().kind() == ActorKind.POLITICAL_GROUP) {
          continue;
        }
        if (isObject(a)) {
          continue;
        }
        if (a.end() <= quote.start()) {
          best = a;
        } else if (best == null && a.start() >= quote.end()) {
          best = a;
          break;
        }
      }
      if (best == null) {
        return Optional.empty();
      }
      Mention b = best;
      return actorView(b).map(v -> actor(v, b.start(), b.end()).id);
    }

    /** An actor governed by a preposition ("demande X à Y", "told Y"), so not the speaker. */
    boolean isObject(Mention a) {
      int from = Math.max(0, a.start() - 10);
      List<Token> before = Token.tokenize(doc.text().substring(from, a.start()), 0);
      return !before.isEmpty() && OBJECT_MARKERS.contains(before.get(before.size() - 1).folded);
    }

    // ------------------------------------------------------------ agreements

    void agreements() {
      Map<String, ImmutableAgreement.Builder> known = new LinkedHashMap<>();
      List<AgreementCandidate> candidates = new ArrayList<>();
      for (Sentence s : sentences) {
        var knownHits = lex.knownAgreements.find(s.tokens);
        for (var h : knownHits) {
          Lexicon.KnownAgreement k = h.value;
          ImmutableAgreement.Builder b =
              known.computeIfAbsent(
                  k.id,
                  x -> {
                    var ab = ImmutableAgreement.builder()
                        .id(id("agreement", 0) + ":" + k.id)
                        .name(k.name)
                        .kind(k.kind)
                        .addAllParties(k.parties)
                        .mentionOnly(true);
                    k.date.ifPresent(ab::date);
                    return ab;
                  });
          b.addEvidence(doc.evidence(h.start, h.end));
        }
        for (var h : lex.agreementTriggers.find(s.tokens)) {
          if (knownHits.stream().anyMatch(k -> k.start < h.end && h.start < k.end)) {
            continue;
          }
          if (h.from > 0 && (s.tokens.get(h.from - 1).folded.equals("d") || s.tokens.get(h.from - 1).folded.equals("d'"))) {
            continue; // "d'accord": agreeing, not an accord
          }
          // a sentence that opens with the agreement's name is its heading ("Déclaration conjointe de…")
          boolean concluded = !lex.conclusionVerbs.find(s.tokens).isEmpty() || h.from == 0;
          Set<Country> parties = partiesNear(s, h.from, h.to);
          boolean title = doc.title().isPresent() && s.index == 0;
          if (parties.size() < 2) {
            Set<Country> people = countriesOfPeople(s);
            if (people.size() >= 2) {
              parties = people;
            }
          }
          if (concluded || parties.size() >= 2 || title) {
            candidates.add(new AgreementCandidate(s, h.start, h.end, h.value, parties, concluded));
          }
        }
      }
      int n = 0;
      if (!candidates.isEmpty()) {
        AgreementCandidate first = candidates.get(0);
        Set<Country> parties = new java.util.TreeSet<>();
        Set<String> signatories = new LinkedHashSet<>();
        AgreementKind kind = first.kind;
        Optional<DateSpan> date = Optional.empty();
        boolean concluded = false;
        var b = ImmutableAgreement.builder();
        for (AgreementCandidate c : candidates) {
          parties.addAll(c.parties);
          concluded |= c.concluded;
          if (rank(c.kind) > rank(kind)) {
            kind = c.kind;
          }
          if (date.isEmpty()) {
            date = sentenceDate(c.sentence, true);
          }
          for (Mention m : c.sentence.of("actor")) {
            actorView(m).filter(v -> v.kind() == ActorKind.PERSON && (v.role().isPresent() || v.country().isPresent()))
                .ifPresent(v -> signatories.add(actor(v, m.start(), m.end()).id));
          }
          b.addEvidence(doc.evidence(c.start, c.end));
        }
        if (parties.size() < 2) {
          Set<Country> named = new java.util.TreeSet<>();
          for (AgreementCandidate c : candidates) {
            for (Mention m : c.sentence.of("actor")) {
              actorView(m).filter(v -> v.kind() == ActorKind.GOVERNMENT).flatMap(Views.ActorView::country)
                  .ifPresent(named::add);
            }
          }
          if (named.size() >= 2) {
            parties.addAll(named);
          }
        }
        if (parties.size() < 2) {
          for (String s : signatories) {
            actors.get(s).country.ifPresent(parties::add);
          }
        }
        if (parties.size() < 2 && concluded) {
          Set<Country> around = countriesBefore(first.sentence, 5);
          if (around.size() >= 2) {
            parties.addAll(around);
          }
        }
        if (parties.size() >= 2 || concluded) {
          b.id(id("agreement", ++n))
              .name(agreementName(first))
              .kind(kind)
              .addAllParties(parties)
              .addAllSignatories(signatories)
              .mentionOnly(!concluded && !(doc.title().isPresent() && first.sentence.index == 0));
          Optional<DateSpan> d = date.isPresent() ? date : reference;
          d.ifPresent(b::date);
          agreements.add(b.build());
        }
      }
      for (ImmutableAgreement.Builder k : known.values()) {
        agreements.add(k.build());
      }
    }

    /**
     * The words naming an agreement: its trigger ("déclaration conjointe"), with the adjective of
     * its parties when one follows ("accord franco-britannique", "Franco-British deal").
     */
    String agreementName(AgreementCandidate c) {
      Sentence s = c.sentence;
      int end = c.end;
      int i = s.tokenAt(c.end);
      if (i < s.tokens.size()) {
        for (var h : nationalities.find(s.tokens.subList(i, Math.min(s.tokens.size(), i + 2)))) {
          if (h.start == s.tokens.get(i).start) {
            end = Math.max(end, h.end);
          }
        }
      }
      if (c.start > s.start) {
        int j = s.tokenAt(c.start) - 1;
        if (j >= 0) {
          for (var h : nationalities.find(s.tokens.subList(j, j + 1))) {
            return doc.text().substring(h.start, end);
          }
        }
      }
      return doc.text().substring(c.start, end);
    }

    /** The countries of the people named in a sentence ("M. Cazeneuve et Mme May": FR and GB). */
    Set<Country> countriesOfPeople(Sentence s) {
      Set<Country> out = new java.util.TreeSet<>();
      for (Mention m : s.of("actor")) {
        actorView(m).filter(v -> v.kind() == ActorKind.PERSON).flatMap(Views.ActorView::country)
            .filter(c -> c.code().length() == 2 && !c.code().equals("EU") && !c.code().equals("UN"))
            .ifPresent(out::add);
      }
      return out;
    }

    /**
     * States a sentence and the few before it involve: states and people named, and nationality
     * adjectives ("sa collègue portugaise"), for an agreement whose parties go unnamed ("les deux
     * délégations se sont mises d'accord").
     */
    Set<Country> countriesBefore(Sentence s, int back) {
      Set<Country> out = new java.util.TreeSet<>();
      for (int k = Math.max(0, s.index - back); k <= s.index; k++) {
        Sentence x = sentences.get(k);
        for (Mention m : x.of("actor")) {
          if (insideQuote(m.start(), m.end())) {
            continue;
          }
          actorView(m).filter(v -> v.kind() == ActorKind.PERSON || v.kind() == ActorKind.GOVERNMENT)
              .flatMap(Views.ActorView::country)
              .filter(c -> !c.code().equals("EU") && !c.code().equals("UN"))
              .ifPresent(out::add);
        }
        for (var h : nationalities.find(x.tokens)) {
          if (h.value.size() == 1 && !h.value.get(0).equals("LANG")) {
            out.add(country(h.value.get(0)));
          }
        }
      }
      return out;
    }

    /** Countries named near an agreement word: compound adjectives, "entre A et B", or states in the sentence. */
    Set<Country> partiesNear(Sentence s, int from, int to) {
      Set<Country> out = new java.util.TreeSet<>();
      int lo = Math.max(0, from - 3);
      int hi = Math.min(s.tokens.size(), to + 8);
      List<Token> window = s.tokens.subList(lo, hi);
      for (var h : nationalities.find(window)) {
        if (h.value.size() >= 2) {
          h.value.forEach(c -> out.add(Country.of(c)));
        }
      }
      if (out.isEmpty()) {
        int near = s.tokens.get(Math.min(s.tokens.size() - 1, to - 1)).end;
        int limit = s.tokens.get(Math.min(s.tokens.size() - 1, to + 4)).end;
        Set<Country> adjacent = new java.util.TreeSet<>();
        for (Mention m : s.of("actor")) {
          if (m.start() >= near && m.end() <= limit) {
            actorView(m).filter(v -> v.kind() == ActorKind.GOVERNMENT).flatMap(Views.ActorView::country)
                .ifPresent(adjacent::add);
          }
        }
        if (adjacent.size() >= 2) {
          out.addAll(adjacent);
        }
      }
      if (out.isEmpty()) {
        boolean between = window.stream().anyMatch(t -> t.folded.equals("entre") || t.folded.equals("between"));
        if (between) {
          int winStart = window.get(0).start;
          int winEnd = window.get(window.size() - 1).end;
          for (Mention m : s.of("actor")) {
            if (m.start() >= winStart && m.end() <= winEnd) {
              actorView(m).filter(v -> v.kind() == ActorKind.GOVERNMENT).flatMap(Views.ActorView::country)
                  .ifPresent(out::add);
            }
          }
        }
      }
      return out;
    }

    // --------------------------------------------------------------- pledges

    void pledges() {
      int n = 0;
      for (Sentence s : sentences) {
        var cues = lex.pledgeTriggers.find(s.tokens);
        ImmutableList<Mention> money = s.of("money");
        if (cues.isEmpty()) {
          continue;
        }
        PledgeStatus status = PledgeStatus.COMMITTED;
        Optional<PledgeKind> cueKind = Optional.empty();
        for (var c : cues) {
          if (c.value.status.isPresent() && c.value.status.get() != PledgeStatus.COMMITTED) {
            status = c.value.status.get();
          }
          if (c.value.kind.isPresent() && cueKind.isEmpty()) {
            cueKind = c.value.kind;
          }
        }
        int anchorStart = cues.get(0).start;
        if (!money.isEmpty()) {
          Mention m = money.get(0);
          Optional<Views.MoneyView> mv = Views.money(m);
          if (mv.isEmpty()) {
            continue;
          }
          Optional<String> giver = giver(s, m.start(), m.end(), Math.min(anchorStart, m.start()));
          if (giver.isEmpty()) {
            continue;
          }
          for (Mention other : money) {
            usedMoney.add(other.start());
          }
          ImmutablePledge.Builder b = Pledge.builder()
              .id(id("pledge", ++n))
              .pledger(giver.get())
              .kind(PledgeKind.FUNDING)
              .status(status)
              .amount(mv.get().money())
              .qualifier(mv.get().qualifier())
              .addAllAlsoStated(mv.get().alsoStated());
          mv.get().schedule().ifPresent(b::schedule);
          recipient(s, giver.get()).ifPresent(b::recipient);
          purpose(s, m.end()).ifPresent(b::purpose);
          sentenceDate(s, false).or(() -> reference).ifPresent(b::date);
          b.addEvidence(doc.evidence(m.start(), m.end()));
          pledges.add(b.build());
        } else {
          // Without an amount: an in-kind offer of a resource, or funding of named things with a stated giver.
          var resources = lex.resources.find(s.tokens);
          boolean inKind = cueKind.map(k -> k == PledgeKind.IN_KIND).orElse(false)
              || status == PledgeStatus.OFFERED && !resources.isEmpty();
          boolean funding = cueKind.map(k -> k == PledgeKind.FUNDING).orElse(false) && !resources.isEmpty();
          if (!inKind && !funding) {
            continue;
          }
          var cue = cues.get(0);
          Optional<String> giver = giver(s, cue.start, cue.end, cue.start);
          if (giver.isEmpty()) {
            continue;
          }
          ImmutablePledge.Builder b = Pledge.builder()
              .id(id("pledge", ++n))
              .pledger(giver.get())
              .kind(inKind ? PledgeKind.IN_KIND : PledgeKind.FUNDING)
              .status(status);
          recipient(s, giver.get()).ifPresent(b::recipient);
          String purpose = doc.text().substring(cue.end, s.end).strip();
          if (purpose.isEmpty()) {
            continue;
          }
          b.purpose(trim(purpose));
          sentenceDate(s, false).or(() -> reference).ifPresent(b::date);
          b.addEvidence(doc.evidence(cue.start, cue.end));
          pledges.add(b.build());
        }
      }
      mergeWithinDocument();
      agreements.stream().filter(a -> !a.mentionOnly()).findFirst().ifPresent(a -> {
        for (int i = 0; i < pledges.size(); i++) {
          pledges.set(i, ImmutablePledge.copyOf(pledges.get(i)).withAgreement(a.id()));
        }
      });
    }

    /** Pledges of one giver in one document: one without an amount joins one with an amount. */
    void mergeWithinDocument() {
      List<Pledge> out = new ArrayList<>();
      for (Pledge p : pledges) {
        Optional<Pledge> same = out.stream()
            .filter(q -> q.pledger().equals(p.pledger()) && q.kind() == p.kind())
            .filter(q -> q.amount().isEmpty() || p.amount().isEmpty() || compatible(q, p))
            .findFirst();
        if (same.isPresent()) {
          out.set(out.indexOf(same.get()), PledgeMerge.merge(same.get(), p));
        } else {
          out.add(p);
        }
      }
      pledges.clear();
      pledges.addAll(out);
    }

    boolean compatible(Pledge a, Pledge b) {
      return PledgeMerge.compatible(a, b, 0.06);
    }

    /** Who gives: "par X"/"by X", "obtenu ... des X", else the first state or actor with a country before the anchor. */
    Optional<String> giver(Sentence s, int start, int end, int anchor) {
      boolean receive = s.tokens.stream().anyMatch(t -> RECEIVE_WORDS.contains(t.folded));
      int i = s.tokenAt(end);
      for (int k = i; k < Math.min(s.tokens.size(), i + 12); k++) {
        Token t = s.tokens.get(k);
        boolean cue = t.folded.equals("par") || t.folded.equals("by")
            || receive && (t.folded.equals("des") || t.folded.equals("from") || t.folded.equals("de"));
        if (cue && k + 1 < s.tokens.size()) {
          Optional<String> st = stateAt(s, s.tokens.get(k + 1).start, Math.min(s.end, s.tokens.get(k + 1).start + 40));
          if (st.isPresent()) {
            return st;
          }
        }
      }
      // "financement par X" before the amount
      int j = s.tokenAt(anchor);
      for (int k = j; k < Math.min(s.tokens.size(), j + 4); k++) {
        if ((s.tokens.get(k).folded.equals("par") || s.tokens.get(k).folded.equals("by")) && k + 1 < s.tokens.size()) {
          Optional<String> st = stateAt(s, s.tokens.get(k + 1).start, Math.min(s.end, s.tokens.get(k + 1).start + 40));
          if (st.isPresent()) {
            return st;
          }
        }
      }
      Optional<String> before = subjectBefore(s, anchor);
      if (before.isPresent()) {
        return before;
      }
      return earlierState(s);
    }

    /** A state (or an actor with a country, as its state) mentioned starting in [from, to). */
    Optional<String> stateAt(Sentence s, int from, int to) {
      for (Mention m : s.of("actor")) {
        if (m.start() >= from && m.start() < to) {
          Optional<Views.ActorView> v = actorView(m);
          if (v.isPresent() && v.get().country().isPresent()
              && (v.get().kind() == ActorKind.GOVERNMENT || v.get().kind() == ActorKind.GOVERNMENT_BODY
                  || v.get().kind() == ActorKind.PERSON)) {
            actor(v.get(), m.start(), m.end());
            return Optional.of(state(v.get().country().get(), m.start(), m.end()));
          }
        }
      }
      List<Token> window = new ArrayList<>();
      for (Token t : s.tokens) {
        if (t.start >= from && t.start < to) {
          window.add(t);
        }
      }
      for (var h : nationalities.find(window.subList(0, Math.min(window.size(), 3)))) {
        if (h.value.size() == 1) {
          return Optional.of(state(country(h.value.get(0)), h.start, h.end));
        }
      }
      return Optional.empty();
    }

    Optional<String> subjectBefore(Sentence s, int anchor) {
      for (Mention m : s.of("actor")) {
        if (m.start() >= anchor) {
          break;
        }
        Optional<Views.ActorView> v = actorView(m);
        if (v.isPresent() && v.get().country().isPresent()
            && v.get().country().get().code().length() == 2
            && !v.get().country().get().code().equals("EU") && !v.get().country().get().code().equals("UN")
            && v.get().kind() != ActorKind.MEDIA && v.get().kind() != ActorKind.NGO) {
          actor(v.get(), m.start(), m.end());
          return Optional.of(state(v.get().country().get(), m.start(), m.end()));
        }
      }
      List<Token> before = new ArrayList<>();
      for (Token t : s.tokens) {
        if (t.end <= anchor) {
          before.add(t);
        }
      }
      // "Il annonce une prime…": the person the subject pronoun stands for, as their state
      if (!before.isEmpty()) {
        Token subject = before.get(0);
        Optional<Character> g = pronounGender(subject.folded);
        if (g.isPresent()) {
          Optional<Country> c = byPronoun(g.get(), subject.start).map(actors::get).flatMap(a -> a.country)
              .filter(x -> x.code().length() == 2 && !x.code().equals("EU") && !x.code().equals("UN"));
          if (c.isPresent()) {
            return Optional.of(state(c.get(), subject.start, subject.end));
          }
        }
      }
      for (var h : nationalities.find(before)) {
        if (h.value.size() == 1) {
          return Optional.of(state(country(h.value.get(0)), h.start, h.end));
        }
      }
      return Optional.empty();
    }

    /** The nearest state or actor with a country in the two sentences before. */
    Optional<String> earlierState(Sentence s) {
      for (int k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
        Sentence p = sentences.get(k);
        ImmutableList<Mention> as = p.of("actor");
        for (int i = as.size() - 1; i >= 0; i--) {
          Mention m = as.get(i);
          Optional<Views.ActorView> v = actorView(m);
          if (v.isPresent() && v.get().country().filter(c -> !c.code().equals("EU") && !c.code().equals("UN")).isPresent()
              && v.get().kind() != ActorKind.MEDIA && v.get().kind() != ActorKind.NGO) {
            actor(v.get(), m.start(), m.end());
            return Optional.of(state(v.get().country().get(), m.start(), m.end()));
          }
        }
      }
      return Optional.empty();
    }

    Country country(String code) {
      if (code.equals("LANG")) {
        return doc.language().equals("fr") ? Country.FR : Country.GB;
      }
      return Country.of(code);
    }

    /** The other state of the sentence, else the counterpart in a UK–France text. */
    Optional<String> recipient(Sentence s, String giver) {
      for (Mention m : s.of("actor")) {
        Optional<Views.ActorView> v = actorView(m);
        if (v.isPresent() && v.get().kind() == ActorKind.GOVERNMENT && v.get().country().isPresent()
            && !giver.equals("state:" + v.get().country().get().code())) {
          return Optional.of(state(v.get().country().get(), m.start(), m.end()));
        }
      }
      String other = giver.equals("state:GB") ? "FR" : giver.equals("state:FR") ? "GB" : null;
      if (other != null && actors.containsKey("state:" + other)) {
        return Optional.of("state:" + other);
      }
      return Optional.empty();
    }

    Optional<String> purpose(Sentence s, int after) {
      int i = s.tokenAt(after);
      for (int k = i; k < Math.min(s.tokens.size(), i + 12); k++) {
        if (PURPOSE_WORDS.contains(s.tokens.get(k).folded)) {
          String rest = doc.text().substring(s.tokens.get(k).start, s.end).strip();
          return rest.isEmpty() ? Optional.empty() : Optional.of(trim(rest));
        }
      }
      return Optional.empty();
    }

    // ----------------------------------------------------------- deployments

    void deployments() {
      int n = 0;
      List<String> docPlace = mostFrequentPlace();
      List<String> docSeas = new ArrayList<>();
      sentences.forEach(x -> seas(x).stream().filter(v -> !docSeas.contains(v)).forEach(docSeas::add));
      for (Sentence s : sentences) {
        if (insideQuote(s.start, s.end)) {
          continue;
        }
        var hits = lex.resources.find(s.tokens);
        if (hits.isEmpty()) {
          continue;
        }
        var triggers = lex.deployTriggers.find(s.tokens);
        ImmutableList<Mention> places = s.of("place");
        ImmutableList<Mention> quantities = s.of("quantity");
        boolean future = !lex.futureMarkers.find(s.tokens).isEmpty();
        Set<Integer> taken = new java.util.HashSet<>();
        for (List<TermMatcher.Hit<Resource>> cluster : clusters(hits)) {
          var first = cluster.get(0);
          Resource resource = first.value;
          Optional<Mention> count = quantities.stream()
              .filter(q -> q.end() <= first.start && first.start - q.end() <= 2 || q.start() >= first.start && q.end() <= first.end)
              .findFirst();
          boolean personnel = resource == Resource.PERSONNEL;
          if (triggers.isEmpty() && !(personnel && count.isPresent())) {
            continue;
          }
          int start = count.map(Mention::start).orElse(first.start);
          int end = cluster.get(cluster.size() - 1).end;
          if (resource == Resource.OTHER && watches(s, end)) {
            resource = Resource.SURVEILLANCE; // "opération … de contrôle et de surveillance des frontières"
          }
          Resource kind = resource;
          String what = doc.text().substring(start, end);
          Optional<Deployment> same = deployments.stream()
              .filter(x -> x.resource() == kind && Fold.fold(x.what()).equals(Fold.fold(what)))
              .findFirst();
          if (same.isPresent()) {
            Deployment x = same.get();
            deployments.set(deployments.indexOf(x), ImmutableDeployment.builder().from(x)
                .addEvidence(doc.evidence(start, end)).build());
            continue;
          }
          ImmutableDeployment.Builder b = Deployment.builder()
              .id(id("deployment", ++n))
              .resource(kind)
              .what(what)
              .status(status(triggers, future));
          count.flatMap(Views::quantity).map(Views.QuantityView::quantity).ifPresent(q -> {
            b.quantity(q);
            usedQuantity.add(count.get().start());
          });
          // an operation at sea is placed by its sea, not by the capitals that run it
          boolean atSea = first.term != null && Fold.fold(first.term).startsWith("operation");
          List<String> loc = atSea ? seas(s) : nearestPlace(s, start, end, taken, docPlace);
          if (atSea && loc.isEmpty()) {
            loc = new ArrayList<>(docSeas);
          }
          if (loc.isEmpty()) {
            loc = nearestPlace(s, start, end, taken, docPlace);
          }
          if (loc.isEmpty() && s.index > 0) {
            Sentence prev = sentences.get(s.index - 1);
            loc = nearestPlace(prev, prev.end, prev.end, new java.util.HashSet<>(), docPlace);
          }
          if (loc.isEmpty()) {
            loc = seas(s);
          }
          if (loc.isEmpty()) {
            loc = new ArrayList<>(docPlace);
          }
          if (loc.isEmpty()) {
            loc = locations(s, true);
          }
          b.addAllLocation(loc);
          deployer(s, first.start, first.end).ifPresent(b::deployer);
          sentenceDate(s, false).or(() -> reference).ifPresent(b::date);
          b.addEvidence(doc.evidence(start, end));
          deployments.add(b.build());
        }
      }
    }

    /**
     * Places of a sentence, most specific first, then their containing places; with {@code broad},
     * the countries and seas it names instead.
     */
    List<String> locations(Sentence s, boolean broad) {
      List<String> out = new ArrayList<>();
      for (Mention p : s.of("place")) {
        Optional<Views.PlaceView> v = Views.place(p);
        if (v.isEmpty() || isBroad(v.get()) != broad) {
          continue;
        }
        if (!out.contains(v.get().name())) {
          out.add(v.get().name());
        }
        if (!broad) {
          for (String a : v.get().ancestors()) {
            if (!out.contains(a)) {
              out.add(a);
            }
          }
        }
      }
      return out;
    }

    /**
     * Resource words of a sentence grouped into the things they name: words of one resource joined
     * only by a comma or "et"/"and"/"ou"/"or" ("policiers et gendarmes") form one group.
     */
    List<List<TermMatcher.Hit<Resource>>> clusters(List<TermMatcher.Hit<Resource>> hits) {
      List<List<TermMatcher.Hit<Resource>>> out = new ArrayList<>();
      List<TermMatcher.Hit<Resource>> sorted = new ArrayList<>(hits);
      sorted.sort(java.util.Comparator.comparingInt(h -> h.start));
      for (var h : sorted) {
        List<TermMatcher.Hit<Resource>> last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null) {
          var prev = last.get(last.size() - 1);
          String gap = Fold.fold(doc.text().substring(Math.min(prev.end, h.start), h.start)).strip();
          if (prev.value == h.value && JOINERS.contains(gap)) {
            last.add(h);
            continue;
          }
        }
        out.add(new ArrayList<>(List.of(h)));
      }
      return out;
    }

    /**
     * The specific place that goes with the words at {@code [start, end)}: the nearer of the first
     * place named after them as a location ("… dans le périmètre du tunnel") and the last one named
     * before them that no earlier thing of the sentence has claimed, with the places that contain it.
     * A region or department is narrowed to the document's main place when that lies inside it.
     */
    List<String> nearestPlace(Sentence s, int start, int end, Set<Integer> taken, List<String> docPlace) {
      Mention after = null;
      Mention before = null;
      for (Mention p : s.of("place")) {
        if (Views.place(p).filter(x -> !isBroad(x)).isEmpty()) {
          continue;
        }
        if (p.start() >= end && after == null && p.start() - end <= 160 && locative(p.start())) {
          after = p;
        } else if (p.end() <= start && !taken.contains(p.start())) {
          before = p;
        }
      }
      Mention pick;
      if (after != null && before != null) {
        pick = after.start() - end <= start - before.end() ? after : before;
      } else {
        pick = after != null ? after : before;
      }
      List<String> out = new ArrayList<>();
      if (pick == null) {
        return out;
      }
      if (pick == after) {
        taken.add(pick.start());
      }
      Views.PlaceView v = Views.place(pick).get();
      boolean wide = KnowledgeBase.standard().place(v.id())
          .map(pl -> pl.kind().name().equals("REGION") || pl.kind().name().equals("DEPARTMENT"))
          .orElse(false);
      if (wide && !docPlace.isEmpty() && docPlace.contains(v.name()) && !docPlace.get(0).equals(v.name())) {
        return new ArrayList<>(docPlace);
      }
      out.add(v.name());
      v.ancestors().stream().filter(x -> !out.contains(x)).forEach(out::add);
      return out;
    }

    /** Whether words right after {@code end} say the thing watches ("… de surveillance", "… of surveillance"). */
    boolean watches(Sentence s, int end) {
      int i = s.tokenAt(end);
      for (int k = i; k < Math.min(s.tokens.size(), i + 10); k++) {
        String w = s.tokens.get(k).folded;
        if (w.equals("surveillance") || w.equals("patrouille") || w.equals("patrol") || w.equals("monitoring")) {
          return true;
        }
      }
      return false;
    }

    /** The seas a sentence names ("en Méditerranée"), other than the Channel, whose name is too loose to place a thing. */
    List<String> seas(Sentence s) {
      List<String> out = new ArrayList<>();
      for (Mention p : s.of("place")) {
        Views.place(p)
            .filter(v -> !v.id().equals("la-manche"))
            .filter(v -> KnowledgeBase.standard().place(v.id()).map(pl -> pl.kind().name().equals("SEA")).orElse(false))
            .filter(v -> !out.contains(v.name()))
            .ifPresent(v -> out.add(v.name()));
      }
      return out;
    }

    /** Whether a place named at {@code start} is introduced as a location ("dans le périmètre du", "at", "près de"). */
    boolean locative(int start) {
      List<Token> before = Token.tokenize(doc.text().substring(Math.max(0, start - 25), start), 0);
      for (int k = Math.max(0, before.size() - 4); k < before.size(); k++) {
        if (LOCATIVES.contains(before.get(k).folded)) {
          return true;
        }
      }
      return false;
    }

    /** A country or a sea (or an unknown place with nothing above it): too wide to say where something stands. */
    boolean isBroad(Views.PlaceView v) {
      return KnowledgeBase.standard().place(v.id())
          .map(pl -> pl.kind().name().equals("COUNTRY") || pl.kind().name().equals("SEA"))
          .orElse(v.ancestors().isEmpty());
    }

    DeploymentStatus status(List<TermMatcher.Hit<Optional<DeploymentStatus>>> triggers, boolean future) {
      if (future) {
        return DeploymentStatus.ANNOUNCED;
      }
      for (var t : triggers) {
        if (t.value.isPresent()) {
          return t.value.get();
        }
      }
      return DeploymentStatus.ACTIVE;
    }

    /** The state whose resource it is: an adjective right after it ("policiers britanniques"), else a giver. */
    Optional<String> deployer(Sentence s, int start, int end) {
      int i = s.tokenAt(end);
      List<Token> after = s.tokens.subList(Math.min(i, s.tokens.size()), Math.min(s.tokens.size(), i + 2));
      for (var h : nationalities.find(after)) {
        if (h.value.size() == 1) {
          return Optional.of(state(country(h.value.get(0)), h.start, h.end));
        }
      }
      for (int k = i; k < Math.min(s.tokens.size(), i + 6); k++) {
        if (s.tokens.get(k).folded.equals("par") || s.tokens.get(k).folded.equals("by")) {
          if (k + 1 < s.tokens.size()) {
            Optional<String> st = stateAt(s, s.tokens.get(k + 1).start, Math.min(s.end, s.tokens.get(k + 1).start + 40));
            if (st.isPresent()) {
              return st;
            }
          }
        }
      }
      return subjectBefore(s, start);
    }

    /** The document's most often named specific place, with the places that contain it; empty if none. */
    List<String> mostFrequentPlace() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      Map<String, Views.PlaceView> byName = new LinkedHashMap<>();
      for (Mention m : mentions) {
        if (m.type().equals("place") && !insideQuote(m.start(), m.end())) {
          Views.place(m).filter(v -> !isBroad(v)).ifPresent(v -> {
            counts.merge(v.name(), 1, Integer::sum);
            byName.putIfAbsent(v.name(), v);
          });
        }
      }
      List<String> out = new ArrayList<>();
      counts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue())
          .map(e -> byName.get(e.getKey()))
          .ifPresent(v -> {
            out.add(v.name());
            v.ancestors().stream().filter(a -> !out.contains(a)).forEach(out::add);
          });
      return out;
    }

    /** Whether {@code [start, end)} lies inside a quote. Quotes do not overlap and are sorted, so a binary search finds the only candidate. */
    boolean insideQuote(int start, int end) {
      int lo = 0;
      int hi = quoteSpans.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (quoteSpans.get(mid)[0] <= start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      // the last quote starting at or before `start`, and any earlier one that still covers it
      for (int k = lo - 1; k >= 0 && k >= lo - 4; k--) {
        int[] q = quoteSpans.get(k);
        if (q[0] <= start && end <= q[1]) {
          return true;
        }
      }
      return false;
    }

    // --------------------------------------------------------------- figures

    void figures() {
      int n = 0;
      for (Sentence s : sentences) {
        var subjects = lex.figureSubjects.find(s.tokens);
        for (Mention m : s.of("quantity")) {
          if (usedQuantity.contains(m.start())) {
            continue;
          }
          Optional<Views.QuantityView> q = Views.quantity(m);
          if (q.isEmpty()) {
            continue;
          }
          Quantity value = q.get().quantity();
          Optional<String> unit = value.unit();
          Optional<String> subject = subjects.stream()
              .filter(h -> h.start >= m.end() && h.start - m.end() <= 25 || h.start >= m.start() && h.end <= m.end())
              .map(h -> h.value)
              .findFirst();
          boolean percent = unit.map(u -> u.equals("percent")).orElse(false);
          if (subject.isEmpty() && !percent && unit.isEmpty()) {
            continue;
          }
          if (isYearLike(value) && unit.isEmpty()) {
            continue;
          }
          String what = subject.orElse(unit.orElse("number"));
          if (percent) {
            what = "percentage";
          }
          ImmutableFigure.Builder b = Figure.builder()
              .id(id("figure", ++n))
              .what(what)
              .value(value)
              .qualifier(q.get().qualifier());
          sentenceDate(s, false).or(() -> reference).ifPresent(b::date);
          b.addEvidence(doc.evidence(m.start(), m.end()));
          figures.add(b.build());
        }
        for (Mention m : s.of("money")) {
          if (usedMoney.contains(m.start())) {
            continue;
          }
          Views.money(m).ifPresent(mv -> {
            ImmutableFigure.Builder b = Figure.builder()
                .id(id("figure", figures.size() + 1000))
                .what("amount of money")
                .value(Quantity.of(mv.money().amount(), mv.money().currency()))
                .qualifier(mv.qualifier());
            sentenceDate(s, false).or(() -> reference).ifPresent(b::date);
            b.addEvidence(doc.evidence(m.start(), m.end()));
            figures.add(b.build());
          });
        }
      }
    }

    boolean isYearLike(Quantity q) {
      BigDecimal v = q.value();
      return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1900)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    // ----------------------------------------------------------------- dates

    /** The first resolved date of the sentence, at most a month wide (or a day when {@code dayOnly}). */
    Optional<DateSpan> sentenceDate(Sentence s, boolean dayOnly) {
      EnumSet<Precision> ok = dayOnly
          ? EnumSet.of(Precision.DAY)
          : EnumSet.of(Precision.DAY, Precision.DAYS, Precision.WEEK, Precision.PART_OF_MONTH, Precision.MONTH, Precision.MONTHS);
      for (Mention m : s.of("date")) {
        Optional<DateSpan> d = Views.date(m);
        if (d.isPresent() && ok.contains(d.get().precision())) {
          return d;
        }
      }
      return Optional.empty();
    }

    DocumentFacts result() {
      ImmutableList.Builder<Actor> as = ImmutableList.builder();
      for (ActorAcc a : actors.values()) {
        as.add(a.build());
      }
      return DocumentFacts.builder()
          .document(doc)
          .mentions(mentions)
          .actors(as.build())
          .agreements(agreements)
          .pledges(pledges)
          .deployments(deployments)
          .statements(statements)
          .figures(figures)
          .referenceDate(reference)
          .build();
    }
  }

  private static int rank(AgreementKind k) {
    switch (k) {
      case JOINT_DECLARATION:
        return 4;
      case COMMON_POSITION:
        return 3;
      case ACCORD:
        return 2;
      case TREATY:
        return 1;
      default:
        return 0;
    }
  }

  static String trim(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.length() > 200 ? t.substring(0, 200).strip() + "…" : t;
  }

  static String stateName(Country c) {
    switch (c.code()) {
      case "GB":
        return "United Kingdom";
      case "FR":
        return "France";
      case "EU":
        return "European Union";
      case "UN":
        return "United Nations";
      default:
        return new Locale("", c.code()).getDisplayCountry(Locale.ENGLISH);
    }
  }

  private static final class AgreementCandidate {
    final Sentence sentence;
    final int start;
    final int end;
    final AgreementKind kind;
    final Set<Country> parties;
    final boolean concluded;

    AgreementCandidate(Sentence sentence, int start, int end, AgreementKind kind, Set<Country> parties, boolean concluded) {
      this.sentence = sentence;
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.parties = parties;
      this.concluded = concluded;
    }
  }

  /** An actor being collected from its mentions. */
  private static final class ActorAcc {
    final String id;
    final String name;
    final ActorKind kind;
    final Optional<Country> country;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<Evidence> evidence = new ArrayList<>();

    ActorAcc(String id, String name, ActorKind kind, Optional<Country> country) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.country = country;
    }

    Actor build() {
      ImmutableActor.Builder b = Actor.builder().id(id).name(name).kind(kind).country(country);
      aliases.stream().filter(a -> !a.equals(name)).forEach(b::addAliases);
      roles.forEach(r -> b.addRoles(Role.builder().title(r).country(country).build()));
      evidence.stream().distinct().sorted().forEach(b::addEvidence);
      return b.build();
    }
  }
}
