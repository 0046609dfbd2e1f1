package org.transmanche.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.testing.ModelArbitraries;

class JsonProperties {

  private static final ObjectMapper MAPPER = Json.mapper();

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  @Provide
  Arbitrary<Dossier> populated() {
    return ModelArbitraries.populatedDossiers();
  }

  @Provide
  Arbitrary<Dossier> withActorEvidence() {
    return ModelArbitraries.populatedDossiers().filter(d -> !d.actors().get(0).evidence().isEmpty());
  }

  @Provide
  Arbitrary<BigDecimal> positive() {
    return ModelArbitraries.amounts().filter(a -> a.signum() > 0);
  }

  @Provide
  Arbitrary<String> unknownNames() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzé").ofMinLength(1).ofMaxLength(10).map(s -> "x-" + s);
  }

  @Property(tries = 100)
  void readsWhatItWritesFromStringsStreamsAndReaders(@ForAll("dossiers") Dossier d) {
    String json = Json.write(d, true);
    assertEquals(d, Json.readDossier(json));
    assertEquals(d, Json.readDossier(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(d, Json.readDossier(new StringReader(json)));
  }

  @Property(tries = 100)
  void writesSchemaFirst(@ForAll("dossiers") Dossier d) {
    assertTrue(Json.write(d).startsWith("{\"schema\":\"" + Dossier.SCHEMA + "\""), Json.write(d));
  }

  @Property(tries = 100)
  void reportsNegativeNestedMoneyAtItsPath(
      @ForAll("populated") Dossier valid, @ForAll("positive") BigDecimal amount) throws JsonProcessingException {
    Pledge pledge =
        Pledge.builder()
            .id("pledge:json")
            .pledger(valid.actors().get(0).id())
            .kind(PledgeKind.FUNDING)
            .status(PledgeStatus.COMMITTED)
            .amount(Money.of(amount, "EUR"))
            .addEvidence(valid.documents().get(0).evidence(0, 0))
            .build();
    Dossier d = Dossier.builder().from(valid).addPledges(pledge).build();
    int index = d.pledges().size() - 1;
    ObjectNode tree = (ObjectNode) MAPPER.readTree(Json.write(d));
    BigDecimal negative = amount.negate();
    ((ObjectNode) tree.path("pledges").path(index).path("amount")).put("amount", negative);

    JsonFormatException e =
        assertThrows(JsonFormatException.class, () -> Json.readDossier(MAPPER.writeValueAsString(tree)));

    assertEquals("$.pledges[" + index + "].amount", e.path());
    assertTrue(e.getMessage().contains("$.pledges[" + index + "].amount"), e.getMessage());
    assertTrue(e.getMessage().contains("Money: amount " + negative.toPlainString() + " < 0"), e.getMessage());
  }

  @Property(tries = 100)
  void reportsNegativeEvidenceStartAtItsPath(
      @ForAll("withActorEvidence") Dossier d, @ForAll @IntRange(min = 1, max = 1000) int minus)
      throws JsonProcessingException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(Json.write(d));
    ObjectNode evidence = (ObjectNode) tree.path("actors").path(0).path("evidence").path(0);
    evidence.put("start", -minus);

    JsonFormatException e =
        assertThrows(JsonFormatException.class, () -> Json.readDossier(MAPPER.writeValueAsString(tree)));

    assertEquals("$.actors[0].evidence[0]", e.path());
    assertTrue(e.getMessage().contains("start -" + minus + " < 0"), e.getMessage());
  }

  @Property(tries = 100)
  void rejectsUnknownPropertyAtTheRoot(@ForAll("dossiers") Dossier d, @ForAll("unknownNames") String name)
      throws JsonProcessingException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(Json.write(d));
    tree.put(name, "red");

    JsonFormatException e =
        assertThrows(JsonFormatException.class, () -> Json.readDossier(MAPPER.writeValueAsString(tree)));

    assertEquals("$." + name, e.path());
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Property(tries = 100)
  void rejectsUnknownPropertyInANestedObject(
      @ForAll("populated") Dossier d, @ForAll("unknownNames") String name) throws JsonProcessingException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(Json.write(d));
    ArrayNode documents = (ArrayNode) tree.path("documents");
    int index = documents.size() - 1;
    ((ObjectNode) documents.get(index)).put(name, 1);

    JsonFormatException e =
        assertThrows(JsonFormatException.class, () -> Json.readDossier(MAPPER.writeValueAsString(tree)));

    assertEquals("$.documents[" + index + "]." + name, e.path());
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Property(tries = 100)
  void reportsLineAndColumnOfTruncatedJson(@ForAll("populated") Dossier d, @ForAll @IntRange(min = 1, max = 100_000) int cut) {
    String json = Json.write(d, true);
    String truncated = json.substring(0, 1 + cut % (json.length() - 1));
    int line = (int) truncated.chars().filter(c -> c == '\n').count() + 1;

    JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.readDossier(truncated));

    assertTrue(e.getMessage().contains("(line " + line + ", column "), e.getMessage());
  }

  @Property(tries = 100)
  void reportsBrokenInvariantsOfTheWholeDossier(@ForAll("populated") Dossier d) throws JsonProcessingException {
    JsonNode tree = MAPPER.readTree(Json.write(d));
    ((ArrayNode) tree.path("documents")).add(tree.path("documents").get(0).deepCopy());

    JsonFormatException e =
        assertThrows(JsonFormatException.class, () -> Json.readDossier(MAPPER.writeValueAsString(tree)));

    assertTrue(
        e.getMessage().contains("Document id '" + d.documents().get(0).id() + "' is not unique"), e.getMessage());
  }
}
