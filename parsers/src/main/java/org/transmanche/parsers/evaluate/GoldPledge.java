package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Money;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;

/**
 * A pledge the gold file of an article records: who pledges, to whom, how much (in one or more
 * currencies), when and for what.
 *
 * <p>Immutable and thread-safe; collections are never null.
 */
@Value.Immutable
public interface GoldPledge {

  /** The pledger: a country code such as {@code GB} or an actor name; never blank. */
  String pledger();

  /** The recipient, as written in the gold file. */
  Optional<String> recipient();

  /** The amount as first stated; empty when the gold file gives none. */
  Optional<Money> amount();

  /** The same pledge stated in other currencies. */
  ImmutableList<Money> alsoStated();

  /** The yearly amount, in the currency of {@link #amount()}. */
  Optional<Money> perYear();

  /** The number of years. */
  Optional<Integer> years();

  /** Money or goods, when given. */
  Optional<PledgeKind> kind();

  /** How far it has gone, when given. */
  Optional<PledgeStatus> status();

  /** When it was made; empty when the gold file leaves it null. */
  Optional<DateSpan> date();

  /** What it is for. */
  Optional<String> purpose();

  /** The name of the agreement it belongs to. */
  Optional<String> agreement();

  /** Builder. */
  static ImmutableGoldPledge.Builder builder() {
    return ImmutableGoldPledge.builder();
  }
}
