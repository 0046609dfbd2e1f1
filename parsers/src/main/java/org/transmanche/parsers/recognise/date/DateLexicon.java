package org.transmanche.parsers.recognise.date;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one language, read once from the data files under {@code recognise/date/<lang>/}
 * into a trie over token forms. Immutable after construction and thread-safe.
 */
final class DateLexicon {

  /** One reading of a phrase: its tag and arguments. */
  static final class Entry {
    final Tag tag;
    final ImmutableList<String> args;
    /** For a phrase written "=..." in the data: the exact lower-case forms, accents included. */
    final ImmutableList<String> exact;

    Entry(Tag tag, List<String> args) {
      this(tag, args, null);
    }

    Entry(Tag tag, List<String> args, List<String> exact) {
      this.tag = tag;
      this.args = ImmutableList.copyOf(args);
      this.exact = exact == null ? null : ImmutableList.copyOf(exact);
    }

    /** The first argument as a number, or 0 when absent or not a number. */
    int value() {
      if (args.isEmpty()) {
        return 0;
      }
      try {
        return Integer.parseInt(args.get(0));
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    String arg(int k) {
      return k < args.size() ? args.get(k) : "";
    }

    boolean has(String flag) {
      return args.contains(flag);
    }

    @Override
    public String toString() {
      return tag + args.toString();
    }
  }

  /** A phrase found in a token list: the entry and the index just after its last token. */
  static final class Hit {
    final Entry entry;
    final int end;

    Hit(Entry entry, int end) {
      this.entry = entry;
      this.end = end;
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private static final class Ending {
    final String ending;
    final int minLength;
    final Entry entry;

    Ending(String ending, int minLength, Entry entry) {
      this.ending = ending;
      this.minLength = minLength;
      this.entry = entry;
    }
  }

  static final ImmutableList<String> FILES =
      ImmutableList.of(
          "months.tsv",
          "weekdays.tsv",
          "numbers.tsv",
          "units.tsv",
          "relative.tsv",
          "connectors.tsv",
          "future.tsv");

  private final Node root = new Node();
  private final List<Ending> endings = new ArrayList<>();
  private final String language;

  private DateLexicon(String language) {
    this.language = language;
  }

  String language() {
    return language;
  }

  /**
   * Loads the lexicon of {@code language} ("fr" or "en").
   *
   * @throws UncheckedIOException if a data file is missing or unreadable
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  static DateLexicon load(String language) {
    DateLexicon lex = new DateLexicon(language);
    for (String file : FILES) {
      String path = language + "/" + file;
      try (InputStream in = DateLexicon.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing date data file " + path));
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          lex.addLine(path, no, line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read date data file " + path, e);
      }
    }
    return lex;
  }

  private void addLine(String path, int no, String line) {
    int hash = line.indexOf('#');
    String body = hash >= 0 ? line.substring(0, hash) : line;
    if (body.isBlank()) {
      return;
    }
    String[] cols = body.split("\t");
    checkArgument(cols.length >= 2, "%s:%s: expected phrase<TAB>TAG, found '%s'", path, no, line);
    Tag tag;
    try {
      tag = Tag.valueOf(cols[1].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          path + ":" + no + ": unknown tag '" + cols[1].strip() + "'; known: " + java.util.Arrays.toString(Tag.values()),
          e);
    }
    List<String> args = new ArrayList<>();
    for (int k = 2; k < cols.length; k++) {
      if (!cols[k].isBlank()) {
        args.add(cols[k].strip());
      }
    }
    String phrase = cols[0].strip();
    if (phrase.startsWith("*")) {
      checkArgument(!args.isEmpty(), "%s:%s: an ending needs a minimum length", path, no);
      int min = Integer.parseInt(args.get(0));
      endings.add(new Ending(DateToken.fold(phrase.substring(1)), min, new Entry(tag, args.subList(1, args.size()))));
      return;
    }
    boolean exact = phrase.length() > 1 && phrase.startsWith("=");
    ImmutableList<DateToken> toks = DateToken.tokenise(exact ? phrase.substring(1) : phrase);
    checkArgument(!toks.isEmpty(), "%s:%s: empty phrase", path, no);
    Node n = root;
    List<String> forms = new ArrayList<>();
    for (DateToken t : toks) {
      n = n.next.computeIfAbsent(t.norm, k -> new Node());
      forms.add(t.lower);
    }
    n.entries.add(new Entry(tag, args, exact ? forms : null));
  }

  /**
   * Every phrase starting at token {@code i}, longest first. Word endings ({@code *eront}) are
   * tried on the single token at {@code i}.
   */
  List<Hit> hits(List<DateToken> tokens, int i) {
    List<Hit> out = new ArrayList<>(4);
    Node n = root;
    for (int j = i; j < tokens.size(); j++) {
      DateToken t = tokens.get(j);
      // a phrase never continues across a space-less join of a word and a number ("14april")
      n = n.next.get(t.norm);
      if (n == null) {
        break;
      }
      for (Entry e : n.entries) {
        if (e.exact == null || sameForms(tokens, i, e.exact)) {
          out.add(0, new Hit(e, j + 1));
        }
      }
    }
    // longest first: entries were prepended per length, so reorder by end descending
    out.sort((a, b) -> Integer.compare(b.end, a.end));
    DateToken t = tokens.get(i);
    if (t.isWord()) {
      for (Ending e : endings) {
        if (t.norm.length() >= e.minLength && t.norm.endsWith(e.ending)) {
          out.add(new Hit(e.entry, i + 1));
        }
      }
    }
    return out;
  }

  private static boolean sameForms(List<DateToken> tokens, int i, List<String> forms) {
    for (int k = 0; k < forms.size(); k++) {
      if (!tokens.get(i + k).lower.equals(forms.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Debug view: number of root phrases. */
  @Override
  public String toString() {
    return "DateLexicon[" + language + ", " + root.next.size() + " first words]";
  }

  static ImmutableMap<String, DateLexicon> loadAll() {
    return ImmutableMap.of("fr", load("fr"), "en", load("en"));
  }
}
