package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;

/**
 * An agreement the gold file of an article records: name, parties, date, signatories.
 *
 * <p>Immutable and thread-safe; collections are never null.
 */
@Value.Immutable
public interface GoldAgreement {

  /** The name the article gives it; never blank. */
  String name();

  /** Other names. */
  ImmutableSet<String> aliases();

  /** Its form, when the gold file gives a known one. */
  Optional<AgreementKind> kind();

  /** When it was concluded; empty when the gold file leaves it null. */
  Optional<DateSpan> date();

  /** The parties; possibly empty (a treaty named without its parties). */
  ImmutableSet<Country> parties();

  /** Signatory names, as written in the gold file. */
  ImmutableList<String> signatories();

  /** True when the article only refers to it. */
  @Value.Default
  default boolean mentionOnly() {
    return false;
  }

  /** Builder. */
  static ImmutableGoldAgreement.Builder builder() {
    return ImmutableGoldAgreement.builder();
  }
}
