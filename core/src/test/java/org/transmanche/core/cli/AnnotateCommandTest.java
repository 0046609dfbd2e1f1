package org.transmanche.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.json.Json;

class AnnotateCommandTest {

  private static final ObjectMapper MAPPER = Json.mapper();

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void printsOneJsonObjectPerMentionWithItsSpanAndText() throws Exception {
    String text = "Londres versera 10 millions d'euros à la France le 20 août 2015.";
    Cli.Result r = Cli.runWithInput(text, "annotate", "--lang", "fr", "--date", "2015-08-21");

    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
    List<JsonNode> mentions = lines(r.out());
    assertThat(mentions).isNotEmpty();
    for (JsonNode m : mentions) {
      assertThat(m.fieldNames()).toIterable().containsExactly("type", "start", "end", "text", "value");
      assertThat(m.get("text").asText()).isEqualTo(text.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    assertThat(mentions).extracting(m -> m.get("text").asText()).anyMatch(t -> t.contains("10 millions d'euros"));
  }

  @Test
  void answersEachBatchLineWithItsIdAndMentions() throws Exception {
    String input =
        "{\"id\": \"a\", \"text\": \"Britain will pay £12m.\", \"lang\": \"en\", \"date\": \"2014-09-20\"}\n"
            + "\n"
            + "{\"id\": 7, \"text\": \"Rien ici.\", \"lang\": \"fr\"}\n";
    Cli.Result r = Cli.runWithInput(input, "annotate", "--batch");

    assertThat(r.status()).isEqualTo(Main.OK);
    List<JsonNode> answers = lines(r.out());
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("id").asText()).isEqualTo("a");
    assertThat(answers.get(0).get("mentions")).anyMatch(m -> m.get("text").asText().contains("£12m"));
    assertThat(answers.get(1).get("id").asInt()).isEqualTo(7);
    assertThat(answers.get(1).get("mentions").isArray()).isTrue();
  }

  @Test
  void reportsABadBatchLineByNumberAndGoesOn() throws Exception {
    String input = "not json\n{\"id\": \"b\", \"text\": \"£5m\", \"lang\": \"en\"}\n{\"id\": \"c\", \"text\": \"x\", \"lang\": \"de\"}\n";
    Cli.Result r = Cli.runWithInput(input, "annotate", "--batch");

    assertThat(r.status()).isEqualTo(Main.FAILED);
    assertThat(lines(r.out())).extracting(n -> n.get("id").asText()).containsExactly("b");
    assertThat(r.err().split("\n"))
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).startsWith("transmanche annotate: line 1: not JSON"),
            third -> assertThat(third).isEqualTo("transmanche annotate: line 3: \"lang\" must be fr or en, not 'de'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "annotate                               # transmanche annotate: --lang fr|en is required (or use --batch with a \"lang\" in each line)",
        "annotate --lang de                     # transmanche annotate: --lang must be fr or en, not 'de'",
        "annotate --lang fr --date 20/09/2014   # transmanche annotate: --date must be a date YYYY-MM-DD, not '20/09/2014'",
      })
  void rejectsABadArgumentOnOneLine(String args, String message) {
    Cli.Result r = Cli.runWithInput("texte", args.split(" "));

    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(message + "\n");
  }
}
