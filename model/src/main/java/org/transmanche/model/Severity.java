package org.transmanche.model;

/** How serious a diagnostic is. */
public enum Severity {
  /** Some input could not be read. */
  ERROR,
  /** Input was read, with a doubt worth knowing. */
  WARNING
}
