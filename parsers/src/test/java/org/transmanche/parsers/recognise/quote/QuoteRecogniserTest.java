package org.transmanche.parsers.recognise.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transmanche.parsers.recognise.quote.QuoteFixtures.passage;
import static org.transmanche.parsers.recognise.quote.QuoteFixtures.unescape;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.json.Json;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;

class QuoteRecogniserTest implements RecogniserContract {

  private static final QuoteRecogniser QUOTES = QuoteFixtures.recogniser();

  @Override
  public Recogniser recogniser() {
    return new QuoteRecogniser();
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "« Nous avons échangé », a-t-elle expliqué.",
        "\"England is my goal,\" Ghabrai said.",
        "Mr Brokenshire says: “We will offer the fences.\n\n“We would like parking areas”.",
        "Il prévient \"qu'en aucun cas une \"jungle\" ne reviendra. Et parle de \"mensonges\".",
        "« des activistes, renchérit\n\n\nEmmanuel Agius. Des voyous »",
        "‘a disgrace’, l’accord d’aujourd’hui « » \"\"");
  }

  private static List<QuoteReading> readings(Passage p) {
    return QUOTES.recognise(p).stream().map(m -> m.value(QuoteReading.class)).toList();
  }

  private static String orDash(java.util.Optional<?> o) {
    return o.map(v -> v instanceof Mention m ? m.text() : v.toString()).orElse("-");
  }

  // Columns: marked text | language | index of the quote | its words | attribution | speaker mention | speaker words.
  // {Name} is a person actor mention, <Name> another actor mention, "-" means absent.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
      "Ce nouveau centre démantèlera les filières criminelles", a indiqué le <ministère>. | fr | 0 | Ce nouveau centre démantèlera les filières criminelles | verb-after | ministère | le ministère
      {Natacha Bouchart} a parlé au ministre jeudi. « Nous avons échangé très rapidement », a-t-elle expliqué. | fr | 0 | Nous avons échangé très rapidement | verb-after | Natacha Bouchart | elle
      « Ce plan ne tient pas debout », dit-il. | fr | 0 | Ce plan ne tient pas debout | verb-after | - | il
      Le président {Emmanuel Macron} était à Calais. "Tout est fait pour empêcher le passage", a-t-il dit. | fr | 0 | Tout est fait pour empêcher le passage | verb-after | Emmanuel Macron | il
      {Dominic} ne mâche pas ses mots. « Les No Borders sont une nuisance », affirme-t-il. | fr | 0 | Les No Borders sont une nuisance | verb-after | Dominic | il
      Les No Borders « sont courageux, mais pas toujours très malins », lâche {Jeanne}, de Salam. | fr | 0 | sont courageux, mais pas toujours très malins | verb-after | Jeanne | Jeanne
      « Ce sont des gens venus d'ailleurs pour les vacances », s'énerve {Monique}, Calaisienne de 67 ans. | fr | 0 | Ce sont des gens venus d'ailleurs pour les vacances | verb-after | Monique | Monique
      « Il y avait trois cents activistes », se souvient {Martin}. | fr | 0 | Il y avait trois cents activistes | verb-after | Martin | Martin
      « C'est grâce à des échanges de mails que tout a commencé », raconte {Martin}. | fr | 0 | C'est grâce à des échanges de mails que tout a commencé | verb-after | Martin | Martin
      « On peut bloquer leur flotte avec des bateaux », explique le jeune homme. | fr | 0 | On peut bloquer leur flotte avec des bateaux | verb-after | - | le jeune homme
      Le président demandera "d'aider Calais à se développer", a précisé le ministre de l'Intérieur {Gérard Collomb}. | fr | 0 | d'aider Calais à se développer | verb-after | Gérard Collomb | le ministre de l'Intérieur Gérard Collomb
      "Avoir une frontière a un coût financier", a appuyé le porte-parole du gouvernement, {Benjamin Griveaux}. | fr | 0 | Avoir une frontière a un coût financier | verb-after | Benjamin Griveaux | Benjamin Griveaux
      Des mesures "renforçant le dispositif humanitaire sur place", avait indiqué mardi le <ministère français de l'Intérieur>. | fr | 0 | renforçant le dispositif humanitaire sur place | verb-after | ministère français de l'Intérieur | le ministère français de l'Intérieur
      « Il faut agir vite », nous a confié {Martin}. | fr | 0 | Il faut agir vite | verb-after | Martin | Martin
      « La crise est grave », déplore dans un communiqué le représentant du <HCR>, {Philippe Leclerc}. | fr | 0 | La crise est grave | verb-after | Philippe Leclerc | Philippe Leclerc
      « Nous appelons à la solidarité », écrit M. {Leclerc}. | fr | 0 | Nous appelons à la solidarité | verb-after | Leclerc | M. Leclerc
      « Nous partageons des idées », disent-elles. | fr | 0 | Nous partageons des idées | verb-after | - | elles
      « La situation est grave à Calais », selon le <ministère de l'Intérieur>. | fr | 0 | La situation est grave à Calais | selon | ministère de l'Intérieur | le ministère de l'Intérieur
      Selon {Bernard Cazeneuve}, « la coopération fonctionne désormais très bien ». | fr | 0 | la coopération fonctionne désormais très bien | selon | Bernard Cazeneuve | Bernard Cazeneuve
      Pour {Bernard Cazeneuve}, les No Borders « sont les complices objectifs » des passeurs. | fr | 0 | sont les complices objectifs | selon | Bernard Cazeneuve | Bernard Cazeneuve
      Pour toutes ces raisons, les ministres veulent « agir » vite. | fr | 0 | agir | none | - | -
      {Hervé Derache} est le patron de la <Police aux frontières> : "On est sur le quotidien, avec une protection des plate-formes." | fr | 0 | On est sur le quotidien, avec une protection des plate-formes. | colon | Hervé Derache | Hervé Derache
      {Natacha Bouchart} a porté plainte. Elle a écrit : « Mes agresseurs étaient clairs et très violents » | fr | 0 | Mes agresseurs étaient clairs et très violents | colon | Natacha Bouchart | Elle
      Le président {Emmanuel Macron} a dit qu'il verrait {Theresa May}. Il prévient : « Nous ne laisserons pas se reconstituer une jungle ». | fr | 0 | Nous ne laisserons pas se reconstituer une jungle | colon | Emmanuel Macron | Il
      {Emmanuel Macron} prévient "qu'en aucun cas une jungle ne se reconstituera à Calais". | fr | 0 | qu'en aucun cas une jungle ne se reconstituera à Calais | verb-before | Emmanuel Macron | Emmanuel Macron
      {Natacha Bouchart} a déclaré que « la ville ne peut plus attendre davantage ». | fr | 0 | la ville ne peut plus attendre davantage | verb-before | Natacha Bouchart | Natacha Bouchart
      Le phénomène dit « small boats » inquiète les deux pays. | fr | 0 | small boats | none | - | -
      Ce sont « des activistes qui utilisent les migrants, renchérit {Emmanuel Agius}, premier adjoint au maire. Des voyous ont saccagé une maison ». | fr | 0 | des activistes qui utilisent les migrants, renchérit Emmanuel Agius, premier adjoint au maire. Des voyous ont saccagé une maison | incise | Emmanuel Agius | Emmanuel Agius
      {Bernard Cazeneuve} était à Calais. « Nous ne céderons pas, a-t-il prévenu, ni aujourd'hui ni demain. » | fr | 0 | Nous ne céderons pas, a-t-il prévenu, ni aujourd'hui ni demain. | incise | Bernard Cazeneuve | il
      Des militants « qui, selon {Martin}, sont des médecins ou des fonctionnaires ». | fr | 0 | qui, selon Martin, sont des médecins ou des fonctionnaires | selon | Martin | Martin
      L'accord prévoit des "mesures concrètes", afin de "sécuriser le port de Calais", précise le <ministère>. | fr | 0 | mesures concrètes | same-sentence | ministère | le ministère
      « Il faut que les Britanniques revoient leur dispositif », a dit {Natacha Bouchart}. « Sinon on ouvre les frontières, tout simplement. » | fr | 1 | Sinon on ouvre les frontières, tout simplement. | previous-sentence | Natacha Bouchart | Natacha Bouchart
      {Natacha Bouchart} a tenu une conférence de presse jeudi. « Il faut que les Britanniques revoient leur dispositif d'accueil. » | fr | 0 | Il faut que les Britanniques revoient leur dispositif d'accueil. | previous-sentence | Natacha Bouchart | Natacha Bouchart
      {Martin} raconte : « Nous avons commencé à vingt.\\n\\n» Puis le réseau a grandi très vite. » | fr | 1 | Puis le réseau a grandi très vite. | continued | Martin | Martin
      Ils ont démantelé la « jungle » de Calais. | fr | 0 | jungle | none | - | -
      «\u00a0Nous sommes prêts à aider\u00a0», a ajouté {Philippe Leclerc}. | fr | 0 | Nous sommes prêts à aider | verb-after | Philippe Leclerc | Philippe Leclerc
      "Despite the efforts of local groups, conditions are appalling," said UNHCR Representative in France, {Philippe Leclerc}. | en | 0 | Despite the efforts of local groups, conditions are appalling | verb-after | Philippe Leclerc | Philippe Leclerc
      "England is my goal," {Ghabrai}, 28, said outside his tent. | en | 0 | England is my goal | verb-after | Ghabrai | Ghabrai
      Eritrean migrant {Adhanom Ghabrai} reached Calais. "The question is not if I succeed but when," he said in English. | en | 0 | The question is not if I succeed but when | verb-after | Adhanom Ghabrai | he
      “I want to send out a very clear message today,” she says. | en | 0 | I want to send out a very clear message today | verb-after | - | she
      "We will stay here," the mayor said. | en | 0 | We will stay here | verb-after | - | the mayor
      According to the <Home Office>, "the fencing is far too easy to scale". | en | 0 | the fencing is far too easy to scale | selon | Home Office | the Home Office
      "The fencing is far too easy to scale," according to the <Home Office>. | en | 0 | The fencing is far too easy to scale | selon | Home Office | the Home Office
      {James Brokenshire} told the BBC: "We will offer our French partners the fences." | en | 0 | We will offer our French partners the fences. | colon | James Brokenshire | James Brokenshire
      Mr {Brokenshire} says: “We would like to establish secure parking areas.” | en | 0 | We would like to establish secure parking areas. | colon | Brokenshire | Mr Brokenshire
      In a joint statement, {Theresa May} and {Bernard Cazeneuve} said: "Efforts will be made to strengthen cooperation." | en | 0 | Efforts will be made to strengthen cooperation. | colon | Theresa May | Theresa May
      They boast, with one exasperated lorry driver saying: "You ain't going to stop them." | en | 0 | You ain't going to stop them. | colon | - | one exasperated lorry driver
      {James Brokenshire} said that "Britain is no soft touch on illegal immigration". | en | 0 | Britain is no soft touch on illegal immigration | verb-before | James Brokenshire | James Brokenshire
      That proposal was an example of "very British cynicism", said <France Terre d'Asile>, an aid group. | en | 0 | very British cynicism | verb-after | France Terre d'Asile | France Terre d'Asile
      "The question is not if but when," he said, adding he had tried "at least 40 times" since May. | en | 1 | at least 40 times | same-sentence | - | he
      "It's easy to say it's not your problem," said {Philippe Mignonet}. "But it's useless to say it's a French problem." | en | 1 | But it's useless to say it's a French problem. | previous-sentence | Philippe Mignonet | Philippe Mignonet
      Mr {Brokenshire} says: “We will offer the fences. These could replace the fencing.\\n\\n“We would like to establish parking areas”. | en | 1 | We would like to establish parking areas | continued | Brokenshire | Mr Brokenshire
      The Home Office says the fences are "too easy" to scale. | en | 0 | too easy | none | - | -
      """)
  void attributesQuotes(String marked, String lang, int index, String words, String kind, String speaker, String speakerText) {
    List<QuoteReading> rs = readings(passage(marked, lang));
    assertThat(rs).hasSizeGreaterThan(index);
    QuoteReading r = rs.get(index);
    assertThat(r.text()).isEqualTo(unescape(words));
    assertThat(r.attribution()).isEqualTo(kind);
    assertThat(orDash(r.speaker())).isEqualTo(speaker);
    assertThat(orDash(r.speakerText())).isEqualTo(speakerText);
  }

  // Columns: text | language | the words of every quote, " // " between | closed flags, same order.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
      « Elle a dit “y a qu'à, faut qu'on” hier soir », lâche Jeanne. | fr | Elle a dit “y a qu'à, faut qu'on” hier soir | true
      « Une "jungle" ne se reconstituera pas », dit-il. | fr | Une "jungle" ne se reconstituera pas | true
      « Nous sommes prêts », a ajouté Philippe Leclerc. | fr | Nous sommes prêts | true
      «\u202fNous sommes prêts\u202f», a-t-il ajouté. | fr | Nous sommes prêts | true
      He called it ‘a disgrace’, said the mayor. | en | a disgrace | true
      L’accord d’aujourd’hui n’est pas signé, c’est l’hiver. | fr | - | -
      He said "yes" and then "no" twice. | en | yes // no | true // true
      Il a dit non » puis est parti. | fr | - | -
      Il a dit "" puis « » et s'en alla. | fr | - | -
      "Nous verrons," dit-il. | fr | Nous verrons | true
      Il prévient "qu'en aucun cas une "jungle" ne reviendra à Calais. Et parle de "mensonges" à propos des critiques. | fr | qu'en aucun cas une "jungle" ne reviendra à Calais // mensonges | false // true
      Il a dit "nous ne céderons pas. Et puis il est parti | fr | nous ne céderons pas | false
      Il dit : « Nous ne céderons pas. Jamais. | fr | Nous ne céderons pas. Jamais. | false
      Il a dit "non.\\n\\nLe lendemain, tout a changé. | fr | non | false
      Mr Brokenshire says: “We will offer the fences. These could replace the fencing.\\n\\n“We would like to establish parking areas”. | en | We will offer the fences. These could replace the fencing. // We would like to establish parking areas | false // true
      Martin raconte : « Nous avons commencé à vingt.\\n\\n» Puis le réseau a grandi très vite. » | fr | Nous avons commencé à vingt. // Puis le réseau a grandi très vite. | false // true
      Ce sont « des activistes, renchérit\\n\\n\\nEmmanuel Agius. Des voyous ». | fr | des activistes, renchérit\\n\\n\\nEmmanuel Agius. Des voyous | true
      "Bobby", who says his routine is "steal, sell, smoke", arrived on fake papers. | en | Bobby // steal, sell, smoke | true // true
      """)
  void pairsMarks(String text, String lang, String words, String closed) {
    List<QuoteReading> rs = readings(passage(text, lang));
    if (words.equals("-")) {
      assertThat(rs).isEmpty();
      return;
    }
    assertThat(rs).extracting(QuoteReading::text).containsExactly(unescape(words).split(" // "));
    assertThat(rs).extracting(r -> String.valueOf(r.closed())).containsExactly(closed.split(" // "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
      Ils ont démantelé la « jungle » de Calais. | fr | true
      Le phénomène des « small boats » inquiète. | fr | true
      Comme ces deux femmes « zadistes » de Nantes. | fr | true
      « Non », dit-il. | fr | false
      Elles refusent « de raconter leur vie à des journalistes ». | fr | false
      The Home Office says the fences are "too easy" to scale. | en | true
      """)
  void marksShortUnattributedQuotesAsSlogans(String text, String lang, boolean slogan) {
    assertThat(readings(passage(text, lang))).singleElement().extracting(QuoteReading::slogan).isEqualTo(slogan);
  }

  @Test
  void dropsAQuoteThatRunsPastTheSearchBound() {
    String text = "\"" + "mot ".repeat(1000) + "fin\" dit-il";
    assertThat(QUOTES.recognise(Passage.of(text, "fr"))).isEmpty();
  }

  @Test
  void boundsAnUnclosedQuoteToItsSentenceInALongParagraph() {
    String text = "Il a dit \"non. " + "La suite est longue. ".repeat(200);
    assertThat(readings(Passage.of(text, "fr"))).extracting(QuoteReading::text).containsExactly("non");
  }

  @Test
  void givesDocumentOffsets() {
    Passage p = passage("Hier. « Nous verrons », a indiqué le <ministère>.", "fr", 100);
    Mention m = QUOTES.recognise(p).get(0);
    QuoteReading r = m.value(QuoteReading.class);
    assertThat(m.start()).isEqualTo(106);
    assertThat(m.text()).isEqualTo("« Nous verrons »");
    assertThat(r.textStart()).isEqualTo(108);
    assertThat(r.textEnd()).isEqualTo(120);
    assertThat(r.speakerStart()).contains(134);
    assertThat(r.speakerEnd()).contains(146);
    assertThat(r.speaker().get().start()).isEqualTo(137);
    assertThat(m.recogniser()).isEqualTo("quote");
    assertThat(m.type()).isEqualTo("quote");
  }

  @Test
  void keepsTheActorMentionAsSpeaker() {
    Passage p = passage("« Non », a dit {Martin}.", "fr");
    QuoteReading r = QUOTES.recognise(p).get(0).value(QuoteReading.class);
    assertThat(r.speaker()).contains(p.mentions().get(0));
  }

  @Test
  void isNamedQuoteAndRequiresActor() {
    assertThat(QUOTES.name()).isEqualTo("quote");
    assertThat(QUOTES.requires()).containsExactly("actor");
  }

  @Test
  void cannotRunInAPipelineWithoutTheActorRecogniser() {
    assertThatThrownBy(() -> Pipeline.builder().add(new QuoteRecogniser()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requires 'actor'");
  }

  @Test
  void writesJson() throws Exception {
    QuoteReading r = QUOTES.recognise(passage("« Non », dit-il.", "fr")).get(0).value(QuoteReading.class);
    String json = Json.mapper().writeValueAsString(r);
    assertThat(json)
        .isEqualTo("{\"text\":\"Non\",\"textStart\":2,\"textEnd\":5,\"attribution\":\"verb-after\",\"speakerText\":\"il\",\"speakerStart\":13,\"speakerEnd\":15,\"slogan\":false,\"closed\":true}");
  }

  @Test
  void rejectsReadingsWhoseTextDoesNotFitTheSpan() {
    assertThatThrownBy(() -> QuoteReading.builder().text("abc").textStart(0).textEnd(2).attribution("none").slogan(false).closed(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("QuoteReading: text length 3 != textEnd 2 - textStart 0");
  }

  @Test
  void rejectsUnknownAttributionKinds() {
    assertThatThrownBy(() -> QuoteReading.builder().text("abc").textStart(0).textEnd(3).attribution("guess").slogan(false).closed(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("QuoteReading: attribution 'guess' is not one of");
  }

  @Test
  void rejectsASloganWithAnAttribution() {
    assertThatThrownBy(() -> QuoteReading.builder().text("abc").textStart(0).textEnd(3).attribution("colon").slogan(true).closed(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("QuoteReading: slogan with attribution 'colon'");
  }

  @Test
  void findsNothingInEmptyText() {
    assertThat(QUOTES.recognise(Passage.of("", "fr"))).isEmpty();
  }
}
