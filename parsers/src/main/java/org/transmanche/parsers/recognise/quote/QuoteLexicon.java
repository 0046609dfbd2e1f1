package org.transmanche.parsers.recognise.quote;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.transmanche.model.TransmancheException;

/**
 * The word lists of one language that the quote recogniser reads: speech verbs, auxiliaries,
 * pronouns, source markers, determiners, titles, prepositions, adverbs and abbreviations. Loaded once
 * from {@code org/transmanche/parsers/recognise/quote/<lang>/}; immutable and thread-safe.
 */
final class QuoteLexicon {

  static final String ROOT = "/org/transmanche/parsers/recognise/quote/";

  private static final Splitter BAR = Splitter.on('|').trimResults().omitEmptyStrings();

  final String language;
  final Tokens tokens;
  final Phrases verbs;
  /** Speech verbs that count only after a reflexive particle. */
  final Phrases reflexiveVerbs;
  final Phrases auxiliaries;
  final Phrases reflexives;
  final Phrases personPronouns;
  final Phrases groupPronouns;
  final Phrases objectPronouns;
  final Phrases sources;
  final Phrases actorSources;
  final Phrases determiners;
  final Phrases titles;
  final Phrases prepositions;
  final Phrases adverbs;
  final Phrases complementisers;
  final ImmutableSet<String> abbreviations;
  final ImmutableSet<String> collectiveWords;
  /** Inversion suffixes such as {@code -t-il}, longest first. */
  final ImmutableList<String> inversions;

  private QuoteLexicon(String language) {
    this.language = language;
    this.tokens = new Tokens(ImmutableSet.copyOf(raw(language, "elisions.txt")));
    this.verbs = phrases(language, "speech-verbs.txt");
    this.reflexiveVerbs = phrases(language, "speech-verbs-reflexive.txt");
    this.auxiliaries = phrases(language, "auxiliaries.txt");
    this.reflexives = phrases(language, "reflexives.txt");
    this.personPronouns = phrases(language, "pronouns-person.txt");
    this.groupPronouns = phrases(language, "pronouns-group.txt");
    this.objectPronouns = phrases(language, "pronouns-object.txt");
    this.sources = phrases(language, "sources.txt");
    this.actorSources = phrases(language, "sources-actor.txt");
    this.determiners = phrases(language, "determiners.txt");
    this.titles = phrases(language, "titles.txt");
    this.prepositions = phrases(language, "prepositions.txt");
    this.adverbs = phrases(language, "adverbs.txt");
    this.complementisers = phrases(language, "complementisers.txt");
    this.abbreviations = ImmutableSet.copyOf(raw(language, "abbreviations.txt"));
    this.collectiveWords = ImmutableSet.copyOf(raw(language, "collective-words.txt"));
    List<String> inv = new ArrayList<>(raw(language, "inversions.txt"));
    inv.sort(Comparator.comparingInt(String::length).reversed());
    this.inversions = ImmutableList.copyOf(inv);
  }

  /** The lexicon for a passage language: French for {@code "fr"}, English for anything else. */
  static QuoteLexicon forLanguage(String language) {
    return "fr".equals(language) ? Holder.FR : Holder.EN;
  }

  /** Both lexicons, French first. */
  static ImmutableList<QuoteLexicon> all() {
    return ImmutableList.of(Holder.FR, Holder.EN);
  }

  private static final class Holder {
    static final QuoteLexicon FR = new QuoteLexicon("fr");
    static final QuoteLexicon EN = new QuoteLexicon("en");
  }

  /**
   * If {@code norm} is a hyphenated inversion such as {@code a-t-il} or {@code dit-elle}, the verb
   * part ({@code a}, {@code dit}); empty otherwise.
   */
  Optional<String> inversionBase(String norm) {
    for (String suffix : inversions) {
      if (norm.length() > suffix.length() && norm.endsWith(suffix)) {
        return Optional.of(norm.substring(0, norm.length() - suffix.length()));
      }
    }
    return Optional.empty();
  }

  /** The pronoun of an inversion ({@code il} for {@code a-t-il}); empty if none. */
  Optional<String> inversionPronoun(String norm) {
    for (String suffix : inversions) {
      if (norm.length() > suffix.length() && norm.endsWith(suffix)) {
        return Optional.of(suffix.substring(suffix.lastIndexOf('-') + 1));
      }
    }
    return Optional.empty();
  }

  private Phrases phrases(String language, String file) {
    List<ImmutableList<String>> entries = new ArrayList<>();
    for (String e : raw(language, file)) {
      ImmutableList<Token> toks = tokens.of(e, 0, e.length());
      entries.add(toks.stream().map(Token::norm).collect(ImmutableList.toImmutableList()));
    }
    return new Phrases(entries);
  }

  /** The normalised entries of a list file. */
  static List<String> raw(String language, String file) {
    String path = ROOT + language + "/" + file;
    try (InputStream in = QuoteLexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new TransmancheException("quote word list " + path + " is missing from the class path");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        for (String e : BAR.split(t)) {
          out.add(Tokens.normalise(e));
        }
      }
      return out;
    } catch (IOException e) {
      throw new TransmancheException("cannot read quote word list " + path, e);
    }
  }
}
