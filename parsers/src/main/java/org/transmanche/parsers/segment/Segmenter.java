package org.transmanche.parsers.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.transmanche.model.Document;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.language.LanguageIdentifier;

/**
 * Cuts a text into paragraphs and sentences.
 *
 * <p>A paragraph is a maximal run of text without a line break (the shape of {@link
 * Document#text()}, whose paragraphs are separated by blank lines). Sentences never cross a line
 * break. Inside a line, ICU's sentence {@link BreakIterator} proposes breaks and two rules take some
 * back: no break after an abbreviation of the language ("M.", "Mme.", "Mr.", "Dr.") or after a
 * one-letter initial ("J."), and no break inside a quotation that opens and closes in the same line
 * ({@code « … »}, {@code “ … ”}, {@code " … "}), so that a quoted passage of several sentences stays
 * with its attribution. Numbers such as "12,5", "£2.5m" or "1.75" are never cut.
 *
 * <p>Spans are offsets of the given text, trimmed of white space. Immutable and thread-safe; one
 * pass per line.
 *
 * <pre>{@code
 * Segmenter.defaults().sentences("M. Martin est venu. Il a parlé.", "fr").size(); // 2
 * }</pre>
 */
public final class Segmenter {

  private static final String ROOT = "/org/transmanche/parsers/segment/";
  /** A quotation longer than this is not protected from cuts (its closing mark is likely wrong). */
  private static final int MAX_QUOTATION = 2_000;

  private final LanguageIdentifier identifier;
  private final ImmutableMap<String, ImmutableSet<String>> abbreviations;
  private final ImmutableSet<String> allAbbreviations;

