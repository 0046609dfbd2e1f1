package org.transmanche.core.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.transmanche.model.Actor;
import org.transmanche.model.Agreement;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Fact;
import org.transmanche.model.Figure;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.Quantity;
import org.transmanche.model.Role;
import org.transmanche.model.Statement;

/**
 * A dossier as CSV tables, one per kind of fact plus one of actors, one row per fact, for
 * spreadsheets. The format is RFC 4180: UTF-8, a header row, CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break. Amounts are plain decimals with their currency in the next
 * column; dates are ISO days with their precision; several values in one cell are separated by
 * {@code "; "}. Evidence takes three cells, one line per span: the document ids, the {@code
 * start-end} spans, and the quotes (white space runs of a quote written as one space; the span
 * gives the exact text). Values are written as they are: spreadsheet users who open files from
 * others should mind cells starting with {@code =}. Stateless and thread-safe.
 *
 * <pre>{@code
 * CsvExport.table(d, "pledges");                  // the CSV text
 * CsvExport.write(d, java.nio.file.Path.of("out")); // out/pledges.csv and the others
 * }</pre>
 */
public final class CsvExport {

  /** The names of the tables, each written to {@code <name>.csv}. */
  public static final ImmutableList<String> TABLES =
      ImmutableList.of("actors", "agreements", "pledges", "deployments", "statements", "figures");

  private CsvExport() {}

  /**
   * One table as CSV text.
   *
   * @param table one of {@link #TABLES}
   * @throws IllegalArgumentException if the table is unknown (the message lists the known ones)
   */
  public static String table(Dossier dossier, String table) {
    checkNotNull(dossier, "dossier");
    checkArgument(TABLES.contains(table), "unknown table '%s'; known: %s", table, String.join(", ", TABLES));
    switch (table) {
      case "actors":
        return render(actorColumns(), dossier.actors());
      case "agreements":
        return render(agreementColumns(dossier), dossier.agreements());
      case "pledges":
        return render(pledgeColumns(dossier), dossier.pledges());
      case "deployments":
        return render(deploymentColumns(dossier), dossier.deployments());
      case "statements":
        return render(statementColumns(dossier), dossier.statements());
      default:
        return render(figureColumns(dossier), dossier.figures());
    }
  }

  /** Every table as CSV text, by name, in the order of {@link #TABLES}. */
  public static ImmutableMap<String, String> tables(Dossier dossier) {
    return TABLES.stream().collect(ImmutableMap.toImmutableMap(t -> t, t -> table(dossier, t)));
  }

