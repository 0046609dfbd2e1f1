package org.transmanche.parsers.rates;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transmanche.model.Money;
import org.transmanche.model.TransmancheException;

/**
 * Euro reference rates of the European Central Bank by day, from 1999 to the end of the history
 * bundled with moneta-convert-ecb, and dated conversion between any two of their currencies (through
 * the euro).
 *
 * <p>For a day without a publication (weekend, holiday, or after the end of the bundled history), the
 * latest earlier publication is used and named in the returned {@link Rate}. Immutable and
 * thread-safe; {@link #ecb()} parses the bundled file once (about 7 MB of XML).
 *
 * <pre>{@code
 * ExchangeRates.ecb().convert(Money.of(12_000_000, "GBP"), "EUR", LocalDate.of(2014, 9, 20));
 * }</pre>
 */
public final class ExchangeRates {

  /** Where moneta-convert-ecb keeps its copy of the ECB history. */
  static final String RESOURCE = "/org/javamoney/moneta/convert/ecb/defaults/eurofxref-hist.xml";

  private static final MathContext MC = new MathContext(10, RoundingMode.HALF_EVEN);

  /** Per currency: ascending epoch days and the EUR->currency rate on each. */
  private final ImmutableMap<String, Series> series;

  private ExchangeRates(ImmutableMap<String, Series> series) {
    this.series = series;
  }

  /**
   * The bundled ECB history, loaded once.
   *
   * @throws TransmancheException if the resource is missing from the class path or unreadable
   */
  public static ExchangeRates ecb() {
    return Holder.ECB;
  }

  private static final class Holder {
    static final ExchangeRates ECB = load();
  }

  /**
   * Reads an ECB history in the {@code eurofxref-hist.xml} format.
   *
   * @throws TransmancheException if the XML cannot be read
   */
  public static ExchangeRates read(InputStream xml) {
    Map<String, SeriesBuilder> builders = new HashMap<>();
    try {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader r = f.createXMLStreamReader(xml);
      long day = Long.MIN_VALUE;
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Cube")) {
          String time = r.getAttributeValue(null, "time");
          if (time != null) {
            day = LocalDate.parse(time).toEpochDay();
          }
          String currency = r.getAttributeValue(null, "currency");
          String rate = r.getAttributeValue(null, "rate");
          if (currency != null && rate != null && day != Long.MIN_VALUE) {
            builders.computeIfAbsent(currency, c -> new SeriesBuilder()).add(day, Double.parseDouble(rate));
          }
        }
      }
      r.close();
    } catch (XMLStreamException | RuntimeException e) {
      throw new TransmancheException("cannot read ECB rate history: " + e.getMessage(), e);
    }
    ImmutableMap.Builder<String, Series> b = ImmutableMap.builder();
    builders.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.put(e.getKey(), e.getValue().build()));
    return new ExchangeRates(b.build());
  }

  private static ExchangeRates load() {
    try (InputStream in = ExchangeRates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new TransmancheException(
            "ECB rate history " + RESOURCE + " not on the class path; add org.javamoney.moneta:moneta-convert-ecb");
      }
      return read(in);
    } catch (IOException e) {
      throw new TransmancheException("cannot read ECB rate history " + RESOURCE, e);
    }
  }

  /** Currencies with a rate, including EUR. */
  public ImmutableSet<String> currencies() {
    return ImmutableSet.<String>builder().add("EUR").addAll(series.keySet()).build();
  }

  /** First and last publication days of the history. */
  public LocalDate[] range() {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Series s : series.values()) {
      min = Math.min(min, s.days[0]);
      max = Math.max(max, s.days[s.days.length - 1]);
    }
    return new LocalDate[] {LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max)};
  }

  /**
   * The rate from {@code from} to {@code to} on {@code day}, or empty when either currency has no
   * publication on or before that day.
   *
   * @throws IllegalArgumentException if a currency is unknown (the message lists the known ones)
   */
  public Optional<Rate> rate(String from, String to, LocalDate day) {
    Optional<double[]> a = eurTo(from, day);
    Optional<double[]> b = eurTo(to, day);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    // a[0] = units of `from` per euro, b[0] = units of `to` per euro.
    BigDecimal value = BigDecimal.valueOf(b.get()[0]).divide(BigDecimal.valueOf(a.get()[0]), MC);
    long rateDay = Math.min((long) a.get()[1], (long) b.get()[1]);
    return Optional.of(
        ImmutableRate.builder()
            .from(from)
            .to(to)
            .requested(day)
            .rateDate(LocalDate.ofEpochDay(rateDay))
            .rate(value)
            .build());
  }

  /**
   * {@code money} converted to {@code currency} at the rate of {@code day}, rounded to cents.
   *
   * @throws IllegalArgumentException if a currency is unknown or no rate exists on or before the day
   */
  public Money convert(Money money, String currency, LocalDate day) {
    if (money.currency().equals(currency)) {
      return money;
    }
    Rate r =
        rate(money.currency(), currency, day)
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "no ECB rate " + money.currency() + "->" + currency + " on or before " + day));
    return Money.of(money.amount().multiply(r.rate()).setScale(2, RoundingMode.HALF_EVEN), currency);
  }

  private Optional<double[]> eurTo(String currency, LocalDate day) {
    if (currency.equals("EUR")) {
      return Optional.of(new double[] {1.0, day.toEpochDay()});
    }
    Series s = series.get(currency);
    if (s == null) {
      throw new IllegalArgumentException(
          "no ECB rate for currency '" + currency + "'; known: " + String.join(", ", currencies()));
    }
    int i = Arrays.binarySearch(s.days, day.toEpochDay());
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return Optional.empty();
    }
    return Optional.of(new double[] {s.rates[i], s.days[i]});
  }

  private static final class Series {
    final long[] days;
    final double[] rates;

    Series(long[] days, double[] rates) {
      this.days = days;
      this.rates = rates;
    }
  }

  private static final class SeriesBuilder {
    private long[] days = new long[8192];
    private double[] rates = new double[8192];
    private int n;

    void add(long day, double rate) {
      if (n == days.length) {
        days = Arrays.copyOf(days, n * 2);
        rates = Arrays.copyOf(rates, n * 2);
      }
      days[n] = day;
      rates[n] = rate;
      n++;
    }

    Series build() {
      // The file lists newest first; sort ascending by day.
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(days[x], days[y]));
      long[] d = new long[n];
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = days[order[i]];
        r[i] = rates[order[i]];
      }
      return new Series(d, r);
    }
  }
}
