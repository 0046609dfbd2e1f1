package org.transmanche.model.testing;

import static java.util.stream.Collectors.toList;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple4;
import org.transmanche.model.Actor;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Agreement;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Deployment;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Disagreement;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.Evidence;
import org.transmanche.model.Fact;
import org.transmanche.model.Figure;
import org.transmanche.model.ImmutableActor;
import org.transmanche.model.ImmutableAgreement;
import org.transmanche.model.ImmutableDateSpan;
import org.transmanche.model.ImmutableDeployment;
import org.transmanche.model.ImmutableDiagnostic;
import org.transmanche.model.ImmutableDisagreement;
import org.transmanche.model.ImmutableDocument;
import org.transmanche.model.ImmutableDossier;
import org.transmanche.model.ImmutableFigure;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.ImmutableRole;
import org.transmanche.model.ImmutableStatement;
import org.transmanche.model.Money;
import org.transmanche.model.OffsetMap;
import org.transmanche.model.Pledge;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Precision;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.model.Resource;
import org.transmanche.model.Role;
import org.transmanche.model.Schedule;
import org.transmanche.model.Severity;
import org.transmanche.model.Statement;

/**
 * jqwik arbitraries for every Transmanche model type, shipped in the model test-jar.
 *
 * <p>Every value generated is valid: it passes its type's own checks, and {@link #dossiers()} builds
 * whole dossiers whose references resolve and whose evidence spans are substrings of the generated
 * document texts. Strings mix ASCII, French accents, typographic punctuation and, now and then,
 * characters outside the Basic Multilingual Plane; spans never split a surrogate pair. Dates lie in
 * 2000&ndash;2030; amounts are {@link BigDecimal}s with varied scales.
 *
 * <p>Methods return a new arbitrary on each call; arbitraries are immutable and may be shared
 * between properties and threads. No method returns {@code null}.
 *
 * <pre>{@code
 * Money m = ModelArbitraries.money().sample();
 * Dossier d = ModelArbitraries.dossiers().sample(); // d.violations().isEmpty()
 * }</pre>
 */
public final class ModelArbitraries {

  /** The first day dates are drawn from. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

  /** The last day dates are drawn from. */
  public static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

  private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String FRENCH = "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ";
  private static final String PUNCTUATION = ".,;:!?'’«»()-–—€£$%";
  private static final List<String> NON_BMP = List.of("😀", "𝄞", "𠀋", "🇫🇷", "🇬🇧", "👍🏽", "𐍈");
  private static final String SLUG = "abcdefghijklmnopqrstuvwxyz0123456789-_.éèçàô";
  private static final List<String> LANGUAGES = List.of("fr", "en", "und", "de", "es", "nl", "ar");
  private static final List<String> UNITS =
      List.of("people", "km", "m", "percent", "services", "policiers", "caméras", "bateaux", "nuitées");
  private static final List<String> WORDINGS =
      List.of(
          "fin juillet",
          "mi-novembre",
          "cet été",
          "début 2015",
          "the first two weeks of August",
          "the past year",
          "depuis 2004",
          "le 20 septembre");
  private static final List<String> OUTLETS =
      List.of("Le Monde", "La Voix du Nord", "Nord Littoral", "The Guardian", "BBC News", "AFP", "Reuters");
  private static final List<String> CURRENCY_CODES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .sorted()
          .collect(toList());

  private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

  private ModelArbitraries() {}

  // ---------------------------------------------------------------- text, ids, dates and numbers

  /**
   * Text such as a document holds: words of ASCII letters, French accented letters, punctuation and
   * sometimes non-BMP characters, separated by spaces, line breaks or no-break spaces; may be empty.
   */
  public static Arbitrary<String> texts() {
    return Combinators.combine(words(), separators())
        .as(String::concat)
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  /** One to six words joined by spaces; never blank, never starting or ending with white space. */
  public static Arbitrary<String> nonBlankTexts() {
    return words().list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join(" ", parts));
  }

  /**
   * Ids of the form {@code prefix:slug}, such as {@code person:bernard-cazeneuve}: lower-case
   * letters, digits, {@code -_.} and a few accented letters, no white space.
   *
   * @param prefix the part before the colon, such as {@code person} or {@code pledge}
   */
  public static Arbitrary<String> ids(String prefix) {
    return slugs().map(slug -> prefix + ":" + slug);
  }

  private static Arbitrary<String> slugs() {
    return Arbitraries.strings().withChars(SLUG).ofMinLength(1).ofMaxLength(20);
  }

