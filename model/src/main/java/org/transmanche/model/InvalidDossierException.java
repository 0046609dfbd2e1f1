package org.transmanche.model;

import com.google.common.collect.ImmutableList;

/** Thrown when a {@link Dossier} breaks one or more of its invariants; lists every violation. */
public final class InvalidDossierException extends TransmancheException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> violations;

  /** An exception for the given violations (at least one). */
  public InvalidDossierException(Iterable<String> violations) {
    this(ImmutableList.copyOf(violations));
  }

  private InvalidDossierException(ImmutableList<String> violations) {
    super(
        "Dossier: "
            + violations.size()
            + " violation(s):\n  "
            + String.join("\n  ", violations));
    this.violations = violations;
  }

  /** Every violation, one message each, in a stable order. */
  public ImmutableList<String> violations() {
    return violations;
  }
}
