package org.transmanche.parsers.recognise.number;

import com.ibm.icu.lang.UCharacter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into {@link Item}s in one left-to-right pass: digit literals, number words (the longest
 * phrase of {@code words.tsv} at each word), single-character fractions, hyphens and the rest. A
 * hyphen between two number words is dropped and marks the second as joined ({@code vingt-quatre}).
 * In {@link NumberReader.Mode#TEXT}, a minus sign glued to digits after a space or an opening bracket
 * is kept as the sign of the literal.
 */
final class Lexer {

  private Lexer() {}

  /** The items of {@code s}, and for each digit literal the start of its sign (or -1). */
  static List<Item> lex(CharSequence s, LanguageData data, NumberReader.Mode mode, List<Integer> signs) {
    int n = s.length();
    List<Item> raw = new ArrayList<>();
    List<Integer> rawSigns = new ArrayList<>();
    boolean space = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Chars.isSpace(c)) {
        space = true;
        i++;
        continue;
      }
      int sign = -1;
      int at = i;
      if (mode == NumberReader.Mode.TEXT && Chars.isDash(c) && i + 1 < n && signable(s, i)
          && DigitLiteral.startsAt(s, i + 1, data.format.decimal)) {
        sign = i;
        at = i + 1;
      }
      if (DigitLiteral.startsAt(s, at, data.format.decimal)) {
        DigitLiteral lit = DigitLiteral.read(s, at, data, mode);
        Item.Type type = lit.fraction ? Item.Type.FRAC : Item.Type.NUM;
        raw.add(new Item(type, at, lit.end, space, false, null, lit.value, lit));
        rawSigns.add(sign);
        i = lit.end;
        space = false;
        continue;
      }
      int cp = Character.codePointAt(s, i);
      if (Chars.isWord(cp)) {
        var m = data.words.matchAt(s, i);
        int e = Chars.tokenEnd(s, i);
        if (m.isPresent() && m.get().start() == i) {
          raw.add(new Item(Item.Type.WORD, i, m.get().end(), space, false, m.get().value(), null, null));
          i = m.get().end();
        } else {
          raw.add(new Item(Item.Type.OTHER, i, e, space, false, null, null, null));
          i = e;
        }
        rawSigns.add(-1);
        space = false;
        continue;
      }
      int e = i + Character.charCount(cp);
      BigDecimal vulgar = vulgarFraction(cp);
      Item.Type type = vulgar != null ? Item.Type.FRAC : Chars.isDash(c) ? Item.Type.HYPHEN : Item.Type.OTHER;
      raw.add(new Item(type, i, e, space, false, null, vulgar, null));
      rawSigns.add(-1);
      space = false;
      i = e;
    }
    List<Item> out = new ArrayList<>(raw.size());
    for (int k = 0; k < raw.size(); k++) {
      Item it = raw.get(k);
      if (it.type == Item.Type.HYPHEN && !out.isEmpty() && k + 1 < raw.size()
          && out.get(out.size() - 1).type == Item.Type.WORD && raw.get(k + 1).type == Item.Type.WORD) {
        raw.set(k + 1, raw.get(k + 1).joined());
        continue;
      }
      out.add(it);
      signs.add(rawSigns.get(k));
    }
    return out;
  }

  /** A dash may be a sign when nothing or a space or opening bracket precedes it. */
  private static boolean signable(CharSequence s, int i) {
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    return Chars.isSpace(p) || p == '(' || p == '[' || p == '{' || p == '=' || p == ':';
  }

  /** The value of a one-character fraction such as ½ or ⅔, or null. */
  private static BigDecimal vulgarFraction(int cp) {
    if (Character.getType(cp) != Character.OTHER_NUMBER) {
      return null;
    }
    double v = UCharacter.getUnicodeNumericValue(cp);
    if (v == UCharacter.NO_NUMERIC_VALUE || v <= 0 || v >= 1) {
      return null;
    }
    return new BigDecimal(v).round(MathContext.DECIMAL64);
  }
}
