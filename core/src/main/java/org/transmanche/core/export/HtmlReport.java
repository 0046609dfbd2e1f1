package org.transmanche.core.export;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.transmanche.core.ledger.AccountingYear;
import org.transmanche.core.ledger.Ledger;
import org.transmanche.core.ledger.LedgerRow;
import org.transmanche.core.ledger.YearBasis;
import org.transmanche.core.query.Citation;
import org.transmanche.core.query.Conflict;
import org.transmanche.core.query.Display;
import org.transmanche.core.query.Query;
import org.transmanche.core.query.Timeline;
import org.transmanche.core.query.TimelineEntry;
import org.transmanche.model.Dossier;
import org.transmanche.model.Statement;

/**
 * A self-contained HTML report of a dossier: counts, a bar chart of pledges per year in one currency,
 * the agreement time line, the pledge ledger with its sources, where sources disagree, and who said
 * what. One UTF-8 file with inline CSS and inline SVG: no script, no font, no style sheet, no image
 * from the network (its Content-Security-Policy forbids them), so it opens in any browser offline.
 * Every text from the dossier is escaped. The same dossier and settings always give the same bytes.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * HtmlReport.of(d).write(java.nio.file.Path.of("report.html"));
 * HtmlReport.of(d).currency("GBP").financialYears().render(); // the HTML text
 * }</pre>
 */
public final class HtmlReport {

