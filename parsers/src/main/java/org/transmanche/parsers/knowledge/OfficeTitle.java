package org.transmanche.parsers.knowledge;

import org.immutables.value.Value;

/**
 * One way texts name an office in one language: {@code ministre de l'intérieur} (fr) for {@code
 * fr-interior-minister}. A title without a country word is listed under every office it can mean;
 * {@link #isDefault()} marks the reading to take when the context does not decide.
 */
@Value.Immutable
public interface OfficeTitle {

  /** Id of the office. */
  String office();

  /** ISO-639-1 language of the title: {@code fr} or {@code en}. */
  String language();

  /** The title, lower case, without determiner. */
  String title();

  /** Whether this is the reading to take when nothing else decides. */
  boolean isDefault();

  /** Builder. */
  static ImmutableOfficeTitle.Builder builder() {
    return ImmutableOfficeTitle.builder();
  }
}
