package org.transmanche.parsers.recognise.number;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.transmanche.model.Quantity;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;

/**
 * Finds bare numbers: mentions of type {@code quantity} whose value is a model {@link Quantity}
 * without a unit ({@code cinq}, {@code 1 200}, {@code two-thirds}, {@code une dizaine}).
 *
 * <p>A number is not reported when it is part of something else: inside an earlier {@code money}
 * mention (so this recogniser {@linkplain #requires() requires} the money one) or an earlier {@code
 * date} mention when the passage holds some; glued to letters ({@code 29km}, {@code A16}, {@code
 * 4th}, {@code 1er}); next to a month name ({@code 28 août}, {@code May 4}); or a year, that is four
 * plain digits from 1900 to 2100 not right after a currency sign. Numbers with a unit are the quantity recogniser's; in the pipeline
 * its longer mentions win over these.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * new NumberRecogniser().recognise(Passage.of("Il y a vingt-quatre heures", "fr"));
 * // [quantity [7, 19) "vingt-quatre" 24]
 * }</pre>
 */
public final class NumberRecogniser implements Recogniser {

  /** The recogniser's name. */
  public static final String NAME = "number";

  /** The type of its mentions. */
  public static final String TYPE = "quantity";

  private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1900);
  private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2100);

  /** A recogniser over the bundled data. */
  public NumberRecogniser() {}

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
    NumberReader reader = NumberReader.forLanguage(passage.language());
    List<int[]> taken = new ArrayList<>();
    for (Mention m : passage.mentions()) {
      if (m.type().equals("money") || m.type().equals("date")) {
        taken.add(new int[] {m.start() - passage.offset(), m.end() - passage.offset()});
      }
    }
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    for (NumberSpan s : reader.findAll(text)) {
      if (s.gluedBefore() || s.gluedAfter() || inside(taken, s) || year(text, s) || reader.nextToDateWord(text, s)) {
        continue;
      }
      out.add(passage.mention(s.start(), s.end(), TYPE, NAME, Quantity.number(s.value())));
    }
    return out.build();
  }

  private static boolean inside(List<int[]> taken, NumberSpan s) {
    for (int[] t : taken) {
      if (s.start() < t[1] && t[0] < s.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean year(String text, NumberSpan s) {
    if (s.end() - s.start() != 4) {
      return false;
    }
    for (int i = s.start(); i < s.end(); i++) {
      if (!Chars.isDigit(text.charAt(i))) {
        return false;
      }
    }
    if (s.start() > 0 && Character.getType(text.charAt(s.start() - 1)) == Character.CURRENCY_SYMBOL) {
      return false;
    }
    return s.value().compareTo(FIRST_YEAR) >= 0 && s.value().compareTo(LAST_YEAR) <= 0;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
