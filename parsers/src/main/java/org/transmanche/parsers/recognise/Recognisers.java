package org.transmanche.parsers.recognise;

import com.google.common.collect.ImmutableList;
import java.util.function.Supplier;

/**
 * The default pipeline: every recogniser Transmanche ships, in dependency order. A new recogniser
 * adds one line to {@link #STANDARD}.
 */
public final class Recognisers {

  private static final ImmutableList<Supplier<Recogniser>> STANDARD =
      ImmutableList.of(
          // one line per recogniser, in dependency order
          org.transmanche.parsers.recognise.date.DateRecogniser::new,
          org.transmanche.parsers.recognise.money.MoneyRecogniser::new,
          org.transmanche.parsers.recognise.number.NumberRecogniser::new,
          org.transmanche.parsers.recognise.quantity.QuantityRecogniser::new,
          org.transmanche.parsers.recognise.place.PlaceRecogniser::new,
          org.transmanche.parsers.recognise.actor.ActorRecogniser::new,
          () -> new org.transmanche.parsers.recognise.quote.QuoteRecogniser(
              m -> m.value() instanceof org.transmanche.parsers.recognise.actor.ActorReading
                  && ((org.transmanche.parsers.recognise.actor.ActorReading) m.value()).kind()
                      == org.transmanche.model.ActorKind.PERSON)
          );

  private Recognisers() {}

  /** A new default pipeline. Building it loads the data files once; reuse it, it is thread-safe. */
  public static Pipeline standard() {
    Pipeline.Builder b = Pipeline.builder();
    STANDARD.forEach(s -> b.add(s.get()));
    return b.build();
  }

  /**
   * A pipeline with only the named recognisers of the default one (and, before them, those they
   * require), in default order.
   *
   * @throws IllegalArgumentException naming an unknown recogniser and the known ones
   */
  public static Pipeline only(Iterable<String> names) {
    Pipeline all = standard();
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (String n : names) {
      if (!all.names().contains(n)) {
        throw new IllegalArgumentException(
            "unknown recogniser '" + n + "'; known: " + String.join(", ", all.names()));
      }
      wanted.add(n);
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Recogniser r : all.recognisers()) {
        if (wanted.contains(r.name()) && wanted.addAll(r.requires())) {
          grew = true;
        }
      }
    }
    Pipeline.Builder b = Pipeline.builder();
    all.recognisers().stream().filter(r -> wanted.contains(r.name())).forEach(b::add);
    return b.build();
  }
}
