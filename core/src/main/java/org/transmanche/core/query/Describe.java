package org.transmanche.core.query;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.transmanche.model.Agreement;
import org.transmanche.model.Deployment;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;
import org.transmanche.model.Figure;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.Quantity;
import org.transmanche.model.Schedule;
import org.transmanche.model.Statement;

/** One-line descriptions of facts, for tables and timelines. Stateless. */
final class Describe {

  private Describe() {}

  /** What the fact says, in a few words, with actor names resolved through the dossier. */
  static String summary(Dossier d, Fact fact) {
    if (fact instanceof Agreement) {
      Agreement a = (Agreement) fact;
      String parties = a.parties().stream().map(c -> c.code()).collect(Collectors.joining("-"));
      return a.name()
          + " (" + a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + (parties.isEmpty() ? "" : ", " + parties)
          + (a.mentionOnly() ? ", mentioned" : "")
          + ")";
    }
    if (fact instanceof Pledge) {
      Pledge p = (Pledge) fact;
      StringBuilder b = new StringBuilder(ActorMatch.name(d, p.pledger()));
      p.recipient().ifPresent(r -> b.append(" → ").append(ActorMatch.name(d, r)));
      b.append(": ").append(amount(p).orElse(p.kind() == PledgeKind.IN_KIND ? "in kind" : "amount not stated"));
      p.purpose().ifPresent(x -> b.append(", ").append(x));
      return b.append(" [").append(p.status().name().toLowerCase(Locale.ROOT)).append(']').toString();
    }
    if (fact instanceof Deployment) {
      Deployment x = (Deployment) fact;
      StringBuilder b = new StringBuilder();
      x.deployer().ifPresent(r -> b.append(ActorMatch.name(d, r)).append(": "));
      b.append(x.what());
      if (!x.location().isEmpty()) {
        b.append(" at ").append(x.location().get(0));
      }
      return b.append(" [").append(x.status().name().toLowerCase(Locale.ROOT)).append(']').toString();
    }
    if (fact instanceof Statement) {
      Statement s = (Statement) fact;
      return ActorMatch.name(d, s.speaker()) + ": «" + s.text() + "»";
    }
    if (fact instanceof Figure) {
      Figure f = (Figure) fact;
      return f.what() + ": " + Display.sign(f.qualifier()) + quantity(f.value());
    }
    return fact.factType() + " " + fact.id();
  }

  /** The value of {@code field} ("amount", "date", "value", ...) in {@code fact}, for a disagreement. */
  static String value(Dossier d, Fact fact, String field) {
    switch (field.toLowerCase(Locale.ROOT)) {
      case "date":
        return Display.date(fact.date());
      case "amount":
        if (fact instanceof Pledge && amount((Pledge) fact).isPresent()) {
          return amount((Pledge) fact).get();
        }
        break;
      case "value":
      case "count":
      case "quantity":
        if (fact instanceof Figure) {
          Figure f = (Figure) fact;
          return Display.sign(f.qualifier()) + quantity(f.value());
        }
        if (fact instanceof Deployment && ((Deployment) fact).quantity().isPresent()) {
          return quantity(((Deployment) fact).quantity().get());
        }
        break;
      default:
        break;
    }
    return summary(d, fact);
  }

  /**
   * A pledge's amount as stated, with its schedule: "12,000,000 GBP", "10,000,000 EUR a year for 3
   * years", "30,000,000 EUR (10,000,000 EUR a year for 3 years)"; empty when neither is given.
   */
  static Optional<String> amount(Pledge p) {
    Optional<String> schedule = p.schedule().flatMap(Describe::schedule);
    if (p.amount().isPresent()) {
      String a = Display.money(p.amount().get(), p.qualifier());
      return Optional.of(schedule.map(s -> a + " (" + s + ")").orElse(a));
    }
    return schedule.map(s -> Display.sign(p.qualifier()) + s);
  }

  private static Optional<String> schedule(Schedule s) {
    if (s.perYear().isPresent()) {
      String py = Display.money(s.perYear().get()) + " a year";
      return Optional.of(s.years().map(y -> py + " for " + y + (y == 1 ? " year" : " years")).orElse(py));
    }
    if (s.total().isPresent()) {
      String t = Display.money(s.total().get());
      return Optional.of(s.years().map(y -> t + " over " + y + (y == 1 ? " year" : " years")).orElse(t));
    }
    return s.years().map(y -> "over " + y + (y == 1 ? " year" : " years"));
  }

  /** A quantity with its unit: "2,000 people". */
  static String quantity(Quantity q) {
    return Display.amount(q.value()) + q.unit().map(u -> " " + u).orElse("");
  }
}
