package org.transmanche.core.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.transmanche.core.Transmanche;
import org.transmanche.model.json.Json;
import org.transmanche.parsers.recognise.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annotate}: the mentions the recognisers find in text read from standard input. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Read text on standard input and print one JSON object per mention found:",
      "  {\"type\", \"start\", \"end\", \"text\", \"value\"}",
      "With --batch, read JSON lines {\"id\", \"text\", \"lang\", \"date\"} and print one JSON line per input:",
      "  {\"id\": ..., \"mentions\": [...]}"
    })
final class AnnotateCommand implements Callable<Integer> {

  private static final List<String> LANGUAGES = List.of("fr", "en");

  private final Console console;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the text (required without --batch; the default for batch lines without \"lang\").")
  String lang;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Reference date for relative dates such as 'hier' or 'last week'.")
  String date;

  @Option(names = "--batch", description = "Read JSON lines, one text each, and print one JSON line per text.")
  boolean batch;

  AnnotateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Optional<String> language = lang == null ? Optional.empty() : Optional.of(language(lang, "--lang"));
    Optional<LocalDate> day = date == null ? Optional.empty() : Optional.of(day(date, "--date"));
    if (!batch && language.isEmpty()) {
      throw new UsageException("--lang fr|en is required (or use --batch with a \"lang\" in each line)");
    }
    ObjectMapper mapper = Json.mapper();
    BufferedReader reader = new BufferedReader(new InputStreamReader(console.in, StandardCharsets.UTF_8));
    if (!batch) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      for (Mention m : Transmanche.annotate(text.toString(), language.get(), day)) {
        console.out.println(mapper.writeValueAsString(mention(mapper, m)));
      }
      console.out.flush();
      return 0;
    }
    int failures = 0;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        console.out.println(mapper.writeValueAsString(annotateLine(mapper, line, language, day)));
      } catch (UsageException | JsonProcessingException e) {
        failures++;
        console.err.println("transmanche annotate: line " + number + ": " + Main.oneLine(message(e)));
      }
    }
    console.out.flush();
    console.err.flush();
    return failures == 0 ? 0 : 1;
  }

  private ObjectNode annotateLine(ObjectMapper mapper, String line, Optional<String> language, Optional<LocalDate> day)
      throws JsonProcessingException {
    JsonNode in = mapper.readTree(line);
    if (in == null || !in.isObject()) {
      throw new UsageException("expected a JSON object {\"id\", \"text\", \"lang\", \"date\"}");
    }
    JsonNode text = in.get("text");
    if (text == null || !text.isTextual()) {
      throw new UsageException("\"text\" is missing or not a string");
    }
    String lineLanguage =
        in.hasNonNull("lang")
            ? language(in.get("lang").asText(), "\"lang\"")
            : language.orElseThrow(() -> new UsageException("\"lang\" is missing and no --lang was given"));
    Optional<LocalDate> lineDay = in.hasNonNull("date") ? Optional.of(day(in.get("date").asText(), "\"date\"")) : day;
    ObjectNode out = mapper.createObjectNode();
    out.set("id", in.has("id") ? in.get("id") : mapper.nullNode());
    ArrayNode mentions = out.putArray("mentions");
    for (Mention m : Transmanche.annotate(text.asText(), lineLanguage, lineDay)) {
      mentions.add(mention(mapper, m));
    }
    return out;
  }

  /** A mention as {@code {"type", "start", "end", "text", "value"}}; a value Jackson cannot write becomes its string. */
  static ObjectNode mention(ObjectMapper mapper, Mention m) {
    ObjectNode o = mapper.createObjectNode();
    o.put("type", m.type());
    o.put("start", m.start());
    o.put("end", m.end());
    o.put("text", m.text());
    JsonNode value;
    try {
      value = mapper.valueToTree(m.value());
    } catch (IllegalArgumentException e) {
      value = TextNode.valueOf(String.valueOf(m.value()));
    }
    o.set("value", value);
    return o;
  }

  private static String language(String value, String where) {
    if (!LANGUAGES.contains(value)) {
      throw new UsageException(where + " must be fr or en, not '" + value + "'");
    }
    return value;
  }

  private static LocalDate day(String value, String where) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException(where + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static String message(Exception e) {
    if (e instanceof JsonProcessingException) {
      return "not JSON: " + ((JsonProcessingException) e).getOriginalMessage();
    }
    return e.getMessage();
  }
}
