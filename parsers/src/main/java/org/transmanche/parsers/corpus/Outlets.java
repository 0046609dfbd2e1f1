package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.gazetteer.Gazetteer;

/**
 * Outlet names: the canonical name of each known outlet and the other names headers give it, from
 * {@code outlets.tsv}. Names are compared folded (case, accents, apostrophes, spacing). Immutable
 * and thread-safe.
 */
final class Outlets {

  private static final String QUOTES = "«»\"“”‘’'„";

  private final ImmutableMap<String, String> canonicalByName;

  private Outlets(ImmutableMap<String, String> canonicalByName) {
    this.canonicalByName = canonicalByName;
  }

  /**
   * Outlets from rows of {@code canonical, alias...}.
   *
   * @throws TransmancheException if two outlets claim the same name
   */
  static Outlets of(List<String[]> rows) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (String[] row : rows) {
      String canonical = row[0];
      for (String name : row) {
        if (name.isEmpty()) {
          continue;
        }
        String previous = byName.putIfAbsent(Gazetteer.fold(name), canonical);
        if (previous != null && !previous.equals(canonical)) {
          throw new TransmancheException(
              "outlet name '" + name + "' is given to both '" + previous + "' and '" + canonical + "'");
        }
      }
    }
    return new Outlets(ImmutableMap.copyOf(byName));
  }

  /**
   * The canonical name for the outlet part of a header: a known outlet's canonical name, else the
   * cleaned header text with a capital first letter.
   */
  String canonical(String headerOutlet) {
    String cleaned = clean(headerOutlet);
    String known = canonicalByName.get(Gazetteer.fold(cleaned));
    if (known != null) {
      return known;
    }
    return cleaned.isEmpty() ? cleaned : cleaned.substring(0, 1).toUpperCase(Locale.ROOT) + cleaned.substring(1);
  }

  /** The canonical name of the known outlet that {@code text} names exactly, if any. */
  Optional<String> known(String text) {
    String cleaned = clean(text);
    return cleaned.length() > 80 ? Optional.empty() : Optional.ofNullable(canonicalByName.get(Gazetteer.fold(cleaned)));
  }

  /**
   * The outlet part of a header without its decoration: surrounding quotes, a trailing
   * parenthesised tag such as "(UK)", trailing punctuation, typographic apostrophes and runs of
   * spaces.
   */
  static String clean(String outlet) {
    String s = outlet.replace('’', '\'').replaceAll("\\s+", " ").strip();
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      if (s.endsWith(")")) {
        int open = s.lastIndexOf('(');
        if (open > 0 && s.length() - open <= 12) {
          s = s.substring(0, open).strip();
          changed = true;
          continue;
        }
      }
      char first = s.charAt(0);
      char last = s.charAt(s.length() - 1);
      if (QUOTES.indexOf(first) >= 0 && s.length() > 1) {
        s = s.substring(1).strip();
        changed = true;
      } else if (QUOTES.indexOf(last) >= 0 || ",;:-–—".indexOf(last) >= 0) {
        s = s.substring(0, s.length() - 1).strip();
        changed = true;
      }
    }
    return s;
  }
}
