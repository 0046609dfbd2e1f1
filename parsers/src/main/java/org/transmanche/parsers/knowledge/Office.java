package org.transmanche.parsers.knowledge;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.Country;

/**
 * A public office (the French interior minister, the UK Home Secretary, the mayor of Calais) with the
 * titles texts give it and, when known, its counterparts abroad.
 */
@Value.Immutable
public interface Office {

  /** Stable id, such as {@code fr-interior-minister}. */
  String id();

  /** The country (or {@code EU}, {@code UN}) of the office. */
  Country country();

  /** Every title of the office, in file order. */
  ImmutableList<OfficeTitle> titles();

  /**
   * The family of equivalent offices across countries ({@code interior} for the French interior
   * minister and the UK Home Secretary), used to find a "counterpart"; empty when none.
   */
  Optional<String> family();

  /**
   * The title to display: the first title in the office's own language (French for French offices,
   * English otherwise), or the first title.
   */
  @Value.Derived
  default String title() {
    String language = country().equals(Country.FR) ? "fr" : "en";
    return titles().stream()
        .filter(t -> t.language().equals(language))
        .findFirst()
        .or(() -> titles().stream().findFirst())
        .map(OfficeTitle::title)
        .orElse(id());
  }

  /** Builder. */
  static ImmutableOffice.Builder builder() {
    return ImmutableOffice.builder();
  }
}
