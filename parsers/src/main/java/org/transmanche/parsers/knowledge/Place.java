package org.transmanche.parsers.knowledge;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.Country;

/**
 * A place of the knowledge base: a town, port, region, sea, site... with the place that contains it.
 *
 * <pre>{@code
 * Place p = KnowledgeBase.standard().place("port-de-calais").orElseThrow();
 * p.parent(); // Optional[calais]
 * }</pre>
 */
@Value.Immutable
public interface Place {

  /** Stable id, a lowercase slug such as {@code port-de-calais}. */
  String id();

  /** The canonical name ({@code port de Calais}). */
  String name();

  /** What the place is. */
  PlaceKind kind();

  /** The country it lies in; empty for seas and the cross-border tunnel. */
  Optional<Country> country();

  /** Id of the place that contains it; empty for countries and seas. */
  Optional<String> parent();

  /** Other names, French and English, without the canonical name. */
  ImmutableSet<String> aliases();

  /** The canonical name followed by the aliases. */
  default ImmutableSet<String> names() {
    return ImmutableSet.<String>builder().add(name()).addAll(aliases()).build();
  }

  /** Builder. */
  static ImmutablePlace.Builder builder() {
    return ImmutablePlace.builder();
  }
}
