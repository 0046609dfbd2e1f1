/**
 * Reconciliation across documents: one fact per real-world event, carrying all its evidence, and
 * disagreements between sources kept and exposed rather than averaged.
 *
 * <p>Start with {@link org.transmanche.parsers.reconcile.Reconciler#reconcile}.
 */
package org.transmanche.parsers.reconcile;
