package org.transmanche.parsers.recognise.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Precision;

/** A resolved interval, inclusive at both ends, with its precision and the kind of period it is. */
final class Span {
  final LocalDate from;
  final LocalDate to;
  final Precision precision;
  final Unit unit;

  Span(LocalDate from, LocalDate to, Precision precision, Unit unit) {
    this.from = from;
    this.to = to.isBefore(from) ? from : to;
    this.precision = precision;
    this.unit = unit;
  }

  /** The unit {@code u} starting on {@code start}. */
  static Span of(Unit u, LocalDate start) {
    return new Span(start, u.plus(start, 1).minusDays(1), u.one(), u);
  }

  static Span day(LocalDate d) {
    return new Span(d, d, Precision.DAY, Unit.DAY);
  }

  /** Days between the span and {@code d}; 0 when it holds {@code d}. */
  long distance(LocalDate d) {
    if (d.isBefore(from)) {
      return ChronoUnit.DAYS.between(d, from);
    }
    if (d.isAfter(to)) {
      return ChronoUnit.DAYS.between(to, d);
    }
    return 0;
  }

  Span with(Precision p) {
    return new Span(from, to, p, unit);
  }

  DateSpan toDateSpan(String wording) {
    DateSpan s = DateSpan.of(from, to, precision);
    return wording.isBlank() ? s : s.withWording(wording);
  }

  @Override
  public String toString() {
    return from + ".." + to + " " + precision;
  }
}
