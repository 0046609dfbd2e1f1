package org.transmanche.parsers.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.ActorKind;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.ImmutableDiagnostic;
import org.transmanche.model.Money;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Precision;
import org.transmanche.model.Resource;
import org.transmanche.model.Severity;
import org.transmanche.model.json.Json;

/**
 * Reads one gold JSON file into a {@link GoldArticle}, defensively.
 *
 * <p>Keys are matched ignoring case, {@code _}, {@code -} and spaces ({@code also_stated} reads as
 * {@code alsoStated}); a few synonyms are accepted ({@code text} for {@code quote}, {@code
 * locations} for {@code location}); unknown keys are ignored. A malformed optional value (a date
 * that is not {@code YYYY[-MM[-DD]]}, an unknown country code) is dropped with a warning; an entry
 * that lacks what it is matched by (a statement without quote, a deployment without resource) is
 * skipped with an error. Every problem becomes a {@link Diagnostic} naming the file and the JSON
 * path. A reader is used for one file and then dropped; it is not thread-safe, but each call of
 * {@link #read} makes its own.
 */
final class GoldReader {

  private static final ObjectMapper MAPPER = Json.mapper();

  private final String file;
  private final ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();

  private GoldReader(String file) {
    this.file = file;
  }

  /** What reading one file gave: the article, unless the file is unusable, and the problems. */
  static final class Result {
    final Optional<GoldArticle> article;
    final ImmutableList<Diagnostic> diagnostics;

    Result(Optional<GoldArticle> article, ImmutableList<Diagnostic> diagnostics) {
      this.article = article;
      this.diagnostics = diagnostics;
    }
  }

  /** Reads {@code json}, the content of the gold file named {@code file}. */
  static Result read(String file, String json) {
    GoldReader r = new GoldReader(file);
    Optional<GoldArticle> article = r.article(json);
    return new Result(article, r.diagnostics.build());
  }

