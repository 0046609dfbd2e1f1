package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.StringJoiner;
import org.transmanche.model.Actor;
import org.transmanche.model.Agreement;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.Dossier;
import org.transmanche.model.Figure;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.Statement;

/**
 * One-line summaries of gold items and system facts, showing the fields the matching rules look
 * at, for the misses and spurious items of a report. Stateless.
 */
final class Summaries {

  private static final int QUOTE_LIMIT = 120;

  private Summaries() {}

  static String of(GoldActor a) {
    StringJoiner j = new StringJoiner(", ", a.name() + " (", ")");
    a.kind().ifPresent(k -> j.add(k.name()));
    a.country().ifPresent(c -> j.add(c.code()));
    if (!a.aliases().isEmpty()) {
      j.add("aka " + String.join(" / ", a.aliases()));
    }
    return j.toString();
  }

  static String of(GoldAgreement a) {
    return a.name() + " " + parties(a.parties()) + ", date " + date(a.date());
  }

  static String of(GoldPledge p) {
    StringBuilder sb = new StringBuilder("pledger ").append(p.pledger());
    sb.append(", amount ").append(p.amount().map(Money::format).orElse("any"));
    for (Money m : p.alsoStated()) {
      sb.append(" / ").append(m.format());
    }
    sb.append(", date ").append(date(p.date()));
    p.purpose().ifPresent(x -> sb.append(", for ").append(clip(x)));
    return sb.toString();
  }

  static String of(GoldDeployment d) {
    return d.resource() + " '" + clip(d.what()) + "' at "
        + (d.location().isEmpty() ? "any place" : String.join(" | ", d.location()))
        + ", date " + date(d.date());
  }

  static String of(GoldStatement s) {
    return s.speaker() + ": \u00ab" + clip(s.quote()) + "\u00bb";
  }

  static String of(GoldFigure f) {
    String value = f.value().toPlainString() + f.valueMax().map(m -> "-" + m.toPlainString()).orElse("");
    return value + f.unit().map(u -> " " + u).orElse("") + " (" + clip(f.what()) + "), date " + date(f.date());
  }

  static String of(Actor a) {
    StringJoiner j = new StringJoiner(", ", a.name() + " (", ")");
    j.add(a.kind().name());
    a.country().ifPresent(c -> j.add(c.code()));
    if (!a.aliases().isEmpty()) {
      j.add("aka " + String.join(" / ", a.aliases()));
    }
    return j.toString();
  }

  static String of(Agreement a) {
    return a.name() + " " + parties(a.parties()) + ", date " + date(a.date());
  }

  static String of(Pledge p, Dossier d) {
    StringBuilder sb = new StringBuilder("pledger ").append(actor(p.pledger(), d));
    sb.append(", amount ").append(p.amount().map(Money::format).orElse("none"));
    for (Money m : p.alsoStated()) {
      sb.append(" / ").append(m.format());
    }
    p.schedule()
        .ifPresent(
            s -> {
              s.perYear().ifPresent(m -> sb.append(", ").append(m.format()).append(" a year"));
              s.years().ifPresent(y -> sb.append(" for ").append(y).append(" years"));
              s.total().ifPresent(m -> sb.append(", total ").append(m.format()));
            });
    sb.append(", date ").append(date(p.date()));
    return sb.toString();
  }

  static String of(Deployment x) {
    return x.resource() + " '" + clip(x.what()) + "' at "
        + (x.location().isEmpty() ? "no place" : String.join(" | ", x.location()))
        + ", date " + date(x.date());
  }

  static String of(Statement s, Dossier d) {
    return actor(s.speaker(), d) + ": \u00ab" + clip(s.text()) + "\u00bb";
  }

  static String of(Figure f) {
    return f.value().value().toPlainString() + f.value().unit().map(u -> " " + u).orElse("")
        + " (" + clip(f.what()) + "), date " + date(f.date());
  }

  private static String actor(String id, Dossier d) {
    Optional<Actor> a = d.actor(id);
    return a.map(x -> x.name() + x.country().map(c -> " [" + c.code() + "]").orElse("")).orElse(id);
  }

  private static String parties(Iterable<Country> parties) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (Country c : ImmutableList.sortedCopyOf(parties)) {
      j.add(c.code());
    }
    return j.toString();
  }

  /** A span as {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code from..to}. */
  static String date(Optional<DateSpan> span) {
    if (span.isEmpty()) {
      return "none";
    }
    DateSpan s = span.get();
    switch (s.precision()) {
      case DAY:
        return s.from().toString();
      case MONTH:
        return s.from().toString().substring(0, 7);
      case YEAR:
        return s.from().toString().substring(0, 4);
      default:
        return s.from() + ".." + s.to();
    }
  }

  /** The text on one line, cut to a readable length. */
  static String clip(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= QUOTE_LIMIT ? line : line.substring(0, QUOTE_LIMIT - 3) + "...";
  }
}
