package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.json.Json;
import org.transmanche.model.testing.ModelArbitraries;

class DossierProperties {

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  @Provide
  Arbitrary<Dossier> populated() {
    return ModelArbitraries.populatedDossiers();
  }

  /** Ids that no generated dossier uses: the generators never use the prefix {@code ghost:}. */
  @Provide
  Arbitrary<String> ghosts() {
    return ModelArbitraries.ids("ghost");
  }

  @Provide
  Arbitrary<String> badSchemas() {
    return Arbitraries.oneOf(
            Arbitraries.of("transmanche/2", "transmanche/0", "Transmanche/1", "transmanche/1 ", "", "v1"),
            ModelArbitraries.nonBlankTexts())
        .filter(s -> !s.equals(Dossier.SCHEMA));
  }

  // ---------------------------------------------------------------- valid dossiers

  @Property(tries = 100)
  void generatedDossiersHaveNoViolation(@ForAll("dossiers") Dossier d) {
    assertEquals(List.of(), d.violations());
  }

  @Property(tries = 100)
  void evidenceOfGeneratedDossiersIsTheDocumentTextAtItsSpan(@ForAll("dossiers") Dossier d) {
    Map<String, Document> docs = d.documents().stream().collect(Collectors.toMap(Document::id, x -> x));
    Stream.concat(
            d.actors().stream().flatMap(a -> a.evidence().stream()),
            d.facts().stream().flatMap(f -> f.evidence().stream()))
        .forEach(
            e -> {
              Document doc = docs.get(e.document());
              assertTrue(doc != null, () -> "no document " + e.document());
              assertEquals(doc.text().substring(e.start(), e.end()), e.text());
            });
  }

  @Property(tries = 100)
  void referencesOfGeneratedDossiersResolve(@ForAll("dossiers") Dossier d) {
    Set<String> actors = ids(d.actors(), Actor::id);
    Set<String> agreements = ids(d.agreements(), Agreement::id);
    Set<String> pledges = ids(d.pledges(), Pledge::id);
    Set<String> facts = ids(d.facts(), Fact::id);
    assertEquals(d.facts().size(), facts.size(), "fact ids are unique");
    d.agreements().forEach(a -> assertTrue(actors.containsAll(a.signatories())));
    d.pledges().forEach(
        p -> {
          assertTrue(actors.contains(p.pledger()));
          p.recipient().ifPresent(r -> assertTrue(actors.contains(r)));
          p.agreement().ifPresent(a -> assertTrue(agreements.contains(a)));
        });
    d.deployments().forEach(
        x -> {
          x.deployer().ifPresent(r -> assertTrue(actors.contains(r)));
          x.agreement().ifPresent(a -> assertTrue(agreements.contains(a)));
          x.pledge().ifPresent(p -> assertTrue(pledges.contains(p)));
        });
    d.statements().forEach(s -> assertTrue(actors.contains(s.speaker())));
    d.figures().forEach(f -> f.source().ifPresent(s -> assertTrue(actors.contains(s))));
    d.disagreements().forEach(g -> assertTrue(facts.containsAll(g.facts())));
  }

  @Property(tries = 100)
  void validPartsAssembleIntoAnEqualValidDossier(@ForAll("dossiers") Dossier d) {
    Dossier rebuilt = assertDoesNotThrow(() -> Dossier.of(d.documents(), d.actors(), d.facts()));
    assertEquals(List.of(), rebuilt.violations());
    assertEquals(ImmutableDossier.copyOf(d).withDisagreements().withDiagnostics(), rebuilt);
  }

  @Property(tries = 100)
  void jsonRoundTripIsIdentity(@ForAll("dossiers") Dossier d) {
    String json = Json.write(d);
    assertEquals(d, Json.readDossier(json), json);
    assertEquals(d, Json.readDossier(Json.write(d, true)));
    assertJsonRoundTrip(d, Dossier.class);
  }

  @Property(tries = 100)
  void copiesAreEqualWithEqualHash(@ForAll("dossiers") Dossier d) {
    assertEqualCopy(d, Dossier.builder().from(d).build());
  }

