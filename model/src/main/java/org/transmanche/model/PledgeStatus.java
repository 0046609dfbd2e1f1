package org.transmanche.model;

/** How far a pledge has gone. */
public enum PledgeStatus {
  /** Offered or proposed. */
  OFFERED,
  /** Committed or agreed. */
  COMMITTED,
  /** Paid or delivered. */
  PAID
}
