package org.transmanche.parsers.gazetteer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ahocorasick.trie.PayloadTrie;
import org.transmanche.parsers.gazetteer.FoldedText.Mode;

/**
 * A dictionary of names, each with a value, found in a text in one pass of an Aho&ndash;Corasick
 * automaton.
 *
 * <p>Names and text are folded the same way before matching: accents are ignored, typographic and
 * straight apostrophes are the same, runs of white space (line breaks, non-breaking spaces) are one
 * space. Case is ignored too, except for names added {@linkplain Builder#addCased cased} (acronyms
 * such as {@code PAF}, proper names such as {@code Nord} or {@code Le Monde}), which {@link
 * Builder#add} does for names written with a capital initial. Only whole words match: a name never
 * starts or ends inside a word. Spans are reported in the offsets of the original text, exactly.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Gazetteer<String> g = Gazetteer.<String>builder().add("Londres", "london").build();
 * g.find("À LONDRES, jeudi"); // [Match[2, 9) "LONDRES" [london]]
 * }</pre>
 *
 * @param <T> the type of the values
 */
public final class Gazetteer<T> {

  private final PayloadTrie<Entries<T>> trie;
  private final int size;

  private Gazetteer(PayloadTrie<Entries<T>> trie, int size) {
    this.trie = trie;
    this.size = size;
  }

  /** A new, empty builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Folds {@code text} the way names are matched: case, accents, apostrophes and white space.
   * Useful to compare a name with a key by hand: {@code fold("Ministère de l’Intérieur")} is {@code
   * "ministere de l'interieur"}. Never null.
   */
  public static String fold(CharSequence text) {
    return FoldedText.fold(checkNotNull(text, "text"), Mode.FULL).strip();
  }

  /** Number of (name, value) pairs. */
  public int size() {
    return size;
  }

  /**
   * The matches that do not overlap: among overlapping matches the longest wins, then the
   * leftmost. Sorted by start; never null.
   */
  public ImmutableList<Match<T>> find(CharSequence text) {
    List<Match<T>> byPriority = new ArrayList<>(findAll(text));
    byPriority.sort(Comparator.<Match<T>>comparingInt(Match::length).reversed().thenComparingInt(Match::start));
    TreeMap<Integer, Match<T>> kept = new TreeMap<>();
    for (Match<T> m : byPriority) {
      var before = kept.floorEntry(m.start());
      if (before != null && before.getValue().end() > m.start()) {
        continue;
      }
      var after = kept.ceilingEntry(m.start());
      if (after != null && after.getKey() < m.end()) {
        continue;
      }
      kept.put(m.start(), m);
    }
    return ImmutableList.copyOf(kept.values());
  }

