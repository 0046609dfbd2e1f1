package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role an actor holds or held: a title ("ministre de l'Intérieur", "maire de Calais"), optionally
 * in an organisation and a country, between two dates (both inclusive, either open).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public interface Role {

  /** The title as the texts give it. */
  String title();

  /** The organisation the role belongs to. */
  Optional<String> organisation();

  /** The country of the office. */
  Optional<Country> country();

  /** First day in the role. */
  Optional<LocalDate> from();

  /** Last day in the role; empty when open or unknown. */
  Optional<LocalDate> to();

  /** A role with a title only. */
  static Role of(String title) {
    return ImmutableRole.builder().title(title).build();
  }

  /** Builder. */
  static ImmutableRole.Builder builder() {
    return ImmutableRole.builder();
  }

  /** Whether the role was held on {@code day} (an open end counts as held). */
  default boolean heldOn(LocalDate day) {
    return from().map(f -> !day.isBefore(f)).orElse(true) && to().map(t -> !day.isAfter(t)).orElse(true);
  }

  /** Checks the title and dates. */
  @Value.Check
  default void check() {
    checkState(!title().isBlank(), "Role: title is blank");
    if (from().isPresent() && to().isPresent()) {
      checkState(
          !to().get().isBefore(from().get()),
          "Role %s: to %s < from %s", title(), to().get(), from().get());
    }
  }
}
