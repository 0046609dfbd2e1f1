package org.transmanche.parsers.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.transmanche.model.ActorKind;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Precision;
import org.transmanche.model.Role;
import org.transmanche.parsers.recognise.Mention;

/**
 * Infers when an undated document was written from what it mentions: the office-holders it names
 * together bound the date by their common time in office, and the latest year it names as past
 * bounds it from below. The result is marked {@linkplain DateSpan#inferred() inferred}.
 */
final class DateInference {

  private final Function<String, List<Role>> officesOf;

  /** @param officesOf the dated offices of a person id (empty for unknown people) */
  DateInference(Function<String, List<Role>> officesOf) {
    this.officesOf = officesOf;
  }

  Optional<DateSpan> infer(List<Mention> mentions) {
    Map<String, List<Role>> people = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.type().equals("actor")) {
        continue;
      }
      Optional<Views.ActorView> v = Views.actor(m);
      if (v.isEmpty() || v.get().kind() != ActorKind.PERSON || people.containsKey(v.get().id())) {
        continue;
      }
      List<Role> roles = new ArrayList<>();
      for (Role r : officesOf.apply(v.get().id())) {
        if (r.from().isPresent()) {
          roles.add(r);
        }
      }
      if (!roles.isEmpty()) {
        people.put(v.get().id(), roles);
        names.add(v.get().name());
      }
    }
    if (people.isEmpty()) {
      return Optional.empty();
    }
    // Intersect each person's time in any office.
    LocalDate lo = LocalDate.MIN;
    LocalDate hi = LocalDate.MAX;
    for (List<Role> roles : people.values()) {
      LocalDate from = LocalDate.MAX;
      LocalDate to = LocalDate.MIN;
      for (Role r : roles) {
        LocalDate f = r.from().get();
        LocalDate t = r.to().orElse(LocalDate.now());
        from = f.isBefore(from) ? f : from;
        to = t.isAfter(to) ? t : to;
      }
      lo = from.isAfter(lo) ? from : lo;
      hi = to.isBefore(hi) ? to : hi;
    }
    if (hi.isBefore(lo)) {
      return Optional.empty();
    }
    // A year named in the text (not in the future of the window) bounds the date from below.
    for (Mention m : mentions) {
      if (m.type().equals("date")) {
        Optional<DateSpan> d = Views.date(m);
        if (d.isPresent() && d.get().precision() == Precision.YEAR && !d.get().from().isAfter(hi)
            && d.get().from().isAfter(lo)) {
          lo = d.get().from();
        }
      }
    }
    long days = ChronoUnit.DAYS.between(lo, hi);
    Precision p = days <= 0 ? Precision.DAY : days < 31 ? Precision.DAYS : days < 366 ? Precision.MONTHS : Precision.YEARS;
    return Optional.of(
        DateSpan.of(lo, hi, p)
            .withWording("time in office in common of " + String.join(", ", names))
            .asInferred());
  }
}
