package org.transmanche.parsers.recognise.quote;

import java.util.List;
import java.util.function.Predicate;
import org.transmanche.parsers.recognise.Mention;

/**
 * The default test of whether an actor mention names a person, from the shape of its text alone: after
 * leading determiners and titles, one to five words, none in upper case only (an acronym), none in
 * the collective-word lists of either language ("ministère", "Office", "France"), and no lower-case
 * word other than a name particle ("de", "van"). Used until the actor value's kind is read instead;
 * see {@link QuoteRecogniser#QuoteRecogniser(Predicate)}. Immutable and thread-safe.
 */
final class PersonNames implements Predicate<Mention> {

  private static final List<String> PARTICLES = List.of("de", "du", "des", "d'", "la", "le", "van", "von", "der", "da", "di", "del", "bin", "ben", "al", "el", "y");

  static final PersonNames INSTANCE = new PersonNames();

  private PersonNames() {}

  @Override
  public boolean test(Mention m) {
    for (QuoteLexicon lex : QuoteLexicon.all()) {
      if (!looksLikePerson(lex, m.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikePerson(QuoteLexicon lex, String text) {
    List<Token> toks = lex.tokens.of(text, 0, text.length()).stream().filter(Token::word).toList();
    int i = 0;
    while (i < toks.size() && (lex.determiners.contains(toks.get(i).norm()) || lex.titles.contains(toks.get(i).norm()))) {
      i++;
    }
    int words = toks.size() - i;
    if (words < 1 || words > 5) {
      return false;
    }
    for (int k = i; k < toks.size(); k++) {
      Token t = toks.get(k);
      String raw = text.substring(t.start(), t.end());
      if (lex.collectiveWords.contains(t.norm())) {
        return false;
      }
      if (raw.length() >= 2 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(raw.charAt(0))) {
        return false;
      }
      if (!t.capitalised() && !PARTICLES.contains(t.norm())) {
        return false;
      }
    }
    return true;
  }
}
