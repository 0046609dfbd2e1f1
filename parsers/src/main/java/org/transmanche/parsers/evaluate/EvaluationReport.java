package org.transmanche.parsers.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.json.Json;

/**
 * Renders an {@link Evaluation} for people (Markdown) and for programs (JSON).
 *
 * <p>The Markdown has a summary table (type, gold, system, matched, P, R, F1; figures marked as
 * reported only), the gold standard's reading problems, then one section per article that is not
 * perfect, listing the gold items missed (with their key fields and their position in the gold
 * file) and the spurious system items (with their id, key fields and evidence text), so a developer
 * sees what to fix. Scores are printed with three decimals. The JSON holds the same counts and
 * scores (four decimals), per type and per article, without the texts. Stateless and thread-safe.
 *
 * <pre>{@code
 * System.out.print(EvaluationReport.markdown(evaluation));
 * }</pre>
 */
public final class EvaluationReport {

  private static final ObjectMapper MAPPER = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvaluationReport() {}

  /**
   * The evaluation as a Markdown document, ending with a newline.
   *
   * @throws NullPointerException if {@code evaluation} is null
   */
  public static String markdown(Evaluation evaluation) {
    StringBuilder md = new StringBuilder();
    int articles = evaluation.articles().size();
    long found = evaluation.articles().stream().filter(ArticleResult::inDossier).count();
    md.append("# Evaluation against the gold standard\n\n");
    md.append(articles).append(" gold article(s), ").append(found).append(" of them in the dossier. ");
    md.append("Scores are micro-averaged over articles.\n\n");
    md.append("| Type | Gold | System | Matched | P | R | F1 |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Score s : evaluation.totals().values()) {
      md.append("| ").append(s.type().key()).append(s.type().hasTarget() ? "" : " (report only)");
      md.append(" | ").append(s.gold()).append(" | ").append(s.system()).append(" | ").append(s.matched());
      md.append(" | ").append(fixed(s.precision())).append(" | ").append(fixed(s.recall()));
      md.append(" | ").append(fixed(s.f1())).append(" |\n");
    }
    int unassessed = evaluation.unassessed().values().stream().mapToInt(Integer::intValue).sum();
    if (unassessed > 0) {
      md.append("\n").append(unassessed).append(" system item(s) have evidence only in documents the gold");
      md.append(" standard does not describe and are not scored.\n");
    }
    if (!evaluation.goldDiagnostics().isEmpty()) {
      md.append("\n## Gold standard problems\n\n");
      for (Diagnostic d : evaluation.goldDiagnostics()) {
        md.append("- ").append(escape(d.format())).append('\n');
      }
    }
    md.append("\n## Articles\n\n");
    int perfect = 0;
    for (ArticleResult a : evaluation.articles()) {
      if (a.misses().isEmpty() && a.spurious().isEmpty()) {
        perfect++;
        continue;
      }
      md.append("### ").append(escape(a.document()));
      if (!a.inDossier()) {
        md.append(" (not in the dossier)");
      }
      md.append("\n\n");
      if (!a.misses().isEmpty()) {
        md.append("Missed:\n\n");
        for (Miss m : a.misses()) {
          md.append("- ").append(m.type().key()).append('[').append(m.position()).append("]: ");
          md.append(escape(m.summary())).append('\n');
        }
        md.append('\n');
      }
      if (!a.spurious().isEmpty()) {
        md.append("Spurious:\n\n");
        for (Spurious s : a.spurious()) {
          md.append("- ").append(s.type().key()).append(" `").append(s.id().replace("`", "'")).append("`: ");
          md.append(escape(s.summary())).append(" \u2014 \"").append(escape(Summaries.clip(s.evidence().text())));
          md.append("\" [").append(s.evidence().start()).append(", ").append(s.evidence().end()).append(")\n");
        }
        md.append('\n');
      }
    }
    if (perfect > 0) {
      md.append(perfect).append(" article(s) fully matched.\n");
    }
    return md.toString();
  }

  /**
   * The counts and scores as indented JSON: {@code {"articles": n, "totals": {"pledges": {"gold":
   * .., "system": .., "matched": .., "precision": .., "recall": .., "f1": .., "target": true},
   * ...}, "unassessed": {...}, "perArticle": {"a.txt#1": {...}}, "goldDiagnostics": n}}.
   *
   * @throws NullPointerException if {@code evaluation} is null
   */
  public static String json(Evaluation evaluation) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("articles", evaluation.articles().size());
    ObjectNode totals = root.putObject("totals");
    for (Score s : evaluation.totals().values()) {
      score(totals.putObject(s.type().key()), s).put("target", s.type().hasTarget());
    }
    ObjectNode unassessed = root.putObject("unassessed");
    evaluation.unassessed().forEach((t, n) -> unassessed.put(t.key(), n));
    ObjectNode perArticle = root.putObject("perArticle");
    for (ArticleResult a : evaluation.articles()) {
      ObjectNode node = perArticle.putObject(a.document());
      node.put("inDossier", a.inDossier());
      for (Score s : a.scores().values()) {
        score(node.putObject(s.type().key()), s);
      }
    }
    ArrayNode problems = root.putArray("goldDiagnostics");
    for (Diagnostic d : evaluation.goldDiagnostics()) {
      problems.add(d.format());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write evaluation JSON", e);
    }
  }

  private static ObjectNode score(ObjectNode node, Score s) {
    node.put("gold", s.gold());
    node.put("system", s.system());
    node.put("matched", s.matched());
    node.put("precision", rounded(s.precision()));
    node.put("recall", rounded(s.recall()));
    node.put("f1", rounded(s.f1()));
    return node;
  }

  private static BigDecimal rounded(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN);
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** Keeps user text on one line and stops it from breaking the Markdown table or list. */
  private static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (c == '|' || c == '*' || c == '`' || c == '<' || c == '>') {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
