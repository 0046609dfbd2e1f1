package org.transmanche.parsers.evaluate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.transmanche.model.DateSpan;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Resource;

/**
 * A deployment the gold file of an article records: what kind of resource, what, how many, where
 * and when.
 *
 * <p>Immutable and thread-safe; collections are never null.
 */
@Value.Immutable
public interface GoldDeployment {

  /** What kind of resource. */
  Resource resource();

  /** What is deployed, in the gold file's words; never blank. */
  String what();

  /** How many, when given. */
  Optional<BigDecimal> quantity();

  /** The unit of {@link #quantity()}, when given. */
  Optional<String> unit();

  /** The deployer: a country code or an actor name. */
  Optional<String> deployer();

  /** Place names, any of which may match; empty when the gold file leaves the location null. */
  ImmutableList<String> location();

  /** When; empty when the gold file leaves it null. */
  Optional<DateSpan> date();

  /** Announced, active or completed, when given. */
  Optional<DeploymentStatus> status();

  /** Builder. */
  static ImmutableGoldDeployment.Builder builder() {
    return ImmutableGoldDeployment.builder();
  }
}
