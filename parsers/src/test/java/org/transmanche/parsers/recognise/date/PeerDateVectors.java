package org.transmanche.parsers.recognise.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transmanche.model.DateSpan;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;

/**
 * Scores a recogniser on the peer date vectors ({@code peers/date-fr.json}, {@code date-en.json})
 * with the matching rule of {@code peers/README.md}, after the written exclusion rules of {@code
 * date/peer-exclusions.tsv}, and writes a Markdown report.
 *
 * <p>Matching: the case's reference date is the document date. A case passes when one of the
 * mentions found has a start equal to the expected {@code value} once both are cut to the case's
 * {@code grain} (same day, ISO week, month, quarter or year); with {@code candidates}, any candidate
 * will do. The start of a reading is the start of its span, except for an open period after an
 * excluded anchor ("after 2016"), which starts the day after the anchor. For {@code open: before}
 * the expected {@code end} is compared with the start of the anchor (the sources give exclusive
 * ends).
 */
final class PeerDateVectors {

  /** One scored case. */
  static final class Outcome {
    final String text;
    final String span;
    final LocalDate reference;
    final String expected;
    final String got;
    final boolean passed;

    Outcome(String text, String span, LocalDate reference, String expected, String got, boolean passed) {
      this.text = text;
      this.span = span;
      this.reference = reference;
      this.expected = expected;
      this.got = got;
      this.passed = passed;
    }
  }

  /** The score of one file. */
  static final class Score {
    final String language;
    final int total;
    final Map<String, Integer> excluded = new LinkedHashMap<>();
    final List<Outcome> kept = new ArrayList<>();
    int negatives;
    int negativesWithMentions;
    final List<String> falsePositives = new ArrayList<>();

    Score(String language, int total) {
      this.language = language;
      this.total = total;
    }

    int passed() {
      return (int) kept.stream().filter(o -> o.passed).count();
    }

    double passRate() {
      return kept.isEmpty() ? 0 : (double) passed() / kept.size();
    }

    List<Outcome> misses() {
      return kept.stream().filter(o -> !o.passed).collect(java.util.stream.Collectors.toList());
    }
  }

  private static final class Rule {
    final String kind;
    final String id;
    final String parameter;
    final String why;

