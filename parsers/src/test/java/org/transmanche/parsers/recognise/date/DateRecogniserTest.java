package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Precision;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recogniser;
import org.transmanche.parsers.recognise.RecogniserContract;

/**
 * Examples of every form the date recogniser reads, in both languages. Unless a case says
 * otherwise, the document date is Saturday 20 September 2014.
 */
class DateRecogniserTest implements RecogniserContract {

  private static final DateRecogniser RECOGNISER = new DateRecogniser();

  @Override
  public Recogniser recogniser() {
    return RECOGNISER;
  }

  @Override
  public ImmutableList<String> samples() {
    return ImmutableList.of(
        "le 28 août 2014",
        "fin juillet",
        "depuis 2004",
        "la semaine dernière",
        "les sept premiers mois de 2014",
        "20/09/2014",
        "September 20, 2014",
        "three months ago",
        "from 13 to 15 July",
        "Nov-Feb 2017",
        "il y a deux ans",
        "jeudi prochain");
  }

  private static Mention only(String text, String language, String reference) {
    Passage p = reference == null || reference.isBlank()
        ? Passage.of(text, language)
        : Passage.of(text, language, LocalDate.parse(reference));
    List<Mention> ms = RECOGNISER.recognise(p);
    assertThat(ms).as("mentions in '%s'", text).hasSize(1);
    return ms.get(0);
  }

