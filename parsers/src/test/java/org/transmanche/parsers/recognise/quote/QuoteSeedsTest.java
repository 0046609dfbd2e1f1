package org.transmanche.parsers.recognise.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.quote.QuoteFixtures.TestActor;

/**
 * Runs the recogniser on the seed articles and compares with the gold statements: a gold quote is
 * found when a found quote's words overlap it with a Jaccard index of at least 0.6.
 *
 * <p>Actor mentions come from the gold actors (names, aliases, and the surname of persons) located in
 * the text, since the actor recogniser is tested on its own. A seed file may hold several articles in
 * both languages, so it is cut at blank lines into paragraphs, each paragraph's language is guessed
 * from a few common words, and consecutive paragraphs of one language make one passage.
 */
class QuoteSeedsTest {

  private record Gold(String speaker, String quote) {}

  private record Result(String file, int gold, int found, int matched, int speakerRight) {}

  private static final double JACCARD = 0.6;

  private static final QuoteRecogniser RECOGNISER = QuoteFixtures.recogniser();

  private static final Map<String, Result> RESULTS = new TreeMap<>();

  @BeforeAll
  static void run() throws IOException, URISyntaxException {
    Path seeds = resource("/seeds");
    Path gold = resource("/gold/seeds");
    ObjectMapper json = new ObjectMapper();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(seeds, "*.txt")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Gold> statements = new ArrayList<>();
        Map<String, Boolean> actors = new LinkedHashMap<>();
        String language = "fr";
        try (DirectoryStream<Path> golds = Files.newDirectoryStream(gold, name + "#*.json")) {
          for (Path g : golds) {
            JsonNode root = json.readTree(g.toFile());
            for (JsonNode s : root.path("statements")) {
              statements.add(new Gold(s.path("speaker").asText(), s.path("quote").asText()));
            }
            for (JsonNode a : root.path("actors")) {
              boolean person = a.path("kind").asText().equals("PERSON");
              String n = a.path("name").asText();
              actors.putIfAbsent(n, person);
              for (JsonNode alias : a.path("aliases")) {
                actors.putIfAbsent(alias.asText() + "\u0000" + n, person);
              }
              String[] parts = n.split(" ");
              if (person && parts.length > 1 && parts[parts.length - 1].length() >= 3) {
                actors.putIfAbsent(parts[parts.length - 1] + "\u0000" + n, true);
              }
            }
          }
        }
        List<Mention> actorMentions = locate(text, actors);
        List<QuoteReading> found = new ArrayList<>();
        for (Passage p : passages(text, actorMentions, language)) {
          for (Mention m : RECOGNISER.recognise(p)) {
            found.add(m.value(QuoteReading.class));
          }
        }
        int matched = 0;
        int speakerRight = 0;
        for (Gold g : statements) {
          QuoteReading best = null;
          double bestScore = 0;
          for (QuoteReading r : found) {
            double s = jaccard(g.quote(), r.text());
            if (s > bestScore) {
              bestScore = s;
              best = r;
            }
          }
          if (bestScore >= JACCARD) {
            matched++;
            Set<String> names = Set.of(g.speaker().split("; "));
            if (best.speaker().isPresent() && best.speaker().get().value() instanceof TestActor a && names.contains(a.name())) {
              speakerRight++;
            }
          }
        }
        RESULTS.put(name, new Result(name, statements.size(), found.size(), matched, speakerRight));
      }
    }
    for (Result r : RESULTS.values()) {
      System.out.printf(Locale.ROOT, "quote seeds %s: gold %d, found %d, gold matched %d, speaker right %d%n", r.file(), r.gold(), r.found(), r.matched(), r.speakerRight());
    }
  }

  @Test
  void findsMostGoldQuotesOfTheSeeds() {
    int gold = RESULTS.values().stream().mapToInt(Result::gold).sum();
    int matched = RESULTS.values().stream().mapToInt(Result::matched).sum();
    System.out.printf(Locale.ROOT, "quote seeds: recall %d/%d = %.3f%n", matched, gold, matched / (double) gold);
    assertThat(gold).isEqualTo(104);
    // Reached: 103 of 104 (0.990); the miss is a quote cut by five lines of links in the seed text.
    assertThat(matched / (double) gold).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void namesTheGoldSpeakerOfMostFoundQuotes() {
    int matched = RESULTS.values().stream().mapToInt(Result::matched).sum();
    int right = RESULTS.values().stream().mapToInt(Result::speakerRight).sum();
    System.out.printf(Locale.ROOT, "quote seeds: speaker %d/%d = %.3f%n", right, matched, right / (double) matched);
    // Reached: 69 of 103 (0.670). Most misses have no actor mention to point at: short fragments
    // without attribution, "le ministère", "le jeune homme", "les deux ministres".
    assertThat(right / (double) matched).isGreaterThanOrEqualTo(0.65);
  }

  // ---------------------------------------------------------------- fixtures

  private static Path resource(String name) throws URISyntaxException {
    URL url = QuoteSeedsTest.class.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    return Path.of(url.toURI());
  }

  /** Word-set Jaccard index, case-insensitive, words being runs of letters and digits. */
  static double jaccard(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return inter.size() / (double) union.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Every whole-word occurrence of the actor names; overlaps resolved longest first. */
  private static List<Mention> locate(String text, Map<String, Boolean> names) {
    List<Mention> all = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : names.entrySet()) {
      String key = e.getKey();
      int cut = key.indexOf('\u0000');
      String surface = cut < 0 ? key : key.substring(0, cut);
      String canonical = cut < 0 ? key : key.substring(cut + 1);
      for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
        int end = i + surface.length();
        boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        if (left && right) {
          all.add(Mention.of(i, end, surface, "actor", "actor", new TestActor(canonical, e.getValue())));
        }
      }
    }
    all.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : all) {
      if (kept.stream().noneMatch(k -> k.overlaps(m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.naturalOrder());
    return kept;
  }

  /** Blocks of consecutive paragraphs of one guessed language. */
  private static List<Passage> passages(String text, List<Mention> actors, String firstLanguage) {
    List<int[]> paragraphs = new ArrayList<>();
    int start = 0;
    for (Breaks.Break b : Breaks.of(text)) {
      paragraphs.add(new int[] {start, b.start()});
      start = b.end();
    }
    paragraphs.add(new int[] {start, text.length()});
    List<Passage> out = new ArrayList<>();
    String current = null;
    int blockStart = 0;
    int blockEnd = 0;
    for (int[] p : paragraphs) {
      String lang = guess(text.substring(p[0], p[1]), current == null ? firstLanguage : current);
      if (current != null && !lang.equals(current)) {
        out.add(passage(text, blockStart, blockEnd, current, actors));
        blockStart = p[0];
      }
      current = lang;
      blockEnd = p[1];
    }
    out.add(passage(text, blockStart, text.length(), current, actors));
    return out;
  }

  private static Passage passage(String text, int start, int end, String lang, List<Mention> actors) {
    return Passage.builder()
        .text(text.substring(start, end))
        .language(lang)
        .offset(start)
        .mentions(actors.stream().filter(m -> m.start() >= start && m.end() <= end).toList())
        .build();
  }

  private static final Set<String> FR = Set.of("le", "la", "les", "des", "est", "et", "du", "une", "que", "pour", "dans", "sur", "qui", "il", "pas");
  private static final Set<String> EN = Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "are", "he", "it", "in", "have", "has");

  private static String guess(String paragraph, String fallback) {
    int fr = 0;
    int en = 0;
    for (String w : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      fr += FR.contains(w) ? 1 : 0;
      en += EN.contains(w) ? 1 : 0;
    }
    return fr == en ? fallback : fr > en ? "fr" : "en";
  }
}
