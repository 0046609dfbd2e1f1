package org.transmanche.model;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cross-object rules of {@link Dossier}, collected into one list of messages. */
final class DossierRules {
  private DossierRules() {}

  static ImmutableList<String> violations(Dossier d) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (!Dossier.SCHEMA.equals(d.schema())) {
      out.add("Dossier: schema '" + d.schema() + "' is not '" + Dossier.SCHEMA + "'");
    }
    unique(out, "Document", d.documents().stream().map(Document::id)::iterator);
    unique(out, "Actor", d.actors().stream().map(Actor::id)::iterator);
    unique(out, "Fact", d.facts().stream().map(Fact::id)::iterator);
    unique(out, "Disagreement", d.disagreements().stream().map(Disagreement::id)::iterator);

    Map<String, Document> docs = d.documentIndex();
    Map<String, Actor> actors = d.actorIndex();
    Map<String, Fact> facts = d.factIndex();

    for (Actor a : d.actors()) {
      for (Evidence e : a.evidence()) {
        evidence(out, "Actor " + a.id(), e, docs);
      }
    }
    for (Fact f : d.facts()) {
      String where = f.factType() + " " + f.id();
      for (Evidence e : f.evidence()) {
        evidence(out, where, e, docs);
      }
    }
    for (Agreement a : d.agreements()) {
      for (String s : a.signatories()) {
        ref(out, "agreement " + a.id(), "signatory", s, actors);
      }
    }
    for (Pledge p : d.pledges()) {
      String where = "pledge " + p.id();
      ref(out, where, "pledger", p.pledger(), actors);
      p.recipient().ifPresent(r -> ref(out, where, "recipient", r, actors));
      factRef(out, where, "agreement", p.agreement(), facts, Agreement.class);
    }
    for (Deployment x : d.deployments()) {
      String where = "deployment " + x.id();
      x.deployer().ifPresent(r -> ref(out, where, "deployer", r, actors));
      factRef(out, where, "agreement", x.agreement(), facts, Agreement.class);
      factRef(out, where, "pledge", x.pledge(), facts, Pledge.class);
    }
    for (Statement s : d.statements()) {
      ref(out, "statement " + s.id(), "speaker", s.speaker(), actors);
    }
    for (Figure f : d.figures()) {
      f.source().ifPresent(r -> ref(out, "figure " + f.id(), "source", r, actors));
    }
    for (Disagreement g : d.disagreements()) {
      for (String f : g.facts()) {
        if (!facts.containsKey(f)) {
          out.add("disagreement " + g.id() + ": fact '" + f + "' does not resolve");
        }
      }
    }
    return out.build();
  }

  private static void unique(ImmutableList.Builder<String> out, String type, Iterable<String> ids) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id) && reported.add(id)) {
        out.add(type + " id '" + id + "' is not unique");
      }
    }
  }

  private static void ref(
      ImmutableList.Builder<String> out, String where, String field, String id, Map<String, Actor> actors) {
    if (!actors.containsKey(id)) {
      out.add(where + ": " + field + " '" + id + "' does not resolve to an actor");
    }
  }

  private static void factRef(
      ImmutableList.Builder<String> out,
      String where,
      String field,
      Optional<String> id,
      Map<String, Fact> facts,
      Class<? extends Fact> type) {
    if (id.isPresent()) {
      Fact f = facts.get(id.get());
      if (f == null || !type.isInstance(f)) {
        out.add(where + ": " + field + " '" + id.get() + "' does not resolve to a " + field);
      }
    }
  }

  private static void evidence(
      ImmutableList.Builder<String> out, String where, Evidence e, Map<String, Document> docs) {
    Document doc = docs.get(e.document());
    if (doc == null) {
      out.add(where + ": evidence document '" + e.document() + "' does not resolve");
      return;
    }
    if (e.end() > doc.text().length()) {
      out.add(
          where + ": evidence [" + e.start() + ", " + e.end() + ") lies outside document "
              + doc.id() + " of length " + doc.text().length());
      return;
    }
    String actual = doc.text().substring(e.start(), e.end());
    if (!actual.equals(e.text())) {
      out.add(
          where + ": evidence text '" + e.text() + "' != document " + doc.id() + " text '" + actual
              + "' at [" + e.start() + ", " + e.end() + ")");
    }
  }
}
