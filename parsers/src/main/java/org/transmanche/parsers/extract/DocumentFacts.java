package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.Actor;
import org.transmanche.model.Agreement;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.Document;
import org.transmanche.model.Fact;
import org.transmanche.model.Figure;
import org.transmanche.model.Pledge;
import org.transmanche.model.Statement;
import org.transmanche.parsers.recognise.Mention;

/**
 * What one document yields before reconciliation: its mentions, the actors it names and its facts,
 * each with evidence in this document. Ids are unique within the document and start with its id.
 */
@Value.Immutable
public interface DocumentFacts {

  /** The document, with an inferred published date when it had none and one could be inferred. */
  Document document();

  /** Every mention the pipeline found, sorted by start. */
  ImmutableList<Mention> mentions();

  /** Actors named in the document, with the evidence of their mentions here. */
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

  /** The date used to resolve relative expressions and to date facts: published, or inferred. */
  Optional<DateSpan> referenceDate();

  /** All facts, agreements first. */
  default ImmutableList<Fact> facts() {
    return ImmutableList.<Fact>builder()
        .addAll(agreements())
        .addAll(pledges())
        .addAll(deployments())
        .addAll(statements())
        .addAll(figures())
        .build();
  }

  /** Builder. */
  static ImmutableDocumentFacts.Builder builder() {
    return ImmutableDocumentFacts.builder();
  }
}