  /**
   * Every whole-word match, overlapping ones included, sorted by start and then longest first.
   * Never null.
   */
  public ImmutableList<Match<T>> findAll(CharSequence text) {
    checkNotNull(text, "text");
    FoldedText ft = FoldedText.of(text, Mode.FULL);
    String folded = ft.folded();
    List<Match<T>> out = new ArrayList<>();
    trie.parseText(
        folded,
        emit -> {
          int fs = emit.getStart();
          int fe = emit.getEnd() + 1;
          if (!boundary(folded, fs) || !boundary(folded, fe)) {
            return true;
          }
          int start = ft.originalStart(fs);
          int end = ft.originalEnd(fe);
          String span = ft.original().substring(start, end);
          ImmutableList<T> values = emit.getPayload().accept(span);
          if (!values.isEmpty()) {
            out.add(new Match<>(start, end, span, values));
          }
          return true;
        });
    out.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match<T>::end).reversed()));
    return ImmutableList.copyOf(out);
  }

  /** Whether a name may start or end at folded offset {@code at}: not between two word chars. */
  private static boolean boundary(String folded, int at) {
    return at == 0
        || at == folded.length()
        || !Character.isLetterOrDigit(folded.charAt(at - 1))
        || !Character.isLetterOrDigit(folded.charAt(at));
  }

  @Override
  public String toString() {
    return "Gazetteer[" + size + " names]";
  }

  /**
   * A name found in a text: a half-open span of the original text, its exact text, and the values of
   * every name that folds to it.
   *
   * @param <T> the type of the values
   */
  public static final class Match<T> {
    private final int start;
    private final int end;
    private final String text;
    private final ImmutableList<T> values;

    private Match(int start, int end, String text, ImmutableList<T> values) {
      this.start = start;
      this.end = end;
      this.text = text;
      this.values = values;
    }

    /** Start, inclusive, in offsets of the text given to {@code find}. */
    public int start() {
      return start;
    }

    /** End, exclusive. */
    public int end() {
      return end;
    }

    /** Number of chars covered. */
    public int length() {
      return end - start;
    }

    /** The exact text of the span, as it appears in the original. */
    public String text() {
      return text;
    }

    /** The values of the names matched here, in the order added; never empty. */
    public ImmutableList<T> values() {
      return values;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Match<?>
          && ((Match<?>) o).start == start
          && ((Match<?>) o).end == end
          && ((Match<?>) o).text.equals(text)
          && ((Match<?>) o).values.equals(values);
    }

    @Override
    public int hashCode() {
      return Objects.hash(start, end, text, values);
    }

    @Override
    public String toString() {
      return "Match[" + start + ", " + end + ") \"" + text + "\" " + values;
    }
  }

  /** The values behind one folded key, each with the cased form it requires ("" for none). */
  private static final class Entries<T> {
    private final ImmutableList<T> values;
    private final ImmutableList<String> cased;
    private final boolean anyCased;

    Entries(ImmutableList<T> values, ImmutableList<String> cased) {
      this.values = values;
      this.cased = cased;
      this.anyCased = cased.stream().anyMatch(e -> !e.isEmpty());
    }

    ImmutableList<T> accept(String span) {
      if (!anyCased) {
        return values;
      }
      String form = FoldedText.fold(span, Mode.CASED).strip();
      boolean shouting = isAllCaps(form);
      ImmutableList.Builder<T> out = ImmutableList.builder();
      for (int i = 0; i < values.size(); i++) {
        String c = cased.get(i);
        if (c.isEmpty() || shouting || c.equals(form)) {
          out.add(values.get(i));
        }
      }
      return out.build();
    }

    private static boolean isAllCaps(String s) {
      boolean letter = false;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isLowerCase(ch)) {
          return false;
        }
        letter |= Character.isLetter(ch);
      }
      return letter;
    }
  }

  /** Collects names and values; not thread-safe. */
  public static final class Builder<T> {
    private final Map<String, List<T>> values = new LinkedHashMap<>();
    private final Map<String, List<String>> cased = new LinkedHashMap<>();
    private int size;

    private Builder() {}

    /**
     * Adds a name, matched the way it is written: a name that starts with a capital letter ({@code
     * Calais}, {@code Home Office}, {@code PAF}) keeps its case, one that starts in lower case
     * ({@code ministère de l'Intérieur}, {@code le tunnel}) ignores it. Accents never matter.
     *
     * @throws IllegalArgumentException if the name is blank once folded
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> add(String name, T value) {
      checkNotNull(name, "name");
      int first = name.strip().isEmpty() ? ' ' : name.strip().codePointAt(0);
      return Character.isUpperCase(first) ? addCased(name, value) : addIgnoringCase(name, value);
    }

    /**
     * Adds a name matched regardless of case and accents.
     *
     * @throws IllegalArgumentException if the name is blank once folded
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> addIgnoringCase(String name, T value) {
      return put(name, value, "");
    }

    /**
     * Adds a name that must match case (accents, apostrophes and white space still fold); text in
     * capitals only ({@code PARIS}) matches too.
     *
     * @throws IllegalArgumentException if the name is blank once folded
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> addCased(String name, T value) {
      checkNotNull(name, "name");
      return put(name, value, FoldedText.fold(name, Mode.CASED).strip());
    }

    private Builder<T> put(String name, T value, String casedForm) {
      checkNotNull(name, "name");
      checkNotNull(value, "value");
      String key = fold(name);
      checkArgument(!key.isEmpty(), "Gazetteer: name '%s' is blank once folded", name);
      List<T> vs = values.computeIfAbsent(key, k -> new ArrayList<>());
      List<String> cs = cased.computeIfAbsent(key, k -> new ArrayList<>());
      for (int i = 0; i < vs.size(); i++) {
        if (vs.get(i).equals(value) && cs.get(i).equals(casedForm)) {
          return this;
        }
      }
      vs.add(value);
      cs.add(casedForm);
      size++;
      return this;
    }

    /** The gazetteer; the builder may be reused. */
    public Gazetteer<T> build() {
      PayloadTrie.PayloadTrieBuilder<Entries<T>> b = PayloadTrie.builder();
      for (Map.Entry<String, List<T>> e : values.entrySet()) {
        b.addKeyword(
            e.getKey(),
            new Entries<>(ImmutableList.copyOf(e.getValue()), ImmutableList.copyOf(cased.get(e.getKey()))));
      }
      return new Gazetteer<>(b.build(), size);
    }
  }
}
