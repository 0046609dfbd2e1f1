package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.gazetteer.Gazetteer;

/**
 * Reads the header line that opens an article of a press review: an outlet and a date written out
 * with a month name, such as {@code « le Monde », 3 mars 2015}, {@code AFP 12 janvier 2016}, {@code
 * Compte rendu du Conseil des ministres du 4 mars 2015} or {@code The Times, March 4, 2015}. Month names and connecting words come from the data files. Whether the line
 * stands alone is the caller's business. Immutable and thread-safe.
 */
final class Headers {

  /** An outlet, as written in the header, and the date. */
  record Header(String outlet, LocalDate date) {}

  private static final int MAX_LINE = 160;
  private static final int MAX_OUTLET_WORDS = 8;

  private final Pattern pattern;
  private final ImmutableMap<String, Integer> months;
  private final ImmutableSet<String> datelineWords;
  private final ImmutableList<String> notOutlets;

  private Headers(
      Pattern pattern,
      ImmutableMap<String, Integer> months,
      ImmutableSet<String> datelineWords,
      ImmutableList<String> notOutlets) {
    this.pattern = pattern;
    this.months = months;
    this.datelineWords = datelineWords;
    this.notOutlets = notOutlets;
  }

  /**
   * Headers for month rows ({@code name, number}) and word rows ({@code kind, words}).
   *
   * @throws TransmancheException if a row is malformed
   */
  static Headers of(List<String[]> monthRows, List<String[]> wordRows) {
    Map<String, Integer> months = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String[] row : monthRows) {
      int number;
      try {
        number = Integer.parseInt(row[1]);
      } catch (NumberFormatException e) {
        throw new TransmancheException("month '" + row[0] + "': number '" + row[1] + "' is not an integer", e);
      }
      if (number < 1 || number > 12) {
        throw new TransmancheException("month '" + row[0] + "': number " + number + " is not in 1..12");
      }
      months.put(Gazetteer.fold(row[0]), number);
      names.add(row[0]);
    }
    List<String> connectors = new ArrayList<>();
    List<String> ordinals = new ArrayList<>();
    ImmutableSet.Builder<String> datelines = ImmutableSet.builder();
    ImmutableList.Builder<String> notOutlets = ImmutableList.builder();
    for (String[] row : wordRows) {
      switch (row[0]) {
        case "connector":
          connectors.add(row[1]);
          break;
        case "ordinal":
          ordinals.add(row[1]);
          break;
        case "dateline":
          datelines.add(Gazetteer.fold(row[1]));
          break;
        case "not-outlet":
          notOutlets.add(Gazetteer.fold(row[1]));
          break;
        default:
          throw new TransmancheException(
              "header word '" + row[1] + "': unknown kind '" + row[0] + "'; known: connector, dateline, not-outlet, ordinal");
      }
    }
    String month = alternation(names);
    String ordinal = ordinals.isEmpty() ? "" : "(?:" + alternation(ordinals) + ")?";
    String date =
        "(?:(?<d1>\\d{1,2})" + ordinal + "\\.?\\s+(?<m1>" + month + ")\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + month + ")\\s+(?<d2>\\d{1,2})" + ordinal + ",?\\s+(?<y2>\\d{4}))";
    String separator =
        "(?:\\s*,\\s*|\\s+[-\u2013\u2014]\\s+"
            + (connectors.isEmpty() ? "" : "|\\s+(?:" + alternation(connectors) + ")\\s+")
            + "|\\s+)";
    Pattern pattern =
        Pattern.compile(
            "^\\s*(?<outlet>\\S.*?)" + separator + date + "\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Headers(pattern, ImmutableMap.copyOf(months), datelines.build(), notOutlets.build());
  }

  /** Longest first, so that "sept." wins over "sept"; spaces match any white space. */
  private static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder();
    for (String w : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      String[] parts = w.split(" ");
      for (int i = 0; i < parts.length; i++) {
        sb.append(i > 0 ? "\\s+" : "").append(Pattern.quote(parts[i]));
      }
    }
    return sb.toString();
  }

  /** The header that {@code line} is, if it is one. */
  Optional<Header> parse(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean dayFirst = m.group("d1") != null;
    String day = dayFirst ? m.group("d1") : m.group("d2");
    String month = dayFirst ? m.group("m1") : m.group("m2");
    String year = dayFirst ? m.group("y1") : m.group("y2");
    Integer monthNumber = months.get(Gazetteer.fold(month));
    if (monthNumber == null) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String outlet = m.group("outlet").strip();
    return isOutlet(outlet) ? Optional.of(new Header(outlet, date)) : Optional.empty();
  }

  private boolean isOutlet(String outlet) {
    String cleaned = Outlets.clean(outlet);
    if (cleaned.isEmpty() || cleaned.length() > 80 || cleaned.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    char first = outlet.charAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first) && "«\"“‘'".indexOf(first) < 0) {
      return false;
    }
    if (".!?;:".indexOf(cleaned.charAt(cleaned.length() - 1)) >= 0) {
      return false;
    }
    String folded = Gazetteer.fold(cleaned);
    String[] words = folded.split(" ");
    if (words.length > MAX_OUTLET_WORDS || datelineWords.contains(words[words.length - 1])) {
      return false;
    }
    for (String prefix : notOutlets) {
      if (folded.equals(prefix) || folded.startsWith(prefix + " ")) {
        return false;
      }
    }
    return true;
  }
}