  @Property(tries = 100)
  void equalValuesHaveEqualHashes(@ForAll("dossiers") Dossier a, @ForAll("dossiers") Dossier b) {
    assertHashAgrees(a, b);
  }

  @Property(tries = 100)
  void indexesFindEveryPart(@ForAll("dossiers") Dossier d) {
    d.documents().forEach(x -> assertEquals(x, d.document(x.id()).orElseThrow()));
    d.actors().forEach(x -> assertEquals(x, d.actor(x.id()).orElseThrow()));
    d.facts().forEach(x -> assertEquals(x, d.fact(x.id()).orElseThrow()));
  }

  // ---------------------------------------------------------------- unique ids

  @Property(tries = 100)
  void rejectsDuplicateDocumentId(@ForAll("populated") Dossier d) {
    Document doc = d.documents().get(0);
    assertOneViolation(
        Dossier.builder().from(d).addDocuments(doc), "Document id '" + doc.id() + "' is not unique");
  }

  @Property(tries = 100)
  void rejectsDuplicateActorId(@ForAll("populated") Dossier d) {
    Actor actor = d.actors().get(0);
    assertOneViolation(
        Dossier.builder().from(d).addActors(Actor.builder().from(actor).name("Doppelgänger").build()),
        "Actor id '" + actor.id() + "' is not unique");
  }

  @Property(tries = 100)
  void rejectsDuplicateFactIdAcrossKinds(@ForAll("populated") Dossier d) {
    ImmutableDossier.Builder b = Dossier.builder().from(d);
    String id;
    if (d.facts().isEmpty()) {
      id = "broken:twin";
      b.addStatements(statement(d, id));
    } else {
      id = d.facts().get(0).id();
    }
    assertOneViolation(b.addFigures(figure(d, id)), "Fact id '" + id + "' is not unique");
  }

  @Property(tries = 100)
  void rejectsDuplicateDisagreementId(@ForAll("populated") Dossier d) {
    Disagreement dispute =
        Disagreement.builder()
            .id("broken:dispute")
            .subject("migrants à Calais")
            .field("value")
            .addFacts("broken:a", "broken:b")
            .build();
    assertOneViolation(
        Dossier.builder()
            .from(d)
            .addStatements(statement(d, "broken:a"), statement(d, "broken:b"))
            .addDisagreements(dispute, dispute),
        "Disagreement id 'broken:dispute' is not unique");
  }

  // ---------------------------------------------------------------- references

