package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Qualifier;
import org.transmanche.model.Quantity;
import org.transmanche.parsers.recognise.date.DateReading;
import org.transmanche.parsers.recognise.money.MoneyReading;
import org.transmanche.parsers.recognise.quantity.QuantityReading;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.actor.ActorReading;
import org.transmanche.parsers.recognise.place.PlaceReading;
import org.transmanche.parsers.recognise.quote.QuoteReading;

/** Reads the recognisers' typed values into the extractor's views. */
final class Readings {
  private Readings() {}

  static Optional<DateSpan> date(Mention m) {
    if (!(m.value() instanceof DateReading)) {
      return Optional.empty();
    }
    DateReading d = (DateReading) m.value();
    return d.openEnded().isPresent() ? Optional.empty() : d.span();
  }

  static Optional<Views.MoneyView> money(Mention m) {
    if (!(m.value() instanceof MoneyReading)) {
      return Optional.empty();
    }
    MoneyReading r = (MoneyReading) m.value();
    return Optional.of(new Views.MoneyView(r.money(), r.qualifier(), r.schedule(), r.alsoStated()));
  }

  static Optional<Views.QuantityView> quantity(Mention m) {
    if (m.value() instanceof QuantityReading) {
      QuantityReading q = (QuantityReading) m.value();
      return Optional.of(new Views.QuantityView(q.quantity(), q.qualifier()));
    }
    if (m.value() instanceof Quantity) {
      return Optional.of(new Views.QuantityView((Quantity) m.value(), Qualifier.EXACT));
    }
    return Optional.empty();
  }

  static Optional<Views.PlaceView> place(Mention m) {
    if (!(m.value() instanceof PlaceReading)) {
      return Optional.empty();
    }
    PlaceReading p = (PlaceReading) m.value();
    KnowledgeBase kb = KnowledgeBase.standard();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String id : p.ancestors()) {
      kb.place(id).ifPresent(a -> names.add(a.name()));
    }
    return Optional.of(new Views.PlaceView(p.id(), p.name(), p.country(), names.build()));
  }

  static Optional<Views.ActorView> actor(Mention m) {
    if (!(m.value() instanceof ActorReading)) {
      return Optional.empty();
    }
    ActorReading a = (ActorReading) m.value();
    return Optional.of(new Views.ActorView(a.actorId(), a.name(), a.kind(), a.country(), a.role()));
  }

  static Optional<Views.QuoteView> quote(Mention m) {
    if (!(m.value() instanceof QuoteReading)) {
      return Optional.empty();
    }
    QuoteReading q = (QuoteReading) m.value();
    return Optional.of(new Views.QuoteView(
        q.text(), q.textStart(), q.textEnd(), q.speaker(), q.speakerText(), q.speakerStart(), q.attribution(), q.slogan()));
  }
}
