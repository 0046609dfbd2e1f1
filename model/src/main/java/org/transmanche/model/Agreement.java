package org.transmanche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreement, treaty, joint declaration, action plan or common position: reported as concluded,
 * or only referred to ({@link #mentionOnly()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
public interface Agreement extends Fact {

  @Override
  String id();

  /** The name the texts give it ("accords du Touquet", "Joint Declaration"). */
  String name();

  /** Other names. */
  ImmutableSet<String> aliases();

  /** Its form. */
  AgreementKind kind();

  /** The states or bodies party to it. */
  ImmutableSet<Country> parties();

  /** Ids of the {@link Actor}s who signed it. */
  ImmutableList<String> signatories();

  @Override
  Optional<DateSpan> date();

  /** Where it was concluded. */
  Optional<String> place();

  /** True when the text only refers to it rather than reporting it concluded. */
  @Value.Default
  default boolean mentionOnly() {
    return false;
  }

  @Override
  ImmutableList<Evidence> evidence();

  @Override
  default String factType() {
    return "agreement";
  }

  /** Builder. */
  static ImmutableAgreement.Builder builder() {
    return ImmutableAgreement.builder();
  }

  /** Checks id, name and evidence. */
  @Value.Check
  default void check() {
    FactChecks.check("Agreement", this);
    FactChecks.checkText("Agreement", id(), "name", name());
  }
}
