package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;

/**
 * An actor the gold file of an article names: its name, other names, kind, country and role.
 *
 * <p>Immutable and thread-safe; collections are never null and optional parts are empty when the
 * gold file leaves them null.
 */
@Value.Immutable
public interface GoldActor {

  /** The canonical name; never blank. */
  String name();

  /** Other names the article uses, without the canonical name. */
  ImmutableSet<String> aliases();

  /** The kind, when the gold file gives a known one. */
  Optional<ActorKind> kind();

  /** The country, when the gold file gives a valid code. */
  Optional<Country> country();

  /** The role, in the gold file's words. */
  Optional<String> role();

  /** The name followed by the aliases. */
  default ImmutableSet<String> names() {
    return ImmutableSet.<String>builder().add(name()).addAll(aliases()).build();
  }

  /** Builder. */
  static ImmutableGoldActor.Builder builder() {
    return ImmutableGoldActor.builder();
  }
}
