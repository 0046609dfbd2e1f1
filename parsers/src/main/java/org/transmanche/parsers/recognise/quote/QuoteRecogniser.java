package org.transmanche.parsers.recognise.quote;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;

/**
 * Finds quotations in French and English text and who said them: recogniser {@code "quote"}, mention
 * type {@code "quote"}, value {@link QuoteReading}. It reads the {@code actor} mentions already in the
 * passage to name speakers, so it {@linkplain #requires() requires} the actor recogniser.
 *
 * <p>One mention per top-level quote, spanning the quote with its marks (or up to where an unclosed
 * quote was bounded); quotes nested in another are part of it. How marks are paired and unclosed
 * quotes bounded is described in the package documentation; how speakers are found, in the order
 * verb after, colon, verb before, source marker ("selon"), incise, then borrowing from the same
 * sentence, the continued paragraph or the previous sentence, likewise. Speech verbs, pronouns and
 * other words are read from {@code org/transmanche/parsers/recognise/quote/{fr,en}/}.
 *
 * <p>Immutable and thread-safe; the word lists are loaded once per class loader. Linear in the
 * passage length: the marks are paired in one pass, and each attribution reads a bounded window.
 *
 * <pre>{@code
 * new QuoteRecogniser().recognise(Passage.of("« Non », dit-il.", "fr")).get(0).value(QuoteReading.class).text(); // "Non"
 * }</pre>
 */
public final class QuoteRecogniser implements Recogniser {

  /** The recogniser name and mention type, {@code "quote"}. */
  public static final String NAME = "quote";

  private static final ImmutableSet<String> REQUIRES = ImmutableSet.of("actor");

  /** Quotes with fewer words than this and no attribution are slogans. */
  static final int SLOGAN_WORDS = 4;

  private final Predicate<? super Mention> isPerson;

  /**
   * A recogniser that tells persons from other actors by the shape of the actor mention's text (one
   * to five capitalised words, no acronym, no word such as "ministère" or "Office").
   *
   * @throws org.transmanche.model.TransmancheException if a word list is missing from the class path
   */
  public QuoteRecogniser() {
    this(PersonNames.INSTANCE);
  }

  /**
   * A recogniser that asks {@code isPerson} whether an {@code actor} mention names a person, for
   * pronoun resolution and to prefer a person among several actors, for instance {@code m ->
   * m.value() instanceof ActorReading a && a.kind() == ActorKind.PERSON}. The predicate must be
   * thread-safe and must not throw.
   *
   * @throws NullPointerException if {@code isPerson} is null
   * @throws org.transmanche.model.TransmancheException if a word list is missing from the class path
   */
  public QuoteRecogniser(Predicate<? super Mention> isPerson) {
    this.isPerson = Objects.requireNonNull(isPerson, "isPerson");
    QuoteLexicon.all();
  }

  /** {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /** {@code {"actor"}}: speakers are read from actor mentions. */
  @Override
  public ImmutableSet<String> requires() {
    return REQUIRES;
  }

  /**
   * The quotes of the passage, sorted by start, in document offsets; never null, never throws on any
   * text.
   *
   * @throws NullPointerException if {@code passage} is null
   */
  @Override
  public ImmutableList<Mention> recognise(Passage passage) {
    String text = passage.text();
    if (text.isEmpty()) {
      return ImmutableList.of();
    }
    QuoteLexicon lex = QuoteLexicon.forLanguage(passage.language());
    List<Breaks.Break> breaks = Breaks.of(text);
    List<Marks.Quote> quotes = Marks.find(text, breaks, lex.abbreviations);
    if (quotes.isEmpty()) {
      return ImmutableList.of();
    }
    Sentences sentences = Sentences.of(text, quotes, breaks, lex.abbreviations);
    Attributor.Attribution[] attributions = new Attributor(lex, passage, quotes, sentences, isPerson).run();
    int offset = passage.offset();
    List<Mention> out = new ArrayList<>(quotes.size());
    for (int k = 0; k < quotes.size(); k++) {
      Marks.Quote q = quotes.get(k);
      Attributor.Attribution a = attributions[k];
      String inner = text.substring(q.innerStart(), q.innerEnd());
      ImmutableQuoteReading.Builder r =
          QuoteReading.builder()
              .text(inner)
              .textStart(offset + q.innerStart())
              .textEnd(offset + q.innerEnd())
              .closed(q.closed());
      if (a == null) {
        r.attribution(QuoteReading.NONE).slogan(words(lex, inner) < SLOGAN_WORDS);
      } else {
        r.attribution(a.kind()).slogan(false).speaker(a.speaker());
        if (a.speakerStart() >= 0 && a.speakerEnd() > a.speakerStart()) {
          r.speakerText(text.substring(a.speakerStart(), a.speakerEnd()))
              .speakerStart(offset + a.speakerStart())
              .speakerEnd(offset + a.speakerEnd());
        } else if (a.speaker().isPresent()) {
          Mention m = a.speaker().get();
          r.speakerText(m.text()).speakerStart(m.start()).speakerEnd(m.end());
        }
      }
      out.add(passage.mention(q.open(), q.end(), NAME, NAME, r.build()));
    }
    return ImmutableList.copyOf(out);
  }

  private static int words(QuoteLexicon lex, String s) {
    int n = 0;
    for (Token t : lex.tokens.of(s, 0, s.length())) {
      if (t.word()) {
        n++;
      }
    }
    return n;
  }

  /** The recogniser name, for messages. */
  @Override
  public String toString() {
    return "QuoteRecogniser";
  }
}