  /** Days from {@link #FIRST_DAY} to {@link #LAST_DAY}, both inclusive. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Non-negative amounts up to ten billion with scales from 0 to 4, including round millions and
   * zero; some keep trailing zeros ({@code 12.50}) so that normalisation has work to do.
   */
  public static Arbitrary<BigDecimal> amounts() {
    Arbitrary<BigDecimal> scaled =
        Combinators.combine(
                Arbitraries.longs().between(0, 10_000_000_000L),
                Arbitraries.integers().between(0, 4),
                Arbitraries.longs().between(0, 9999))
            .as((whole, scale, fraction) -> withFraction(whole, scale, fraction));
    Arbitrary<BigDecimal> round =
        Combinators.combine(Arbitraries.longs().between(0, 999), Arbitraries.integers().between(0, 7))
            .as((n, zeros) -> BigDecimal.valueOf(n).scaleByPowerOfTen(zeros));
    Arbitrary<BigDecimal> amount = Arbitraries.frequencyOf(Tuple.of(3, scaled), Tuple.of(2, round));
    return Combinators.combine(amount, Arbitraries.integers().between(0, 2))
        .as((a, extra) -> a.setScale(Math.max(0, a.scale()) + extra));
  }

  private static BigDecimal withFraction(long whole, int scale, long fraction) {
    long unscaled = fraction % BigDecimal.TEN.pow(scale).longValue();
    return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(unscaled, scale));
  }

  /**
   * ISO-4217 currency codes in upper case: mostly {@code EUR} and {@code GBP}, sometimes any code
   * the JDK knows.
   */
  public static Arbitrary<String> currencyCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("EUR", "GBP")),
        Tuple.of(1, Arbitraries.of("USD", "CHF")),
        Tuple.of(2, Arbitraries.of(CURRENCY_CODES)));
  }

  /**
   * Document ids of the form {@code <file>#<index>}, as {@link Document#id()} derives them; the file
   * name may contain a space.
   */
  public static Arbitrary<String> documentIds() {
    return Combinators.combine(fileNames(), Arbitraries.integers().between(1, 60)).as((f, i) -> f + "#" + i);
  }

  // ---------------------------------------------------------------- small values

  /**
   * Evidence into a document named by {@link #documentIds()}: a start from 0 to 5000 and a text of
   * {@link #texts()} (possibly empty), with {@code end = start + text.length()}. Use {@link
   * #evidenceIn(Collection)} for evidence that points into real documents.
   */
  public static Arbitrary<Evidence> evidence() {
    Arbitrary<String> text =
        Arbitraries.frequencyOf(Tuple.of(4, nonBlankTexts()), Tuple.of(1, texts()));
    return Combinators.combine(documentIds(), Arbitraries.integers().between(0, 5000), text)
        .as((doc, start, t) -> Evidence.of(doc, start, start + t.length(), t));
  }

  /**
   * Evidence whose span lies in one of {@code documents} and whose text is that document's text at
   * the span; spans are at most 60 characters, may be empty, and never split a surrogate pair.
   *
   * @param documents at least one document
   * @throws IllegalArgumentException if {@code documents} is empty
   */
  public static Arbitrary<Evidence> evidenceIn(Collection<? extends Document> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("evidenceIn needs at least one document");
    }
    List<Document> docs = List.copyOf(documents);
    return Combinators.combine(
            Arbitraries.of(docs), Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 60))
        .as((doc, at, width) -> spanAt(doc, at, width));
  }

  /** The span of {@code doc} starting at {@code at} modulo the text length, at most {@code width} long. */
  private static Evidence spanAt(Document doc, int at, int width) {
    int length = doc.text().length();
    int start = at % (length + 1);
    return spanOf(doc, start, Math.min(length, start + width));
  }

  private static Evidence spanOf(Document doc, int start, int end) {
    String text = doc.text();
    int s = splitsPair(text, start) ? start - 1 : start;
    int e = splitsPair(text, end) ? end + 1 : end;
    return Evidence.of(doc.id(), s, e, text.substring(s, e));
  }

  private static boolean splitsPair(String text, int i) {
    return i > 0
        && i < text.length()
        && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }

  /**
   * Date spans within 2000&ndash;2030 (a week may end a few days into 2031) whose bounds fit their
   * precision: a day for {@code DAY}, a calendar month for {@code MONTH}, a calendar year for {@code
   * YEAR}, an ISO week for {@code WEEK}, any run otherwise; with or without a wording, sometimes
   * inferred.
   */
  public static Arbitrary<DateSpan> dateSpans() {
    Arbitrary<Integer> lengths =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.integers().between(1, 31)),
            Tuple.of(1, Arbitraries.integers().between(32, 3 * 366)));
    Arbitrary<Optional<String>> wordings =
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(WORDINGS)), Tuple.of(1, nonBlankTexts()))
            .optional(0.3);
    return Combinators.combine(
            dates(), precisions(), lengths, wordings, Arbitraries.of(false, false, true))
        .as(
            (day, precision, length, wording, inferred) ->
                ImmutableDateSpan.copyOf(bounds(day, precision, length))
                    .withWording(wording)
                    .withInferred(inferred));
  }

  private static DateSpan bounds(LocalDate day, Precision precision, int length) {
    switch (precision) {
      case DAY:
        return DateSpan.ofDay(day);
      case MONTH:
        return DateSpan.ofMonth(YearMonth.from(day));
      case YEAR:
        return DateSpan.ofYear(day.getYear());
      case WEEK:
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        monday = monday.isBefore(FIRST_DAY) ? monday.plusWeeks(1) : monday;
        return DateSpan.of(monday, monday.plusDays(6), Precision.WEEK);
      default:
        LocalDate to = day.plusDays(length);
        return DateSpan.of(day, to.isAfter(LAST_DAY) ? LAST_DAY : to, precision);
    }
  }

  /** Every {@link Precision}. */
  public static Arbitrary<Precision> precisions() {
    return Arbitraries.of(Precision.class);
  }

  /** Every {@link Qualifier}, {@code EXACT} most often. */
  public static Arbitrary<Qualifier> qualifiers() {
    return Arbitraries.frequency(
        Tuple.of(3, Qualifier.EXACT),
        Tuple.of(1, Qualifier.APPROXIMATE),
        Tuple.of(1, Qualifier.AT_LEAST),
        Tuple.of(1, Qualifier.AT_MOST));
  }

  /**
   * Money in {@link #currencyCodes()}, built from {@link #amounts()} and a code in upper or lower
   * case, so every value has gone through normalisation.
   */
  public static Arbitrary<Money> money() {
    return Combinators.combine(amounts(), currencyCodes(), Arbitraries.of(true, false))
        .as((a, currency, upper) -> Money.of(a, upper ? currency : currency.toLowerCase(Locale.ROOT)));
  }

  /**
   * Money in one currency.
   *
   * @param currency an ISO-4217 code
   */
  public static Arbitrary<Money> moneyIn(String currency) {
    return Combinators.combine(amounts(), Arbitraries.of(true, false))
        .as((a, upper) -> Money.of(a, upper ? currency : currency.toLowerCase(Locale.ROOT)));
  }

  /**
   * Quantities: values from -1000 to ten million with scales 0 to 3 (trailing zeros normalised away),
   * with a lower-case unit or none.
   */
  public static Arbitrary<Quantity> quantities() {
    Arbitrary<BigDecimal> values =
        Combinators.combine(
                Arbitraries.longs().between(-1000, 10_000_000),
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(0, 999),
                Arbitraries.integers().between(0, 2))
            .as(
                (whole, scale, fraction, zeros) -> {
                  BigDecimal v = withFraction(Math.abs(whole), scale, fraction);
                  return (whole < 0 ? v.negate() : v).setScale(scale + zeros);
                });
    Arbitrary<String> units =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(UNITS)),
            Tuple.of(1, Arbitraries.strings().withChars(SLUG).ofMinLength(1).ofMaxLength(10)));
    return Combinators.combine(values, units.optional(0.7))
        .as((v, u) -> u.map(unit -> Quantity.of(v, unit)).orElseGet(() -> Quantity.number(v)));
  }

  /**
   * Countries: every ISO-3166 alpha-2 code the JDK knows plus {@code EU} and {@code UN}, built from
   * upper-case, lower-case or space-padded codes.
   */
  public static Arbitrary<Country> countries() {
    // Country is touched here, not in a static initialiser, so that a broken Country breaks only
    // the arbitraries that use it.
    List<String> codes =
        Stream.concat(
                Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(),
                Country.EXTRA_CODES.stream())
            .sorted()
            .distinct()
            .collect(toList());
    Arbitrary<Country> common = Arbitraries.of(Country.FR, Country.GB);
    Arbitrary<Country> any =
        Combinators.combine(Arbitraries.of(codes), Arbitraries.integers().between(0, 2))
            .as(
                (code, spelling) ->
                    Country.of(
                        spelling == 0 ? code : spelling == 1 ? code.toLowerCase(Locale.ROOT) : " " + code + " "));
    return Arbitraries.frequencyOf(Tuple.of(1, common), Tuple.of(2, any));
  }

  /**
   * Schedules: either complete ({@code perYear x years = total}, from {@link Schedule#of(Money,
   * int)}) or with one or two of the three parts, in one currency; years from 1 to 10.
   */
  public static Arbitrary<Schedule> schedules() {
    Arbitrary<Schedule> full =
        Combinators.combine(money(), Arbitraries.integers().between(1, 10)).as(Schedule::of);
    Arbitrary<Schedule> partial =
        Combinators.combine(
                currencyCodes(),
                amounts().optional(0.5),
                Arbitraries.integers().between(1, 10).optional(0.5),
                amounts().optional(0.5))
            .filter(
                (c, p, y, t) ->
                    (p.isPresent() || y.isPresent() || t.isPresent())
                        && !(p.isPresent() && y.isPresent() && t.isPresent()))
            .as(
                (c, p, y, t) ->
                    Schedule.builder()
                        .perYear(p.map(a -> Money.of(a, c)))
                        .years(y)
                        .total(t.map(a -> Money.of(a, c)))
                        .build());
    return Arbitraries.frequencyOf(Tuple.of(1, full), Tuple.of(1, partial));
  }

  /**
   * Offset maps with 0 to 8 anchors whose offsets stay below 400; steps between anchors may be
   * zero, so anchors may repeat an offset on either side. No anchors is the identity.
   */
  public static Arbitrary<OffsetMap> offsetMaps() {
    Arbitrary<Integer> steps =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0)), Tuple.of(4, Arbitraries.integers().between(1, 40)));
    return Combinators.combine(steps, steps)
        .as(Tuple::of)
        .list()
        .ofMaxSize(8)
        .map(ModelArbitraries::anchors);
  }

  private static OffsetMap anchors(List<Tuple2<Integer, Integer>> steps) {
    List<Integer> normalised = new ArrayList<>();
    List<Integer> raw = new ArrayList<>();
    int n = 0;
    int r = 0;
    for (Tuple2<Integer, Integer> step : steps) {
      n += step.get1();
      r += step.get2();
      normalised.add(n);
      raw.add(r);
    }
    return OffsetMap.of(normalised, raw);
  }

  // ---------------------------------------------------------------- documents and actors

  /**
   * Documents with a derived id, an index from 1 to 60, optional title, outlet and publication date,
   * authors, URLs, a language among {@code fr en und de es nl ar}, a text of {@link #texts()} and
   * often a non-identity raw map.
   */
  public static Arbitrary<Document> documents() {
    Arbitrary<String> urls =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(".fr", ".co.uk", ".gov.uk", ".gouv.fr"),
                ids("a").map(id -> id.substring(2)))
            .as((host, tld, path) -> "https://" + host + tld + "/" + path);
    return Builders.withBuilder(Document::builder)
        .use(fileNames()).in(ImmutableDocument.Builder::file)
        .use(Arbitraries.integers().between(1, 60)).in(ImmutableDocument.Builder::index)
        .use(nonBlankTexts()).withProbability(0.7).in(ImmutableDocument.Builder::title)
        .use(Arbitraries.of(OUTLETS)).withProbability(0.6).in(ImmutableDocument.Builder::outlet)
        .use(nonBlankTexts().list().ofMaxSize(3)).in(ImmutableDocument.Builder::addAllAuthors)
        .use(dateSpans()).withProbability(0.8).in(ImmutableDocument.Builder::published)
        .use(Arbitraries.of(LANGUAGES)).in(ImmutableDocument.Builder::language)
        .use(urls.list().ofMaxSize(3).uniqueElements()).in(ImmutableDocument.Builder::addAllUrls)
        .use(texts()).in(ImmutableDocument.Builder::text)
        .use(offsetMaps()).withProbability(0.5).in(ImmutableDocument.Builder::rawMap)
        .build(ImmutableDocument.Builder::build);
  }

  /**
   * Roles with a title, optional organisation and country, and optional dates with {@code from <=
   * to} when both are present.
   */
  public static Arbitrary<Role> roles() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(
                    1,
                    Arbitraries.of(
                        "ministre de l'Intérieur", "Home Secretary", "maire de Calais", "préfet du Pas-de-Calais")),
                Tuple.of(1, nonBlankTexts())),
            nonBlankTexts().optional(0.5),
            countries().optional(0.5),
            dates().optional(0.6),
            dates().optional(0.4))
        .as(
            (title, organisation, country, from, to) -> {
              Optional<LocalDate> first = from;
              Optional<LocalDate> last = to;
              if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                first = to;
                last = from;
              }
              return ImmutableRole.builder()
                  .title(title)
                  .organisation(organisation)
                  .country(country)
                  .from(first)
                  .to(last)
                  .build();
            });
  }

  /**
   * Actors with an id prefixed by their kind ({@code person:}, {@code state:}, {@code org:} ...), a
   * name, aliases, optional country, roles and evidence from {@link #evidence()}.
   */
  public static Arbitrary<Actor> actors() {
    Arbitrary<Tuple2<ActorKind, String>> kindAndId =
        Combinators.combine(Arbitraries.of(ActorKind.class), slugs())
            .as((kind, slug) -> Tuple.of(kind, prefix(kind) + ":" + slug));
    return Builders.withBuilder(Actor::builder)
        .use(kindAndId).in((b, t) -> b.kind(t.get1()).id(t.get2()))
        .use(nonBlankTexts()).in(ImmutableActor.Builder::name)
        .use(nonBlankTexts().set().ofMaxSize(3)).in(ImmutableActor.Builder::addAllAliases)
        .use(countries()).withProbability(0.6).in(ImmutableActor.Builder::country)
        .use(roles().list().ofMaxSize(3)).in(ImmutableActor.Builder::addAllRoles)
        .use(sorted(evidence().list().ofMaxSize(3))).in(ImmutableActor.Builder::addAllEvidence)
        .build(ImmutableActor.Builder::build)
        .map(a -> a.aliases().contains(a.name()) ? withoutNameAsAlias(a) : a);
  }

  private static Actor withoutNameAsAlias(Actor a) {
    return ImmutableActor.copyOf(a)
        .withAliases(a.aliases().stream().filter(alias -> !alias.equals(a.name())).collect(toList()));
  }

  private static String prefix(ActorKind kind) {
    switch (kind) {
      case PERSON:
        return "person";
      case GOVERNMENT:
        return "state";
      case MEDIA:
        return "media";
      case COMPANY:
        return "company";
      case POLITICAL_GROUP:
        return "party";
      default:
        return "org";
    }
  }

  // ---------------------------------------------------------------- facts

  private static Arbitrary<List<Evidence>> sorted(Arbitrary<List<Evidence>> evidence) {
    return evidence.map(list -> list.stream().sorted().collect(toList()));
  }

  private static Arbitrary<List<Evidence>> factEvidence() {
    return sorted(evidence().list().ofMinSize(1).ofMaxSize(3));
  }

  /**
   * Agreements with random ids and signatory ids (which need not resolve), parties, optional date
   * and place, and one to three pieces of evidence from {@link #evidence()}.
   */
  public static Arbitrary<Agreement> agreements() {
    return Builders.withBuilder(Agreement::builder)
        .use(ids("agreement")).in(ImmutableAgreement.Builder::id)
        .use(Arbitraries.frequencyOf(
                Tuple.of(
                    1,
                    Arbitraries.of(
                        "accords du Touquet", "Joint Declaration", "protocole de Sangatte", "Sandhurst Treaty")),
                Tuple.of(1, nonBlankTexts())))
        .in(ImmutableAgreement.Builder::name)
        .use(nonBlankTexts().set().ofMaxSize(2)).in(ImmutableAgreement.Builder::addAllAliases)
        .use(Arbitraries.of(AgreementKind.class)).in(ImmutableAgreement.Builder::kind)
        .use(countries().set().ofMaxSize(3)).in(ImmutableAgreement.Builder::addAllParties)
        .use(ids("person").list().ofMaxSize(3).uniqueElements()).in(ImmutableAgreement.Builder::addAllSignatories)
        .use(dateSpans()).withProbability(0.7).in(ImmutableAgreement.Builder::date)
        .use(nonBlankTexts()).withProbability(0.5).in(ImmutableAgreement.Builder::place)
        .use(Arbitraries.of(false, false, true)).in(ImmutableAgreement.Builder::mentionOnly)
        .use(factEvidence()).in(ImmutableAgreement.Builder::addAllEvidence)
        .build(ImmutableAgreement.Builder::build);
  }

  /**
   * Pledges with random ids and references (which need not resolve), valid kinds (a {@code
   * FUNDING} pledge always has an amount, a schedule or a purpose), other-currency statements,
   * status and date.
   */
  public static Arbitrary<Pledge> pledges() {
    Arbitrary<Tuple4<PledgeKind, Optional<Money>, Optional<Schedule>, Optional<String>>> what =
        Combinators.combine(
                Arbitraries.of(PledgeKind.FUNDING, PledgeKind.FUNDING, PledgeKind.IN_KIND),
                money().optional(0.7),
                schedules().optional(0.3),
                nonBlankTexts().optional(0.5))
            .filter(
                (kind, amount, schedule, purpose) ->
                    kind == PledgeKind.IN_KIND
                        || amount.isPresent()
                        || schedule.isPresent()
                        || purpose.isPresent())
            .as(Tuple::of);
    return Builders.withBuilder(Pledge::builder)
        .use(what)
        .in((b, w) -> b.kind(w.get1()).amount(w.get2()).schedule(w.get3()).purpose(w.get4()))
        .use(ids("pledge")).in(ImmutablePledge.Builder::id)
        .use(ids("state")).in(ImmutablePledge.Builder::pledger)
        .use(ids("org")).withProbability(0.6).in(ImmutablePledge.Builder::recipient)
        .use(qualifiers()).in(ImmutablePledge.Builder::qualifier)
        .use(money().list().ofMaxSize(2)).in(ImmutablePledge.Builder::addAllAlsoStated)
        .use(Arbitraries.of(PledgeStatus.class)).in(ImmutablePledge.Builder::status)
        .use(dateSpans()).withProbability(0.7).in(ImmutablePledge.Builder::date)
        .use(ids("agreement")).withProbability(0.4).in(ImmutablePledge.Builder::agreement)
        .use(factEvidence()).in(ImmutablePledge.Builder::addAllEvidence)
        .build(ImmutablePledge.Builder::build);
  }

  /**
   * Deployments with random ids and references (which need not resolve), optional quantity,
   * locations, status and date.
   */
  public static Arbitrary<Deployment> deployments() {
    return Builders.withBuilder(Deployment::builder)
        .use(ids("deployment")).in(ImmutableDeployment.Builder::id)
        .use(Arbitraries.of(Resource.class)).in(ImmutableDeployment.Builder::resource)
        .use(nonBlankTexts()).in(ImmutableDeployment.Builder::what)
        .use(quantities()).withProbability(0.6).in(ImmutableDeployment.Builder::quantity)
        .use(ids("org")).withProbability(0.6).in(ImmutableDeployment.Builder::deployer)
        .use(nonBlankTexts().list().ofMaxSize(3)).in(ImmutableDeployment.Builder::addAllLocation)
        .use(dateSpans()).withProbability(0.7).in(ImmutableDeployment.Builder::date)
        .use(Arbitraries.of(DeploymentStatus.class)).in(ImmutableDeployment.Builder::status)
        .use(ids("agreement")).withProbability(0.4).in(ImmutableDeployment.Builder::agreement)
        .use(ids("pledge")).withProbability(0.4).in(ImmutableDeployment.Builder::pledge)
        .use(factEvidence()).in(ImmutableDeployment.Builder::addAllEvidence)
        .build(ImmutableDeployment.Builder::build);
  }

  /** Statements, direct or reported, with a random speaker id (which need not resolve). */
  public static Arbitrary<Statement> statements() {
    return Builders.withBuilder(Statement::builder)
        .use(ids("statement")).in(ImmutableStatement.Builder::id)
        .use(ids("person")).in(ImmutableStatement.Builder::speaker)
        .use(nonBlankTexts()).in(ImmutableStatement.Builder::text)
        .use(Arbitraries.of(true, true, false)).in(ImmutableStatement.Builder::direct)
        .use(dateSpans()).withProbability(0.7).in(ImmutableStatement.Builder::date)
        .use(factEvidence()).in(ImmutableStatement.Builder::addAllEvidence)
        .build(ImmutableStatement.Builder::build);
  }

  /** Figures with a quantity, a qualifier and an optional random source id (which need not resolve). */
  public static Arbitrary<Figure> figures() {
    return Builders.withBuilder(Figure::builder)
        .use(ids("figure")).in(ImmutableFigure.Builder::id)
        .use(nonBlankTexts()).in(ImmutableFigure.Builder::what)
        .use(quantities()).in(ImmutableFigure.Builder::value)
        .use(qualifiers()).in(ImmutableFigure.Builder::qualifier)
        .use(ids("org")).withProbability(0.6).in(ImmutableFigure.Builder::source)
        .use(dateSpans()).withProbability(0.7).in(ImmutableFigure.Builder::date)
        .use(factEvidence()).in(ImmutableFigure.Builder::addAllEvidence)
        .build(ImmutableFigure.Builder::build);
  }

  /**
   * Facts of the five kinds, each as its own arbitrary generates it (references need not resolve).
   */
  public static Arbitrary<Fact> facts() {
    return Arbitraries.oneOf(agreements(), pledges(), deployments(), statements(), figures());
  }

  /** Disagreements between two to four random fact ids (which need not resolve). */
  public static Arbitrary<Disagreement> disagreements() {
    return Combinators.combine(
            ids("disagreement"),
            nonBlankTexts(),
            Arbitraries.of("amount", "date", "value", "quantity"),
            ids("fact").list().ofMinSize(2).ofMaxSize(4).uniqueElements())
        .as(
            (id, subject, field, facts) ->
                ImmutableDisagreement.builder().id(id).subject(subject).field(field).addAllFacts(facts).build());
  }

  /**
   * Diagnostics with a file name, optional line, column and byte offset, an {@code UPPER_SNAKE} code
   * and a message.
   */
  public static Arbitrary<Diagnostic> diagnostics() {
    Arbitrary<String> codes =
        Combinators.combine(
                Arbitraries.of("CORPUS", "JSON", "PARSE", "EXTRACT"),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_").ofMaxLength(20))
            .as((a, b) -> b.isEmpty() ? a : a + "_" + b);
    return Builders.withBuilder(Diagnostic::builder)
        .use(fileNames()).in(ImmutableDiagnostic.Builder::file)
        .use(Arbitraries.integers().between(1, 100_000)).withProbability(0.7).in(ImmutableDiagnostic.Builder::line)
        .use(Arbitraries.integers().between(1, 500)).withProbability(0.6).in(ImmutableDiagnostic.Builder::column)
        .use(Arbitraries.longs().between(0, 50_000_000))
        .withProbability(0.4)
        .in(ImmutableDiagnostic.Builder::byteOffset)
        .use(codes).in(ImmutableDiagnostic.Builder::code)
        .use(nonBlankTexts()).in(ImmutableDiagnostic.Builder::message)
        .use(Arbitraries.of(Severity.class)).in(ImmutableDiagnostic.Builder::severity)
        .build(ImmutableDiagnostic.Builder::build);
  }

  // ---------------------------------------------------------------- dossiers

  /**
   * Valid dossiers: one in twenty is empty; the others are {@link #populatedDossiers()}. Ids are
   * unique, references resolve, evidence is the document text at its span, and {@link
   * Dossier#violations()} is always empty.
   */
  public static Arbitrary<Dossier> dossiers() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Dossier.builder().build())), Tuple.of(19, populatedDossiers()));
  }

  /**
   * Valid dossiers with one to four documents, one to five actors (sorted by id) and up to three
   * facts of each kind, up to two disagreements between those facts and up to two diagnostics.
   *
   * <p>Documents come first; every other part is generated on its own and then bound to them:
   * evidence is moved onto a span of a generated document (at most 60 characters, possibly empty,
   * never splitting a surrogate pair) and takes that span's text; pledgers, recipients, deployers,
   * speakers, sources and signatories become generated actors; agreement and pledge references
   * become generated agreements and pledges, or are dropped when there are none; disagreements name
   * generated facts, and are dropped when there are fewer than two facts.
   */
  public static Arbitrary<Dossier> populatedDossiers() {
    Arbitrary<Tuple2<List<Document>, List<Actor>>> documentsAndActors =
        Combinators.combine(
                documents().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Document::id),
                actors().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Actor::id))
            .as(Tuple::of);
    Arbitrary<Tuple2<List<Disagreement>, List<Diagnostic>>> disputesAndDiagnostics =
        Combinators.combine(
                disagreements().list().ofMaxSize(2).uniqueElements(Disagreement::id),
                diagnostics().list().ofMaxSize(2))
            .as(Tuple::of);
    return Combinators.combine(
            documentsAndActors,
            agreements().list().ofMaxSize(3).withSizeDistribution(UNIFORM).uniqueElements(Agreement::id),
            pledges().list().ofMaxSize(3).withSizeDistribution(UNIFORM).uniqueElements(Pledge::id),
            deployments().list().ofMaxSize(3).withSizeDistribution(UNIFORM).uniqueElements(Deployment::id),
            statements().list().ofMaxSize(3).withSizeDistribution(UNIFORM).uniqueElements(Statement::id),
            figures().list().ofMaxSize(3).withSizeDistribution(UNIFORM).uniqueElements(Figure::id),
            disputesAndDiagnostics)
        .as(
            (docsAndActors, agreements, pledges, deployments, statements, figures, rest) -> {
              Binding to = new Binding(docsAndActors.get1(), docsAndActors.get2(), agreements, pledges);
              List<Agreement> boundAgreements = to.map(agreements, to::agreement);
              List<Pledge> boundPledges = to.map(pledges, to::pledge);
              List<Deployment> boundDeployments = to.map(deployments, to::deployment);
              List<Statement> boundStatements = to.map(statements, to::statement);
              List<Figure> boundFigures = to.map(figures, to::figure);
              List<String> factIds = new ArrayList<>();
              Stream.of(boundAgreements, boundPledges, boundDeployments, boundStatements, boundFigures)
                  .flatMap(List::stream)
                  .forEach(f -> factIds.add(f.id()));
              List<Disagreement> disputes =
                  factIds.size() < 2 ? List.of() : to.map(rest.get1(), d -> Binding.disagreement(d, factIds));
              return (Dossier)
                  ImmutableDossier.builder()
                  .addAllDocuments(to.documents)
                  .addAllActors(to.actors)
                  .addAllAgreements(boundAgreements)
                  .addAllPledges(boundPledges)
                  .addAllDeployments(boundDeployments)
                  .addAllStatements(boundStatements)
                  .addAllFigures(boundFigures)
                  .addAllDisagreements(disputes)
                  .addAllDiagnostics(rest.get2())
                  .build();
            })
        // Edge cases of the parts would combine into many near-empty dossiers (half the tries of a
        // 100-try property); the empty dossier of dossiers() and uniform list sizes cover small ones.
        .withoutEdgeCases();
  }

  /**
   * Binds independently generated parts to a dossier's documents, actors, agreements and pledges.
   * A placeholder picks its target by its hash, so the same generated value always binds the same
   * way and shrinking stays meaningful.
   */
  private static final class Binding {
    final List<Document> documents;
    final List<Actor> actors;
    final List<String> actorIds;
    final List<String> agreementIds;
    final List<String> pledgeIds;

    Binding(List<Document> documents, List<Actor> actors, List<Agreement> agreements, List<Pledge> pledges) {
      this.documents = List.copyOf(documents);
      this.actors =
          actors.stream()
              .sorted(Comparator.comparing(Actor::id))
              .map(a -> (Actor) ImmutableActor.copyOf(a).withEvidence(evidence(a.evidence())))
              .collect(toList());
      this.actorIds = this.actors.stream().map(Actor::id).collect(toList());
      this.agreementIds = agreements.stream().map(Agreement::id).collect(toList());
      this.pledgeIds = pledges.stream().map(Pledge::id).collect(toList());
    }

    <T> List<T> map(List<? extends T> items, java.util.function.Function<T, T> bind) {
      return items.stream().map(bind).collect(toList());
    }

    private static String pick(List<String> ids, String placeholder) {
      return ids.get(Math.floorMod(placeholder.hashCode(), ids.size()));
    }

    private static Optional<String> pick(List<String> ids, Optional<String> placeholder) {
      return ids.isEmpty() ? Optional.empty() : placeholder.map(p -> pick(ids, p));
    }

    private List<Evidence> evidence(List<Evidence> placeholders) {
      return placeholders.stream()
          .map(
              e ->
                  spanAt(
                      documents.get(Math.floorMod(e.document().hashCode(), documents.size())),
                      e.start(),
                      Math.min(60, e.length())))
          .sorted()
          .collect(toList());
    }

    private String actor(String placeholder) {
      return pick(actorIds, placeholder);
    }

    private Optional<String> actor(Optional<String> placeholder) {
      return pick(actorIds, placeholder);
    }

    Agreement agreement(Agreement a) {
      return ImmutableAgreement.copyOf(a)
          .withSignatories(a.signatories().stream().map(this::actor).distinct().collect(toList()))
          .withEvidence(evidence(a.evidence()));
    }

    Pledge pledge(Pledge p) {
      return ImmutablePledge.copyOf(p)
          .withPledger(actor(p.pledger()))
          .withRecipient(actor(p.recipient()))
          .withAgreement(pick(agreementIds, p.agreement()))
          .withEvidence(evidence(p.evidence()));
    }

    Deployment deployment(Deployment x) {
      return ImmutableDeployment.copyOf(x)
          .withDeployer(actor(x.deployer()))
          .withAgreement(pick(agreementIds, x.agreement()))
          .withPledge(pick(pledgeIds, x.pledge()))
          .withEvidence(evidence(x.evidence()));
    }

    Statement statement(Statement s) {
      return ImmutableStatement.copyOf(s).withSpeaker(actor(s.speaker())).withEvidence(evidence(s.evidence()));
    }

    Figure figure(Figure f) {
      return ImmutableFigure.copyOf(f).withSource(actor(f.source())).withEvidence(evidence(f.evidence()));
    }

    /** Names {@code d.facts().size()} distinct facts (at most all of them), from a hashed start. */
    static Disagreement disagreement(Disagreement d, List<String> factIds) {
      int start = Math.floorMod(d.facts().get(0).hashCode(), factIds.size());
      int count = Math.min(d.facts().size(), factIds.size());
      List<String> named = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        named.add(factIds.get((start + i) % factIds.size()));
      }
      return ImmutableDisagreement.copyOf(d).withFacts(named);
    }
  }

  // ---------------------------------------------------------------- pieces

  private static Arbitrary<String> words() {
    Arbitrary<String> latin = Arbitraries.strings().withChars(LATIN).ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> french = Arbitraries.strings().withChars(LATIN + FRENCH).ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> astral =
        Arbitraries.of(NON_BMP).list().ofMinSize(1).ofMaxSize(2).map(parts -> String.join("", parts));
    Arbitrary<String> mixed = Combinators.combine(french, astral).as(String::concat);
    Arbitrary<String> punctuation = Arbitraries.strings().withChars(PUNCTUATION).ofMinLength(1).ofMaxLength(2);
    return Arbitraries.frequencyOf(
        Tuple.of(10, latin),
        Tuple.of(5, french),
        Tuple.of(1, astral),
        Tuple.of(1, mixed),
        Tuple.of(2, punctuation));
  }

  private static Arbitrary<String> separators() {
    return Arbitraries.frequency(
        Tuple.of(20, " "),
        Tuple.of(2, "\n"),
        Tuple.of(1, "\n\n"),
        Tuple.of(1, "\u00a0"),
        Tuple.of(1, "\u202f"),
        Tuple.of(1, ""));
  }

  private static Arbitrary<String> fileNames() {
    Arbitrary<String> corpus =
        Combinators.combine(
                Arbitraries.integers().between(0, 999),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(16))
            .as((n, hash) -> String.format(Locale.ROOT, "%03d_%s.txt", n, hash));
    Arbitrary<String> named =
        Combinators.combine(
                Arbitraries.strings().withChars(SLUG).ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(".txt", ".html", " revue de presse.txt"))
            .as(String::concat);
    return Arbitraries.frequencyOf(Tuple.of(3, corpus), Tuple.of(1, named));
  }
}
