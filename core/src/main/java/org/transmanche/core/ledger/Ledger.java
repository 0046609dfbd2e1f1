package org.transmanche.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.transmanche.core.query.Citation;
import org.transmanche.core.query.Conflict;
import org.transmanche.core.query.Display;
import org.transmanche.core.query.Pledges;
import org.transmanche.core.query.Query;
import org.transmanche.core.query.TextTable;
import org.transmanche.model.Actor;
import org.transmanche.model.Disagreement;
import org.transmanche.model.Dossier;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.Schedule;
import org.transmanche.parsers.rates.ExchangeRates;
import org.transmanche.parsers.rates.Rate;

/**
 * The pledges of a dossier as money, in one currency, per year and per pledger.
 *
 * <p>Each pledge with an amount becomes one row, or one row per year when its {@link Schedule} gives
 * an amount per year and a number of years: the years start at the year of the pledge's date. A
 * schedule with only a total and a number of years is split evenly (cents rounded down, the rest in
 * the last year). Years are calendar years or UK financial years (April to March). Amounts in
 * another currency are converted at the ECB reference rate of the pledge's date (its first day; the
 * latest publication on or before it), offline; each row shows the amount as stated, the rate with
 * its publication day, and the converted amount to the cent. A row that cannot be converted (an
 * undated pledge in another currency, a currency or day without an ECB rate) stays in {@link
 * #rows()} with its reason and is left out of the totals. Pledges without any amount are listed by
 * {@link #unquantified()}.
 *
 * <p>Totals add every converted row. When sources disagree about a pledge (the dossier's {@link
 * Dossier#disagreements() disagreements}), each version is its own row, marked as disputed, and
 * {@link #conflicts()} shows the versions side by side: check them before quoting a total.
 *
 * <p>A ledger is an immutable value: the settings methods return new ledgers, and the rows are
 * computed once, on first use, thread-safely.
 *
 * <pre>{@code
 * Ledger.of(d).currency("EUR").financialYears();            // prints the table
 * Ledger.of(Query.of(d).pledges().byPledger("GB")).total(); // a Money in EUR
 * }</pre>
 */
public final class Ledger {

  private final Dossier dossier;
  private final ImmutableList<Pledge> pledges;
  private final String currency;
  private final YearBasis basis;
  private final ExchangeRates rates;
  private final Supplier<Computed> computed;

  private Ledger(Dossier dossier, ImmutableList<Pledge> pledges, String currency, YearBasis basis, ExchangeRates rates) {
    this.dossier = dossier;
    this.pledges = pledges;
    this.currency = currency;
    this.basis = basis;
    this.rates = rates;
    this.computed = Suppliers.memoize(this::compute);
  }

  /** A ledger of every pledge of {@code dossier}, in EUR by calendar year, at ECB rates. */
  public static Ledger of(Dossier dossier) {
    return of(Pledges.of(checkNotNull(dossier, "dossier")));
  }

  /** A ledger of the pledges of a query, in EUR by calendar year, at ECB rates. */
  public static Ledger of(Pledges pledges) {
    checkNotNull(pledges, "pledges");
    return new Ledger(pledges.dossier(), pledges.list(), "EUR", YearBasis.CALENDAR, ExchangeRates.ecb());
  }

  /**
   * The same ledger in {@code currency} (an ISO-4217 code with an ECB rate, any case).
   *
   * @throws IllegalArgumentException if the ECB publishes no rate for that currency; the message
   *     lists those it does
   */
  public Ledger currency(String currency) {
    String code = checkNotNull(currency, "currency").strip().toUpperCase(Locale.ROOT);
    checkArgument(
        rates.currencies().contains(code),
        "no ECB rate for currency '%s'; known: %s", currency, String.join(", ", rates.currencies()));
    return new Ledger(dossier, pledges, code, basis, rates);
  }

  /** The same ledger by UK financial year (1 April to 31 March). */
  public Ledger financialYears() {
    return basis(YearBasis.FINANCIAL);
  }

  /** The same ledger by calendar year. */
  public Ledger calendarYears() {
    return basis(YearBasis.CALENDAR);
  }

  /** The same ledger by years of {@code basis}. */
  public Ledger basis(YearBasis basis) {
    return new Ledger(dossier, pledges, currency, checkNotNull(basis, "basis"), rates);
  }

  /**
   * The same ledger converting with {@code rates} instead of the bundled ECB history.
   *
   * @throws IllegalArgumentException if {@code rates} has no rate for the ledger's currency
   */
  public Ledger rates(ExchangeRates rates) {
    checkNotNull(rates, "rates");
    checkArgument(rates.currencies().contains(currency), "the rates have no rate for the ledger currency %s", currency);
    return new Ledger(dossier, pledges, currency, basis, rates);
  }

  /** The ISO-4217 code of the ledger's currency. */
  public String currency() {
    return currency;
  }

  /** Calendar or financial years. */
  public YearBasis basis() {
    return basis;
  }

  /** The dossier the pledges come from. */
  public Dossier dossier() {
    return dossier;
  }

