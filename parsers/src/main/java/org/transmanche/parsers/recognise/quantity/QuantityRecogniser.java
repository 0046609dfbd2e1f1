package org.transmanche.parsers.recognise.quantity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.number.NumberReader;
import org.transmanche.parsers.recognise.number.NumberSpan;
import org.transmanche.parsers.recognise.number.PhraseTable;

/**
 * Finds numbers with a unit: people ({@code 200 policiers}, {@code 1 200 migrants}, {@code une
 * dizaine de migrants}), counted things ({@code 155 réseaux}, {@code 19,003 stowaways}), lengths and
 * heights ({@code 20 km}, {@code nine-foot}, {@code quatre mètres}) and percentages ({@code plus de 60
 * %}). Mentions have type {@code quantity} and a {@link QuantityReading} value: a model {@link
 * Quantity} with a normalised unit ({@code people}, {@code km}, {@code m}, {@code ft}, {@code
 * percent}, or a counted noun such as {@code arrests}) and a qualifier.
 *
 * <p>The unit follows the number, after an optional hyphen, at most two modifiers ({@code 200
 * additional officers}) and, after a collective, a scale or a share below one ({@code two-thirds of
 * people}), {@code de}/{@code of}. Units, modifiers and
 * links are data under {@code recognise/quantity/{fr,en}/}. Numbers inside earlier {@code money}
 * mentions (so this recogniser {@linkplain #requires() requires} the money one) or {@code date}
 * mentions are left alone, as are numbers glued to a letter before them ({@code A16}).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * new QuantityRecogniser().recognise(Passage.of("plus de 60 % des tentatives", "fr"));
 * // [quantity [0, 12) "plus de 60 %" AT_LEAST 60 percent]
 * }</pre>
 */
public final class QuantityRecogniser implements Recogniser {

  /** The recogniser's name and the type of its mentions. */
  public static final String NAME = "quantity";

  private static final int MAX_MODIFIERS = 2;

  private static final Data FRENCH = new Data("fr");
  private static final Data ENGLISH = new Data("en");

  /** The unit knowledge of one language. */
  private static final class Data {
    final PhraseTable<String> units;
    final PhraseTable<Boolean> modifiers;
    final PhraseTable<Boolean> links;

    Data(String language) {
      String dir = language + "/";
      this.units =
          PhraseTable.<String>builder()
              .hyphensJoin(true)
              .addResource(QuantityRecogniser.class, dir + "units.tsv", cols -> single(cols))
              .build();
      this.modifiers =
          PhraseTable.<Boolean>builder()
              .hyphensJoin(true)
              .addResource(QuantityRecogniser.class, dir + "modifiers.tsv", cols -> true)
              .build();
      this.links =
          PhraseTable.<Boolean>builder().addResource(QuantityRecogniser.class, dir + "links.tsv", cols -> true).build();
    }

    private static String single(List<String> cols) {
      if (cols.size() != 1 || !cols.get(0).matches("[a-z]+")) {
        throw new IllegalArgumentException("expected one lower-case unit, got " + cols);
      }
      return cols.get(0);
    }
  }

  /** A recogniser over the bundled data. */
  public QuantityRecogniser() {}

  @Override
  public String name() {
    return NAME;
  }

  /** The money recogniser, whose spans this one leaves alone. */
  @Override
  public ImmutableSet<String> requires() {
    return ImmutableSet.of("money");
  }

  @Override
  public ImmutableList<Mention> recognise(Passage passage) {
    String text = passage.text();
    Data data = "fr".equals(passage.language()) ? FRENCH : ENGLISH;
    NumberReader reader = NumberReader.forLanguage(passage.language());
    List<int[]> taken = new ArrayList<>();
    for (Mention m : passage.mentions()) {
      if (m.type().equals("money") || m.type().equals("date")) {
        taken.add(new int[] {m.start() - passage.offset(), m.end() - passage.offset()});
      }
    }
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    int consumed = 0;
    for (NumberSpan n : reader.findAll(text, NumberReader.Mode.MEASURE)) {
      if (n.start() < consumed || n.gluedBefore() || n.value().signum() < 0 || overlaps(taken, n.start(), n.end())) {
        continue;
      }
      Optional<PhraseTable.Match<String>> unit = unitAfter(text, data, n);
      if (unit.isEmpty() || overlaps(taken, n.start(), unit.get().end())) {
        continue;
      }
      int floor = consumed;
      Optional<PhraseTable.Match<Qualifier>> q =
          reader
              .qualifierEndingAt(text, n.start())
              .filter(m -> m.start() >= floor && !overlaps(taken, m.start(), m.end()));
      Qualifier qualifier = q.map(PhraseTable.Match::value).orElse(n.qualifier());
      int start = q.map(PhraseTable.Match::start).orElse(n.start());
      int end = unit.get().end();
      QuantityReading reading = QuantityReading.of(Quantity.of(n.value(), unit.get().value()), qualifier);
      out.add(passage.mention(start, end, NAME, NAME, reading));
      consumed = end;
    }
    return out.build();
  }

  /** The unit after a number, past a hyphen, modifiers or a link word. */
  private static Optional<PhraseTable.Match<String>> unitAfter(String text, Data data, NumberSpan n) {
    int p = n.end();
    if (n.gluedAfter()) {
      return data.units.matchAt(text, p).filter(m -> m.start() == n.end());
    }
    int q = skipSpace(text, p);
    if (q < text.length() && isDash(text.charAt(q))) {
      Optional<PhraseTable.Match<String>> u = data.units.matchAt(text, q + 1);
      if (u.isPresent() && u.get().start() == q + 1) {
        return u;
      }
      return Optional.empty();
    }
    boolean collective = n.qualifier() != Qualifier.EXACT || n.multiplier().compareTo(BigDecimal.ONE) > 0;
    // a share such as "two-thirds" or "a half" takes its unit after a link word too: "two-thirds of people"
    boolean share = n.value().signum() > 0 && n.value().compareTo(BigDecimal.ONE) < 0;
    if (collective || share) {
      Optional<PhraseTable.Match<Boolean>> link = data.links.matchAt(text, p);
      if (link.isPresent() && Passage.sameParagraph(text, p, link.get().start())) {
        p = link.get().end();
      }
    }
    for (int i = 0; i <= MAX_MODIFIERS; i++) {
      Optional<PhraseTable.Match<String>> u = data.units.matchAt(text, p);
      if (u.isPresent() && Passage.sameParagraph(text, n.end(), u.get().start())) {
        return u;
      }
      Optional<PhraseTable.Match<Boolean>> m = data.modifiers.matchAt(text, p);
      if (m.isEmpty() || !Passage.sameParagraph(text, p, m.get().start())) {
        break;
      }
      p = m.get().end();
    }
    return Optional.empty();
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (start < t[1] && t[0] < end) {
        return true;
      }
    }
    return false;
  }


  private static int skipSpace(String text, int i) {
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  @Override
  public String toString() {
    return NAME;
  }
}
