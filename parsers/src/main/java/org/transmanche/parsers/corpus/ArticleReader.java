package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.TreeRangeSet;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;
import org.transmanche.model.Severity;
import org.transmanche.parsers.corpus.Headers.Header;
import org.transmanche.parsers.language.LanguageIdentifier;
import org.transmanche.parsers.normalise.Excerpt;
import org.transmanche.parsers.normalise.NormalisedText;
import org.transmanche.parsers.normalise.TextNormaliser;
import org.transmanche.parsers.normalise.Vocabulary;

/**
 * Reads the articles of one decoded file.
 *
 * <p>An optional first line {@code date YYYY[-MM[-DD]]} dates the file; text may go on after it on
 * the same line. Header lines (an outlet and a date, standing alone between blank lines or after a
 * URL) open articles; the text before the first header is an article too when it has the body of
 * one (a file without header is one article, however short). A short line standing alone after an article's URLs and right before the next header is a
 * section heading of the review, not part of either article. Each article gets its outlet and date
 * from its header (or the file's date), its title from a short first paragraph, its authors from
 * bylines, its URLs (rejoined, de-duplicated, removed from the text) and its language. Stateless
 * apart from its immutable parts; thread-safe.
 */
final class ArticleReader {

  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d[\\d-]*)", Pattern.CASE_INSENSITIVE);
  /** Text before the first header has the body of an article from this many words on. */
  private static final int MIN_ARTICLE_WORDS = 12;
  private static final int MAX_HEADING_WORDS = 10;
  private static final int MAX_TITLE_WORDS = 25;
  private static final int MAX_TITLE_CHARS = 250;
  /** Paragraphs searched for a letterhead naming a known outlet, when there is no header. */
  private static final int LETTERHEAD_PARAGRAPHS = 5;

  private final CorpusData data;
  private final TextNormaliser normaliser;
  private final LanguageIdentifier identifier;

  ArticleReader(CorpusData data, TextNormaliser normaliser, LanguageIdentifier identifier) {
    this.data = data;
    this.normaliser = normaliser;
    this.identifier = identifier;
  }

  /** A run of lines {@code [from, to)} that may hold an article, and the header that opens it. */
  private record Segment(int from, int to, Optional<Header> header, int headerLine) {}

  /**
   * Reads the articles of {@code raw}.
   *
   * @param name the file name used in document ids
   * @param where the file as given by the caller, used in diagnostics
   */
  void read(
      String name,
      String where,
      String raw,
      Vocabulary vocabulary,
      ImmutableList.Builder<Document> documents,
      ImmutableList.Builder<Diagnostic> diagnostics) {
    FileLayout layout = new FileLayout(raw);
    Optional<DateSpan> fileDate = readDateLine(layout, where, diagnostics);
    layout.findUrls();
    List<Segment> segments = segments(layout);
    int index = 0;
    for (int k = 0; k < segments.size(); k++) {
      Segment segment = segments.get(k);
      boolean beforeHeader = k + 1 < segments.size();
      int to = beforeHeader ? dropSectionHeading(layout, segment, where, diagnostics) : segment.to();
      int first = firstContent(layout, segment.from(), to);
      if (first < 0) {
        if (segment.header().isPresent()) {
          diagnostics.add(
              warning(where, segment.headerLine() + 1, "CORPUS_EMPTY_ARTICLE",
                  "expected article text after the header '" + layout.line(segment.headerLine()).strip()
                      + "', found none"));
        }
        continue;
      }
      int last = lastContent(layout, first, to);
      if (segment.header().isEmpty() && segments.size() > 1 && words(layout, first, last + 1) < MIN_ARTICLE_WORDS) {
        diagnostics.add(
            warning(where, first + 1, "CORPUS_SECTION_HEADING",
                "expected an article or a header line, found only a heading '"
                    + snippet(layout, first, last + 1) + "'; not read as an article"));
        continue;
      }
      Optional<Document> document =
          article(name, ++index, layout, first, last, segment.header(), fileDate, vocabulary, layout.urls(segment.from(), to));
      if (document.isPresent()) {
        documents.add(document.get());
      } else {
        index--;
        diagnostics.add(
            warning(where, first + 1, "CORPUS_EMPTY_ARTICLE",
                "expected article text on lines " + (first + 1) + "-" + (last + 1) + ", found only invisible characters"));
      }
    }
    if (index == 0) {
      diagnostics.add(
          Diagnostic.builder()
              .file(where)
              .code("CORPUS_NO_ARTICLE")
              .message("expected at least one article, found none in " + layout.size() + " lines")
              .build());
    }
  }

  private Optional<DateSpan> readDateLine(FileLayout layout, String where, ImmutableList.Builder<Diagnostic> diagnostics) {
    for (int i = 0; i < layout.size(); i++) {
      if (layout.rawBlank(i)) {
        continue;
      }
      Matcher m = DATE_LINE.matcher(layout.line(i));
      if (!m.find()) {
        return Optional.empty();
      }
      String token = m.group(1);
      try {
        DateSpan date = DateSpan.parse(token);
        int end = layout.starts[i] + m.end();
        while (end < layout.ends[i] && Character.isWhitespace(layout.raw.charAt(end))) {
          end++;
        }
        layout.remove(layout.starts[i], end);
        return Optional.of(date);
      } catch (DateTimeException | IllegalArgumentException e) {
        diagnostics.add(
            Diagnostic.builder()
                .file(where)
                .line(i + 1)
                .column(m.start(1) + 1)
                .code("CORPUS_BAD_DATE")
                .severity(Severity.WARNING)
                .message("expected 'date YYYY', 'date YYYY-MM' or 'date YYYY-MM-DD', found 'date " + token
                    + "'; the line is read as text")
                .build());
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Splits the file at its header lines. */
  private List<Segment> segments(FileLayout layout) {
    List<Segment> segments = new ArrayList<>();
    int n = layout.size();
    int from = 0;
    Optional<Header> header = Optional.empty();
    int headerLine = -1;
    for (int i = 0; i < n; i++) {
      if (layout.empty(i) || (i > 0 && !layout.empty(i - 1)) || (i + 1 < n && !layout.empty(i + 1))) {
        continue;
      }
      Optional<Header> h = data.headers.parse(layout.line(i));
      if (h.isPresent()) {
        segments.add(new Segment(from, i, header, headerLine));
        from = i + 1;
        header = h;
        headerLine = i;
      }
    }
    segments.add(new Segment(from, n, header, headerLine));
    return segments;
  }

  /**
   * The end of {@code segment} without the section heading that stands right before the next
   * header, if there is one; reports the heading.
   */
  private int dropSectionHeading(FileLayout layout, Segment segment, String where, ImmutableList.Builder<Diagnostic> diagnostics) {
    int last = lastContent(layout, segment.from(), segment.to());
    if (last < 0 || (last > segment.from() && !layout.empty(last - 1))) {
      return segment.to();
    }
    String text = layout.line(last).strip();
    char end = text.charAt(text.length() - 1);
    if (text.split("\\s+").length > MAX_HEADING_WORDS || ".!?…;:»\"”)".indexOf(end) >= 0) {
      return segment.to();
    }
    int before = last - 1;
    while (before >= segment.from() && layout.rawBlank(before)) {
      before--;
    }
    boolean afterUrls = before >= segment.from() && layout.hasUrl(before) && layout.empty(before);
    boolean alone = before < segment.from() && segment.header().isEmpty();
    if (!afterUrls && !alone) {
      return segment.to();
    }
    diagnostics.add(
        warning(where, last + 1, "CORPUS_SECTION_HEADING",
            "expected article text or a header line, found the section heading '" + text
                + "'; not part of any article"));
    return last;
  }

  private Optional<Document> article(
      String name,
      int index,
      FileLayout layout,
      int first,
      int last,
      Optional<Header> header,
      Optional<DateSpan> fileDate,
      Vocabulary vocabulary,
      ImmutableList<String> urls) {
    int start = layout.starts[first];
    int end = layout.ends[last];
    Range<Integer> span = Range.closedOpen(start, end);
    TreeRangeSet<Integer> standalone = TreeRangeSet.create();
    Set<String> authors = new LinkedHashSet<>();
    for (int i = first; i <= last; i++) {
      boolean alone = (i == first || layout.empty(i - 1)) && (i == last || layout.empty(i + 1));
      if (!alone || layout.empty(i)) {
        continue;
      }
      Optional<ImmutableList<String>> byline = data.bylines.parse(layout.line(i));
      if (byline.isPresent()) {
        authors.addAll(byline.get());
        standalone.add(Range.closedOpen(layout.starts[i], layout.ends[i]));
      }
    }
    Excerpt excerpt =
        Excerpt.builder()
            .start(start)
            .end(end)
            .removed(ImmutableRangeSet.copyOf(layout.removed.subRangeSet(span)))
            .standalone(ImmutableRangeSet.copyOf(standalone))
            .build();
    NormalisedText normalised = normaliser.normalise(layout.raw, excerpt, vocabulary);
    String text = normalised.text();
    if (text.isBlank()) {
      return Optional.empty();
    }
    List<String> paragraphs = List.of(text.split("\n\n"));
    Optional<String> outlet =
        header.isPresent()
            ? Optional.of(data.outlets.canonical(header.get().outlet()))
            : letterhead(paragraphs);
    Optional<DateSpan> published = header.map(h -> DateSpan.ofDay(h.date())).or(() -> fileDate);
    return Optional.of(
        Document.builder()
            .file(name)
            .index(index)
            .title(title(paragraphs))
            .outlet(outlet)
            .authors(authors)
            .published(published)
            .language(identifier.identify(text))
            .urls(urls)
            .text(text)
            .rawMap(normalised.rawMap())
            .build());
  }

  /** The first paragraph, when it is short, is not a sentence and more text follows. */
  private Optional<String> title(List<String> paragraphs) {
    if (paragraphs.size() < 2) {
      return Optional.empty();
    }
    String p = paragraphs.get(0).strip();
    if (p.isEmpty()
        || p.length() > MAX_TITLE_CHARS
        || p.split("\\s+").length > MAX_TITLE_WORDS
        || p.endsWith(".")
        || data.bylines.parse(p).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** A known outlet standing as a paragraph of its own near the top (a letterhead). */
  private Optional<String> letterhead(List<String> paragraphs) {
    for (int i = 0; i < Math.min(LETTERHEAD_PARAGRAPHS, paragraphs.size()); i++) {
      Optional<String> known = data.outlets.known(paragraphs.get(i));
      if (known.isPresent()) {
        return known;
      }
    }
    return Optional.empty();
  }

  private static int firstContent(FileLayout layout, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!layout.empty(i)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastContent(FileLayout layout, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!layout.empty(i)) {
        return i;
      }
    }
    return -1;
  }

  private static int words(FileLayout layout, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (!layout.empty(i)) {
        count += layout.line(i).strip().split("\\s+").length;
      }
    }
    return count;
  }

  private static String snippet(FileLayout layout, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to && sb.length() < 80; i++) {
      if (!layout.empty(i)) {
        sb.append(sb.length() > 0 ? " " : "").append(layout.line(i).strip());
      }
    }
    return sb.length() > 80 ? sb.substring(0, 77) + "..." : sb.toString();
  }

  private static Diagnostic warning(String where, int line, String code, String message) {
    return Diagnostic.builder()
        .file(where)
        .line(line)
        .code(code)
        .severity(Severity.WARNING)
        .message(message)
        .build();
  }
}