  /** Every row: dated rows by year, then undated ones; within a year in pledge date order. */
  public ImmutableList<LedgerRow> rows() {
    return computed.get().rows;
  }

  /** The rows that could not be converted, each with its {@link LedgerRow#problem()}. */
  public ImmutableList<LedgerRow> unconverted() {
    return rows().stream().filter(r -> r.converted().isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /** The pledges without any amount (in kind, or money not quantified). */
  public ImmutableList<Pledge> unquantified() {
    return computed.get().unquantified;
  }

  /** The converted total of each year that has one, by year. */
  public ImmutableSortedMap<AccountingYear, Money> totalsByYear() {
    return computed.get().byYear;
  }

  /** The converted total of each pledger (actor id), largest first, then by id. */
  public ImmutableMap<String, Money> totalsByPledger() {
    return computed.get().byPledger;
  }

  /** The converted total of every row, dated or not; zero in the ledger's currency when none. */
  public Money total() {
    return computed.get().total;
  }

  /** The disagreements between sources about the ledger's pledges, resolved to their versions. */
  public ImmutableList<Conflict> conflicts() {
    return computed.get().conflicts;
  }

  private Computed compute() {
    Map<String, List<String>> disputes = new LinkedHashMap<>();
    for (Disagreement g : dossier.disagreements()) {
      for (String f : g.facts()) {
        disputes.computeIfAbsent(f, k -> new ArrayList<>()).add(g.id());
      }
    }
    List<LedgerRow> rows = new ArrayList<>();
    ImmutableList.Builder<Pledge> unquantified = ImmutableList.builder();
    for (Pledge p : pledges) {
      List<Part> parts = parts(p);
      if (parts.isEmpty()) {
        unquantified.add(p);
        continue;
      }
      ImmutableList<Citation> sources =
          p.evidence().stream().map(e -> Citation.of(dossier, e)).collect(ImmutableList.toImmutableList());
      ImmutableList<String> disagreements = ImmutableList.copyOf(disputes.getOrDefault(p.id(), List.of()));
      String name = dossier.actor(p.pledger()).map(Actor::name).orElse(p.pledger());
      for (int i = 0; i < parts.size(); i++) {
        rows.add(row(p, name, parts.get(i), i + 1, parts.size(), sources, disagreements));
      }
    }
    rows.sort(
        java.util.Comparator.comparing(
            (LedgerRow r) -> r.year().map(AccountingYear::firstYear).orElse(Integer.MAX_VALUE)));
    Money zero = Money.of(BigDecimal.ZERO, currency);
    TreeMap<AccountingYear, Money> byYear = new TreeMap<>();
    Map<String, Money> byPledger = new LinkedHashMap<>();
    Money total = zero;
    for (LedgerRow r : rows) {
      if (r.converted().isEmpty()) {
        continue;
      }
      Money m = r.converted().get();
      total = total.plus(m);
      r.year().ifPresent(y -> byYear.merge(y, m, Money::plus));
      byPledger.merge(r.pledger(), m, Money::plus);
    }
    ImmutableMap<String, Money> pledgerTotals =
        byPledger.entrySet().stream()
            .sorted(
                Map.Entry.<String, Money>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
    ImmutableList<Conflict> conflicts =
        Query.of(dossier).conflicts().stream()
            .filter(c -> pledges.stream().anyMatch(p -> c.involves(p.id())))
            .collect(ImmutableList.toImmutableList());
    return new Computed(
        ImmutableList.copyOf(rows), unquantified.build(), ImmutableSortedMap.copyOf(byYear), pledgerTotals, total, conflicts);
  }

  /** An amount and the year it falls in. */
  private static final class Part {
    final Optional<AccountingYear> year;
    final Money amount;

    Part(Optional<AccountingYear> year, Money amount) {
      this.year = year;
      this.amount = amount;
    }
  }

  /** The amounts of a pledge by year: a schedule spread over its years, or one amount. */
  private List<Part> parts(Pledge p) {
    Optional<AccountingYear> first = p.date().map(d -> AccountingYear.of(d.from(), basis));
    Optional<Schedule> s = p.schedule();
    List<Part> parts = new ArrayList<>();
    if (s.isPresent() && s.get().years().isPresent() && (s.get().perYear().isPresent() || s.get().total().isPresent())) {
      int years = s.get().years().get();
      List<Money> amounts = s.get().perYear().isPresent() ? repeat(s.get().perYear().get(), years) : split(s.get().total().get(), years);
      for (int i = 0; i < years; i++) {
        int offset = i;
        parts.add(new Part(first.map(y -> y.plus(offset)), amounts.get(i)));
      }
      return parts;
    }
    Optional<Money> single =
        p.amount().or(() -> s.flatMap(Schedule::total)).or(() -> s.flatMap(Schedule::perYear));
    single.ifPresent(m -> parts.add(new Part(first, m)));
    return parts;
  }

  private static List<Money> repeat(Money m, int n) {
    return java.util.Collections.nCopies(n, m);
  }

  /** {@code total} in {@code n} parts: equal parts rounded down to the cent, the rest in the last. */
  private static List<Money> split(Money total, int n) {
    BigDecimal part = total.amount().divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    BigDecimal last = total.amount().subtract(part.multiply(BigDecimal.valueOf(n - 1)));
    List<Money> parts = new ArrayList<>(java.util.Collections.nCopies(n - 1, Money.of(part, total.currency())));
    parts.add(Money.of(last, total.currency()));
    return parts;
  }

  private LedgerRow row(
      Pledge p, String name, Part part, int index, int count, ImmutableList<Citation> sources, ImmutableList<String> disputes) {
    Money original = part.amount;
    Optional<Rate> rate = Optional.empty();
    Optional<Money> converted = Optional.empty();
    Optional<String> problem = Optional.empty();
    Optional<LocalDate> day = p.date().map(d -> d.from());
    if (original.currency().equals(currency)) {
      converted = Optional.of(original);
    } else if (day.isEmpty()) {
      problem = Optional.of("undated: no day to take a " + original.currency() + "->" + currency + " rate from");
    } else {
      try {
        rate = rates.rate(original.currency(), currency, day.get());
        if (rate.isPresent()) {
          converted =
              Optional.of(
                  Money.of(original.amount().multiply(rate.get().rate()).setScale(2, RoundingMode.HALF_EVEN), currency));
        } else {
          problem = Optional.of("no ECB rate " + original.currency() + "->" + currency + " on or before " + day.get());
        }
      } catch (IllegalArgumentException e) {
        problem = Optional.of("no ECB rate for " + original.currency());
      }
    }
    return new LedgerRow(p, name, part.year, index, count, original, rate, converted, problem, sources, disputes);
  }

  /** The rows as a table, then the totals by year and by pledger, the total, and what was left out. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("Pledge ledger in ").append(currency).append(" by ")
        .append(basis == YearBasis.CALENDAR ? "calendar year" : "UK financial year (April-March)")
        .append(", at the ECB reference rate of each pledge's date\n");
    TextTable.Builder t =
        TextTable.builder("Year", "Date", "Pledger", "Stated", "Rate (ECB day)", currency, "Notes", "Sources")
            .right(3, 5)
            .width(2, 30)
            .width(6, 64)
            .width(7, 60);
    for (LedgerRow r : rows()) {
      t.row(
          r.year().map(AccountingYear::label).orElse("undated"),
          Display.date(r.pledge().date()),
          r.pledgerName(),
          Display.money(r.original(), r.qualifier()),
          r.rate().map(x -> x.rate().toPlainString() + " (" + x.rateDate() + ")").orElse(""),
          r.converted().map(m -> Display.amount(m.amount())).orElse("-"),
          r.notes(),
          sources(r));
    }
    out.append(rows().isEmpty() ? "(no pledge with an amount)\n" : t.build().toString());
    if (!totalsByYear().isEmpty()) {
      out.append("\nTotals by year\n");
      TextTable.Builder y = TextTable.builder("Year", currency).right(1);
      totalsByYear().forEach((k, v) -> y.row(k.label(), Display.amount(v.amount())));
      out.append(y.build());
    }
    if (!totalsByPledger().isEmpty()) {
      out.append("\nTotals by pledger\n");
      TextTable.Builder y = TextTable.builder("Pledger", currency).right(1);
      totalsByPledger().forEach((k, v) -> y.row(dossier.actor(k).map(Actor::name).orElse(k), Display.amount(v.amount())));
      out.append(y.build());
    }
    out.append("\nTotal: ").append(Display.money(total())).append('\n');
    if (!unconverted().isEmpty()) {
      out.append("Not converted: ").append(unconverted().size()).append(" row(s), left out of the totals\n");
    }
    if (!unquantified().isEmpty()) {
      out.append("Without an amount: ")
          .append(unquantified().stream().map(Pledge::id).collect(java.util.stream.Collectors.joining(", ")))
          .append('\n');
    }
    if (!conflicts().isEmpty()) {
      out.append("\nSources disagree\n");
      conflicts().forEach(out::append);
    }
    return out.toString();
  }

  private static String sources(LedgerRow r) {
    return r.sources().stream()
        .map(c -> c.documentId() + " «" + c.quote() + "»")
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private static final class Computed {
    final ImmutableList<LedgerRow> rows;
    final ImmutableList<Pledge> unquantified;
    final ImmutableSortedMap<AccountingYear, Money> byYear;
    final ImmutableMap<String, Money> byPledger;
    final Money total;
    final ImmutableList<Conflict> conflicts;

    Computed(
        ImmutableList<LedgerRow> rows,
        ImmutableList<Pledge> unquantified,
        ImmutableSortedMap<AccountingYear, Money> byYear,
        ImmutableMap<String, Money> byPledger,
        Money total,
        ImmutableList<Conflict> conflicts) {
      this.rows = rows;
      this.unquantified = unquantified;
      this.byYear = byYear;
      this.byPledger = byPledger;
      this.total = total;
      this.conflicts = conflicts;
    }
  }
}
