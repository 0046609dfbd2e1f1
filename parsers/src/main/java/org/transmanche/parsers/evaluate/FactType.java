package org.transmanche.parsers.evaluate;

/**
 * The six kinds of item the evaluation scores, in report order. Figures are reported but carry no
 * target ({@link #hasTarget()} is false).
 */
public enum FactType {
  /** Actors named in the article. */
  ACTORS("actors", true),
  /** Agreements, treaties, declarations. */
  AGREEMENTS("agreements", true),
  /** Pledges of money or goods. */
  PLEDGES("pledges", true),
  /** Deployments of staff, barriers, equipment. */
  DEPLOYMENTS("deployments", true),
  /** Statements attributed to a speaker. */
  STATEMENTS("statements", true),
  /** Numeric claims; reported only. */
  FIGURES("figures", false);

  private final String key;
  private final boolean target;

  FactType(String key, boolean target) {
    this.key = key;
    this.target = target;
  }

  /** The gold-file and JSON key, such as {@code "pledges"}; never null. */
  public String key() {
    return key;
  }

  /** Whether the type has a quality target; false for figures, which are reported only. */
  public boolean hasTarget() {
    return target;
  }
}
