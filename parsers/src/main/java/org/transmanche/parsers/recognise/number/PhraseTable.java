package org.transmanche.parsers.recognise.number;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.transmanche.model.TransmancheException;

/**
 * A table of short phrases ({@code "près de"}, {@code "US$"}, {@code "millions"}) matched token by
 * token at a given place in a text, forwards from a start or backwards from an end.
 *
 * <p>Text is cut into tokens (runs of letters, runs of digits, single other characters); white space
 * between tokens is free unless an entry is <em>tight</em>, but no phrase crosses a blank line.
 * Tokens are compared ignoring accents, typographic apostrophes and dashes, and case unless an entry is
 * <em>cased</em>. When the table joins hyphens, a hyphen between two tokens counts as white space, so
 * {@code "dix sept"} also matches {@code "dix-sept"}. A match always covers whole tokens; the longest
 * accepted phrase wins. Work per call is bounded by the longest phrase.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * PhraseTable<String> t = PhraseTable.<String>builder().add("près de", "APPROX").build();
 * t.matchEndingAt("près de 200", 7); // Optional[[0, 7) APPROX]
 * }</pre>
 *
 * @param <V> the value of each phrase
 */
public final class PhraseTable<V> {

  private final Node<V> forward;
  private final Node<V> backward;
  private final int maxTokens;
  private final boolean hyphensJoin;

  private PhraseTable(Node<V> forward, Node<V> backward, int maxTokens, boolean hyphensJoin) {
    this.forward = forward;
    this.backward = backward;
    this.maxTokens = maxTokens;
    this.hyphensJoin = hyphensJoin;
  }

