package org.transmanche.parsers.language;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.transmanche.model.TransmancheException;

/**
 * Identifies the language of a text by counting frequent function words ("le", "des", "the",
 * "which") of each known language. Words that two languages share are not counted.
 *
 * <p>The language with the most hits wins; a text with no hit, or a tie, is {@value #UNDETERMINED}.
 * One left-to-right pass over the text. Immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageIdentifier.defaults().identify("Les ministres se sont rencontrés."); // "fr"
 * LanguageIdentifier.defaults().identify("The ministers met in London.");     // "en"
 * }</pre>
 */
public final class LanguageIdentifier {

  /** The code returned when no language can be told: {@code "und"} (ISO 639-2). */
  public static final String UNDETERMINED = "und";

  private static final String ROOT = "/org/transmanche/parsers/language/";

  private final ImmutableList<String> languages;
  /** Word -> the one language it signals. */
  private final ImmutableMap<String, String> signals;

  private LanguageIdentifier(Map<String, ImmutableSet<String>> stopwords) {
    this.languages = ImmutableList.copyOf(stopwords.keySet());
    Map<String, String> owner = new HashMap<>();
    Map<String, Boolean> shared = new HashMap<>();
    stopwords.forEach(
        (language, words) -> {
          for (String w : words) {
            String previous = owner.putIfAbsent(w, language);
            if (previous != null && !previous.equals(language)) {
              shared.put(w, true);
            }
          }
        });
    shared.keySet().forEach(owner::remove);
    this.signals = ImmutableMap.copyOf(owner);
  }

  /**
   * The identifier for the languages shipped with Transmanche (French and English), loaded once.
   *
   * @throws TransmancheException if the word lists are missing from the class path
   */
  public static LanguageIdentifier defaults() {
    return Holder.DEFAULT;
  }

  /**
   * An identifier for the given word lists.
   *
   * @param stopwords frequent words of each language, keyed by ISO-639-1 code; words must be lower
   *     case
   * @throws IllegalArgumentException if a code is not two lower-case letters
   */
  public static LanguageIdentifier of(Map<String, ? extends Iterable<String>> stopwords) {
    Map<String, ImmutableSet<String>> copy = new LinkedHashMap<>();
    stopwords.forEach(
        (language, words) -> {
          checkArgument(language.matches("[a-z]{2}"), "language '%s' is not an ISO-639-1 code", language);
          copy.put(language, ImmutableSet.copyOf(words));
        });
    return new LanguageIdentifier(copy);
  }

  /** The ISO-639-1 codes this identifier can return, in the order they were given; never null. */
  public ImmutableList<String> languages() {
    return languages;
  }

  /**
   * The language of {@code text}: one of {@link #languages()}, or {@value #UNDETERMINED}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public String identify(CharSequence text) {
    checkNotNull(text, "text");
    return identify(text, 0, text.length());
  }

  /**
   * The language of {@code text[start, end)}: one of {@link #languages()}, or {@value
   * #UNDETERMINED}.
   *
   * @throws IndexOutOfBoundsException if the range is not inside the text
   */
  public String identify(CharSequence text, int start, int end) {
    ImmutableMap<String, Integer> scores = scores(text, start, end);
    String best = UNDETERMINED;
    int bestScore = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
        tie = false;
      } else if (e.getValue() == bestScore && bestScore > 0) {
        tie = true;
      }
    }
    return tie ? UNDETERMINED : best;
  }

  /**
   * How many words of {@code text[start, end)} signal each language; every language of {@link
   * #languages()} is a key, in that order.
   *
   * @throws IndexOutOfBoundsException if the range is not inside the text
   */
  public ImmutableMap<String, Integer> scores(CharSequence text, int start, int end) {
    checkNotNull(text, "text");
    checkPositionIndexes(start, end, text.length());
    Map<String, Integer> counts = new LinkedHashMap<>();
    languages.forEach(l -> counts.put(l, 0));
    StringBuilder word = new StringBuilder();
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(c);
        continue;
      }
      if (word.length() > 0) {
        String language = signals.get(word.toString().toLowerCase(Locale.ROOT));
        if (language != null) {
          counts.merge(language, 1, Integer::sum);
        }
        word.setLength(0);
      }
    }
    return ImmutableMap.copyOf(counts);
  }

  private static final class Holder {
    static final LanguageIdentifier DEFAULT = load();
  }

  private static LanguageIdentifier load() {
    Map<String, ImmutableSet<String>> lists = new LinkedHashMap<>();
    for (String language : lines(ROOT + "languages.txt")) {
      lists.put(language, ImmutableSet.copyOf(lines(ROOT + language + "/stopwords.txt")));
    }
    return new LanguageIdentifier(lists);
  }

  /** Non-blank lines of a UTF-8 resource that are not {@code #} comments, stripped. */
  private static ImmutableList<String> lines(String resource) {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("language resource " + resource + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
