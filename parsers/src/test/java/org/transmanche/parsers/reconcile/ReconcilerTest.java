package org.transmanche.parsers.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Resource;
import org.transmanche.model.Statement;
import org.transmanche.parsers.extract.DocumentFacts;

class ReconcilerTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 9);

  @Test
  void joinsOneQuoteReportedByTwoDocumentsAndKeepsADifferentOneApart() {
    Dossier d = Reconciler.reconcile(List.of(
            quoting("a.txt", "Nous ouvrirons un centre d'accueil au printemps prochain"),
            quoting("b.txt", "nous ouvrirons un centre d'accueil au printemps prochain"),
            quoting("c.txt", "Le port restera fermé toute la semaine")),
        List.of());

    assertThat(d.statements()).hasSize(2);
    assertThat(d.statements().get(0).evidence()).extracting(Evidence::document)
        .containsExactly("a.txt#1", "b.txt#1");
    assertThat(d.statements().get(1).evidence()).extracting(Evidence::document).containsExactly("c.txt#1");
  }

  @Test
  void joinsDeploymentsOfOneThingAtOnePlaceButNotDifferentThings() {
    Dossier d = Reconciler.reconcile(List.of(
            deploying("a.txt", "caméras de surveillance thermiques"),
            deploying("b.txt", "caméras thermiques de surveillance"),
            deploying("c.txt", "matériel de surveillance")),
        List.of());

    assertThat(d.deployments()).hasSize(2);
    assertThat(d.deployments().get(0).evidence()).extracting(Evidence::document)
        .containsExactly("a.txt#1", "b.txt#1");
  }

  /** Two word sets at least {@code t} alike (Jaccard) always share a prefix key, so no twin is missed. */
  @Property(tries = 500)
  void similarSetsShareAPrefixKey(
      @ForAll("wordSets") Set<String> x, @ForAll("wordSets") Set<String> y, @ForAll("thresholds") double t) {
    Assume.that(Reconciler.jaccard(x, y) >= t);
    Set<String> kx = new HashSet<>(Reconciler.prefixKeys("k", x, t));
    List<String> ky = Reconciler.prefixKeys("k", y, t);

    assertThat(ky).anyMatch(kx::contains);
  }

  @Provide
  Arbitrary<Set<String>> wordSets() {
    // a small vocabulary, so that similar sets are common
    return Arbitraries.of("port", "centre", "police", "tunnel", "camera", "barriere", "drone", "navire")
        .set().ofMinSize(0).ofMaxSize(8);
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.of(0.5, 0.8);
  }

  private static Document document(String file, String text) {
    return Document.builder().file(file).index(1).language("fr").text(text)
        .published(DateSpan.ofDay(DAY)).build();
  }

  private static DocumentFacts quoting(String file, String quote) {
    String text = "Elle a dit : « " + quote + " ».";
    Document doc = document(file, text);
    int start = text.indexOf(quote);
    Evidence said = Evidence.of(doc.id(), start, start + quote.length(), quote);
    Evidence named = Evidence.of(doc.id(), 0, 4, "Elle");
    Actor speaker = Actor.builder().id("person:jane-roe").kind(ActorKind.PERSON).name("Jane Roe")
        .addEvidence(named).build();
    Statement s = Statement.builder().id("statement:" + doc.id() + ":1").speaker(speaker.id())
        .text(quote).direct(true).addEvidence(said).build();
    return DocumentFacts.builder().document(doc).addActors(speaker).addStatements(s).build();
  }

  private static DocumentFacts deploying(String file, String what) {
    String text = "On a installé des " + what + " à Calais.";
    Document doc = document(file, text);
    int start = text.indexOf(what);
    List<Evidence> ev = new ArrayList<>(List.of(Evidence.of(doc.id(), start, start + what.length(), what)));
    Deployment x = Deployment.builder().id("deployment:" + doc.id() + ":1").resource(Resource.SURVEILLANCE)
        .what(what).addLocation("Calais").status(DeploymentStatus.ACTIVE).date(DateSpan.ofDay(DAY))
        .evidence(ev).build();
    return DocumentFacts.builder().document(doc).addDeployments(x).build();
  }
}