    Rule(String kind, String id, String parameter, String why) {
      this.kind = kind;
      this.id = id;
      this.parameter = parameter;
      this.why = why;
    }
  }

  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
  private static final Pattern THREE_PART_NUMERIC = Pattern.compile("\\d{1,4}[/.\\- ]\\d{1,2}[/.\\- ]\\d{2,4}");
  private static final Pattern SHORT_NUMERIC =
      Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})(?:[/.](\\d{1,2})(?![\\d])|-(\\d{1,2})-\\d{4})");
  private static final Pattern DAY_MONTH_NUMERIC = Pattern.compile("(?<![\\d])\\d{1,2}[/. ]\\d{1,2}(?![\\d])");
  private static final Pattern DAY_NUMBER = Pattern.compile("(?<![\\d])\\d{1,2}(st|nd|rd|th|er|e|eme)?\\b");
  private static final Pattern ORDINAL_LAST = Pattern.compile("\\b(last|dernier|derniere)(?= \\p{L}+ (of|in|de|d)\\b)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Set<String>> words = new LinkedHashMap<>();

  PeerDateVectors() {
    try (InputStream in = PeerDateVectors.class.getResourceAsStream("/date/peer-exclusions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing test resource date/peer-exclusions.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("words")) {
          words.put(f[1], new HashSet<>(Arrays.asList(f[2].split(" "))));
        } else {
          rules.add(new Rule(f[0], f[1], f[2], f[3]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode load(String language) {
    try (InputStream in = PeerDateVectors.class.getResourceAsStream("/peers/date-" + language + ".json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores {@code recogniser} on the file of {@code language}. */
  Score score(Recogniser recogniser, String language) {
    JsonNode root = load(language);
    JsonNode cases = root.get("cases");
    Score score = new Score(language, cases.size());
    for (Rule r : rules) {
      score.excluded.put(r.id, 0);
    }
    for (JsonNode c : cases) {
      Optional<Rule> rule = excludedBy(c, language);
      if (rule.isPresent()) {
        score.excluded.merge(rule.get().id, 1, Integer::sum);
        continue;
      }
      score.kept.add(run(recogniser, c, language));
    }
    for (JsonNode c : root.get("negatives")) {
      score.negatives++;
      Passage p = Passage.of(c.get("text").asText(), language, reference(c));
      List<Mention> ms = recogniser.recognise(p);
      if (!ms.isEmpty()) {
        score.negativesWithMentions++;
        score.falsePositives.add(c.get("text").asText().replace('\n', ' ') + " -> "
            + ms.stream().map(Mention::text).collect(java.util.stream.Collectors.toList()));
      }
    }
    return score;
  }

  static LocalDate reference(JsonNode c) {
    String s = c.get("reference").asText();
    return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : LocalDate.of(2013, 2, 12);
  }

  static LocalDate cut(LocalDate d, String grain) {
    switch (grain) {
      case "week":
        return d.with(DayOfWeek.MONDAY);
      case "month":
        return d.withDayOfMonth(1);
      case "quarter":
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case "year":
        return d.withDayOfYear(1);
      default:
        return d;
    }
  }

  /** The start of a reading in the sense of the matching rule (see the class comment). */
  static Optional<LocalDate> start(DateReading r, boolean expectEnd) {
    if (r.span().isEmpty()) {
      return Optional.empty();
    }
    DateSpan s = r.span().get();
    boolean openAfterExcl = r.openEnded().map(o -> o.equals(DateReading.AFTER)).orElse(false) && !r.inclusive();
    if (expectEnd) {
      return Optional.of(r.openEnded().isPresent() ? s.from() : s.to().plusDays(1));
    }
    return Optional.of(openAfterExcl ? s.to().plusDays(1) : s.from());
  }

  private Outcome run(Recogniser recogniser, JsonNode c, String language) {
    String text = c.get("text").asText();
    LocalDate ref = reference(c);
    String grain = c.get("grain").asText();
    boolean before = c.has("open") && "before".equals(c.get("open").asText());
    List<LocalDate> expected = new ArrayList<>();
    JsonNode v = before ? c.get("end") : c.get("value");
    if (v != null && !v.isNull()) {
      expected.add(LocalDate.parse(v.asText()));
    }
    if (c.has("candidates")) {
      for (JsonNode k : c.get("candidates")) {
        JsonNode kv = before ? k.get("end") : k.get("value");
        if (kv != null && !kv.isNull()) {
          expected.add(LocalDate.parse(kv.asText()));
        }
      }
    }
    List<Mention> ms = recogniser.recognise(Passage.of(text, language, ref));
    boolean ok = false;
    StringBuilder got = new StringBuilder();
    for (Mention m : ms) {
      DateReading r = m.value(DateReading.class);
      got.append(got.length() == 0 ? "" : "; ").append('"').append(m.text()).append("\" ");
      got.append(r.span().map(s -> s.from() + ".." + s.to() + " " + s.precision()).orElse("unresolved"));
      r.openEnded().ifPresent(o -> got.append(" open ").append(o).append(r.inclusive() ? "" : " (anchor excluded)"));
      Optional<LocalDate> f = start(r, before);
      for (LocalDate e : expected) {
        if (f.isPresent() && cut(e, grain).equals(cut(f.get(), grain))) {
          ok = true;
        }
      }
    }
    String exp = (before ? "end " : "") + expected.stream().distinct().map(LocalDate::toString)
        .collect(java.util.stream.Collectors.joining(" or ")) + " (" + grain + ")";
    String span = c.has("span") ? c.get("span").asText() : "";
    return new Outcome(text.replace('\n', ' '), span, ref, exp, got.length() == 0 ? "nothing" : got.toString(), ok);
  }

  // ------------------------------------------------------------------ exclusion predicates

  private Optional<Rule> excludedBy(JsonNode c, String language) {
    for (Rule r : rules) {
      if (applies(r, c, language)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private boolean applies(Rule r, JsonNode c, String language) {
    String origin = c.get("origin").asText();
    String text = c.get("text").asText();
    switch (r.kind) {
      case "subset":
        return c.has("subset") && r.parameter.equals(c.get("subset").asText());
      case "note":
        return c.has("note") && c.get("note").asText().contains(r.parameter);
      case "next-occurrence":
        return origin.equals("duckling") && nextOccurrence(c, text);
      case "month-first":
        return origin.equals("recognizers-text") && language.equals("en") && monthFirst(c);
      case "fuzzy-bounds":
        return fuzzyBounds(c, text);
      default:
        throw new IllegalStateException("unknown exclusion rule kind " + r.kind);
    }
  }

  private Set<String> foldedWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(DateToken.fold(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private boolean hasAny(Set<String> textWords, String list) {
    for (String w : words.get(list)) {
      if (textWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean nextOccurrence(JsonNode c, String text) {
    if (!c.has("value") || c.get("value").isNull()) {
      return false;
    }
    LocalDate ref = reference(c);
    LocalDate value = LocalDate.parse(c.get("value").asText());
    if (!value.isAfter(ref)) {
      return false;
    }
    String folded = DateToken.fold(text);
    // "last" in "last friday of october" is an ordinal, not a relative word
    Set<String> ws = foldedWords(ORDINAL_LAST.matcher(folded).replaceAll(" "));
    if (FOUR_DIGITS.matcher(text).find() || THREE_PART_NUMERIC.matcher(text).find() || hasAny(ws, "relative")
        || hasAny(ws, "shift")) {
      return false;
    }
    for (String m : words.get("months")) {
      if (Pattern.compile("\\d(st|nd|rd|th|er|e)? " + m + "\\.? \\d{2}\\b").matcher(folded).find()) {
        return false;
      }
    }
    boolean month = hasAny(ws, "months") || DAY_MONTH_NUMERIC.matcher(text).find();
    boolean day = DAY_NUMBER.matcher(folded).find() || hasAny(ws, "day-words");
    boolean monthWord = hasAny(ws, "month-words") && hasAny(ws, "parts");
    if (!month && !(day && !hasAny(ws, "units")) && !monthWord) {
      return false;
    }
    boolean weekday = hasAny(ws, "weekdays") && DAY_NUMBER.matcher(folded).find();
    LocalDate earlier = month ? value.minusYears(1) : value.minusMonths(1);
    if (weekday) {
      earlier = null;
      for (int k = 1; k <= 600; k++) {
        LocalDate d = month ? value.minusYears(k) : value.minusMonths(k);
        if (d.getDayOfMonth() == value.getDayOfMonth() && d.getDayOfWeek() == value.getDayOfWeek()) {
          earlier = d;
          break;
        }
      }
      if (earlier == null) {
        return false;
      }
    }
    return Math.abs(ChronoUnit.DAYS.between(earlier, ref)) < Math.abs(ChronoUnit.DAYS.between(ref, value));
  }

  private boolean monthFirst(JsonNode c) {
    Matcher m = SHORT_NUMERIC.matcher(c.get("text").asText());
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b) {
        return true;
      }
    }
    return false;
  }

  private boolean fuzzyBounds(JsonNode c, String text) {
    if (!c.has("value") || c.get("value").isNull() || DAY_NUMBER.matcher(DateToken.fold(text)).find()) {
      return false;
    }
    List<String> seq = new ArrayList<>();
    Matcher wm = WORD.matcher(DateToken.fold(text));
    while (wm.find()) {
      seq.add(wm.group());
    }
    boolean part = false;
    for (int k = 0; k < seq.size(); k++) {
      String w = seq.get(k);
      if (words.get("standalone-parts").contains(w)) {
        part = true;
      } else if (words.get("parts").contains(w) && k + 1 < seq.size()) {
        String nx = seq.get(k + 1);
        part |= words.get("part-followers").contains(nx) || words.get("months").contains(nx);
      }
    }
    if (!part) {
      return false;
    }
    Set<String> ws = foldedWords(text);
    LocalDate v = LocalDate.parse(c.get("value").asText());
    if (hasAny(ws, "year-words") || (FOUR_DIGITS.matcher(text).find() && !hasAny(ws, "months"))) {
      return !(v.getDayOfMonth() == 1 && (v.getMonthValue() == 1 || v.getMonthValue() == 5 || v.getMonthValue() == 9));
    }
    if (hasAny(ws, "week-words")) {
      DayOfWeek d = v.getDayOfWeek();
      return !(d == DayOfWeek.MONDAY || d == DayOfWeek.WEDNESDAY || d == DayOfWeek.FRIDAY || d == DayOfWeek.SATURDAY);
    }
    int day = v.getDayOfMonth();
    if (ws.contains("quinzaine")) {
      return !(day == 1 || day == 16);
    }
    return !(day == 1 || day == 11 || day == 21);
  }

  // ------------------------------------------------------------------ report

  /** The build directory: the parent of the folder the test classes were loaded from. */
  static Path buildDirectory() {
    String prop = System.getProperty("tm.build.directory");
    if (prop != null && !prop.isBlank()) {
      return Paths.get(prop);
    }
    try {
      Path classes = Paths.get(PeerDateVectors.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path parent = classes.getParent();
      return parent != null ? parent : Paths.get("target");
    } catch (URISyntaxException | RuntimeException e) {
      return Paths.get("target");
    }
  }

  /** Writes {@code reports/peers/date-<lang>.md} under the build directory and returns its path. */
  Path writeReport(Score s) {
    StringBuilder md = new StringBuilder();
    md.append("# Peer date vectors: ").append(s.language).append("\n\n");
    md.append("Generated by PeerDateVectorsTest; do not edit. Matching rule: `peers/README.md`; ")
        .append("exclusion rules: `src/test/resources/date/peer-exclusions.tsv`.\n\n");
    int excluded = s.excluded.values().stream().mapToInt(Integer::intValue).sum();
    md.append("| cases | excluded | kept | passed | pass rate |\n|---|---|---|---|---|\n");
    md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f%% |%n%n", s.total, excluded, s.kept.size(),
        s.passed(), 100 * s.passRate()));
    md.append("## Exclusions by rule\n\n| rule | cases | why |\n|---|---|---|\n");
    for (Rule r : rules) {
      md.append("| ").append(r.id).append(" | ").append(s.excluded.getOrDefault(r.id, 0)).append(" | ")
          .append(r.why.replace("|", "\\|")).append(" |\n");
    }
    md.append(String.format(Locale.ROOT, "%n## False positives on `negatives` (reported, not asserted)%n%n"
        + "%d of %d negative inputs produced a date mention (%.1f%%).%n%n", s.negativesWithMentions, s.negatives,
        s.negatives == 0 ? 0 : 100.0 * s.negativesWithMentions / s.negatives));
    for (String fp : s.falsePositives) {
      md.append("- ").append(fp.replace("|", "\\|")).append('\n');
    }
    md.append("\n## Misses\n\n| text | source span | reference | expected | got |\n|---|---|---|---|---|\n");
    for (Outcome o : s.misses()) {
      md.append("| ").append(o.text.replace("|", "\\|")).append(" | ").append(o.span.replace("|", "\\|"))
          .append(" | ").append(o.reference).append(" | ").append(o.expected).append(" | ")
          .append(o.got.replace("|", "\\|")).append(" |\n");
    }
    Path out = buildDirectory().resolve("reports").resolve("peers").resolve("date-" + s.language + ".md");
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return out;
  }
}
