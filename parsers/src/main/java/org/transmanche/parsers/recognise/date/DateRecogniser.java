package org.transmanche.parsers.recognise.date;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.transmanche.model.Precision;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;

/**
 * Finds dates in French and English text and resolves them to {@link org.transmanche.model.DateSpan}s:
 * absolute dates ("28 août 2014", "20/09/2014", "September 20, 2014"), partial ones ("fin juillet",
 * "mi-novembre", "les trois premiers mois de 2019"), relative ones ("hier", "jeudi", "la semaine
 * passée", "two weeks ago") and open periods ("depuis 2004", "until 2020").
 *
 * <p>Each mention has type {@code "date"} and a {@link DateReading} value. Relative expressions are
 * resolved against {@link Passage#referenceDate()}; without one they keep their wording and an empty
 * span. A day name points to the nearest past such day (the document day itself included) unless
 * future wording stands nearby ("will", "se tiendra", "prochain"); an incomplete date takes the
 * nearest year, or the next one in a future context. Numeric dates are read day first.
 *
 * <p>All language knowledge is in data files under {@code recognise/date/{fr,en}/}, read once by the
 * constructor. Instances are immutable and thread-safe; reuse one.
 *
 * <pre>{@code
 * DateRecogniser r = new DateRecogniser();
 * r.recognise(Passage.of("Il est arrivé fin juillet 2014.", "fr")); // one mention, 2014-07-21..31
 * }</pre>
 */
public final class DateRecogniser implements Recogniser {

  /** The recogniser's name and the type of its mentions. */
  public static final String NAME = "date";

  private final DateGrammar french;
  private final DateGrammar english;

  /**
   * A recogniser with the bundled French and English data.
   *
   * @throws java.io.UncheckedIOException if a bundled data file is missing
   * @throws IllegalArgumentException if a bundled data file is malformed (naming file and line)
   */
  public DateRecogniser() {
    CalendarRules rules = CalendarRules.load();
    this.french = new DateGrammar(DateLexicon.load("fr"), rules);
    this.english = new DateGrammar(DateLexicon.load("en"), rules);
  }

  /** Returns {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * The date mentions of the passage, sorted by start, never overlapping, in document offsets.
   * Passages in languages other than French are read as English. Never throws on any text.
   *
   * @throws NullPointerException if {@code passage} is null
   */
  @Override
  public ImmutableList<Mention> recognise(Passage passage) {
    checkNotNull(passage, "passage");
    String text = passage.text();
    if (text.isEmpty()) {
      return ImmutableList.of();
    }
    DateGrammar grammar = passage.french() ? french : english;
    List<DateToken> tokens = DateToken.tokenise(text);
    LocalDate ref = passage.referenceDate().orElse(null);
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    for (DateGrammar.Found f : grammar.parse(tokens)) {
      int start = tokens.get(f.start).start;
      int end = tokens.get(f.end - 1).end;
      String wording = text.substring(start, end);
      if (wording.isBlank()) {
        continue;
      }
      Span span = f.expr.resolve(ref, f.future ? Dir.FUTURE : Dir.NEAREST);
      if (span != null && f.open != null) {
        span = span.with(runOf(span.precision));
      }
      ImmutableDateReading.Builder b =
          DateReading.builder()
              .wording(wording)
              .relative(f.expr.relative)
              .future(f.future)
              .inclusive(f.open == null || f.inclusive);
      if (span != null) {
        b.span(span.toDateSpan(wording));
      }
      if (f.open != null) {
        b.openEnded(f.open);
      }
      out.add(passage.mention(start, end, NAME, NAME, b.build()));
    }
    return out.build();
  }

  /** The precision of an open period anchored on a span of the given precision ("since 2004": YEARS). */
  private static Precision runOf(Precision p) {
    switch (p) {
      case DAY:
      case WEEK:
        return Precision.DAYS;
      case MONTH:
        return Precision.MONTHS;
      case YEAR:
        return Precision.YEARS;
      default:
        return p;
    }
  }

  @Override
  public String toString() {
    return "DateRecogniser";
  }
}
