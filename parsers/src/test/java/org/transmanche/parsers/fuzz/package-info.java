/**
 * Fuzz tests of the parsers with Jazzer's JUnit 5 integration: the recognisers and the extractor
 * through to a reconciled dossier ({@link org.transmanche.parsers.fuzz.PipelineFuzzTest}); the
 * corpus reader's fuzz test sits beside it in {@code parsers.corpus}. In a normal build each
 * {@code @FuzzTest} runs once per seed input under {@code src/test/resources/.../<Class>Inputs/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see benchmarks/RESULTS.md).
 */
package org.transmanche.parsers.fuzz;