  private Segmenter(LanguageIdentifier identifier, Map<String, ImmutableSet<String>> abbreviations) {
    this.identifier = identifier;
    this.abbreviations = ImmutableMap.copyOf(abbreviations);
    this.allAbbreviations =
        abbreviations.values().stream().flatMap(ImmutableSet::stream).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The segmenter for the languages of {@link LanguageIdentifier#defaults()}, with the abbreviation
   * lists shipped with Transmanche, loaded once.
   *
   * @throws TransmancheException if a list is missing from the class path
   */
  public static Segmenter defaults() {
    return Holder.DEFAULT;
  }

  /**
   * The paragraphs of {@code document}'s text, each with its own language; a paragraph whose
   * language cannot be told gets the document's. In text order; never null.
   */
  public ImmutableList<Paragraph> paragraphs(Document document) {
    checkNotNull(document, "document");
    return paragraphs(document.text(), document.language());
  }

  /**
   * The paragraphs of {@code text}: maximal runs without a line break that hold more than white
   * space, trimmed, each with its language, or {@code fallbackLanguage} when it cannot be told. In
   * text order; never null.
   *
   * @throws IllegalArgumentException if {@code fallbackLanguage} is not an ISO-639-1 code or "und"
   */
  public ImmutableList<Paragraph> paragraphs(String text, String fallbackLanguage) {
    checkNotNull(text, "text");
    checkArgument(
        fallbackLanguage.matches("[a-z]{2}|und"),
        "fallback language '%s' is not an ISO-639-1 code or 'und'",
        fallbackLanguage);
    ImmutableList.Builder<Paragraph> out = ImmutableList.builder();
    int n = text.length();
    for (int lineStart = 0; lineStart < n; ) {
      int lineEnd = lineEnd(text, lineStart);
      int s = skipSpace(text, lineStart, lineEnd);
      int e = trimEnd(text, s, lineEnd);
      if (s < e) {
        String language = identifier.identify(text, s, e);
        if (language.equals(LanguageIdentifier.UNDETERMINED)) {
          language = fallbackLanguage;
        }
        out.add(Paragraph.of(s, e, text.substring(s, e), language));
      }
      lineStart = lineEnd + 1;
    }
    return out.build();
  }

  /**
   * The sentences of {@code document}'s text, each paragraph cut with the rules of its own
   * language. In text order; never null.
   */
  public ImmutableList<Sentence> sentences(Document document) {
    checkNotNull(document, "document");
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    String text = document.text();
    for (Paragraph p : paragraphs(document)) {
      cutLine(text, p.start(), p.end(), p.language(), out);
    }
    return out.build();
  }

  /**
   * The sentences of {@code text}, cut with the rules of {@code language} ("und" uses the
   * abbreviations of every known language). Sentences never cross a line break; in text order,
   * trimmed, never null.
   *
   * @throws IllegalArgumentException if {@code language} is not an ISO-639-1 code or "und"
   */
  public ImmutableList<Sentence> sentences(String text, String language) {
    checkNotNull(text, "text");
    checkArgument(
        language.matches("[a-z]{2}|und"), "language '%s' is not an ISO-639-1 code or 'und'", language);
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    int n = text.length();
    for (int lineStart = 0; lineStart < n; ) {
      int lineEnd = lineEnd(text, lineStart);
      cutLine(text, lineStart, lineEnd, language, out);
      lineStart = lineEnd + 1;
    }
    return out.build();
  }

  private void cutLine(String text, int start, int end, String language, ImmutableList.Builder<Sentence> out) {
    if (skipSpace(text, start, end) == end) {
      return;
    }
    String line = text.substring(start, end);
    boolean[] quoted = quotedPositions(line);
    ImmutableSet<String> abbrevs = abbreviations.getOrDefault(language, allAbbreviations);
    BreakIterator breaks =
        BreakIterator.getSentenceInstance(
            language.equals(LanguageIdentifier.UNDETERMINED) ? ULocale.ROOT : new ULocale(language));
    breaks.setText(line);
    int from = 0;
    for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
      b = pastClosingMarks(line, b);
      if (b <= from) {
        continue;
      }
      if (b < line.length() && (quoted[b] || followsAbbreviation(line, b, abbrevs))) {
        continue;
      }
      emit(text, start + from, start + b, out);
      from = b;
    }
    if (from < line.length()) {
      emit(text, start + from, end, out);
    }
  }

  /**
   * Moves a break that falls before closing quotes or brackets (French spacing puts a space before
   * "»", which ICU reads as the start of the next sentence) to after them and the full stop that
   * may follow them.
   */
  private static int pastClosingMarks(String line, int b) {
    int k = b;
    boolean moved = false;
    while (true) {
      int j = k;
      while (j < line.length() && isSpace(line.charAt(j))) {
        j++;
      }
      if (j >= line.length() || !isClosingMark(line, j)) {
        break;
      }
      k = j + 1;
      while (k < line.length() && ".!?…".indexOf(line.charAt(k)) >= 0) {
        k++;
      }
      moved = true;
    }
    if (!moved) {
      return b;
    }
    while (k < line.length() && isSpace(line.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean isClosingMark(String line, int i) {
    char c = line.charAt(i);
    if ("»”)]".indexOf(c) >= 0) {
      return true;
    }
    return (c == '"' || c == '’') && (i + 1 == line.length() || isSpace(line.charAt(i + 1)));
  }

  private static void emit(String text, int from, int to, ImmutableList.Builder<Sentence> out) {
    int s = skipSpace(text, from, to);
    int e = trimEnd(text, s, to);
    if (s < e) {
      out.add(Sentence.of(s, e, text.substring(s, e)));
    }
  }

  /** Whether the text before {@code b} ends with an abbreviation or an initial and its full stop. */
  private static boolean followsAbbreviation(String line, int b, ImmutableSet<String> abbrevs) {
    int last = trimEnd(line, 0, b) - 1;
    if (last < 0 || line.charAt(last) != '.') {
      return false;
    }
    int tokenStart = last;
    while (tokenStart > 0 && !isSpace(line.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    while (tokenStart < last && "([{«“\"'‘".indexOf(line.charAt(tokenStart)) >= 0) {
      tokenStart++;
    }
    String token = line.substring(tokenStart, last + 1);
    if (abbrevs.contains(token)) {
      return true;
    }
    return token.length() == 2 && Character.isUpperCase(token.charAt(0));
  }

  /**
   * Marks the positions strictly inside quotations that open and close in {@code line}: guillemets
   * and curly double quotes by nesting, straight double quotes by which side of a word they stand.
   */
  private static boolean[] quotedPositions(String line) {
    int n = line.length();
    boolean[] inside = new boolean[n + 1];
    int[] guillemets = new int[n];
    int guillemetDepth = 0;
    int[] curly = new int[n];
    int curlyDepth = 0;
    int straight = -1;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      switch (c) {
        case '«':
          guillemets[guillemetDepth++] = i;
          break;
        case '»':
          if (guillemetDepth > 0) {
            mark(inside, guillemets[--guillemetDepth], i);
          }
          break;
        case '“':
          curly[curlyDepth++] = i;
          break;
        case '”':
          if (curlyDepth > 0) {
            mark(inside, curly[--curlyDepth], i);
          }
          break;
        case '"':
          boolean before = i > 0 && !isSpace(line.charAt(i - 1)) && "([{«“:—–-".indexOf(line.charAt(i - 1)) < 0;
          boolean after = i + 1 < n && !isSpace(line.charAt(i + 1));
          if (straight >= 0 && before) {
            mark(inside, straight, i);
            straight = -1;
          } else if (!before && after) {
            straight = i;
          }
          break;
        default:
          break;
      }
    }
    return inside;
  }

  private static void mark(boolean[] inside, int open, int close) {
    if (close - open <= MAX_QUOTATION) {
      for (int k = open + 1; k <= close; k++) {
        inside[k] = true;
      }
    }
  }

  private static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int skipSpace(CharSequence text, int from, int to) {
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(CharSequence text, int from, int to) {
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static final class Holder {
    static final Segmenter DEFAULT = load();
  }

  private static Segmenter load() {
    LanguageIdentifier identifier = LanguageIdentifier.defaults();
    ImmutableMap.Builder<String, ImmutableSet<String>> lists = ImmutableMap.builder();
    for (String language : identifier.languages()) {
      lists.put(language, ImmutableSet.copyOf(lines(ROOT + language + "/abbreviations.txt")));
    }
    return new Segmenter(identifier, lists.build());
  }

  /** Non-blank lines of a UTF-8 resource that are not {@code #} comments, stripped. */
  private static ImmutableList<String> lines(String resource) {
    try (InputStream in = Segmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("segment resource " + resource + " is missing from the class path");
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