  private Optional<GoldArticle> article(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      ImmutableDiagnostic.Builder d = Diagnostic.builder().file(file).code("GOLD_INVALID_JSON");
      if (e.getLocation() != null) {
        d.line(e.getLocation().getLineNr()).column(e.getLocation().getColumnNr());
      }
      diagnostics.add(d.message("expected a JSON object, found: " + e.getOriginalMessage()).build());
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      error("$", "GOLD_INVALID_JSON", "expected a JSON object, found " + kind(root));
      return Optional.empty();
    }
    Obj o = new Obj(root, "$");
    String document =
        text(o, "document", "id")
            .orElseGet(
                () -> {
                  String derived = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
                  warn("$.document", "GOLD_MISSING_DOCUMENT", "no document id; using '" + derived + "' from the file name");
                  return derived;
                });
    ImmutableGoldArticle.Builder b =
        GoldArticle.builder()
            .document(document)
            .file(file)
            .language(text(o, "language"))
            .published(date(o, "published"))
            .outlet(text(o, "outlet"));
    for (Obj a : entries(o, "actors")) {
      actor(a).ifPresent(b::addActors);
    }
    for (Obj a : entries(o, "agreements")) {
      agreement(a).ifPresent(b::addAgreements);
    }
    for (Obj a : entries(o, "pledges")) {
      pledge(a).ifPresent(b::addPledges);
    }
    for (Obj a : entries(o, "deployments")) {
      deployment(a).ifPresent(b::addDeployments);
    }
    for (Obj a : entries(o, "statements")) {
      statement(a).ifPresent(b::addStatements);
    }
    for (Obj a : entries(o, "figures")) {
      figure(a).ifPresent(b::addFigures);
    }
    return Optional.of(b.build());
  }

  private Optional<GoldActor> actor(Obj o) {
    Optional<String> name = required(o, "name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        GoldActor.builder()
            .name(name.get())
            .aliases(texts(o, "aliases"))
            .kind(enumValue(o, ActorKind.class, "kind"))
            .country(country(o, "country"))
            .role(text(o, "role"))
            .build());
  }

  private Optional<GoldAgreement> agreement(Obj o) {
    Optional<String> name = required(o, "name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ImmutableGoldAgreement.Builder b =
        GoldAgreement.builder()
            .name(name.get())
            .aliases(texts(o, "aliases"))
            .kind(enumValue(o, AgreementKind.class, "kind"))
            .date(date(o, "date"))
            .signatories(texts(o, "signatories"));
    ImmutableList<String> parties = texts(o, "parties");
    for (int i = 0; i < parties.size(); i++) {
      countryCode(o.path + ".parties[" + i + "]", parties.get(i)).ifPresent(b::addParties);
    }
    bool(o, "mentionOnly").ifPresent(b::mentionOnly);
    return Optional.of(b.build());
  }

  private Optional<GoldPledge> pledge(Obj o) {
    Optional<String> pledger = required(o, "pledger");
    if (pledger.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> currency = text(o, "currency");
    ImmutableGoldPledge.Builder b =
        GoldPledge.builder()
            .pledger(pledger.get())
            .recipient(text(o, "recipient"))
            .amount(money(o, "amount", currency))
            .perYear(money(o, "perYear", currency))
            .years(integer(o, "years"))
            .kind(enumValue(o, PledgeKind.class, "kind"))
            .status(enumValue(o, PledgeStatus.class, "status"))
            .date(date(o, "date"))
            .purpose(text(o, "purpose"))
            .agreement(text(o, "agreement"));
    for (Obj also : entries(o, "alsoStated")) {
      money(also, "amount", text(also, "currency")).ifPresent(b::addAlsoStated);
    }
    return Optional.of(b.build());
  }

  private Optional<GoldDeployment> deployment(Obj o) {
    Optional<String> what = required(o, "what");
    if (what.isEmpty()) {
      return Optional.empty();
    }
    Optional<Resource> resource = requiredEnum(o, Resource.class, "resource");
    if (resource.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        GoldDeployment.builder()
            .resource(resource.get())
            .what(what.get())
            .quantity(decimal(o, "quantity"))
            .unit(text(o, "unit"))
            .deployer(text(o, "deployer"))
            .location(texts(o, "location", "locations", "place"))
            .date(date(o, "date"))
            .status(enumValue(o, DeploymentStatus.class, "status"))
            .build());
  }

  private Optional<GoldStatement> statement(Obj o) {
    Optional<String> speaker = required(o, "speaker");
    Optional<String> quote = required(o, "quote", "text");
    if (speaker.isEmpty() || quote.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(GoldStatement.builder().speaker(speaker.get()).quote(quote.get()).build());
  }

  private Optional<GoldFigure> figure(Obj o) {
    Optional<String> what = required(o, "what");
    if (what.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> value = decimal(o, "value", true);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    ImmutableGoldFigure.Builder b =
        GoldFigure.builder()
            .what(what.get())
            .value(value.get())
            .valueMax(decimal(o, "valueMax"))
            .unit(text(o, "unit"))
            .source(text(o, "source"))
            .date(date(o, "date"))
            .qualifier(text(o, "qualifier"));
    bool(o, "approximate").ifPresent(b::approximate);
    return Optional.of(b.build());
  }

  // ---- values ----

  /** An object node with its keys normalised, and its JSON path. */
  private static final class Obj {
    final String path;
    final Map<String, JsonNode> fields = new HashMap<>();
    final Map<String, String> names = new HashMap<>();

    Obj(JsonNode node, String path) {
      this.path = path;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String key = normaliseKey(e.getKey());
        fields.putIfAbsent(key, e.getValue());
        names.putIfAbsent(key, e.getKey());
      }
    }

    /** The first present, non-null value among the keys, or null. */
    JsonNode get(String... keys) {
      for (String k : keys) {
        JsonNode n = fields.get(normaliseKey(k));
        if (n != null && !n.isNull() && !n.isMissingNode()) {
          return n;
        }
      }
      return null;
    }

    /** The JSON path of the first present key among {@code keys}, else of the first key. */
    String pathOf(String... keys) {
      for (String k : keys) {
        String name = names.get(normaliseKey(k));
        if (name != null) {
          return path + "." + name;
        }
      }
      return path + "." + keys[0];
    }
  }

  static String normaliseKey(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The objects of the array under {@code key}; non-objects reported and skipped. */
  private ImmutableList<Obj> entries(Obj o, String key) {
    JsonNode n = o.get(key);
    if (n == null) {
      return ImmutableList.of();
    }
    String path = o.pathOf(key);
    if (!n.isArray()) {
      error(path, "GOLD_BAD_VALUE", "expected an array, found " + kind(n) + "; ignored");
      return ImmutableList.of();
    }
    ImmutableList.Builder<Obj> out = ImmutableList.builder();
    for (int i = 0; i < n.size(); i++) {
      JsonNode item = n.get(i);
      if (item.isObject()) {
        out.add(new Obj(item, path + "[" + i + "]"));
      } else {
        error(path + "[" + i + "]", "GOLD_BAD_ENTRY", "expected an object, found " + kind(item) + "; entry skipped");
      }
    }
    return out.build();
  }

  private Optional<String> text(Obj o, String... keys) {
    JsonNode n = o.get(keys);
    if (n == null) {
      return Optional.empty();
    }
    if (n.isValueNode()) {
      String s = n.asText().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    warn(o.pathOf(keys), "GOLD_BAD_VALUE", "expected a string, found " + kind(n) + "; ignored");
    return Optional.empty();
  }

  private Optional<String> required(Obj o, String... keys) {
    Optional<String> s = text(o, keys);
    if (s.isEmpty()) {
      error(o.pathOf(keys), "GOLD_MISSING_FIELD", "expected a non-blank '" + keys[0] + "'; entry skipped");
    }
    return s;
  }

  /** A string or an array of strings, as a list; null gives an empty list. */
  private ImmutableList<String> texts(Obj o, String... keys) {
    JsonNode n = o.get(keys);
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (n == null) {
      return out.build();
    }
    String path = o.pathOf(keys);
    if (n.isValueNode()) {
      String s = n.asText().strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
      return out.build();
    }
    if (!n.isArray()) {
      warn(path, "GOLD_BAD_VALUE", "expected a string or an array of strings, found " + kind(n) + "; ignored");
      return out.build();
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode item = n.get(i);
      if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
        out.add(item.asText().strip());
      } else if (!item.isNull()) {
        warn(path + "[" + i + "]", "GOLD_BAD_VALUE", "expected a non-blank string, found " + kind(item) + "; ignored");
      }
    }
    return out.build();
  }

  private Optional<Boolean> bool(Obj o, String key) {
    JsonNode n = o.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (n.isBoolean()) {
      return Optional.of(n.booleanValue());
    }
    if (n.isTextual() && (n.asText().equalsIgnoreCase("true") || n.asText().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(n.asText()));
    }
    warn(o.pathOf(key), "GOLD_BAD_VALUE", "expected true or false, found " + kind(n) + "; ignored");
    return Optional.empty();
  }

  private Optional<BigDecimal> decimal(Obj o, String key) {
    return decimal(o, key, false);
  }

  /** A number; when {@code required}, absent or malformed skips the entry with an error. */
  private Optional<BigDecimal> decimal(Obj o, String key, boolean required) {
    JsonNode n = o.get(key);
    if (n == null) {
      if (required) {
        error(o.pathOf(key), "GOLD_MISSING_FIELD", "expected a number; entry skipped");
      }
      return Optional.empty();
    }
    if (n.isNumber()) {
      return Optional.of(n.decimalValue());
    }
    if (n.isTextual()) {
      String digits = n.asText().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("_", "");
      try {
        return Optional.of(new BigDecimal(digits));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (required) {
      error(o.pathOf(key), "GOLD_BAD_NUMBER", "expected a number, found " + kind(n) + "; entry skipped");
    } else {
      warn(o.pathOf(key), "GOLD_BAD_NUMBER", "expected a number, found " + kind(n) + "; ignored");
    }
    return Optional.empty();
  }

  private Optional<Integer> integer(Obj o, String key) {
    Optional<BigDecimal> d = decimal(o, key);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    try {
      int v = d.get().intValueExact();
      if (v >= 1) {
        return Optional.of(v);
      }
    } catch (ArithmeticException e) {
      // reported below
    }
    warn(o.pathOf(key), "GOLD_BAD_NUMBER", "expected a whole number >= 1, found " + d.get().toPlainString() + "; ignored");
    return Optional.empty();
  }

  private Optional<Money> money(Obj o, String key, Optional<String> currency) {
    Optional<BigDecimal> amount = decimal(o, key);
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    if (currency.isEmpty()) {
      warn(o.pathOf(key), "GOLD_BAD_MONEY", "amount " + amount.get().toPlainString() + " has no currency; ignored");
      return Optional.empty();
    }
    try {
      return Optional.of(Money.of(amount.get(), currency.get()));
    } catch (IllegalStateException e) {
      warn(o.pathOf(key), "GOLD_BAD_MONEY", e.getMessage() + "; ignored");
      return Optional.empty();
    }
  }

  private Optional<Country> country(Obj o, String key) {
    return text(o, key).flatMap(c -> countryCode(o.pathOf(key), c));
  }

  private Optional<Country> countryCode(String path, String code) {
    try {
      return Optional.of(Country.of(code));
    } catch (IllegalStateException e) {
      warn(path, "GOLD_BAD_COUNTRY", "'" + code + "' is not an ISO-3166 alpha-2 code, EU or UN; ignored");
      return Optional.empty();
    }
  }

  private <E extends Enum<E>> Optional<E> enumValue(Obj o, Class<E> type, String key) {
    return enumValue(o, type, key, false);
  }

  /** An enum value the entry cannot do without: absent or unknown, the entry is skipped. */
  private <E extends Enum<E>> Optional<E> requiredEnum(Obj o, Class<E> type, String key) {
    if (text(o, key).isEmpty()) {
      error(o.pathOf(key), "GOLD_MISSING_FIELD", "expected a " + type.getSimpleName() + "; entry skipped");
      return Optional.empty();
    }
    return enumValue(o, type, key, true);
  }

  private <E extends Enum<E>> Optional<E> enumValue(Obj o, Class<E> type, String key, boolean required) {
    Optional<String> s = text(o, key);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String constant = s.get().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return Optional.of(e);
      }
    }
    StringBuilder known = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ").append(e.name());
    }
    String message = "unknown " + type.getSimpleName() + " '" + s.get() + "'; known: " + known;
    if (required) {
      error(o.pathOf(key), "GOLD_BAD_VALUE", message + "; entry skipped");
    } else {
      warn(o.pathOf(key), "GOLD_BAD_VALUE", message + "; ignored");
    }
    return Optional.empty();
  }

  /**
   * A date: {@code "YYYY"}, {@code "YYYY-MM"}, {@code "YYYY-MM-DD"}, a bare year number, or an
   * object {@code {"from": ..., "to": ...}} of two such dates, read as the span from the first day
   * of {@code from} to the last day of {@code to} (an absent end stays open on that side's own
   * span).
   */
  private Optional<DateSpan> date(Obj o, String key) {
    JsonNode n = o.get(key);
    if (n == null) {
      return Optional.empty();
    }
    String path = o.pathOf(key);
    if (n.isObject()) {
      Obj range = new Obj(n, path);
      Optional<DateSpan> from = date(range, "from");
      Optional<DateSpan> to = date(range, "to");
      if (from.isEmpty() && to.isEmpty()) {
        warn(path, "GOLD_BAD_DATE", "expected {\"from\": date, \"to\": date}, found neither; ignored");
        return Optional.empty();
      }
      LocalDate first = from.orElseGet(to::get).from();
      LocalDate last = to.orElseGet(from::get).to();
      if (last.isBefore(first)) {
        warn(path, "GOLD_BAD_DATE", "range ends " + last + " before it starts " + first + "; ignored");
        return Optional.empty();
      }
      return Optional.of(DateSpan.of(first, last, rangePrecision(from, to)));
    }
    if (n.isIntegralNumber() || n.isTextual()) {
      String s = n.asText().strip();
      try {
        return Optional.of(DateSpan.parse(s));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        // reported below
      }
    }
    warn(path, "GOLD_BAD_DATE", "expected YYYY, YYYY-MM or YYYY-MM-DD, found " + kind(n) + "; ignored");
    return Optional.empty();
  }

  private static Precision rangePrecision(Optional<DateSpan> from, Optional<DateSpan> to) {
    Precision p = from.orElseGet(to::get).precision();
    switch (p) {
      case YEAR:
        return Precision.YEARS;
      case MONTH:
        return Precision.MONTHS;
      default:
        return Precision.DAYS;
    }
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "null";
    }
    if (n.isTextual()) {
      String s = n.asText();
      return "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'";
    }
    if (n.isValueNode()) {
      return n.asText();
    }
    return n.isArray() ? "an array" : "an object";
  }

  private void warn(String path, String code, String message) {
    diagnostics.add(
        Diagnostic.builder().file(file).code(code).message(path + ": " + message).severity(Severity.WARNING).build());
  }

  private void error(String path, String code, String message) {
    diagnostics.add(Diagnostic.builder().file(file).code(code).message(path + ": " + message).build());
  }
}
