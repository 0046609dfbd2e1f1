package org.transmanche.parsers.recognise.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;

class ActorRecogniserTest implements RecogniserContract {

  private static final ActorRecogniser ACTORS = new ActorRecogniser();

  @Override
  public Recogniser recogniser() {
    return ACTORS;
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "le ministre de l'Intérieur", "M. Cazeneuve", "Mme May", "son homologue britannique", "Londres",
        "Paris envisage", "par Jean Dubois & Anne Leroy\n", "Monique, Calaisienne de 67 ans", "Martin (1), un",
        "the home secretary, Theresa May,", "les Britanniques", "la PAF", "(1) Le prénom a été changé");
  }

  private static List<Mention> actors(String text, String language, LocalDate date) {
    var p = Passage.builder().text(text).language(language);
    if (date != null) {
      p.referenceDate(date);
    }
    return ACTORS.recognise(p.build());
  }

  /** The text with each two-char escape {@code \\n} of a CSV case turned into a line break. */
  private static String lines(String text) {
    return text.replace("\\n", "\n");
  }

  private static Mention only(List<Mention> found, String span) {
    assertThat(found).extracting(Mention::text).contains(span);
    return found.stream().filter(m -> m.text().equals(span)).findFirst().orElseThrow();
  }

  private static ActorReading reading(List<Mention> found, String span) {
    Mention m = only(found, span);
    assertThat(m.type()).isEqualTo("actor");
    assertThat(m.recogniser()).isEqualTo("actor");
    return m.value(ActorReading.class);
  }

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le ministère de l’Intérieur a publié un communiqué.|fr|ministère de l’Intérieur|org:ministere-interieur-fr|Ministère de l'Intérieur|GOVERNMENT_BODY",
        "selon le ministère britannique de l'Intérieur|fr|ministère britannique de l'Intérieur|org:home-office|Home Office|GOVERNMENT_BODY",
        "The Home Office said on Monday|en|Home Office|org:home-office|Home Office|GOVERNMENT_BODY",
        "des agents de la PAF contrôlent|fr|PAF|org:police-aux-frontieres|Police aux frontières|GOVERNMENT_BODY",
        "la Police aux frontières a interpellé|fr|Police aux frontières|org:police-aux-frontieres|Police aux frontières|GOVERNMENT_BODY",
        "officers of the National Crime Agency|en|National Crime Agency|org:nca|National Crime Agency|GOVERNMENT_BODY",
        "the NCA will second an officer|en|NCA|org:nca|National Crime Agency|GOVERNMENT_BODY",
        "un officier détaché à l'OCRIEST|fr|OCRIEST|org:ocriest|Ocriest|GOVERNMENT_BODY",
        "Border Force vessels in the Channel|en|Border Force|org:border-force|Border Force|GOVERNMENT_BODY",
        "le dispositif de Frontex en Méditerranée|fr|Frontex|org:frontex|Frontex|INTERNATIONAL_ORG",
        "le HCR s'inquiète|fr|HCR|org:unhcr|UNHCR|INTERNATIONAL_ORG",
        "the UN refugee agency, UNHCR, said|en|UN refugee agency|org:unhcr|UNHCR|INTERNATIONAL_ORG",
        "le directeur du Bureau Europe du HCR a visité le camp|fr|Bureau Europe du HCR|org:unhcr-europe-bureau|Bureau Europe du HCR|INTERNATIONAL_ORG",
        "avec l'appui de la Commission européenne|fr|Commission européenne|org:commission-europeenne|Commission européenne|INTERNATIONAL_ORG",
        "the European Commission proposed|en|European Commission|org:commission-europeenne|Commission européenne|INTERNATIONAL_ORG",
        "l'association France terre d'asile gère le centre|fr|France terre d'asile|org:france-terre-d-asile|France terre d'asile|NGO",
        "bénévoles de L’Auberge des Migrants|fr|L’Auberge des Migrants|org:auberge-des-migrants|L'Auberge des Migrants|NGO",
        "un élu du Rassemblement national|fr|Rassemblement national|org:rassemblement-national|Rassemblement national|POLITICAL_GROUP",
        "a déclaré à l'AFP le préfet|fr|AFP|org:afp|AFP|MEDIA",
        "Le ministre Gérard Collomb a visité Calais|fr|Gérard Collomb|person:gerard-collomb|Gérard Collomb|PERSON",
        "Home Secretary Suella Braverman said|en|Suella Braverman|person:suella-braverman|Suella Braverman|PERSON",
        "Michele Alliot-Marie était alors ministre|fr|Michele Alliot-Marie|person:michele-alliot-marie|Michèle Alliot-Marie|PERSON",
      })
  void readsKnownActorsByNameOrAlias(String text, String language, String span, String id, String name, ActorKind kind) {
    ActorReading r = reading(actors(text, language, null), span);
    assertThat(r.actorId()).isEqualTo(id);
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r.resolvedByRole()).isFalse();
  }

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le préfet a reçu M. Jean Dubois, hier.|fr|Jean Dubois|person:jean-dubois",
        "Mme Durand-Lefèvre a refusé de répondre.|fr|Durand-Lefèvre|person:durand-lefevre",
        "Mr Whitcombe declined to comment.|en|Whitcombe|person:whitcombe",
        "« Nous sommes épuisés », a déclaré Sylvain Roussel.|fr|Sylvain Roussel|person:sylvain-roussel",
        "« C'est inacceptable », selon Hélène Garnier, bénévole.|fr|Hélène Garnier|person:helene-garnier",
        "\"We are stretched\", said Gareth Pembury.|en|Gareth Pembury|person:gareth-pembury",
        "according to Fiona McAllister, who runs the shelter|en|Fiona McAllister|person:fiona-mcallister",
        "Le policier Yohann Carpentier pilote les drones.|fr|Yohann Carpentier|person:yohann-carpentier",
        "Sudanese refugee Abdelrahim Osman crossed twice.|en|Abdelrahim Osman|person:abdelrahim-osman",
        "comme le disait Émile Zola en son temps|fr|Émile Zola|person:emile-zola",
        "Thierry Vasseur, premier adjoint au maire, a répondu.|fr|Thierry Vasseur|person:thierry-vasseur",
        "Ruth Ingram, the council's deputy leader, said|en|Ruth Ingram|person:ruth-ingram",
      })
  void readsPeopleNotInTheDataFromTheirCues(String text, String language, String span, String id) {
    ActorReading r = reading(actors(text, language, null), span);
    assertThat(r.actorId()).isEqualTo(id);
    assertThat(r.name()).isEqualTo(span);
    assertThat(r.kind()).isEqualTo(ActorKind.PERSON);
  }

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Thierry Vasseur, premier adjoint au maire, a répondu.|fr|Thierry Vasseur|premier adjoint au maire",
        "Le policier Yohann Carpentier pilote les drones.|fr|Yohann Carpentier|policier",
        "le ministre de l'Intérieur Gérard Collomb a précisé|fr|Gérard Collomb|ministre de l'Intérieur",
        "the home secretary, Theresa May, announced|en|Theresa May|home secretary",
        "Calais' deputy mayor Philippe Mignonet argued|en|Philippe Mignonet|Calais' deputy mayor",
        "James Brokenshire, the Immigration Minister, wrote|en|James Brokenshire|Immigration Minister",
        "la maire de Calais, Natacha Bouchart, a demandé|fr|Natacha Bouchart|maire de Calais",
        "la Première ministre britannique Theresa May viendra|fr|Theresa May|Première ministre britannique",
        "M. Angelino Alfano, Ministre de l'Intérieur de la République italienne, a reçu|fr|Angelino Alfano|Ministre de l'Intérieur de la République italienne",
        "il a rencontré son homologue espagnol, M. Jorge Fernández Díaz.|fr|Jorge Fernández Díaz|homologue espagnol",
        "le représentant du HCR en France, Philippe Leclerc, déplore|fr|Philippe Leclerc|représentant du HCR en France",
      })
  void givesANamedPersonTheRoleTheTextGivesThem(String text, String language, String span, String role) {
    ActorReading r = reading(actors(text, language, null), span);
    assertThat(r.role()).contains(role);
    assertThat(r.resolvedByRole()).isFalse();
  }

  @ParameterizedTest(name = "{1} {2}: {0} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le ministre de l'Intérieur a rejeté la proposition.|fr|2014-08-28|Le ministre de l'Intérieur|person:bernard-cazeneuve|ministre de l'Intérieur|fr-interior-minister",
        "Le ministre de l’Intérieur est attendu à Calais.|fr|2019-01-11|Le ministre de l’Intérieur|person:christophe-castaner|ministre de l’Intérieur|fr-interior-minister",
        "The home secretary will visit Dover.|en|2022-11-15|The home secretary|person:suella-braverman|home secretary|gb-home-secretary",
        "the Home Secretary announced new rules|en|2014-09-20|the Home Secretary|person:theresa-may|Home Secretary|gb-home-secretary",
        "Le Président demandera un effort.|fr|2018-01-16|Le Président|person:emmanuel-macron|Président|fr-president",
        "le président français est venu défendre sa politique|fr|2018-01-16|le président français|person:emmanuel-macron|président français|fr-president",
        "elle évoquera le sujet avec la Première ministre britannique.|fr|2018-01-16|la Première ministre britannique|person:theresa-may|Première ministre britannique|gb-prime-minister",
        "La maire de Calais a répété sa demande.|fr|2014-08-28|La maire de Calais|person:natacha-bouchart|maire de Calais|fr-mayor-calais",
        "opposé à la proposition de la maire de Calais d’ouvrir un centre|fr|2014-08-28|la maire de Calais|person:natacha-bouchart|maire de Calais|fr-mayor-calais",
        "la ministre britannique de l'intérieur a répondu|fr|2021-11-24|la ministre britannique de l'intérieur|person:priti-patel|ministre britannique de l'intérieur|gb-home-secretary",
        "the French interior minister flew to London|en|2021-11-24|the French interior minister|person:gerald-darmanin|French interior minister|fr-interior-minister",
        "le ministre de l'Intérieur de la République italienne a reçu|fr|2014-08-27|le ministre de l'Intérieur de la République italienne|person:angelino-alfano|ministre de l'Intérieur de la République italienne|it-interior-minister",
      })
  void resolvesARoleToItsHolderOnTheReferenceDate(
      String text, String language, LocalDate date, String span, String id, String role, String office) {
    ActorReading r = reading(actors(text, language, date), span);
    assertThat(r.actorId()).isEqualTo(id);
    assertThat(r.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(r.resolvedByRole()).isTrue();
    assertThat(r.role()).contains(role);
    assertThat(r.office()).contains(office);
  }

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le ministre de l'Intérieur a rejeté la proposition.|fr|Le ministre de l'Intérieur|role:fr-interior-minister|FR",
        "The home secretary will visit Dover.|en|The home secretary|role:gb-home-secretary|GB",
        "la maire de Calais a répondu|fr|la maire de Calais|role:fr-mayor-calais|FR",
      })
  void keepsARoleWithoutADate(String text, String language, String span, String id, String country) {
    ActorReading r = reading(actors(text, language, null), span);
    assertThat(r.actorId()).isEqualTo(id);
    assertThat(r.isRole()).isTrue();
    assertThat(r.resolvedByRole()).isFalse();
    assertThat(r.country()).contains(Country.of(country));
    assertThat(r.office()).contains(id.substring("role:".length()));
  }

  @Test
  void keepsARoleWhenTheDataHasNoHolder() {
    ActorReading r = reading(actors("But Calais' deputy mayor argued otherwise.", "en", LocalDate.of(2014, 9, 10)), "Calais' deputy mayor");
    assertThat(r.actorId()).isEqualTo("role:fr-deputy-mayor-calais");
  }

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le ministre de l'Intérieur doit menacer son homologue britannique, qu'il voit vendredi.|fr|2014-08-28|son homologue britannique|person:theresa-may|gb-home-secretary",
        "Gérald Darmanin a appelé son homologue britannique hier soir.|fr|2021-11-24|son homologue britannique|person:priti-patel|gb-home-secretary",
        "Priti Patel spoke to her French counterpart on Tuesday.|en|2021-11-24|her French counterpart|person:gerald-darmanin|fr-interior-minister",
      })
  void readsACounterpartAsTheHolderOfTheMatchingOfficeAbroad(
      String text, String language, LocalDate date, String span, String id, String office) {
    ActorReading r = reading(actors(text, language, date), span);
    assertThat(r.actorId()).isEqualTo(id);
    assertThat(r.resolvedByRole()).isTrue();
    assertThat(r.office()).contains(office);
  }

  @Test
  void doesNotGuessACounterpartWithNobodyNamedBefore() {
    assertThat(actors("Avec son homologue britannique, il a inauguré le centre.", "fr", LocalDate.of(2019, 1, 11))).isEmpty();
  }

  @ParameterizedTest(name = "{1} {2}: {0} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "M. Cazeneuve s'est rendu à Londres.|fr|2014-07-30|Cazeneuve|person:bernard-cazeneuve",
        "pour rencontrer Mme May sur ce dossier|fr|2014-07-30|May|person:theresa-may",
        "Mr Brokenshire says the port must be secure.|en|2014-09-06|Brokenshire|person:james-brokenshire",
        "Cazeneuve mise sur l'Europe.|fr|2014-09-01|Cazeneuve|person:bernard-cazeneuve",
        "In a statement, May and Cazeneuve said they agreed.|en|2014-09-20|May|person:theresa-may",
        "Theresa May came to Calais. Since then May has said little.|en|2014-09-20|May|person:theresa-may",
        "President Obama will attend the summit.|en|2014-09-04|Obama|person:barack-obama",
      })
  void readsASurnameAsTheKnownPersonOfThatName(String text, String language, LocalDate date, String span, String id) {
    List<Mention> found = actors(text, language, date);
    assertThat(found).filteredOn(m -> m.text().equals(span)).extracting(m -> m.value(ActorReading.class).actorId()).contains(id);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Three months ago, in May, the offer was made.|en|May",
        "Arrivals have risen since May.|en|May",
        "Le tribunal de Grande Instance a tranché.|fr|Grande",
        "Le Pays de Galles accueille le sommet.|fr|Galles",
        "Les migrants tentent de rejoindre l'Angleterre.|fr|Angleterre",
        "Ils vivent en France depuis deux ans.|fr|France",
        "trying to enter Britain through Calais|en|Britain",
        "fin juillet à Londres, où il a rencontré|fr|Londres",
        "PARIS (Reuters) - La réunion a eu lieu|fr|PARIS",
        "the French port has been in crisis|en|French",
        "UK-bound lorries queued|en|UK",
        "Coquelles, France\\n\\nLe centre ouvre.|fr|France",
        "de Cardiff à Rome, en passant par Madrid.|fr|Madrid",
        "des exilés venus de Syrie ou d'Érythrée|fr|Syrie",
        "des exilés venus de Syrie ou d'Érythrée|fr|Érythrée",
        "young men who fled from Eritrea last year|en|Eritrea",
        "le sommet se tiendra dans le sud de l'Angleterre jeudi|fr|Angleterre",
        "a small port in the south of England|en|England",
        "la présidente d'une association d'aide|fr|présidente",
        "le président du club de football a parlé|fr|président du",
        "l'ancien ministre de l'Intérieur a critiqué|fr|ministre",
      })
  void ignoresWordsThatDoNotNameAnActorHere(String text, String language, String word) {
    assertThat(actors(lines(text), language, LocalDate.of(2014, 9, 10))).extracting(Mention::text).noneMatch(t -> t.contains(word));
  }

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le Royaume-Uni versera 15 millions d'euros.|fr|Le Royaume-Uni|state:GB",
        "Britain is no soft touch.|en|Britain|state:GB",
        "il est normal que la Grande-Bretagne puisse y participer|fr|la Grande-Bretagne|state:GB",
        "Paris envisage un aménagement des accords.|fr|Paris|state:FR",
        "Paris et Londres sont convenus de renforcer la coopération.|fr|Londres|state:GB",
        "Migrants : Londres offre des clôtures|fr|Londres|state:GB",
        "un fonds alimenté par Londres à hauteur de cinq millions|fr|Londres|state:GB",
        "pour envoyer des messages à Londres|fr|Londres|state:GB",
        "Les Anglais étaient très demandeurs.|fr|Les Anglais|state:GB",
        "il faut menacer les Britanniques d'ouvrir les frontières|fr|les Britanniques|state:GB",
        "Le Président demandera aux Britanniques de payer.|fr|Britanniques|state:GB",
        "la coopération entre le Royaume-Uni et la France|fr|la France|state:FR",
        "la position de la France reste ferme|fr|la France|state:FR",
        "a request from the UK to share data|en|the UK|state:GB",
        "it is for the French to maintain order|en|the French|state:FR",
        "to help the French authorities stop illegal immigrants|en|the French authorities|state:FR",
        "The UK government has pledged £12m|en|The UK government|state:GB",
        "Le gouvernement saisira la justice.|fr|Le gouvernement|state:FR",
        "the government offered Calais £3 million|en|the government|state:GB",
        "l'action de l'Union européenne en Méditerranée|fr|l'Union européenne|state:EU",
      })
  void readsAStateActingAsAGovernment(String text, String language, String span, String id) {
    ActorReading r = reading(actors(text, language, null), span);
    assertThat(r.actorId()).isEqualTo(id);
    assertThat(r.kind()).isIn(ActorKind.GOVERNMENT, ActorKind.INTERNATIONAL_ORG);
  }

  @Test
  void namesStatesAsTheGoldFilesDo() {
    assertThat(reading(actors("Le Royaume-Uni paiera.", "fr", null), "Le Royaume-Uni").name()).isEqualTo("United Kingdom");
    assertThat(reading(actors("La France accepte.", "fr", null), "La France").name()).isEqualTo("France");
    assertThat(reading(actors("La France accepte.", "fr", null), "La France").country()).contains(Country.FR);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "« Ils prennent tout », s'énerve Odile, Calaisienne de 71 ans.|Odile|Calaisienne de 71 ans",
        "« Ce sont des voyous », lâche Bertrand, de Terre d'errance.|Bertrand|de Terre d'errance",
        "Souriant, Karim, 35 ans, n'en dit pas plus.|Karim|35 ans",
        "Le jugement de Dominic, marin saisonnier anglais de 50 ans, est tranché.|Dominic|marin saisonnier anglais de 50 ans",
      })
  void readsAFirstNameIntroducedByAnApposition(String text, String span, String role) {
    ActorReading r = reading(actors(text, "fr", null), span);
    assertThat(r.actorId()).isEqualTo("person:" + Reading.slug(span.toLowerCase(java.util.Locale.ROOT)));
    assertThat(r.role()).contains(role);
  }

  @ParameterizedTest(name = "{1}: {0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"Tariq\", who says he walked from Kabul, sleeps rough.|en|Tariq",
        "Later, Samir, who had tried twice, gave up.|en|Samir",
        "« Karim », qui dort sous une bâche, attend.|fr|Karim",
        "Le soir, Nadia, qui vient d'Érythrée, fait la queue.|fr|Nadia",
      })
  void readsAFirstNameFollowedByARelativeClause(String text, String language, String span) {
    ActorReading r = reading(actors(text, language, null), span);
    assertThat(r.actorId()).isEqualTo("person:" + Reading.slug(span.toLowerCase(java.util.Locale.ROOT)));
    assertThat(r.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(r.role()).isEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Lille, qui compte des centres d'accueil, a refusé.|fr|Lille",
        "Towns such as Dover, which face the crossings, complain.|en|Dover",
      })
  void readsNoPersonInARelativeClauseAfterAPlace(String text, String language, String word) {
    assertThat(actors(text, language, null))
        .filteredOn(m -> m.value(ActorReading.class).kind() == ActorKind.PERSON)
        .extracting(Mention::text)
        .noneMatch(t -> t.contains(word));
  }

  @Test
  void marksAFirstNameChangedByTheAuthorAsAPseudonym() {
    List<Mention> found =
        actors("Devant les tentes, Lucas (1), un grand brun, joue au ballon.\n\n(1) Le prénom a été changé.", "fr", null);
    ActorReading r = reading(found, "Lucas");
    assertThat(r.note()).contains("pseudonym");
  }

  @Test
  void notesAFootnoteMarkWhoseTextIsElsewhere() {
    ActorReading r = reading(actors("Devant les tentes, Lucas (2), un grand brun, joue au ballon.", "fr", null), "Lucas");
    assertThat(r.note()).contains("footnote (2)");
  }

  @Test
  void recognisesAFirstNameAgainLaterInThePassage() {
    List<Mention> found = actors("Odile, Calaisienne de 71 ans, s'inquiète. Odile ne sort plus le soir.", "fr", null);
    assertThat(found).filteredOn(m -> m.text().equals("Odile")).hasSize(2);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "par Jean Dubois & Anne Leroy\\n\\nLe texte commence ici.|fr|Jean Dubois;Anne Leroy",
        "by Rachel Whitfield\\n\\nThe story starts here.|en|Rachel Whitfield",
        "par Claire Fontaine et Julien Masson\\nCalais, le 3 mars|fr|Claire Fontaine;Julien Masson",
      })
  void readsTheAuthorsOfAByline(String text, String language, String names) {
    List<Mention> found = actors(lines(text), language, null);
    for (String name : names.split(";")) {
      assertThat(reading(found, name).note()).contains("byline");
    }
  }

  @Test
  void givesDocumentOffsets() {
    Passage p = Passage.builder().text("Selon Mme May, rien.").language("fr").offset(1000).referenceDate(LocalDate.of(2014, 7, 30)).build();
    Mention m = ACTORS.recognise(p).get(0);
    assertThat(m.start()).isEqualTo(1010);
    assertThat(m.end()).isEqualTo(1013);
    assertThat(m.text()).isEqualTo("May");
  }

  @Test
  void keepsAnOrganisationInsideALongerRole() {
    List<Mention> found = actors("la maire UMP de Calais a réclamé un centre", "fr", LocalDate.of(2014, 9, 20));
    assertThat(found).extracting(m -> m.value(ActorReading.class).actorId()).contains("org:ump", "person:natacha-bouchart");
  }

  @Test
  void toleratesANameCutAtALineEnd() {
    assertThat(reading(actors("Bernard Caze-neuve oppose les chiffres.", "fr", null), "Bernard Caze-neuve").actorId())
        .isEqualTo("person:bernard-cazeneuve");
  }

  @Test
  void neverReadsAnEmptyPassage() {
    assertThat(actors("", "fr", null)).isEmpty();
    assertThat(actors("   \n ", "en", null)).isEmpty();
  }

  @Test
  void readingsCarryNoRoleWhenTheTextGivesNone() {
    ActorReading r = reading(actors("Theresa May est arrivée.", "fr", null), "Theresa May");
    assertThat(r.role()).isEqualTo(Optional.empty());
    assertThat(r.country()).contains(Country.GB);
  }
}
