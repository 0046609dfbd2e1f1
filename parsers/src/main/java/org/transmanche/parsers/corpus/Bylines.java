package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.transmanche.model.TransmancheException;

/**
 * Reads a byline standing on its own line: a marker word and one or more names joined by joiner
 * words or commas, such as {@code par Anne Martin & Paul Durand} or {@code by Jane Smith}.
 * Names are capitalised words, with lower-case particles ("de", "van") inside. Words come from the
 * data files. Immutable and thread-safe.
 */
final class Bylines {

  private static final int MAX_LINE = 100;
  private static final int MAX_NAME_WORDS = 5;
  private static final int MAX_NAMES = 6;

  private final ImmutableSet<String> markers;
  private final ImmutableSet<String> joiners;
  private final ImmutableSet<String> particles;

  private Bylines(ImmutableSet<String> markers, ImmutableSet<String> joiners, ImmutableSet<String> particles) {
    this.markers = markers;
    this.joiners = joiners;
    this.particles = particles;
  }

  /**
   * Bylines for rows of {@code kind, word}, kind being marker, joiner or particle.
   *
   * @throws TransmancheException if a kind is unknown
   */
  static Bylines of(List<String[]> rows) {
    ImmutableSet.Builder<String> markers = ImmutableSet.builder();
    ImmutableSet.Builder<String> joiners = ImmutableSet.builder();
    ImmutableSet.Builder<String> particles = ImmutableSet.builder();
    for (String[] row : rows) {
      String word = row[1].toLowerCase(Locale.ROOT);
      switch (row[0]) {
        case "marker":
          markers.add(word);
          break;
        case "joiner":
          joiners.add(word);
          break;
        case "particle":
          particles.add(word);
          break;
        default:
          throw new TransmancheException(
              "byline word '" + row[1] + "': unknown kind '" + row[0] + "'; known: joiner, marker, particle");
      }
    }
    return new Bylines(markers.build(), joiners.build(), particles.build());
  }

  /** The authors that {@code line} names, if the whole line is a byline. */
  Optional<ImmutableList<String>> parse(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_LINE) {
      return Optional.empty();
    }
    String[] words = s.split("\\s+");
    if (words.length < 2 || !markers.contains(words[0].toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.length() > 1 && w.endsWith(",")) {
        tokens.add(w.substring(0, w.length() - 1));
        tokens.add(",");
      } else {
        tokens.add(w);
      }
    }
    ImmutableList.Builder<String> names = ImmutableList.builder();
    List<String> name = new ArrayList<>();
    int count = 0;
    for (String token : tokens) {
      if (joiners.contains(token.toLowerCase(Locale.ROOT))) {
        if (!isName(name)) {
          return Optional.empty();
        }
        names.add(String.join(" ", name));
        count++;
        name.clear();
      } else {
        name.add(token);
      }
    }
    if (!isName(name) || count + 1 > MAX_NAMES) {
      return Optional.empty();
    }
    names.add(String.join(" ", name));
    return Optional.of(names.build());
  }

  private boolean isName(List<String> words) {
    if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (!isCapitalised(last) && !hasParticlePrefix(last)) {
      return false;
    }
    for (String w : words) {
      if (!isCapitalised(w) && !particles.contains(w.toLowerCase(Locale.ROOT)) && !hasParticlePrefix(w)) {
        return false;
      }
    }
    return true;
  }

  /** "d'Estaing": a particle glued by an apostrophe to a capitalised word. */
  private boolean hasParticlePrefix(String w) {
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    return apostrophe > 0
        && apostrophe + 1 < w.length()
        && particles.contains(w.substring(0, apostrophe + 1).toLowerCase(Locale.ROOT).replace('’', '\''))
        && isCapitalised(w.substring(apostrophe + 1));
  }

  private static boolean isCapitalised(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
