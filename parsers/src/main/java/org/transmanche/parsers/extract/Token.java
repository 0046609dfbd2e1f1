package org.transmanche.parsers.extract;

/** A word of a text: its folded form and its span in the source. */
final class Token {
  final String folded;
  final int start;
  final int end;

  Token(String folded, int start, int end) {
    this.folded = folded;
    this.start = start;
    this.end = end;
  }

  @Override
  public String toString() {
    return folded + "@" + start;
  }

  /** Splits into words: letter/digit runs, with inner apostrophes and hyphens kept ("aujourd'hui", "franco-britannique"); elided articles ("l'", "d'") become their own token. */
  static java.util.List<Token> tokenize(String text, int offset) {
    java.util.List<Token> out = new java.util.ArrayList<>();
    String f = Fold.fold(text);
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char d = f.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if ((d == '-' || d == '\'') && i + 1 < n && Character.isLetterOrDigit(f.charAt(i + 1))) {
          if (d == '\'' && i - start <= 2) {
            // elision: "l'", "d'", "qu'" stand alone
            i++;
            break;
          }
          i++;
        } else {
          break;
        }
      }
      out.add(new Token(f.substring(start, i), offset + start, offset + i));
    }
    return out;
  }
}
