package org.transmanche.parsers.recognise.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.transmanche.parsers.gazetteer.Gazetteer;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.place.PlaceRecogniser;

/**
 * Recall on the seed texts: every gold actor (person, government, public body, international
 * organisation) whose name appears verbatim in its seed text must be found. A gold actor is found
 * when a mention's canonical name is the gold name or one of its aliases, or the mention's text is
 * the gold name (names folded). Seeds are read paragraph by paragraph, without reference date.
 */
class GoldActorsTest {

  private static final Set<String> KINDS = Set.of("PERSON", "GOVERNMENT", "GOVERNMENT_BODY", "INTERNATIONAL_ORG");

  /** The share of verbatim gold actors the recogniser must find; the measured value is higher. */
  private static final double MINIMUM_RECALL = 0.95;

  private static final ActorRecogniser ACTORS = new ActorRecogniser();

  @Test
  void findsTheGoldActorsNamedVerbatimInTheSeeds() throws Exception {
    Recall r = recall(ACTORS::recognise);
    System.out.printf("gold actor recall (actor recogniser): %d/%d = %.3f; missed: %s%n", r.found, r.total, r.rate(), r.missed);
    assertThat(r.rate()).as("missed: %s", r.missed).isGreaterThanOrEqualTo(MINIMUM_RECALL);
  }

  @Test
  void findsThemThroughThePipelineToo() throws Exception {
    Pipeline pipeline = Pipeline.builder().add(new PlaceRecogniser()).add(ACTORS).build();
    Recall r = recall(pipeline::recognise);
    System.out.printf("gold actor recall (place + actor pipeline): %d/%d = %.3f; missed: %s%n", r.found, r.total, r.rate(), r.missed);
    assertThat(r.rate()).as("missed: %s", r.missed).isGreaterThanOrEqualTo(MINIMUM_RECALL);
  }

  private static final class Recall {
    int total;
    int found;
    final List<String> missed = new ArrayList<>();

    double rate() {
      return total == 0 ? 1 : (double) found / total;
    }
  }

  private static Recall recall(Function<Passage, List<Mention>> recognise) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Recall r = new Recall();
    List<Path> golds;
    try (Stream<Path> files = Files.list(resource("gold/seeds"))) {
      golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path gold : golds) {
      JsonNode g = json.readTree(gold.toFile());
      String seed = g.get("document").asText().replaceAll("#.*", "");
      String text = read("seeds/" + seed);
      String plain = straight(text);
      List<Mention> mentions = mentions(text, recognise);
      for (JsonNode actor : g.get("actors")) {
        String name = actor.get("name").asText();
        if (!KINDS.contains(actor.get("kind").asText()) || !plain.contains(straight(name))) {
          continue;
        }
        Set<String> names = new HashSet<>();
        names.add(Gazetteer.fold(name));
        if (actor.has("aliases")) {
          actor.get("aliases").forEach(a -> names.add(Gazetteer.fold(a.asText())));
        }
        r.total++;
        boolean found =
            mentions.stream()
                .filter(m -> m.type().equals("actor"))
                .anyMatch(m -> names.contains(Gazetteer.fold(m.value(ActorReading.class).name()))
                    || Gazetteer.fold(m.text()).equals(Gazetteer.fold(name)));
        if (found) {
          r.found++;
        } else {
          r.missed.add(g.get("document").asText() + ": " + name);
        }
      }
    }
    return r;
  }

  /** The mentions of a seed read paragraph by paragraph, each in the language it looks written in. */
  private static List<Mention> mentions(String text, Function<Passage, List<Mention>> recognise) {
    List<Mention> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int blank = text.indexOf("\n\n", from);
      int to = blank < 0 ? text.length() : blank;
      String paragraph = text.substring(from, to);
      out.addAll(recognise.apply(Passage.builder().text(paragraph).language(language(paragraph)).offset(from).build()));
      from = to + 2;
    }
    return out;
  }

  /** A rough guess for test purposes: English when English function words outnumber French ones. */
  private static String language(String paragraph) {
    int fr = 0;
    int en = 0;
    for (String w : paragraph.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      fr += Set.of("le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui").contains(w) ? 1 : 0;
      en += Set.of("the", "and", "of", "to", "is", "was", "for", "that", "with", "has").contains(w) ? 1 : 0;
    }
    return en > fr ? "en" : "fr";
  }

  private static String straight(String s) {
    return s.replace('\u2019', '\'');
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(GoldActorsTest.class.getResource("/" + name).toURI());
  }

  private static String read(String name) throws IOException {
    try (InputStream in = GoldActorsTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