  /**
   * Writes every table to {@code directory/<name>.csv}, creating the directory if needed and
   * replacing the files.
   *
   * @return the files written, in the order of {@link #TABLES}
   * @throws UncheckedIOException if a file cannot be written
   */
  public static ImmutableList<Path> write(Dossier dossier, Path directory) {
    checkNotNull(directory, "directory");
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    try {
      Files.createDirectories(directory);
      for (var e : tables(dossier).entrySet()) {
        Path file = directory.resolve(e.getKey() + ".csv");
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV tables to " + directory, e);
    }
    return written.build();
  }

  /** A named column of a table. */
  private static final class Column<T> {
    final String name;
    final Function<? super T, String> value;

    Column(String name, Function<? super T, String> value) {
      this.name = name;
      this.value = value;
    }
  }

  private static <T> Column<T> col(String name, Function<? super T, String> value) {
    return new Column<>(name, value);
  }

  private static <T> String render(List<Column<T>> columns, Collection<? extends T> rows) {
    CsvWriter w = new CsvWriter();
    w.record(columns.stream().map(c -> c.name).collect(Collectors.toList()));
    for (T row : rows) {
      w.record(columns.stream().map(c -> c.value.apply(row)).collect(Collectors.toList()));
    }
    return w.toString();
  }

  private static List<Column<Actor>> actorColumns() {
    return List.of(
        col("id", Actor::id),
        col("kind", a -> lower(a.kind())),
        col("name", Actor::name),
        col("aliases", a -> join(a.aliases())),
        col("country", a -> a.country().map(c -> c.code()).orElse("")),
        col("roles", a -> a.roles().stream().map(CsvExport::role).collect(Collectors.joining("; "))),
        col("evidence_documents", a -> documents(a.evidence())),
        col("evidence_spans", a -> spans(a.evidence())),
        col("evidence_quotes", a -> quotes(a.evidence())));
  }

  private static String role(Role r) {
    StringBuilder b = new StringBuilder(r.title());
    r.organisation().ifPresent(o -> b.append(", ").append(o));
    r.country().ifPresent(c -> b.append(" (").append(c.code()).append(')'));
    if (r.from().isPresent() || r.to().isPresent()) {
      b.append(' ').append(r.from().map(Object::toString).orElse("")).append("..").append(r.to().map(Object::toString).orElse(""));
    }
    return b.toString();
  }

  private static <F extends Fact> List<Column<F>> withFact(List<Column<F>> own) {
    ImmutableList.Builder<Column<F>> b = ImmutableList.builder();
    b.add(col("id", Fact::id));
    b.addAll(own);
    b.add(col("date_from", f -> f.date().map(d -> d.from().toString()).orElse("")));
    b.add(col("date_to", f -> f.date().map(d -> d.to().toString()).orElse("")));
    b.add(col("date_precision", f -> f.date().map(d -> lower(d.precision())).orElse("")));
    b.add(col("date_wording", f -> f.date().flatMap(DateSpan::wording).orElse("")));
    b.add(col("evidence_documents", f -> documents(f.evidence())));
    b.add(col("evidence_spans", f -> spans(f.evidence())));
    b.add(col("evidence_quotes", f -> quotes(f.evidence())));
    return b.build();
  }

  private static List<Column<Agreement>> agreementColumns(Dossier d) {
    return withFact(
        List.of(
            col("name", Agreement::name),
            col("aliases", a -> join(a.aliases())),
            col("kind", a -> lower(a.kind())),
            col("parties", a -> a.parties().stream().map(c -> c.code()).collect(Collectors.joining("; "))),
            col("signatories", a -> join(a.signatories())),
            col("signatory_names", a -> a.signatories().stream().map(s -> name(d, s)).collect(Collectors.joining("; "))),
            col("place", a -> a.place().orElse("")),
            col("mention_only", a -> String.valueOf(a.mentionOnly()))));
  }

  private static List<Column<Pledge>> pledgeColumns(Dossier d) {
    return withFact(
        List.of(
            col("pledger", Pledge::pledger),
            col("pledger_name", p -> name(d, p.pledger())),
            col("recipient", p -> p.recipient().orElse("")),
            col("recipient_name", p -> p.recipient().map(r -> name(d, r)).orElse("")),
            col("amount", p -> amount(p.amount())),
            col("currency", p -> p.amount().map(Money::currency).orElse("")),
            col("qualifier", p -> lower(p.qualifier())),
            col("also_stated", p -> p.alsoStated().stream().map(Money::format).collect(Collectors.joining("; "))),
            col("per_year", p -> p.schedule().flatMap(s -> s.perYear()).map(Money::format).orElse("")),
            col("years", p -> p.schedule().flatMap(s -> s.years()).map(String::valueOf).orElse("")),
            col("schedule_total", p -> p.schedule().flatMap(s -> s.total()).map(Money::format).orElse("")),
            col("kind", p -> lower(p.kind())),
            col("status", p -> lower(p.status())),
            col("purpose", p -> p.purpose().orElse("")),
            col("agreement", p -> p.agreement().orElse(""))));
  }

  private static List<Column<Deployment>> deploymentColumns(Dossier d) {
    return withFact(
        List.of(
            col("resource", x -> lower(x.resource())),
            col("what", Deployment::what),
            col("quantity", x -> x.quantity().map(q -> q.value().toPlainString()).orElse("")),
            col("unit", x -> x.quantity().flatMap(Quantity::unit).orElse("")),
            col("deployer", x -> x.deployer().orElse("")),
            col("deployer_name", x -> x.deployer().map(r -> name(d, r)).orElse("")),
            col("location", x -> join(x.location())),
            col("status", x -> lower(x.status())),
            col("agreement", x -> x.agreement().orElse("")),
            col("pledge", x -> x.pledge().orElse(""))));
  }

  private static List<Column<Statement>> statementColumns(Dossier d) {
    return withFact(
        List.of(
            col("speaker", Statement::speaker),
            col("speaker_name", s -> name(d, s.speaker())),
            col("text", Statement::text),
            col("direct", s -> String.valueOf(s.direct()))));
  }

  private static List<Column<Figure>> figureColumns(Dossier d) {
    return withFact(
        List.of(
            col("what", Figure::what),
            col("value", f -> f.value().value().toPlainString()),
            col("unit", f -> f.value().unit().orElse("")),
            col("qualifier", f -> lower(f.qualifier())),
            col("source", f -> f.source().orElse("")),
            col("source_name", f -> f.source().map(r -> name(d, r)).orElse(""))));
  }

  private static String name(Dossier d, String actorId) {
    return d.actor(actorId).map(Actor::name).orElse(actorId);
  }

  private static String amount(Optional<Money> m) {
    return m.map(x -> x.amount().toPlainString()).orElse("");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String join(Collection<String> values) {
    return String.join("; ", values);
  }

  private static String documents(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::document).collect(Collectors.joining("\n"));
  }

  private static String spans(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.start() + "-" + e.end()).collect(Collectors.joining("\n"));
  }

  private static String quotes(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.text().strip().replaceAll("\\s+", " ")).collect(Collectors.joining("\n"));
  }
}
