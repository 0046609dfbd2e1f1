package org.transmanche.parsers.recognise.place;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.Country;
import org.transmanche.parsers.knowledge.PlaceKind;

/**
 * The value of a {@code place} mention: which place of the knowledge base the text names.
 *
 * <pre>{@code
 * // "le port de Calais"
 * PlaceReading{id=port-de-calais, name=port de Calais, kind=PORT, country=FR,
 *              ancestors=[calais, pas-de-calais, hauts-de-france, france]}
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlaceReading.class)
@JsonPropertyOrder({"id", "name", "kind", "country", "ancestors"})
public interface PlaceReading {

  /** Id of the place in the knowledge base ({@code port-de-calais}). */
  String id();

  /** Its canonical name ({@code port de Calais}), whatever the text says. */
  String name();

  /** What kind of place it is. */
  PlaceKind kind();

  /** The country it lies in; empty for seas and the Channel Tunnel. */
  Optional<Country> country();

  /** Ids of the places that contain it, nearest first ({@code calais}, ..., {@code france}). */
  ImmutableList<String> ancestors();

  /** Builder. */
  static ImmutablePlaceReading.Builder builder() {
    return ImmutablePlaceReading.builder();
  }
}
