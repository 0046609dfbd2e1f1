package org.transmanche.core.query;

import java.time.LocalDate;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Disagreement;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Figure;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Precision;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.model.Resource;
import org.transmanche.model.Role;
import org.transmanche.model.Schedule;
import org.transmanche.model.Statement;

/**
 * A small hand-made dossier for the core tests: three invented articles (two English, one French)
 * with agreements, pledges (one in pounds, one spread over three years, one disputed, one in kind,
 * one undated), a deployment, statements and a figure. Texts are written for these tests.
 */
public final class SampleDossier {

  /** The English article of 2014-09-20 about money for the port. */
  public static final Document PORT =
      Document.builder()
          .file("port-funding.txt")
          .index(1)
          .language("en")
          .title("Britain pledges money for Calais port security")
          .outlet("Channel Courier")
          .published(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
          .text(
              "Britain pledges money for Calais port security\n\n"
                  + "The United Kingdom will give £12m to make the port of Calais harder to enter, the Home "
                  + "Secretary said in Calais on Saturday. \"We are paying for fences and for more guards,\" "
                  + "Mrs May said. Mme Bouchart, the mayor of Calais, welcomed the money. France offered to "
                  + "lend police dogs. The two governments signed a joint declaration the same day.\n\n"
                  + "About 100 extra guards will be posted at the port of Calais.")
          .build();

  /** The French article of 2015-08-20 about a new agreement. */
  public static final Document ACCORD =
      Document.builder()
          .file("accord.txt")
          .index(1)
          .language("fr")
          .title("Un nouvel accord franco-britannique")
          .outlet("Le Quotidien du Détroit")
          .published(DateSpan.ofDay(LocalDate.of(2015, 8, 20)))
          .text(
              "Un nouvel accord franco-britannique\n\n"
                  + "Le Royaume-Uni et la France ont signé jeudi à Calais un accord sur la frontière. Londres "
                  + "versera 10 millions d'euros par an pendant trois ans à la France. « Nous travaillons main "
                  + "dans la main avec nos voisins britanniques », a déclaré M. Cazeneuve. La maire de Calais a "
                  + "jugé l'effort « encore insuffisant pour la sécurité ». Les accords du Touquet restent en "
                  + "vigueur.")
          .build();

  /** The English article of 2015-08-21 with another amount and a figure. */
  public static final Document BRIEFING =
      Document.builder()
          .file("briefing.txt")
          .index(1)
          .language("en")
          .outlet("Evening Post")
          .published(DateSpan.ofDay(LocalDate.of(2015, 8, 21)))
          .text(
              "The new agreement commits Britain to €20m, according to a Home Office briefing. Officials "
                  + "counted about 3,000 migrants around Calais this summer. Britain has also promised £5m "
                  + "for a new centre, without saying when.")
          .build();

  private SampleDossier() {}

  /** Evidence of the first occurrence of {@code text} in {@code doc}. */
  public static Evidence ev(Document doc, String text) {
    int start = doc.text().indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("'" + text + "' is not in " + doc.id());
    }
    return doc.evidence(start, start + text.length());
  }

