package org.transmanche.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What the five kinds of fact share: a stable id, a date when known, and at least one {@link
 * Evidence}. Implemented by {@link Agreement}, {@link Pledge}, {@link Deployment}, {@link Statement}
 * and {@link Figure}.
 */
public interface Fact {

  /** Stable id, unique in a {@link Dossier}. */
  String id();

  /** When the fact happened or was stated, when known. */
  Optional<DateSpan> date();

  /** Where the fact was read; never empty, sorted. */
  ImmutableList<Evidence> evidence();

  /** A short label of the fact kind: agreement, pledge, deployment, statement or figure. */
  String factType();
}
