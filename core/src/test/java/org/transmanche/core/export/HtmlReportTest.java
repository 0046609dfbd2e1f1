package org.transmanche.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transmanche.core.query.SampleDossier;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Statement;

class HtmlReportTest {

  private static final Dossier D = SampleDossier.dossier();

  @Test
  void isOneSelfContainedPageWithAnInlineChart() {
    String html = HtmlReport.of(D).render();

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>");
    assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void chartsPledgesPerYearInTheChosenCurrency() {
    String euros = HtmlReport.of(D).render();
    String pounds = HtmlReport.of(D).currency("GBP").financialYears().render();

    // £12m on 2014-09-20 = 12,000,000 / 0.7865 EUR (ECB, 2014-09-19).
    assertThat(euros).contains("15,257,469.80");
    assertThat(pounds).contains("2014-15").contains("12,000,000");
  }

  @Test
  void showsTheAgreementTimelineAndWhoSaidWhat() {
    String html = HtmlReport.of(D).render();

    assertThat(html).contains("joint declaration").contains("accord sur la frontière").contains("Theresa May");
  }

  @Test
  void escapesEveryTextFromTheDossier() {
    String text = "<b>Calais</b> & \"co\" said <script>alert(1)</script>.";
    Document doc =
        Document.builder()
            .file("x.txt")
            .index(1)
            .language("en")
            .published(DateSpan.ofDay(LocalDate.of(2016, 1, 1)))
            .text(text)
            .build();
    Dossier d =
        Dossier.builder()
            .addDocuments(doc)
            .addActors(Actor.builder().id("person:x").kind(ActorKind.PERSON).name("A <i>B</i> & C").build())
            .addStatements(
                Statement.builder()
                    .id("statement:x")
                    .speaker("person:x")
                    .text("<script>alert(1)</script>")
                    .addEvidence(doc.evidence(text.indexOf("<script>"), text.indexOf(".")))
                    .build())
            .build();

    String html = HtmlReport.of(d).title("Report <&>").render();

    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<i>B</i>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("A &lt;i&gt;B&lt;/i&gt; &amp; C")
        .contains("<title>Report &lt;&amp;&gt;</title>");
  }

  @Test
  void writesTheSameBytesAsItRenders(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    HtmlReport.of(D).write(file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.of(D).render());
  }
}
