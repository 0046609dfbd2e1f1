/**
 * Runnable examples of the Transmanche SDK, each a small class with a {@code main} method that reads
 * the bundled corpus (or the corpus files given as arguments) and prints one view of it.
 *
 * <p>Start with {@link org.transmanche.examples.LedgerExample} (money pledged per year, in euros and
 * pounds), then {@link org.transmanche.examples.WhoSaidWhatExample} (statements by speaker, with
 * their sources) and {@link org.transmanche.examples.TimelineExample} (agreements, pledges and
 * deployments in date order). The JShell script {@code examples/tour.jsh} walks through the same
 * views interactively.
 */
package org.transmanche.examples;
