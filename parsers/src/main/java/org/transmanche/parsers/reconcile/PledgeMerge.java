package org.transmanche.parsers.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.Money;
import org.transmanche.model.Pledge;
import org.transmanche.model.Schedule;
import org.transmanche.parsers.rates.ExchangeRates;

/**
 * When two pledges report the same commitment, and how to join them into one. Amounts in different
 * currencies are compared at the ECB reference rate of the pledge's date.
 */
public final class PledgeMerge {
  private PledgeMerge() {}

  /** Every amount a pledge states: the amount, other currencies, the schedule's total and yearly amount times years. */
  public static List<Money> statedAmounts(Pledge p) {
    List<Money> out = new ArrayList<>();
    p.amount().ifPresent(out::add);
    out.addAll(p.alsoStated());
    p.schedule().ifPresent(s -> {
      s.total().ifPresent(out::add);
      if (s.total().isEmpty() && s.perYear().isPresent() && s.years().isPresent()) {
        out.add(s.perYear().get().times(s.years().get()));
      }
    });
    return out;
  }

  /**
   * The amounts a pledge states for the whole commitment: for a pledge told as a yearly schedule,
   * the schedule's total (its amount and other currencies are then yearly figures); otherwise its
   * amount and its other currencies.
   */
  static List<Money> totals(Pledge p) {
    Optional<Money> scheduled = p.schedule().flatMap(s -> s.total().or(() ->
        s.perYear().flatMap(y -> s.years().map(y::times))));
    boolean yearly = p.schedule().flatMap(s -> s.perYear()).isPresent()
        && p.amount().equals(p.schedule().flatMap(s -> s.perYear()));
    List<Money> out = new ArrayList<>();
    if (!yearly) {
      p.amount().ifPresent(out::add);
      out.addAll(p.alsoStated());
    }
    scheduled.filter(t -> !out.contains(t)).ifPresent(out::add);
    return out;
  }

  /**
   * Whether some stated amount of {@code a} is within {@code tolerance} (relative) of some stated
   * amount of {@code b}, after conversion at the rate of the pledges' date.
   */
  public static boolean compatible(Pledge a, Pledge b, double tolerance) {
    LocalDate day = a.date().or(b::date).map(d -> d.from()).orElse(LocalDate.of(2015, 1, 1));
    for (Money x : statedAmounts(a)) {
      for (Money y : statedAmounts(b)) {
        if (close(x, y, day, tolerance)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean close(Money x, Money y, LocalDate day, double tolerance) {
    Money xx;
    try {
      xx = ExchangeRates.ecb().convert(x, y.currency(), day);
    } catch (IllegalArgumentException e) {
      return false;
    }
    BigDecimal a = xx.amount();
    BigDecimal b = y.amount();
    if (b.signum() == 0) {
      return a.signum() == 0;
    }
    BigDecimal diff = a.subtract(b).abs().divide(b, MathContext.DECIMAL64);
    return diff.doubleValue() <= tolerance;
  }

  /**
   * One pledge from two reports of it: the first keeps its id, amount and status; the second adds
   * its evidence, its amounts in other currencies, and what the first lacks (amount, schedule,
   * recipient, purpose, date, agreement).
   */
  public static Pledge merge(Pledge first, Pledge second) {
    ImmutablePledge.Builder b = ImmutablePledge.builder().from(first);
    if (first.amount().isEmpty() && second.amount().isPresent()) {
      b.amount(second.amount()).qualifier(second.qualifier());
    }
    Optional<Money> amount = first.amount().or(second::amount);
    List<Money> also = new ArrayList<>(first.alsoStated());
    for (Money m : totals(second)) {
      boolean known = amount.map(a -> a.currency().equals(m.currency())).orElse(false)
          || also.stream().anyMatch(x -> x.currency().equals(m.currency()));
      if (!known) {
        also.add(m);
      }
    }
    b.alsoStated(also);
    if (first.schedule().isEmpty() && second.schedule().isPresent()) {
      b.schedule(second.schedule());
    }
    if (first.recipient().isEmpty()) {
      b.recipient(second.recipient());
    }
    if (first.purpose().isEmpty()) {
      b.purpose(second.purpose());
    }
    if (first.date().isEmpty()) {
      b.date(second.date());
    }
    if (first.agreement().isEmpty()) {
      b.agreement(second.agreement());
    }
    List<org.transmanche.model.Evidence> ev = new ArrayList<>(first.evidence());
    second.evidence().stream().filter(e -> !ev.contains(e)).forEach(ev::add);
    ev.sort(null);
    b.evidence(ev);
    return b.build();
  }

}
