package org.transmanche.model;

/** Whether a pledge is money or goods and services. */
public enum PledgeKind {
  /** Money. */
  FUNDING,
  /** Goods or services lent or given (fences, staff, equipment). */
  IN_KIND
}