  private static void check(String text, String language, String reference, String mention, String from,
      String to, String precision, String open) {
    Mention m = only(text, language, reference);
    DateReading r = m.value(DateReading.class);
    assertThat(m.type()).isEqualTo("date");
    assertThat(m.recogniser()).isEqualTo("date");
    assertThat(m.text()).isEqualTo(mention);
    assertThat(r.wording()).isEqualTo(mention);
    DateSpan s = r.span().orElseThrow();
    assertThat(s.from()).isEqualTo(LocalDate.parse(from));
    assertThat(s.to()).isEqualTo(LocalDate.parse(to));
    assertThat(s.precision()).isEqualTo(Precision.valueOf(precision));
    assertThat(s.wording()).contains(mention);
    assertThat(r.openEnded().orElse(null)).isEqualTo(open == null || open.isBlank() ? null : open);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le 28 août 2014, il a parlé.              | Le 28 août 2014                     | 2014-08-28 | 2014-08-28 | DAY
      le 1er septembre                          | le 1er septembre                    | 2014-09-01 | 2014-09-01 | DAY
      20/09/2014                                | 20/09/2014                          | 2014-09-20 | 2014-09-20 | DAY
      2014-09-20                                | 2014-09-20                          | 2014-09-20 | 2014-09-20 | DAY
      le 15.05.99                               | le 15.05.99                         | 1999-05-15 | 1999-05-15 | DAY
      les chiffres de 2014 sont connus          | 2014                                | 2014-01-01 | 2014-12-31 | YEAR
      en 2013, les passages ont doublé          | 2013                                | 2013-01-01 | 2013-12-31 | YEAR
      l'année 2013                              | l'année 2013                        | 2013-01-01 | 2013-12-31 | YEAR
      les 2 et 3 octobre à Calais               | les 2 et 3 octobre                  | 2014-10-02 | 2014-10-03 | DAYS
      en juillet 2015                           | juillet 2015                        | 2015-07-01 | 2015-07-31 | MONTH
      annoncées fin juillet à Londres           | fin juillet                         | 2014-07-21 | 2014-07-31 | PART_OF_MONTH
      attendu mi-novembre                       | mi-novembre                         | 2014-11-11 | 2014-11-20 | PART_OF_MONTH
      début septembre                           | début septembre                     | 2014-09-01 | 2014-09-10 | PART_OF_MONTH
      les deux premières semaines d'août        | les deux premières semaines d'août  | 2014-08-01 | 2014-08-14 | PART_OF_MONTH
      les sept premiers mois de 2014            | les sept premiers mois de 2014      | 2014-01-01 | 2014-07-31 | MONTHS
      cet été                                   | cet été                             | 2014-06-21 | 2014-09-22 | PART_OF_YEAR
      le printemps 2014 a été calme             | le printemps 2014                   | 2014-03-20 | 2014-06-20 | PART_OF_YEAR
      fin des années 1990,                      | fin des années 1990                 | 1997-01-01 | 1999-12-31 | YEARS
      du samedi 30 août au 2 septembre          | du samedi 30 août au 2 septembre    | 2014-08-30 | 2014-09-02 | DAYS
      de 2010 à 2018                            | de 2010 à 2018                      | 2010-01-01 | 2018-12-31 | YEARS
      13-15 juillet                             | 13-15 juillet                       | 2014-07-13 | 2014-07-15 | DAYS
      """)
  void readsFrenchCalendarDates(String text, String mention, String from, String to, String precision) {
    check(text, "fr", "2014-09-20", mention, from, to, precision, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a annoncé jeudi le ministère              | jeudi                               | 2014-09-18 | 2014-09-18 | DAY
      Calais, ce vendredi                       | ce vendredi                         | 2014-09-19 | 2014-09-19 | DAY
      avait indiqué mardi                       | mardi                               | 2014-09-16 | 2014-09-16 | DAY
      les ministres se sont vus samedi          | samedi                              | 2014-09-20 | 2014-09-20 | DAY
      la réunion qui se tiendra jeudi à Paris   | jeudi                               | 2014-09-25 | 2014-09-25 | DAY
      le ministre va signer mardi               | mardi                               | 2014-09-23 | 2014-09-23 | DAY
      le ministre se rendra jeudi à Calais      | jeudi                               | 2014-09-25 | 2014-09-25 | DAY
      la préfète signera lundi l'arrêté         | lundi                               | 2014-09-22 | 2014-09-22 | DAY
      jeudi prochain                            | jeudi prochain                      | 2014-09-25 | 2014-09-25 | DAY
      hier                                      | hier                                | 2014-09-19 | 2014-09-19 | DAY
      aujourd'hui                               | aujourd'hui                         | 2014-09-20 | 2014-09-20 | DAY
      demain                                    | demain                              | 2014-09-21 | 2014-09-21 | DAY
      ce matin                                  | ce matin                            | 2014-09-20 | 2014-09-20 | DAY
      le 7 septembre                            | le 7 septembre                      | 2014-09-07 | 2014-09-07 | DAY
      le 25 septembre                           | le 25 septembre                     | 2014-09-25 | 2014-09-25 | DAY
      le 2 septembre prochain                   | le 2 septembre prochain             | 2015-09-02 | 2015-09-02 | DAY
      le 15 septembre dernier                   | le 15 septembre dernier             | 2014-09-15 | 2014-09-15 | DAY
      la semaine dernière                       | la semaine dernière                 | 2014-09-08 | 2014-09-14 | WEEK
      la semaine prochaine                      | la semaine prochaine                | 2014-09-22 | 2014-09-28 | WEEK
      le mois prochain                          | le mois prochain                    | 2014-10-01 | 2014-10-31 | MONTH
      cette année                               | cette année                         | 2014-01-01 | 2014-12-31 | YEAR
      l'an dernier                              | l'an dernier                        | 2013-01-01 | 2013-12-31 | YEAR
      En octobre dernier, la maire              | octobre dernier                     | 2013-10-01 | 2013-10-31 | MONTH
      il y a trois mois                         | il y a trois mois                   | 2014-06-20 | 2014-06-20 | DAY
      dans deux semaines                        | dans deux semaines                  | 2014-10-04 | 2014-10-04 | DAY
      dans les prochains jours                  | les prochains jours                 | 2014-09-21 | 2014-09-23 | DAYS
      au cours des six prochains mois           | six prochains mois                  | 2014-10-01 | 2015-03-31 | MONTHS
      ces dernières semaines                    | ces dernières semaines              | 2014-08-30 | 2014-09-20 | DAYS
      ces derniers mois                         | ces derniers mois                   | 2014-06-20 | 2014-09-20 | MONTHS
      au cours des derniers mois                | derniers mois                       | 2014-06-20 | 2014-09-20 | MONTHS
      dans les prochains mois                   | les prochains mois                  | 2014-09-21 | 2014-12-20 | MONTHS
      le dernier mois                           | le dernier mois                     | 2014-08-01 | 2014-08-31 | MONTH
      """)
  void readsFrenchRelativeDates(String text, String mention, String from, String to, String precision) {
    check(text, "fr", "2014-09-20", mention, from, to, precision, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les accords fixent depuis 2004 la frontière | depuis 2004                       | 2004-01-01 | 2004-12-31 | YEARS   | after
      jusqu'en 2020                             | jusqu'en 2020                       | 2020-01-01 | 2020-12-31 | YEARS   | before
      jusqu'au 2 septembre                      | jusqu'au 2 septembre                | 2014-09-02 | 2014-09-02 | DAYS    | before
      à partir du 8 octobre                     | à partir du 8 octobre               | 2014-10-08 | 2014-10-08 | DAYS    | after
      avant 2000                                | avant 2000                          | 2000-01-01 | 2000-12-31 | YEARS   | before
      """)
  void readsFrenchOpenPeriods(String text, String mention, String from, String to, String precision, String open) {
    check(text, "fr", "2014-09-20", mention, from, to, precision, open);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      on 20 September 2014                      | 20 September 2014                   | 2014-09-20 | 2014-09-20 | DAY
      September 20, 2014                        | September 20, 2014                  | 2014-09-20 | 2014-09-20 | DAY
      2014-09-20                                | 2014-09-20                          | 2014-09-20 | 2014-09-20 | DAY
      20/09/2014                                | 20/09/2014                          | 2014-09-20 | 2014-09-20 | DAY
      in July                                   | July                                | 2014-07-01 | 2014-07-31 | MONTH
      in May 2015                               | May 2015                            | 2015-05-01 | 2015-05-31 | MONTH
      in 2013 the numbers rose                  | 2013                                | 2013-01-01 | 2013-12-31 | YEAR
      7 September                               | 7 September                         | 2014-09-07 | 2014-09-07 | DAY
      the first seven months of 2014            | the first seven months of 2014      | 2014-01-01 | 2014-07-31 | MONTHS
      the first two weeks of August             | the first two weeks of August       | 2014-08-01 | 2014-08-14 | PART_OF_MONTH
      this summer                               | this summer                         | 2014-06-21 | 2014-09-22 | PART_OF_YEAR
      in the 1990s                              | 1990s                               | 1990-01-01 | 1999-12-31 | YEARS
      the first quarter of 2015                 | the first quarter of 2015           | 2015-01-01 | 2015-03-31 | MONTHS
      late August                               | late August                         | 2014-08-21 | 2014-08-31 | PART_OF_MONTH
      late March                                | late March                          | 2015-03-21 | 2015-03-31 | PART_OF_MONTH
      from 13 to 15 July                        | from 13 to 15 July                  | 2014-07-13 | 2014-07-15 | DAYS
      Nov-Feb 2017                              | Nov-Feb 2017                        | 2016-11-01 | 2017-02-28 | MONTHS
      three months ago                          | three months ago                    | 2014-06-20 | 2014-06-20 | DAY
      last week                                 | last week                           | 2014-09-08 | 2014-09-14 | WEEK
      last year                                 | last year                           | 2013-01-01 | 2013-12-31 | YEAR
      over the past year                        | over the past year                  | 2013-09-20 | 2014-09-20 | YEARS
      today                                     | today                               | 2014-09-20 | 2014-09-20 | DAY
      tomorrow                                  | tomorrow                            | 2014-09-21 | 2014-09-21 | DAY
      yesterday                                 | yesterday                           | 2014-09-19 | 2014-09-19 | DAY
      this week                                 | this week                           | 2014-09-15 | 2014-09-21 | WEEK
      next month                                | next month                          | 2014-10-01 | 2014-10-31 | MONTH
      next Thursday                             | next Thursday                       | 2014-09-25 | 2014-09-25 | DAY
      The ministers met on Thursday.            | Thursday                            | 2014-09-18 | 2014-09-18 | DAY
      The ministers will meet on Thursday.      | Thursday                            | 2014-09-25 | 2014-09-25 | DAY
      in two weeks                              | in two weeks                        | 2014-10-04 | 2014-10-04 | DAY
      """)
  void readsEnglishDates(String text, String mention, String from, String to, String precision) {
    check(text, "en", "2014-09-20", mention, from, to, precision, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      since 2004                                | since 2004                          | 2004-01-01 | 2004-12-31 | YEARS   | after
      until 2020                                | until 2020                          | 2020-01-01 | 2020-12-31 | YEARS   | before
      after 2016                                | after 2016                          | 2016-01-01 | 2016-12-31 | YEARS   | after
      The UK will pay £12m by 2016.             | by 2016                             | 2016-01-01 | 2016-12-31 | YEARS   | before
      2018 or later                             | 2018 or later                       | 2018-01-01 | 2018-12-31 | YEARS   | after
      """)
  void readsEnglishOpenPeriods(String text, String mention, String from, String to, String precision, String open) {
    check(text, "en", "2014-09-20", mention, from, to, precision, open);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | 20 km
      fr | Le Royaume-Uni versera 15 millions d'euros.
      fr | plus de 2000 migrants
      fr | 1 200 migrants
      fr | Je veux le numéro 17
      fr | la dette était de 6,45 %
      fr | Tél : 01 23 45 67 89
      fr | Le code est 133-03-03-2020
      fr | Il y a 2-4 personnes dans la salle
      fr | il a été reçu à Londres
      en | 20 km of fences
      en | The UK will pay £12m.
      en | Theresa May said it may change.
      en | The Sun reported the story.
      en | open 24/7
      en | the first migrants arrived
      en | Mortgages were at 6.45 percent
      en | deliver 2000 pieces of toys
      en | at 15:30
      """)
  void ignoresNumbersThatAreNotDates(String language, String text) {
    assertThat(RECOGNISER.recognise(Passage.of(text, language, LocalDate.of(2014, 9, 20)))).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | hier
      fr | jeudi
      fr | la semaine dernière
      fr | le 7 septembre
      en | three months ago
      en | last week
      """)
  void keepsTheWordingOfRelativeDatesWithoutADocumentDate(String language, String text) {
    Mention m = only(text, language, null);
    DateReading r = m.value(DateReading.class);

    assertThat(r.wording()).isEqualTo(text);
    assertThat(r.relative()).isTrue();
    assertThat(r.span()).isEmpty();
  }

  @Test
  void resolvesAbsoluteDatesWithoutADocumentDate() {
    DateReading r = only("le 28 août 2014", "fr", null).value(DateReading.class);

    assertThat(r.relative()).isFalse();
    assertThat(r.span().map(DateSpan::from)).contains(LocalDate.of(2014, 8, 28));
  }

  @Test
  void marksFutureContext() {
    DateReading r = only("qui se tiendra jeudi", "fr", "2014-09-20").value(DateReading.class);

    assertThat(r.future()).isTrue();
  }

  @Test
  void marksAnExcludedAnchor() {
    DateReading after = only("after 2016", "en", "2014-09-20").value(DateReading.class);
    DateReading since = only("since 2016", "en", "2014-09-20").value(DateReading.class);

    assertThat(after.inclusive()).isFalse();
    assertThat(since.inclusive()).isTrue();
  }

  @Test
  void givesDocumentOffsets() {
    Passage p = Passage.builder().text("Réunion le 2 septembre.").language("fr").offset(100)
        .referenceDate(LocalDate.of(2014, 8, 28)).build();

    Mention m = RECOGNISER.recognise(p).get(0);

    assertThat(m.start()).isEqualTo(108);
    assertThat(m.end()).isEqualTo(122);
    assertThat(m.text()).isEqualTo("le 2 septembre");
  }

  @Test
  void findsSeveralDatesInOrder() {
    List<Mention> ms = RECOGNISER.recognise(Passage.of(
        "Signé le 28 août 2014, l'accord sera appliqué jusqu'en 2016 et révisé l'an prochain.", "fr",
        LocalDate.of(2014, 9, 20)));

    assertThat(ms).extracting(Mention::text).containsExactly("le 28 août 2014", "jusqu'en 2016", "l'an prochain");
  }

  @Test
  void readsOtherLanguagesAsEnglish() {
    assertThat(RECOGNISER.recognise(Passage.of("on 20 September 2014", "de"))).hasSize(1);
  }

  @Test
  void runsInAPipeline() {
    Pipeline p = Pipeline.builder().add(RECOGNISER).build();

    assertThat(p.recognise(Passage.of("depuis 2004", "fr"))).extracting(Mention::text).containsExactly("depuis 2004");
    assertThat(RECOGNISER.name()).isEqualTo("date");
  }

  @Test
  void rejectsANullPassage() {
    assertThatNullPointerException().isThrownBy(() -> RECOGNISER.recognise(null)).withMessageContaining("passage");
  }

  @Test
  void returnsNothingForEmptyText() {
    assertThat(RECOGNISER.recognise(Passage.of("", "fr"))).isEmpty();
  }
}
