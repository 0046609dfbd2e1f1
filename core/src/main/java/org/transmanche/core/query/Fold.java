package org.transmanche.core.query;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.List;

/**
 * Folding for accent- and case-insensitive matching: decomposes, drops combining marks, lower-cases,
 * makes typographic apostrophes and dashes plain, splits ligatures and collapses white space.
 * Stateless; one pass over the text.
 */
final class Fold {

  private Fold() {}

  /** The folded form of {@code text}: "Mme  Bouchart’s" becomes "mme bouchart's". */
  static String fold(CharSequence text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    boolean space = false;
    for (int i = 0; i < nfd.length(); ) {
      int cp = nfd.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x00AD) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      appendFolded(out, cp);
    }
    return out.toString();
  }

  private static void appendFolded(StringBuilder out, int cp) {
    switch (cp) {
      case 0x2019:
      case 0x2018:
      case 0x02BC:
      case 0x00B4:
      case 0x0060:
        out.append('\'');
        return;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2212:
        out.append('-');
        return;
      case 0x0153:
      case 0x0152:
        out.append("oe");
        return;
      case 0x00E6:
      case 0x00C6:
        out.append("ae");
        return;
      case 0x00DF:
        out.append("ss");
        return;
      default:
        out.appendCodePoint(Character.toLowerCase(cp));
    }
  }

  /** The runs of letters and digits of an already folded text, in order. */
  static ImmutableList<String> tokens(String folded) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int start = -1;
    for (int i = 0; i < folded.length(); i++) {
      boolean word = Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(folded.substring(start));
    }
    return out.build();
  }

  /** The tokens of {@code text} once folded. */
  static ImmutableList<String> foldedTokens(CharSequence text) {
    return tokens(fold(text));
  }

  /** Whether {@code needle} occurs in {@code hay} as a run of whole, consecutive tokens. */
  static boolean containsRun(List<String> hay, List<String> needle) {
    if (needle.isEmpty() || needle.size() > hay.size()) {
      return false;
    }
    for (int i = 0; i + needle.size() <= hay.size(); i++) {
      if (hay.subList(i, i + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }
}
