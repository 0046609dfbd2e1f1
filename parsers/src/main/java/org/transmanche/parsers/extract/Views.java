package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Money;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.model.Schedule;
import org.transmanche.parsers.recognise.Mention;

/** What the extractor needs of each mention type, read from the recognisers' values. */
final class Views {
  private Views() {}

  record MoneyView(Money money, Qualifier qualifier, Optional<Schedule> schedule, ImmutableList<Money> alsoStated) {}

  record QuantityView(Quantity quantity, Qualifier qualifier) {}

  record PlaceView(String id, String name, Optional<Country> country, ImmutableList<String> ancestors) {}

  record ActorView(String id, String name, ActorKind kind, Optional<Country> country, Optional<String> role) {}

  record QuoteView(
      String text,
      int textStart,
      int textEnd,
      Optional<Mention> speaker,
      Optional<String> speakerText,
      Optional<Integer> speakerStart,
      String attribution,
      boolean slogan) {}

  static Optional<DateSpan> date(Mention m) {
    return Readings.date(m);
  }

  static Optional<MoneyView> money(Mention m) {
    return Readings.money(m);
  }

  static Optional<QuantityView> quantity(Mention m) {
    return Readings.quantity(m);
  }

  static Optional<PlaceView> place(Mention m) {
    return Readings.place(m);
  }

  static Optional<ActorView> actor(Mention m) {
    return Readings.actor(m);
  }

  static Optional<QuoteView> quote(Mention m) {
    return Readings.quote(m);
  }
}