  private static final String STYLE =
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
          + "color:#1d2330;background:#fff;margin:0 auto;max-width:1100px;padding:24px 32px}"
          + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #d6dae3;"
          + "padding-bottom:4px}p.lead{color:#4a5468;margin:0 0 16px}"
          + ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}.card{border:1px solid #d6dae3;border-radius:6px;"
          + "padding:8px 14px;min-width:92px}.card b{display:block;font-size:22px}.card span{color:#4a5468;font-size:13px}"
          + "table{border-collapse:collapse;width:100%;font-size:13.5px}th,td{border-bottom:1px solid #e3e6ed;"
          + "padding:5px 8px;text-align:left;vertical-align:top}th{background:#f3f5f9}td.num{text-align:right;"
          + "white-space:nowrap;font-variant-numeric:tabular-nums}.src{color:#4a5468;font-size:12.5px}"
          + "mark{background:#fff1b8;padding:0 1px}.note{color:#8a4b00;font-size:12.5px}"
          + "svg.chart{max-width:100%;height:auto;display:block;margin:8px 0}"
          + "svg .bar rect{fill:#2f6db5}svg .bar:hover rect{fill:#1d4f8c}svg .grid{stroke:#e3e6ed}"
          + "svg .axis{stroke:#7a8499}svg text{font:12px system-ui,sans-serif;fill:#1d2330}"
          + "svg .tick,svg .unit{fill:#4a5468}svg .value{font-weight:600}"
          + "svg .event circle{fill:#b5452f}svg .event .span{fill:#f0c4b9}"
          + "footer{margin-top:40px;color:#7a8499;font-size:12.5px}ul.conflicts li{margin-bottom:8px}";

  private final Dossier dossier;
  private final String title;
  private final Ledger ledger;

  private HtmlReport(Dossier dossier, String title, Ledger ledger) {
    this.dossier = dossier;
    this.title = title;
    this.ledger = ledger;
  }

  /** A report of {@code dossier} titled "Transmanche report", pledges in EUR by calendar year. */
  public static HtmlReport of(Dossier dossier) {
    checkNotNull(dossier, "dossier");
    return new HtmlReport(dossier, "Transmanche report", Ledger.of(dossier));
  }

  /** The same report with another title. */
  public HtmlReport title(String title) {
    return new HtmlReport(dossier, checkNotNull(title, "title"), ledger);
  }

  /**
   * The same report with pledges in {@code currency}.
   *
   * @throws IllegalArgumentException if the ECB publishes no rate for that currency
   */
  public HtmlReport currency(String currency) {
    return new HtmlReport(dossier, title, ledger.currency(currency));
  }

  /** The same report with pledges by UK financial year (April to March). */
  public HtmlReport financialYears() {
    return new HtmlReport(dossier, title, ledger.financialYears());
  }

  /** The same report with pledges by calendar year. */
  public HtmlReport calendarYears() {
    return new HtmlReport(dossier, title, ledger.calendarYears());
  }

  /** The ledger the report shows. */
  public Ledger ledger() {
    return ledger;
  }

  /** The HTML document. */
  public String render() {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(esc(title)).append("</h1>\n")
        .append("<p class=\"lead\">Facts read from ").append(dossier.documents().size())
        .append(dossier.documents().size() == 1 ? " document" : " documents")
        .append(", each with the words it was read from.</p>\n");
    counts(h);
    pledgeChart(h);
    agreementTimeline(h);
    ledgerTable(h);
    conflicts(h);
    statements(h);
    h.append("<footer>Made by Transmanche. Amounts converted at the ECB reference rate of each pledge's date ")
        .append("(offline history). This file loads nothing from the network.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Writes the report to {@code file} as UTF-8, replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    checkNotNull(file, "file");
    try {
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void counts(StringBuilder h) {
    h.append("<div class=\"cards\">");
    card(h, dossier.documents().size(), "documents");
    card(h, dossier.actors().size(), "actors");
    card(h, dossier.agreements().size(), "agreements");
    card(h, dossier.pledges().size(), "pledges");
    card(h, dossier.deployments().size(), "deployments");
    card(h, dossier.statements().size(), "statements");
    card(h, dossier.figures().size(), "figures");
    card(h, dossier.disagreements().size(), "disagreements");
    card(h, dossier.diagnostics().size(), "diagnostics");
    h.append("</div>\n");
  }

  private static void card(StringBuilder h, int n, String what) {
    h.append("<div class=\"card\"><b>").append(n).append("</b><span>").append(what).append("</span></div>");
  }

  private void pledgeChart(StringBuilder h) {
    String basis = ledger.basis() == YearBasis.CALENDAR ? "calendar year" : "UK financial year";
    h.append("<h2 id=\"pledges-per-year\">Pledges per ").append(basis).append(" in ").append(esc(ledger.currency()))
        .append("</h2>\n");
    if (ledger.totalsByYear().isEmpty()) {
      h.append("<p>No dated pledge with an amount.</p>\n");
      return;
    }
    h.append(Charts.pledgesPerYear(ledger.totalsByYear(), ledger.currency()));
    h.append("<p class=\"src\">Total ").append(esc(Display.money(ledger.total())));
    if (!ledger.unconverted().isEmpty()) {
      h.append("; ").append(ledger.unconverted().size()).append(" row(s) could not be converted and are left out");
    }
    h.append(".</p>\n");
  }

  private void agreementTimeline(StringBuilder h) {
    List<TimelineEntry> entries = Timeline.of(dossier).agreements().entries();
    h.append("<h2 id=\"agreements\">Agreement timeline</h2>\n");
    if (entries.isEmpty()) {
      h.append("<p>No agreement.</p>\n");
      return;
    }
    List<TimelineEntry> dated = Charts.dated(entries);
    if (!dated.isEmpty()) {
      h.append(Charts.timeline(dated));
    }
    h.append("<table><thead><tr><th>Date</th><th>Agreement</th><th>Sources</th></tr></thead><tbody>\n");
    for (TimelineEntry e : entries) {
      h.append("<tr><td class=\"num\">").append(esc(Display.date(e.date()))).append("</td><td>")
          .append(esc(e.summary())).append("</td><td>");
      sources(h, Query.of(dossier).sources(e.fact()));
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private void ledgerTable(StringBuilder h) {
    h.append("<h2 id=\"ledger\">Pledge ledger</h2>\n");
    if (ledger.rows().isEmpty()) {
      h.append("<p>No pledge with an amount.</p>\n");
      return;
    }
    h.append("<table><thead><tr><th>Year</th><th>Date</th><th>Pledger</th><th>Stated</th><th>Rate (ECB day)</th><th>")
        .append(esc(ledger.currency())).append("</th><th>Sources</th></tr></thead><tbody>\n");
    for (LedgerRow r : ledger.rows()) {
      h.append("<tr><td>").append(esc(r.year().map(AccountingYear::label).orElse("undated")))
          .append("</td><td class=\"num\">").append(esc(Display.date(r.pledge().date())))
          .append("</td><td>").append(esc(r.pledgerName()))
          .append("</td><td class=\"num\">").append(esc(Display.money(r.original(), r.qualifier())))
          .append("</td><td class=\"num\">")
          .append(esc(r.rate().map(x -> x.rate().toPlainString() + " (" + x.rateDate() + ")").orElse("")))
          .append("</td><td class=\"num\">").append(esc(r.converted().map(m -> Display.amount(m.amount())).orElse("–")))
          .append("</td><td>");
      if (!r.notes().isEmpty()) {
        h.append("<div class=\"note\">").append(esc(r.notes())).append("</div>");
      }
      sources(h, r.sources());
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private void conflicts(StringBuilder h) {
    List<Conflict> conflicts = Query.of(dossier).conflicts();
    if (conflicts.isEmpty()) {
      return;
    }
    h.append("<h2 id=\"disagreements\">Where sources disagree</h2>\n<ul class=\"conflicts\">\n");
    for (Conflict c : conflicts) {
      h.append("<li><b>").append(esc(c.disagreement().subject())).append("</b> (")
          .append(esc(c.disagreement().field())).append(")<ul>");
      for (Conflict.Version v : c.versions()) {
        h.append("<li>").append(esc(v.value())).append(" — ");
        sources(h, v.sources());
        h.append("</li>");
      }
      h.append("</ul></li>\n");
    }
    h.append("</ul>\n");
  }

  private void statements(StringBuilder h) {
    List<Statement> statements = Query.of(dossier).statements().list();
    if (statements.isEmpty()) {
      return;
    }
    h.append("<h2 id=\"statements\">Who said what</h2>\n")
        .append("<table><thead><tr><th>Date</th><th>Speaker</th><th>Said</th><th>Source</th></tr></thead><tbody>\n");
    for (Statement s : statements) {
      h.append("<tr><td class=\"num\">").append(esc(Display.date(s.date()))).append("</td><td>")
          .append(esc(dossier.actor(s.speaker()).map(a -> a.name()).orElse(s.speaker()))).append("</td><td>")
          .append(s.direct() ? "«\u00a0" + esc(s.text()) + "\u00a0»" : esc(s.text()) + " <span class=\"src\">(reported)</span>")
          .append("</td><td class=\"src\">")
          .append(esc(s.evidence().get(0).document())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** Each citation as the document id and its sentence, the quoted words marked. */
  private static void sources(StringBuilder h, List<Citation> citations) {
    for (Citation c : citations) {
      h.append("<div class=\"src\">").append(esc(c.documentId()));
      c.outlet().ifPresent(o -> h.append(", ").append(esc(o)));
      h.append(": ");
      String quote = c.quote().strip().replaceAll("\\s+", " ");
      int at = quote.isEmpty() ? -1 : c.sentence().indexOf(quote);
      if (at < 0) {
        h.append("<mark>").append(esc(quote)).append("</mark>");
        if (!c.sentence().equals(quote)) {
          h.append(" — ").append(esc(c.sentence()));
        }
      } else {
        h.append(esc(c.sentence().substring(0, at))).append("<mark>").append(esc(quote)).append("</mark>")
            .append(esc(c.sentence().substring(at + quote.length())));
      }
      h.append("</div>");
    }
  }

  private static String esc(String s) {
    return Html.escape(s);
  }
}
