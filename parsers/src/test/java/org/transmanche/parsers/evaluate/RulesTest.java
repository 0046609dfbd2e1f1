package org.transmanche.parsers.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Figure;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Quantity;
import org.transmanche.model.Resource;
import org.transmanche.model.Schedule;
import org.transmanche.model.Statement;

/** One matching rule per test, one case per line. */
class RulesTest {

  private static final Evidence EVIDENCE = Evidence.of("t.txt#1", 0, 1, "x");

  // ---- actors ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // gold name | gold aliases | gold kind | gold country | system name | system aliases | system kind | system country | matches
        "Médecins du Monde | | NGO | FR | medecins du monde | | NGO | | true",
        "L'Auberge des Migrants | | NGO | FR | L’Auberge des   Migrants | | NGO | FR | true",
        "Natacha Bouchart | | PERSON | FR | Mme Natacha Bouchart | | PERSON | FR | true",
        "M. Bernard Cazeneuve | | PERSON | FR | Bernard CAZENEUVE | | PERSON | | true",
        "Mr James Brokenshire | | PERSON | GB | Mr. James Brokenshire | | PERSON | GB | true",
        "HCR | UNHCR | INTERNATIONAL_ORG | UN | UNHCR | | INTERNATIONAL_ORG | UN | true",
        "Theresa May | | PERSON | GB | Home Secretary | Theresa  May | PERSON | GB | true",
        "Theresa May | | PERSON | GB | James Brokenshire | | PERSON | GB | false",
        "United Kingdom | Royaume-Uni | GOVERNMENT | GB | Britain | | GOVERNMENT | GB | true",
        "United Kingdom | | GOVERNMENT | GB | France | | GOVERNMENT | FR | false",
        "United Kingdom | | GOVERNMENT | GB | Home Office | | GOVERNMENT_BODY | GB | false",
        "Home Office | | GOVERNMENT_BODY | GB | UK Border Force | | GOVERNMENT_BODY | GB | false",
        "Mme | | PERSON | FR | Mme | | PERSON | FR | true",
      })
  void actorsMatchByFoldedNameOrStateCountry(
      String goldName, String goldAliases, ActorKind goldKind, String goldCountry,
      String name, String aliases, ActorKind kind, String country, boolean matches) {
    GoldActor gold =
        GoldActor.builder()
            .name(goldName)
            .aliases(list(goldAliases))
            .kind(goldKind)
            .country(country(goldCountry))
            .build();
    Actor system =
        Actor.builder().id("a:1").name(name).aliases(list(aliases)).kind(kind).country(country(country)).build();

    assertThat(rules().actor(gold, system)).isEqualTo(matches);
  }

  // ---- agreements ----

  @ParameterizedTest
  @CsvSource({
    // gold parties, gold date, system parties, system date, matches
    "FR GB, 2014-09-20, GB FR, 2014-09-20, true",
    "FR GB, 2014-09-20, FR GB, 2014-09-27, true",
    "FR GB, 2014-09-20, FR GB, 2014-09-28, false",
    "FR GB, 2014-09-20, FR GB, 2014-09-13, true",
    "FR GB, 2014-09-20, FR GB, 2014-09-12, false",
    "FR GB, 2014-09, FR GB, 2014-10-07, true",
    "FR GB, 2014-09, FR GB, 2014-10-08, false",
    "FR GB, 2003, FR GB, 2003-02-04, true",
    "FR GB, , FR GB, 1991-11-25, true",
    "FR GB, , FR GB, , true",
    "FR GB, 2014-09-20, FR GB, , false",
    "FR GB, 2014-09-20, FR, 2014-09-20, false",
    "FR GB, 2014-09-20, FR GB IT, 2014-09-20, false",
    ", , , , true",
  })
  void agreementsMatchByPartiesAndSevenDays(
      String goldParties, String goldDate, String parties, String date, boolean matches) {
    GoldAgreement gold = GoldAgreement.builder().name("deal").parties(countries(goldParties)).date(date(goldDate)).build();
    Agreement system =
        Agreement.builder()
            .id("g:1")
            .name("accord")
            .kind(AgreementKind.ACCORD)
            .parties(countries(parties))
            .date(date(date))
            .addEvidence(EVIDENCE)
            .build();

    assertThat(rules().agreement(gold, system)).isEqualTo(matches);
  }

  // ---- pledges ----

  @ParameterizedTest
  @CsvSource({
    // gold amount, gold currency, system amount, system currency, matches
    "12000000, GBP, 12000000, GBP, true",
    "12000000, GBP, 12120000, GBP, true",
    "12000000, GBP, 11880000, GBP, true",
    "12000000, GBP, 12120001, GBP, false",
    "12000000, GBP, 12240000, GBP, false",
    "12000000, GBP, 11760000, GBP, false",
    "12000000, GBP, 12000000, EUR, false",
    "31400000, EUR, 31.4e6, eur, true",
  })
  void pledgeAmountsMatchWithinOnePercent(
      BigDecimal goldAmount, String goldCurrency, BigDecimal amount, String currency, boolean matches) {
    GoldPledge gold = GoldPledge.builder().pledger("GB").amount(Money.of(goldAmount, goldCurrency)).build();
    Pledge system = pledge().amount(Money.of(amount, currency)).build();

    assertThat(rules().pledge(gold, system)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // system amount | system alsoStated | system schedule (perYear years [total]) | matches gold 12m GBP also 15m EUR
        "15000000 EUR | | | true",
        "15100000 EUR | | | true",
        "15400000 EUR | | | false",
        "13000000 USD | 12000000 GBP | | true",
        "13000000 USD | 15000000 EUR | | true",
        "13000000 USD | 16000000 EUR | | false",
        " | | 4000000 GBP 3 12000000 | true",
        " | | 5000000 EUR 3 15000000 | true",
        " | | 5000000 EUR 3 | false",
        " | | 15000000 EUR | true",
        "5000000 EUR | | | false",
      })
  void pledgeAmountsMatchInAnyStatedCurrencyAndScheduleForm(
      String amount, String also, String schedule, boolean matches) {
    GoldPledge gold =
        GoldPledge.builder()
            .pledger("GB")
            .amount(Money.of(12_000_000, "GBP"))
            .addAlsoStated(Money.of(15_000_000, "EUR"))
            .build();
    ImmutablePledge.Builder b = pledge().purpose("fences");
    money(amount).ifPresent(b::amount);
    money(also).ifPresent(b::addAlsoStated);
    schedule(schedule).ifPresent(b::schedule);

    assertThat(rules().pledge(gold, b.build())).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({
    // system amount (empty: none), matches a gold pledge without amount
    "3000000 GBP, true",
    ", true",
  })
  void goldPledgeWithoutAmountMatchesAnyAmountOrNone(String amount, boolean matches) {
    GoldPledge gold = GoldPledge.builder().pledger("GB").build();
    ImmutablePledge.Builder b = pledge().purpose("fences");
    money(amount).ifPresent(b::amount);

    assertThat(rules().pledge(gold, b.build())).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({
    // gold date, system date, matches (31 days)
    "2014-09-20, 2014-09-20, true",
    "2014-09-20, 2014-10-21, true",
    "2014-09-20, 2014-10-22, false",
    "2014-09-20, 2014-08-20, true",
    "2014-09-20, 2014-08-19, false",
    "2014-09, 2014-10-31, true",
    "2014-09, 2014-11-01, false",
    "2014, 2015-01-31, true",
    "2014, 2015-02-01, false",
    ", 2019-01-01, true",
    ", , true",
    "2014-09-20, , false",
  })
  void pledgeDatesMatchWithinThirtyOneDays(String goldDate, String date, boolean matches) {
    GoldPledge gold = GoldPledge.builder().pledger("GB").date(date(goldDate)).build();
    Pledge system = pledge().amount(Money.of(1, "EUR")).date(date(date)).build();

    assertThat(rules().pledge(gold, system)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // gold pledger | system pledger actor | matches
        "GB | home-office | true",
        "GB | state-gb | true",
        "FR | state-gb | false",
        "United Kingdom | home-office | true",
        "Royaume-Uni | state-gb | true",
        "France | state-gb | false",
        "port de Calais | calais-port | true",
        "port de Dunkerque | calais-port | false",
      })
  void pledgersMatchByCountryOrUnresolvedName(String pledger, String actorId, boolean matches) {
    GoldPledge gold = GoldPledge.builder().pledger(pledger).build();
    Pledge system = pledge().pledger(actorId).purpose("fences").build();

    assertThat(rules().pledge(gold, system)).isEqualTo(matches);
  }

  // ---- deployments ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // gold resource | gold locations | gold date | system resource | system locations | system date | matches
        "PERSONNEL | port de Calais; Calais | | PERSONNEL | Calais | | true",
        "PERSONNEL | Gare du Nord | | PERSONNEL | gare du nord; Paris | | true",
        "PERSONNEL | | | PERSONNEL | Dunkerque | | true",
        "PERSONNEL | | | PERSONNEL | | | true",
        "PERSONNEL | Calais | | BARRIER | Calais | | false",
        "PERSONNEL | Calais | | PERSONNEL | Dunkerque | | false",
        "PERSONNEL | Calais | | PERSONNEL | | | false",
        "BARRIER | Calais | 2014-09-20 | BARRIER | Calais | 2014-10-21 | true",
        "BARRIER | Calais | 2014-09-20 | BARRIER | Calais | 2014-10-22 | false",
        "BARRIER | Calais | 2014-09-20 | BARRIER | Calais | | false",
      })
  void deploymentsMatchByResourceLocationAndDate(
      Resource goldResource, String goldLocations, String goldDate,
      Resource resource, String locations, String date, boolean matches) {
    GoldDeployment gold =
        GoldDeployment.builder()
            .resource(goldResource)
            .what("policiers")
            .location(semicolons(goldLocations))
            .date(date(goldDate))
            .build();
    Deployment system =
        Deployment.builder()
            .id("d:1")
            .resource(resource)
            .what("gendarmes")
            .location(semicolons(locations))
            .date(date(date))
            .status(DeploymentStatus.ACTIVE)
            .addEvidence(EVIDENCE)
            .build();

    assertThat(rules().deployment(gold, system)).isEqualTo(matches);
  }

  // ---- statements ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // gold quote | system text | matches (Jaccard >= 0.6)
        "un deux trois | un deux trois quatre cinq | true",
        "un deux trois | un deux trois quatre cinq six | false",
        "un deux trois quatre cinq six sept huit | un deux trois quatre cinq six neuf dix | true",
        "un deux trois quatre cinq six sept huit | un deux trois quatre cinq neuf dix onze | false",
        "Nous sommes devenus un réseau géant. | « nous sommes DEVENUS un reseau geant » | true",
        "l’immigration clandestine | l'immigration clandestine | true",
        "Il y avait trois cents activistes | Il y avait 300 activistes | false",
      })
  void statementTextsMatchByWordSetJaccard(String quote, String text, boolean matches) {
    GoldStatement gold = GoldStatement.builder().speaker("Bernard Cazeneuve").quote(quote).build();
    Statement system = statement("cazeneuve", text);

    assertThat(rules().statement(gold, system)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // gold speaker | system speaker actor | matches
        "Bernard Cazeneuve | cazeneuve | true",
        "M. Bernard Cazeneuve | cazeneuve | true",
        "Theresa May; Bernard Cazeneuve | cazeneuve | true",
        "Theresa May | cazeneuve | false",
        "Natacha Bouchart | bouchart | true",
        "Mme Bouchart | bouchart | true",
        "United Kingdom | state-gb | true",
        "Royaume-Uni | state-gb | true",
        "GB | state-gb | true",
        "FR | state-gb | false",
        "Home Office | state-gb | false",
        "GB | home-office | false",
        "Home Office | home-office | true",
      })
  void statementSpeakersMatchByNameOrStateCountry(String speaker, String actorId, boolean matches) {
    GoldStatement gold = GoldStatement.builder().speaker(speaker).quote("des mots sans importance").build();
    Statement system = statement(actorId, "des mots sans importance");

    assertThat(rules().statement(gold, system)).isEqualTo(matches);
  }

  // ---- figures ----

  @ParameterizedTest
  @CsvSource({
    // gold value, gold max (empty: none), gold date, system value, system date, matches
    "1500, , , 1500, , true",
    "1500, , , 1515, , true",
    "1500, , , 1516, , false",
    "1500, , , 1485, 2014-09-06, true",
    "1500, , , 1484, , false",
    "10, 15, , 12, , true",
    "10, 15, , 15.15, , true",
    "10, 15, , 16, , false",
    "10, 15, , 9.9, , true",
    "1200, , 2014, 1200, 2015-01-31, true",
    "1200, , 2014, 1200, 2015-02-01, false",
    "1200, , 2014, 1200, , false",
  })
  void figuresMatchByValueWithinOnePercentAndDate(
      BigDecimal value, BigDecimal max, String goldDate, BigDecimal systemValue, String date, boolean matches) {
    GoldFigure gold =
        GoldFigure.builder().what("migrants").value(value).valueMax(Optional.ofNullable(max)).date(date(goldDate)).build();
    Figure system =
        Figure.builder()
            .id("f:1")
            .what("migrants à Calais")
            .value(Quantity.of(systemValue, "people"))
            .date(date(date))
            .addEvidence(EVIDENCE)
            .build();

    assertThat(Rules.figure(gold, system)).isEqualTo(matches);
  }

  // ---- fixtures ----

  /** Rules for a gold article with two states and a body, against a dossier of five actors. */
  private static Rules rules() {
    GoldArticle article =
        GoldArticle.builder()
            .document("t.txt#1")
            .file("t.json")
            .addActors(
                GoldActor.builder().name("United Kingdom").addAliases("Royaume-Uni")
                    .kind(ActorKind.GOVERNMENT).country(Country.GB).build(),
                GoldActor.builder().name("France").kind(ActorKind.GOVERNMENT).country(Country.FR).build(),
                GoldActor.builder().name("Home Office").kind(ActorKind.GOVERNMENT_BODY).country(Country.GB).build(),
                GoldActor.builder().name("port de Calais").kind(ActorKind.COMPANY).build())
            .build();
    Dossier dossier =
        Dossier.builder()
            .addDocuments(Document.builder().file("t.txt").index(1).language("fr").text("x").build())
            .addActors(
                actor("state-gb", "Britain", ActorKind.GOVERNMENT, "GB"),
                Actor.builder().from(actor("home-office", "Home Office", ActorKind.GOVERNMENT_BODY, "GB"))
                    .addAliases("UK Home Office").build(),
                actor("cazeneuve", "Bernard Cazeneuve", ActorKind.PERSON, "FR"),
                Actor.builder().from(actor("bouchart", "Natacha Bouchart", ActorKind.PERSON, "FR"))
                    .addAliases("Mme Bouchart").build(),
                actor("calais-port", "Port de Calais", ActorKind.COMPANY, ""))
            .build();
    return new Rules(Folding.standard(), article, dossier);
  }

  private static Actor actor(String id, String name, ActorKind kind, String country) {
    return Actor.builder().id(id).name(name).kind(kind).country(country(country)).build();
  }

  private static ImmutablePledge.Builder pledge() {
    return Pledge.builder()
        .id("p:1")
        .pledger("state-gb")
        .kind(PledgeKind.FUNDING)
        .status(PledgeStatus.COMMITTED)
        .addEvidence(EVIDENCE);
  }

  private static Statement statement(String speaker, String text) {
    return Statement.builder().id("s:1").speaker(speaker).text(text).addEvidence(EVIDENCE).build();
  }

  private static List<String> list(String commaSeparated) {
    return commaSeparated == null ? List.of() : Splitter.on(',').trimResults().omitEmptyStrings().splitToList(commaSeparated);
  }

  private static List<String> semicolons(String s) {
    return s == null ? List.of() : Splitter.on(';').trimResults().omitEmptyStrings().splitToList(s);
  }

  private static Optional<Country> country(String code) {
    return code == null || code.isBlank() ? Optional.empty() : Optional.of(Country.of(code));
  }

  private static ImmutableList<Country> countries(String spaced) {
    if (spaced == null) {
      return ImmutableList.of();
    }
    return Splitter.on(' ').omitEmptyStrings().splitToStream(spaced).map(Country::of).collect(ImmutableList.toImmutableList());
  }

  private static Optional<DateSpan> date(String iso) {
    return iso == null ? Optional.empty() : Optional.of(DateSpan.parse(iso));
  }

  /** {@code "15000000 EUR"} as money; null or blank as none. */
  private static Optional<Money> money(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    List<String> parts = Splitter.on(' ').omitEmptyStrings().splitToList(s);
    return Optional.of(Money.of(parts.get(0), parts.get(1)));
  }

  /** {@code "perYear currency [years [total]]"} as a schedule; null or blank as none. */
  private static Optional<Schedule> schedule(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    List<String> parts = Splitter.on(' ').omitEmptyStrings().splitToList(s);
    Money perYear = Money.of(parts.get(0), parts.get(1));
    if (parts.size() == 2) {
      return Optional.of(Schedule.builder().total(perYear).build());
    }
    int years = Integer.parseInt(parts.get(2));
    return Optional.of(parts.size() > 3 ? Schedule.of(perYear, years) : Schedule.builder().perYear(perYear).years(years).build());
  }
}