  /** The dossier. */
  public static Dossier dossier() {
    Actor gb =
        Actor.builder()
            .id("state:GB")
            .kind(ActorKind.GOVERNMENT)
            .name("United Kingdom")
            .addAliases("Royaume-Uni", "Britain", "Londres")
            .country(Country.GB)
            .addEvidence(ev(PORT, "The United Kingdom"))
            .build();
    Actor fr =
        Actor.builder().id("state:FR").kind(ActorKind.GOVERNMENT).name("France").country(Country.FR).build();
    Actor may =
        Actor.builder()
            .id("person:theresa-may")
            .kind(ActorKind.PERSON)
            .name("Theresa May")
            .country(Country.GB)
            .addRoles(
                Role.builder()
                    .title("Home Secretary")
                    .country(Country.GB)
                    .from(LocalDate.of(2010, 5, 12))
                    .to(LocalDate.of(2016, 7, 13))
                    .build())
            .build();
    Actor cazeneuve =
        Actor.builder()
            .id("person:bernard-cazeneuve")
            .kind(ActorKind.PERSON)
            .name("Bernard Cazeneuve")
            .country(Country.FR)
            .addRoles(
                Role.builder()
                    .title("ministre de l'Intérieur")
                    .country(Country.FR)
                    .from(LocalDate.of(2014, 4, 2))
                    .to(LocalDate.of(2016, 12, 6))
                    .build())
            .build();
    Actor bouchart =
        Actor.builder()
            .id("person:natacha-bouchart")
            .kind(ActorKind.PERSON)
            .name("Natacha Bouchart")
            .country(Country.FR)
            .addRoles(Role.builder().title("maire de Calais").from(LocalDate.of(2008, 3, 21)).build())
            .build();
    Actor homeOffice =
        Actor.builder()
            .id("org:home-office")
            .kind(ActorKind.GOVERNMENT_BODY)
            .name("Home Office")
            .country(Country.GB)
            .build();

    Agreement declaration =
        Agreement.builder()
            .id("agreement:joint-declaration-2014")
            .name("joint declaration")
            .kind(AgreementKind.JOINT_DECLARATION)
            .addParties(Country.FR, Country.GB)
            .addSignatories("person:theresa-may", "person:bernard-cazeneuve")
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .place("Calais")
            .addEvidence(ev(PORT, "signed a joint declaration"))
            .build();
    Agreement accord =
        Agreement.builder()
            .id("agreement:accord-2015")
            .name("accord sur la frontière")
            .kind(AgreementKind.ACCORD)
            .addParties(Country.FR, Country.GB)
            .date(DateSpan.ofDay(LocalDate.of(2015, 8, 20)).withWording("jeudi"))
            .place("Calais")
            .addEvidence(ev(ACCORD, "ont signé jeudi à Calais un accord sur la frontière"))
            .build();
    Agreement touquet =
        Agreement.builder()
            .id("agreement:touquet")
            .name("accords du Touquet")
            .addAliases("Le Touquet treaty")
            .kind(AgreementKind.TREATY)
            .addParties(Country.FR, Country.GB)
            .mentionOnly(true)
            .addEvidence(ev(ACCORD, "accords du Touquet"))
            .build();

    Pledge port =
        Pledge.builder()
            .id("pledge:port-2014")
            .pledger("state:GB")
            .recipient("state:FR")
            .amount(Money.of(12_000_000, "GBP"))
            .kind(PledgeKind.FUNDING)
            .status(PledgeStatus.COMMITTED)
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .purpose("port security")
            .agreement("agreement:joint-declaration-2014")
            .addEvidence(ev(PORT, "will give £12m"))
            .build();
    Pledge yearly =
        Pledge.builder()
            .id("pledge:accord-2015")
            .pledger("state:GB")
            .recipient("state:FR")
            .schedule(Schedule.of(Money.of(10_000_000, "EUR"), 3))
            .kind(PledgeKind.FUNDING)
            .status(PledgeStatus.COMMITTED)
            .date(DateSpan.ofDay(LocalDate.of(2015, 8, 20)))
            .agreement("agreement:accord-2015")
            .addEvidence(ev(ACCORD, "versera 10 millions d'euros par an pendant trois ans"))
            .build();
    Pledge briefing =
        Pledge.builder()
            .id("pledge:briefing-2015")
            .pledger("state:GB")
            .amount(Money.of(20_000_000, "EUR"))
            .kind(PledgeKind.FUNDING)
            .status(PledgeStatus.OFFERED)
            .date(DateSpan.ofDay(LocalDate.of(2015, 8, 20)))
            .agreement("agreement:accord-2015")
            .addEvidence(ev(BRIEFING, "commits Britain to €20m"))
            .build();
    Pledge dogs =
        Pledge.builder()
            .id("pledge:dogs-2014")
            .pledger("state:FR")
            .kind(PledgeKind.IN_KIND)
            .status(PledgeStatus.OFFERED)
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .purpose("police dogs")
            .addEvidence(ev(PORT, "France offered to lend police dogs"))
            .build();
    Pledge centre =
        Pledge.builder()
            .id("pledge:centre")
            .pledger("state:GB")
            .amount(Money.of(5_000_000, "GBP"))
            .kind(PledgeKind.FUNDING)
            .status(PledgeStatus.OFFERED)
            .purpose("a new centre")
            .addEvidence(ev(BRIEFING, "promised £5m"))
            .build();

    Deployment guards =
        Deployment.builder()
            .id("deployment:guards-2014")
            .resource(Resource.PERSONNEL)
            .what("100 extra guards")
            .quantity(Quantity.of(100, "people"))
            .deployer("state:GB")
            .addLocation("port of Calais", "Calais")
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .status(DeploymentStatus.ANNOUNCED)
            .pledge("pledge:port-2014")
            .addEvidence(ev(PORT, "100 extra guards will be posted at the port of Calais"))
            .build();

    Statement fences =
        Statement.builder()
            .id("statement:may-fences")
            .speaker("person:theresa-may")
            .text("We are paying for fences and for more guards,")
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .addEvidence(ev(PORT, "We are paying for fences and for more guards,"))
            .build();
    Statement welcomed =
        Statement.builder()
            .id("statement:bouchart-welcome")
            .speaker("person:natacha-bouchart")
            .text("welcomed the money")
            .direct(false)
            .date(DateSpan.ofDay(LocalDate.of(2014, 9, 20)))
            .addEvidence(ev(PORT, "welcomed the money"))
            .build();
    Statement hands =
        Statement.builder()
            .id("statement:cazeneuve-hands")
            .speaker("person:bernard-cazeneuve")
            .text("Nous travaillons main dans la main avec nos voisins britanniques")
            .date(DateSpan.ofDay(LocalDate.of(2015, 8, 20)))
            .addEvidence(ev(ACCORD, "Nous travaillons main dans la main avec nos voisins britanniques"))
            .build();
    Statement security =
        Statement.builder()
            .id("statement:bouchart-security")
            .speaker("person:natacha-bouchart")
            .text("encore insuffisant pour la sécurité")
            .date(DateSpan.ofDay(LocalDate.of(2015, 8, 20)))
            .addEvidence(ev(ACCORD, "encore insuffisant pour la sécurité"))
            .build();

    Figure migrants =
        Figure.builder()
            .id("figure:migrants-2015")
            .what("migrants around Calais")
            .value(Quantity.of(3000, "people"))
            .qualifier(Qualifier.APPROXIMATE)
            .source("org:home-office")
            .date(DateSpan.of(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 8, 31), Precision.PART_OF_YEAR))
            .addEvidence(ev(BRIEFING, "about 3,000 migrants around Calais"))
            .build();

    Disagreement amount =
        Disagreement.builder()
            .id("disagreement:accord-2015-amount")
            .subject("UK funding under the 2015 accord")
            .field("amount")
            .addFacts("pledge:accord-2015", "pledge:briefing-2015")
            .build();

    return Dossier.builder()
        .addDocuments(PORT, ACCORD, BRIEFING)
        .addActors(homeOffice, cazeneuve, bouchart, may, fr, gb)
        .addAgreements(declaration, accord, touquet)
        .addPledges(port, yearly, briefing, dogs, centre)
        .addDeployments(guards)
        .addStatements(fences, welcomed, hands, security)
        .addFigures(migrants)
        .addDisagreements(amount)
        .build();
  }
}