  /** A builder for an empty table. */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * The longest phrase that starts at {@code from} after any white space.
   *
   * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, text.length()]}
   */
  public Optional<Match<V>> matchAt(CharSequence text, int from) {
    return matchAt(text, from, v -> true);
  }

  /**
   * The longest phrase whose value {@code accept}s, starting at {@code from} after any white space.
   *
   * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, text.length()]}
   */
  public Optional<Match<V>> matchAt(CharSequence text, int from, Predicate<? super V> accept) {
    checkBounds(text, from);
    return Optional.ofNullable(walk(text, from, accept, false));
  }

  /**
   * The longest phrase that ends at {@code end}, before any white space that precedes {@code end}.
   *
   * @throws IndexOutOfBoundsException if {@code end} is outside {@code [0, text.length()]}
   */
  public Optional<Match<V>> matchEndingAt(CharSequence text, int end) {
    return matchEndingAt(text, end, v -> true);
  }

  /**
   * The longest phrase whose value {@code accept}s that ends at {@code end}, before any white space.
   *
   * @throws IndexOutOfBoundsException if {@code end} is outside {@code [0, text.length()]}
   */
  public Optional<Match<V>> matchEndingAt(CharSequence text, int end, Predicate<? super V> accept) {
    checkBounds(text, end);
    return Optional.ofNullable(walk(text, end, accept, true));
  }

  /**
   * Every phrase of the table in {@code text}, left to right: at each token the longest phrase
   * starting there, then the search goes on after it. Never null; linear in the text.
   */
  public ImmutableList<Match<V>> findAll(CharSequence text) {
    checkNotNull(text, "text");
    ImmutableList.Builder<Match<V>> out = ImmutableList.builder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Chars.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      Match<V> m = walk(text, i, v -> true, false);
      if (m != null && m.start() == i) {
        out.add(m);
        i = m.end();
      } else {
        i = Chars.tokenEnd(text, i);
      }
    }
    return out.build();
  }

  /** Whether no phrase has been added. */
  public boolean isEmpty() {
    return maxTokens == 0;
  }

  private static void checkBounds(CharSequence text, int i) {
    checkNotNull(text, "text");
    if (i < 0 || i > text.length()) {
      throw new IndexOutOfBoundsException("index " + i + " outside [0, " + text.length() + "]");
    }
  }

  private Match<V> walk(CharSequence s, int from, Predicate<? super V> accept, boolean back) {
    int n = s.length();
    int p = back ? Chars.skipSpaceBack(s, from) : Chars.skipSpace(s, from);
    if (p < 0 || (back ? p == 0 : p >= n)) {
      return null;
    }
    int edge = p;
    Node<V> node = back ? backward : forward;
    List<String> raw = new ArrayList<>(4);
    List<Boolean> gaps = new ArrayList<>(4);
    Match<V> best = null;
    boolean gap = false;
    int count = 0;
    int steps = 0;
    while (count < maxTokens && steps++ < 4 * maxTokens + 4) {
      if (back ? p <= 0 : p >= n) {
        break;
      }
      int a = back ? Chars.tokenStart(s, p) : p;
      int b = back ? p : Chars.tokenEnd(s, p);
      CharSequence token = s.subSequence(a, b);
      String key = Chars.key(token, false);
      if (hyphensJoin && count > 0 && key.equals("-")) {
        int q = back ? Chars.skipSpaceBack(s, a) : Chars.skipSpace(s, b);
        if (q < 0) {
          break;
        }
        p = q;
        gap = true;
        continue;
      }
      Node<V> next = node.children.get(key);
      if (next == null) {
        break;
      }
      node = next;
      raw.add(token.toString());
      gaps.add(gap);
      count++;
      for (Entry<V> e : node.entries) {
        if (accept.test(e.value) && e.accepts(raw, gaps)) {
          best = back ? new Match<>(a, edge, e.value) : new Match<>(edge, b, e.value);
          break;
        }
      }
      int q = back ? Chars.skipSpaceBack(s, a) : Chars.skipSpace(s, b);
      if (q < 0) {
        break;
      }
      gap = q != (back ? a : b);
      p = q;
    }
    return best;
  }

  /** A phrase found in a text: its span and value. Immutable. */
  public static final class Match<V> {
    private final int start;
    private final int end;
    private final V value;

    Match(int start, int end, V value) {
      this.start = start;
      this.end = end;
      this.value = value;
    }

    /** Start of the phrase, inclusive, in the offsets of the searched text. */
    public int start() {
      return start;
    }

    /** End of the phrase, exclusive. */
    public int end() {
      return end;
    }

    /** The value of the phrase; never null. */
    public V value() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Match<?> m && m.start == start && m.end == end && m.value.equals(value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(start, end, value);
    }

    @Override
    public String toString() {
      return "[" + start + ", " + end + ") " + value;
    }
  }

  /** Builds a {@link PhraseTable}; not thread-safe. */
  public static final class Builder<V> {
    private final Draft<V> forward = new Draft<>();
    private final Draft<V> backward = new Draft<>();
    private int maxTokens;
    private boolean hyphensJoin;

    private Builder() {}

    /** Makes a hyphen between two tokens count as white space (off by default). */
    public Builder<V> hyphensJoin(boolean join) {
      this.hyphensJoin = join;
      return this;
    }

    /**
     * Adds a phrase matched ignoring case.
     *
     * @throws IllegalArgumentException if the phrase has no token
     */
    public Builder<V> add(String phrase, V value) {
      return add(phrase, value, false, false);
    }

    /**
     * Adds a phrase; a {@code cased} one must match case exactly, a {@code tight} one allows no white
     * space between its tokens.
     *
     * @throws IllegalArgumentException if the phrase has no token
     */
    public Builder<V> add(String phrase, V value, boolean cased, boolean tight) {
      checkNotNull(phrase, "phrase");
      checkNotNull(value, "value");
      List<String> tokens = new ArrayList<>();
      int i = Chars.skipSpace(phrase, 0);
      while (i >= 0 && i < phrase.length()) {
        int e = Chars.tokenEnd(phrase, i);
        String t = phrase.substring(i, e);
        if (!(hyphensJoin && Chars.key(t, false).equals("-") && !tokens.isEmpty())) {
          tokens.add(t);
        }
        i = Chars.skipSpace(phrase, e);
      }
      checkArgument(!tokens.isEmpty(), "phrase '%s' has no token", phrase);
      List<String> reversed = new ArrayList<>(tokens);
      java.util.Collections.reverse(reversed);
      insert(forward, tokens, value, cased, tight);
      insert(backward, reversed, value, cased, tight);
      maxTokens = Math.max(maxTokens, tokens.size());
      return this;
    }

    /**
     * Adds every line of a bundled tab-separated file: the phrase, then value columns that {@code
     * values} turns into the value. Columns {@code @cased} and {@code @tight} set those options;
     * blank lines and lines starting with {@code #} are skipped.
     *
     * @throws TransmancheException if the file is missing or a line is malformed (naming file and
     *     line)
     */
    public Builder<V> addResource(Class<?> anchor, String resource, Function<List<String>, V> values) {
      checkNotNull(anchor, "anchor");
      checkNotNull(resource, "resource");
      checkNotNull(values, "values");
      for (Line line : readLines(anchor, resource)) {
        boolean cased = false;
        boolean tight = false;
        List<String> rest = new ArrayList<>();
        for (String col : line.columns.subList(1, line.columns.size())) {
          if (col.equals("@cased")) {
            cased = true;
          } else if (col.equals("@tight")) {
            tight = true;
          } else {
            rest.add(col);
          }
        }
        try {
          add(line.columns.get(0), values.apply(ImmutableList.copyOf(rest)), cased, tight);
        } catch (RuntimeException e) {
          throw new TransmancheException(
              resource + ":" + line.number + ": cannot read '" + String.join("\t", line.columns) + "': "
                  + e.getMessage(),
              e);
        }
      }
      return this;
    }

    private static <V> void insert(Draft<V> root, List<String> tokens, V value, boolean cased, boolean tight) {
      Draft<V> node = root;
      for (String t : tokens) {
        node = node.children.computeIfAbsent(Chars.key(t, false), k -> new Draft<>());
      }
      List<String> casedKeys = null;
      if (cased) {
        casedKeys = new ArrayList<>();
        for (String t : tokens) {
          casedKeys.add(Chars.key(t, true));
        }
      }
      Entry<V> entry = new Entry<>(value, casedKeys, tight);
      if (cased) {
        node.entries.add(0, entry);
      } else {
        node.entries.add(entry);
      }
    }

    /** Builds the table; the builder may go on and build others. */
    public PhraseTable<V> build() {
      return new PhraseTable<>(forward.freeze(), backward.freeze(), maxTokens, hyphensJoin);
    }
  }

  /**
   * The rows of a bundled tab-separated data file as {@link Builder#addResource} reads it: blank
   * lines and {@code #} comments skipped, each row its non-blank columns, stripped.
   *
   * @throws TransmancheException if the file is missing or unreadable
   */
  public static ImmutableList<ImmutableList<String>> rows(Class<?> anchor, String resource) {
    checkNotNull(anchor, "anchor");
    checkNotNull(resource, "resource");
    ImmutableList.Builder<ImmutableList<String>> out = ImmutableList.builder();
    for (Line line : readLines(anchor, resource)) {
      out.add(line.columns);
    }
    return out.build();
  }

  /** One line of a data file. */
  static final class Line {
    final int number;
    final ImmutableList<String> columns;

    Line(int number, ImmutableList<String> columns) {
      this.number = number;
      this.columns = columns;
    }
  }

  /** The non-blank, non-comment lines of a bundled tab-separated file. */
  static ImmutableList<Line> readLines(Class<?> anchor, String resource) {
    ImmutableList.Builder<Line> out = ImmutableList.builder();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException(
            "missing data file '" + resource + "' beside " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String s;
      int number = 0;
      while ((s = r.readLine()) != null) {
        number++;
        if (s.isBlank() || s.stripLeading().startsWith("#")) {
          continue;
        }
        ImmutableList.Builder<String> cols = ImmutableList.builder();
        for (String c : s.split("\t")) {
          if (!c.isBlank()) {
            cols.add(c.strip());
          }
        }
        out.add(new Line(number, cols.build()));
      }
    } catch (IOException e) {
      throw new TransmancheException("cannot read data file '" + resource + "'", e);
    }
    return out.build();
  }

  private static final class Entry<V> {
    final V value;
    final List<String> casedKeys;
    final boolean tight;

    Entry(V value, List<String> casedKeys, boolean tight) {
      this.value = value;
      this.casedKeys = casedKeys;
      this.tight = tight;
    }

    boolean accepts(List<String> raw, List<Boolean> gaps) {
      if (tight) {
        for (int i = 1; i < gaps.size(); i++) {
          if (gaps.get(i)) {
            return false;
          }
        }
      }
      if (casedKeys != null) {
        for (int i = 0; i < raw.size(); i++) {
          if (!Chars.key(raw.get(i), true).equals(casedKeys.get(i))) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** A node of a built table; never changes. */
  private static final class Node<V> {
    final Map<String, Node<V>> children;
    final ImmutableList<Entry<V>> entries;

    Node(Map<String, Node<V>> children, ImmutableList<Entry<V>> entries) {
      this.children = children;
      this.entries = entries;
    }
  }

  /** A node of a table being built. */
  private static final class Draft<V> {
    final Map<String, Draft<V>> children = new HashMap<>();
    final List<Entry<V>> entries = new ArrayList<>(1);

    Node<V> freeze() {
      Map<String, Node<V>> frozen = new HashMap<>();
      children.forEach((k, v) -> frozen.put(k, v.freeze()));
      return new Node<>(java.util.Collections.unmodifiableMap(frozen), ImmutableList.copyOf(entries));
    }
  }
}
