package org.transmanche.parsers.evaluate;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * Counts and scores of one fact type: gold items, system items, matched pairs, and the precision,
 * recall and F1 derived from them.
 *
 * <p>Conventions for empty sides: precision is 1 when the system produced nothing (it made no
 * mistake); recall is 1 when the gold has nothing (there was nothing to find); F1 is the harmonic
 * mean of the two and 0 when either is 0. So an empty dossier scores precision 1, recall 0 and F1 0
 * against a non-empty gold standard. Immutable and thread-safe.
 *
 * <pre>{@code
 * Score s = Score.of(FactType.PLEDGES, 4, 5, 3); // P 0.6, R 0.75
 * }</pre>
 */
@Value.Immutable
public interface Score {

  /** The fact type scored. */
  @Value.Parameter
  FactType type();

  /** Number of gold items; {@code >= 0}. */
  @Value.Parameter
  int gold();

  /** Number of system items counted; {@code >= 0}. */
  @Value.Parameter
  int system();

  /** Number of one-to-one matched pairs; at most {@link #gold()} and {@link #system()}. */
  @Value.Parameter
  int matched();

  /**
   * A score from counts.
   *
   * @throws IllegalStateException if a count is negative or {@code matched} exceeds either side
   */
  static Score of(FactType type, int gold, int system, int matched) {
    return ImmutableScore.of(type, gold, system, matched);
  }

  /** Matched over system items; 1 when the system produced none. */
  default double precision() {
    return system() == 0 ? 1.0 : (double) matched() / system();
  }

  /** Matched over gold items; 1 when the gold has none. */
  default double recall() {
    return gold() == 0 ? 1.0 : (double) matched() / gold();
  }

  /** Harmonic mean of precision and recall; 0 when either is 0. */
  default double f1() {
    double p = precision();
    double r = recall();
    return p == 0 || r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /**
   * The sum of two scores of the same type (micro-averaging).
   *
   * @throws IllegalArgumentException if the types differ
   */
  default Score plus(Score other) {
    if (other.type() != type()) {
      throw new IllegalArgumentException("cannot add a " + other.type() + " score to a " + type() + " score");
    }
    return of(type(), gold() + other.gold(), system() + other.system(), matched() + other.matched());
  }

  /** Checks the counts. */
  @Value.Check
  default void check() {
    checkState(gold() >= 0 && system() >= 0 && matched() >= 0,
        "Score %s: negative count (gold %s, system %s, matched %s)", type(), gold(), system(), matched());
    checkState(matched() <= gold() && matched() <= system(),
        "Score %s: matched %s exceeds gold %s or system %s", type(), matched(), gold(), system());
  }
}
