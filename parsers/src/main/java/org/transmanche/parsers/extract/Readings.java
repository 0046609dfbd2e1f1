package org.transmanche.parsers.extract;

import java.util.Optional;
import org.transmanche.model.DateSpan;
import org.transmanche.parsers.recognise.Mention;

/** Reads the recognisers' typed values into the extractor's views. */
final class Readings {
  private Readings() {}

  static Optional<DateSpan> date(Mention m) {
    return Optional.empty();
  }

  static Optional<Views.MoneyView> money(Mention m) {
    return Optional.empty();
  }

  static Optional<Views.QuantityView> quantity(Mention m) {
    return Optional.empty();
  }

  static Optional<Views.PlaceView> place(Mention m) {
    return Optional.empty();
  }

  static Optional<Views.ActorView> actor(Mention m) {
    return Optional.empty();
  }

  static Optional<Views.QuoteView> quote(Mention m) {
    return Optional.empty();
  }
}
