package org.transmanche.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Statement;

/**
 * A small invented article and its dossier, as a downstream user would build one by hand: one
 * agreement, one £12m pledge dated 2014-09-20 and two statements. The text is written for these tests.
 */
final class Fixture {

  static final Document ARTICLE =
      Document.builder()
          .file("harbour.txt")
          .index(1)
          .language("en")
          .published(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
          .text(
              "London will pay £12m towards harbour fences, ministers said on Saturday. \"This money "
                  + "buys real security,\" the minister said. The mayor called it a first step. Both "
                  + "countries signed a declaration of intent.")
          .build();

  private Fixture() {}

  static Evidence ev(String text) {
    int start = ARTICLE.text().indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException(text);
    }
    return ARTICLE.evidence(start, start + text.length());
  }

  static Dossier dossier() {
    LocalDate day = LocalDate.of(2014, 9, 20);
    return Dossier.builder()
        .addDocuments(ARTICLE)
        .addActors(
            Actor.builder().id("person:minister").kind(ActorKind.PERSON).name("Jane Minister").country(Country.GB).build(),
            Actor.builder().id("person:mayor").kind(ActorKind.PERSON).name("Marie Maire").country(Country.FR).build(),
            Actor.builder().id("state:FR").kind(ActorKind.GOVERNMENT).name("France").country(Country.FR).build(),
            Actor.builder().id("state:GB").kind(ActorKind.GOVERNMENT).name("United Kingdom").country(Country.GB).build())
        .addAgreements(
            Agreement.builder()
                .id("agreement:intent")
                .name("declaration of intent")
                .kind(AgreementKind.JOINT_DECLARATION)
                .addParties(Country.FR, Country.GB)
                .date(DateSpan.ofDay(day))
                .addEvidence(ev("signed a declaration of intent"))
                .build())
        .addPledges(
            Pledge.builder()
                .id("pledge:fences")
                .pledger("state:GB")
                .recipient("state:FR")
                .amount(Money.of(12_000_000, "GBP"))
                .kind(PledgeKind.FUNDING)
                .status(PledgeStatus.COMMITTED)
                .date(DateSpan.ofDay(day))
                .addEvidence(ev("will pay £12m towards harbour fences"))
                .build())
        .addStatements(
            Statement.builder()
                .id("statement:security")
                .speaker("person:minister")
                .text("This money buys real security,")
                .date(DateSpan.ofDay(day))
                .addEvidence(ev("This money buys real security,"))
                .build(),
            Statement.builder()
                .id("statement:first-step")
                .speaker("person:mayor")
                .text("called it a first step")
                .direct(false)
                .date(DateSpan.ofDay(day))
                .addEvidence(ev("called it a first step"))
                .build())
        .build();
  }

  /** What {@code printer} writes to a stream, decoded as UTF-8. */
  static String printed(Consumer<PrintStream> printer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      printer.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** What {@code main} writes to {@link System#out} while it runs. */
  static String printedByMain(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