  @Property(tries = 100)
  void rejectsUnresolvedPledger(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addPledges(pledge(d, "broken:pledge").withPledger(ghost)),
        "pledge broken:pledge",
        "pledger '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedRecipient(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addPledges(pledge(d, "broken:pledge").withRecipient(ghost)),
        "pledge broken:pledge",
        "recipient '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedDeployer(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addDeployments(deployment(d, "broken:deployment").withDeployer(ghost)),
        "deployment broken:deployment",
        "deployer '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedSpeaker(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addStatements(statement(d, "broken:statement").withSpeaker(ghost)),
        "statement broken:statement",
        "speaker '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedFigureSource(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addFigures(figure(d, "broken:figure").withSource(ghost)),
        "figure broken:figure",
        "source '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedSignatory(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    Agreement a = agreement(d, "broken:agreement").withSignatories(d.actors().get(0).id(), ghost);
    assertOneViolation(
        Dossier.builder().from(d).addAgreements(a),
        "agreement broken:agreement",
        "signatory '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedPledgeAgreement(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addPledges(pledge(d, "broken:pledge").withAgreement(ghost)),
        "pledge broken:pledge",
        "agreement '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsPledgeAgreementThatIsAnotherKindOfFact(@ForAll("populated") Dossier d) {
    assertOneViolation(
        Dossier.builder()
            .from(d)
            .addStatements(statement(d, "broken:statement"))
            .addPledges(pledge(d, "broken:pledge").withAgreement("broken:statement")),
        "pledge broken:pledge",
        "agreement 'broken:statement'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedDeploymentAgreement(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addDeployments(deployment(d, "broken:deployment").withAgreement(ghost)),
        "deployment broken:deployment",
        "agreement '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedDeploymentPledge(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    assertOneViolation(
        Dossier.builder().from(d).addDeployments(deployment(d, "broken:deployment").withPledge(ghost)),
        "deployment broken:deployment",
        "pledge '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsDeploymentPledgeThatIsAnAgreement(@ForAll("populated") Dossier d) {
    assertOneViolation(
        Dossier.builder()
            .from(d)
            .addAgreements(agreement(d, "broken:agreement"))
            .addDeployments(deployment(d, "broken:deployment").withPledge("broken:agreement")),
        "deployment broken:deployment",
        "pledge 'broken:agreement'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedDisagreementFact(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    Disagreement dispute =
        Disagreement.builder()
            .id("broken:dispute")
            .subject("montant")
            .field("amount")
            .addFacts("broken:statement", ghost)
            .build();
    assertOneViolation(
        Dossier.builder().from(d).addStatements(statement(d, "broken:statement")).addDisagreements(dispute),
        "disagreement broken:dispute",
        "fact '" + ghost + "'",
        "does not resolve");
  }

  @Property(tries = 100)
  void rejectsUnresolvedEvidenceDocument(
      @ForAll("populated") Dossier d, @ForAll("ghosts") String ghost, @ForAll boolean onActor) {
    Evidence e = Evidence.of(ghost + "#1", 0, 4, "Oups");
    ImmutableDossier.Builder b = Dossier.builder().from(d);
    String where;
    if (onActor) {
      where = "Actor broken:actor";
      b.addActors(Actor.builder().id("broken:actor").kind(ActorKind.NGO).name("L'Auberge").addEvidence(e).build());
    } else {
      where = "statement broken:statement";
      b.addStatements(statement(d, "broken:statement").withEvidence(e));
    }
    assertOneViolation(b, where, "evidence document '" + ghost + "#1'", "does not resolve");
  }

  // ---------------------------------------------------------------- evidence against documents

  @Property(tries = 100)
  void rejectsEvidenceOutsideItsDocument(
      @ForAll("populated") Dossier d,
      @ForAll @IntRange(max = 100) int which,
      @ForAll @IntRange(max = 1000) int before,
      @ForAll @IntRange(min = 1, max = 50) int beyond) {
    Document doc = d.documents().get(which % d.documents().size());
    int length = doc.text().length();
    int start = Math.min(before, length);
    int end = length + beyond;
    Evidence e = Evidence.of(doc.id(), start, end, "x".repeat(end - start));
    assertOneViolation(
        Dossier.builder().from(d).addStatements(statement(d, "broken:statement").withEvidence(e)),
        "statement broken:statement",
        "evidence [" + start + ", " + end + ") lies outside document " + doc.id() + " of length " + length);
  }

  @Property(tries = 100)
  void rejectsEvidenceTextOtherThanTheDocumentText(
      @ForAll("populated") Dossier d,
      @ForAll @IntRange(max = 100) int which,
      @ForAll @IntRange(max = 1000) int at,
      @ForAll @IntRange(min = 1, max = 20) int width) {
    Document doc = d.documents().get(which % d.documents().size());
    String text = doc.text();
    Assume.that(!text.isEmpty());
    int start = at % text.length();
    int end = Math.min(text.length(), start + width);
    String wrong = "☃".repeat(end - start);
    Evidence e = Evidence.of(doc.id(), start, end, wrong);
    assertOneViolation(
        Dossier.builder().from(d).addFigures(figure(d, "broken:figure").withEvidence(e)),
        "figure broken:figure",
        "evidence text '" + wrong + "' != document " + doc.id() + " text '" + text.substring(start, end) + "'",
        "at [" + start + ", " + end + ")");
  }

  @Property(tries = 100)
  void rejectsWrongSchema(@ForAll("dossiers") Dossier d, @ForAll("badSchemas") String schema) {
    assertOneViolation(
        Dossier.builder().from(d).schema(schema),
        "Dossier: schema '" + schema + "' is not '" + Dossier.SCHEMA + "'");
  }

  @Property(tries = 100)
  void reportsEveryViolationAtOnce(@ForAll("populated") Dossier d, @ForAll("ghosts") String ghost) {
    Document doc = d.documents().get(0);
    int length = doc.text().length();
    Evidence outside = Evidence.of(doc.id(), length, length + 1, "x");
    ImmutableDossier.Builder b =
        Dossier.builder()
            .from(d)
            .schema("transmanche/0")
            .addDocuments(doc)
            .addPledges(pledge(d, "broken:pledge").withPledger(ghost))
            .addStatements(statement(d, "broken:statement").withSpeaker(ghost).withEvidence(outside))
            .addDeployments(deployment(d, "broken:deployment").withPledge(ghost));
    InvalidDossierException e = assertThrows(InvalidDossierException.class, b::build);
    List<List<String>> expected =
        List.of(
            List.of("schema 'transmanche/0'"),
            List.of("Document id '" + doc.id() + "' is not unique"),
            List.of("pledge broken:pledge", "pledger '" + ghost + "'", "does not resolve"),
            List.of("statement broken:statement", "speaker '" + ghost + "'", "does not resolve"),
            List.of("statement broken:statement", "lies outside document " + doc.id()),
            List.of("deployment broken:deployment", "pledge '" + ghost + "'", "does not resolve"));
    assertEquals(expected.size(), e.violations().size(), e.violations()::toString);
    for (List<String> words : expected) {
      assertTrue(
          e.violations().stream().anyMatch(v -> words.stream().allMatch(v::contains)),
          () -> "no violation with " + words + " in " + e.violations());
    }
    assertTrue(e.getMessage().contains(e.violations().size() + " violation(s)"), e.getMessage());
    e.violations().forEach(v -> assertTrue(e.getMessage().contains(v), v));
  }

  // ---------------------------------------------------------------- helpers

  private static InvalidDossierException assertOneViolation(ImmutableDossier.Builder b, String... words) {
    InvalidDossierException e = assertThrows(InvalidDossierException.class, b::build);
    assertEquals(1, e.violations().size(), e.violations()::toString);
    String violation = e.violations().get(0);
    for (String w : words) {
      assertTrue(violation.contains(w), () -> "violation '" + violation + "' lacks '" + w + "'");
    }
    assertTrue(e.getMessage().contains(violation), e.getMessage());
    return e;
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  /** Empty evidence at the start of the dossier's first document: valid wherever the dossier is. */
  private static Evidence evidence(Dossier d) {
    return Evidence.of(d.documents().get(0).id(), 0, 0, "");
  }

  private static String actor(Dossier d) {
    return d.actors().get(0).id();
  }

  private static ImmutableAgreement agreement(Dossier d, String id) {
    return ImmutableAgreement.builder()
        .id(id)
        .name("accords du Touquet")
        .kind(AgreementKind.TREATY)
        .addEvidence(evidence(d))
        .build();
  }

  private static ImmutablePledge pledge(Dossier d, String id) {
    return ImmutablePledge.builder()
        .id(id)
        .pledger(actor(d))
        .kind(PledgeKind.IN_KIND)
        .status(PledgeStatus.OFFERED)
        .addEvidence(evidence(d))
        .build();
  }

  private static ImmutableDeployment deployment(Dossier d, String id) {
    return ImmutableDeployment.builder()
        .id(id)
        .resource(Resource.BARRIER)
        .what("clôtures")
        .status(DeploymentStatus.ANNOUNCED)
        .addEvidence(evidence(d))
        .build();
  }

  private static ImmutableStatement statement(Dossier d, String id) {
    return ImmutableStatement.builder().id(id).speaker(actor(d)).text("Nous agirons.").addEvidence(evidence(d)).build();
  }

  private static ImmutableFigure figure(Dossier d, String id) {
    return ImmutableFigure.builder()
        .id(id)
        .what("migrants à Calais")
        .value(Quantity.of(700, "people"))
        .addEvidence(evidence(d))
        .build();
  }
}
