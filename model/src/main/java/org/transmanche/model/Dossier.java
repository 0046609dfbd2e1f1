package org.transmanche.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The aggregate: documents, actors, the five kinds of fact, disagreements between sources and the
 * diagnostics of reading. It enforces the rules that span objects and reports every violation at
 * once in an {@link InvalidDossierException}:
 *
 * <ul>
 *   <li>ids are unique (documents, actors, facts and disagreements each in their own space, facts
 *       across all five kinds);
 *   <li>every reference resolves: pledger, recipient, deployer, speaker, source, signatory,
 *       agreement, pledge, disagreement facts and evidence documents;
 *   <li>each evidence lies inside its document and its text equals the document text at that span.
 * </ul>
 *
 * <pre>{@code
 * Dossier d = Dossier.builder().build(); // empty and valid
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossier.class)
@JsonDeserialize(as = ImmutableDossier.class)
@JsonPropertyOrder({
  "schema", "documents", "actors", "agreements", "pledges", "deployments", "statements", "figures",
  "disagreements", "diagnostics"
})
public interface Dossier {

  /** The version of the JSON format this dossier follows. */
  String SCHEMA = "transmanche/1";

  /** Always {@link #SCHEMA}. */
  @Value.Default
  default String schema() {
    return SCHEMA;
  }

  /** Documents, in corpus order. */
  ImmutableList<Document> documents();

  /** Actors, sorted by id. */
  ImmutableList<Actor> actors();

  /** Agreements. */
  ImmutableList<Agreement> agreements();

  /** Pledges. */
  ImmutableList<Pledge> pledges();

  /** Deployments. */
  ImmutableList<Deployment> deployments();

  /** Statements. */
  ImmutableList<Statement> statements();

  /** Figures. */
  ImmutableList<Figure> figures();

  /** Where sources disagree. */
  ImmutableList<Disagreement> disagreements();

  /** Problems met while reading; a document is either in {@link #documents()} or named here. */
  ImmutableList<Diagnostic> diagnostics();

  /** Builder. */
  static ImmutableDossier.Builder builder() {
    return ImmutableDossier.builder();
  }

  /** Every fact of the five kinds, agreements first. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableList<Fact> facts() {
    return Stream.of(agreements(), pledges(), deployments(), statements(), figures())
        .flatMap(List::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /** The document with this id. */
  default Optional<Document> document(String id) {
    return Optional.ofNullable(documentIndex().get(id));
  }

  /** The actor with this id. */
  default Optional<Actor> actor(String id) {
    return Optional.ofNullable(actorIndex().get(id));
  }

  /** The fact (of any kind) with this id. */
  default Optional<Fact> fact(String id) {
    return Optional.ofNullable(factIndex().get(id));
  }

  /** Documents by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Document> documentIndex() {
    return index(documents(), Document::id);
  }

  /** Actors by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Actor> actorIndex() {
    return index(actors(), Actor::id);
  }

  /** Facts by id. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableMap<String, Fact> factIndex() {
    return index(facts(), Fact::id);
  }

  private static <T> ImmutableMap<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    for (T t : items) {
      map.putIfAbsent(id.apply(t), t);
    }
    return ImmutableMap.copyOf(map);
  }

  /** Every broken rule, one message each; empty for a valid dossier. */
  default ImmutableList<String> violations() {
    return DossierRules.violations(this);
  }

  /** Checks the rules across objects. */
  @Value.Check
  default void check() {
    ImmutableList<String> v = violations();
    if (!v.isEmpty()) {
      throw new InvalidDossierException(v);
    }
  }

  /** Builds a dossier from parts, collecting into lists. */
  static Dossier of(
      Iterable<? extends Document> documents,
      Iterable<? extends Actor> actors,
      Iterable<? extends Fact> facts) {
    ImmutableDossier.Builder b = builder().addAllDocuments(documents).addAllActors(actors);
    List<Fact> rest = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Agreement) {
        b.addAgreements((Agreement) f);
      } else if (f instanceof Pledge) {
        b.addPledges((Pledge) f);
      } else if (f instanceof Deployment) {
        b.addDeployments((Deployment) f);
      } else if (f instanceof Statement) {
        b.addStatements((Statement) f);
      } else if (f instanceof Figure) {
        b.addFigures((Figure) f);
      } else {
        rest.add(f);
      }
    }
    if (!rest.isEmpty()) {
      throw new IllegalArgumentException("unknown fact type " + rest.get(0).getClass().getName());
    }
    return b.build();
  }
}
