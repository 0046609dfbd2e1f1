/**
 * Benchmarks of Transmanche: JMH benchmarks of the full pipeline, of each recogniser and of the
 * queries on a large dossier, and a {@link org.transmanche.benchmarks.ScaleHarness} for what JMH
 * measures poorly (peak heap, scaling from 1 MB to 100 MB, two threads against one, adversarial
 * inputs).
 *
 * <p>Start with {@link org.transmanche.benchmarks.CorpusGenerator}, which builds the deterministic
 * test corpora, then {@code benchmarks/run.sh}, the one command that runs everything and whose
 * output goes into {@code benchmarks/RESULTS.md}. Nothing here runs during {@code mvn verify}
 * except a small test of the generator.
 */
package org.transmanche.benchmarks;
