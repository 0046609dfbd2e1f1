/**
 * jqwik arbitraries for every model type, for the property tests of this module and of downstream
 * projects. Start with {@link org.transmanche.model.testing.ModelArbitraries}.
 *
 * <p>This package lives in the model test-jar. A downstream module depends on it with test scope
 * (the version is managed by the parent POM):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.transmanche</groupId>
 *   <artifactId>transmanche-model</artifactId>
 *   <type>test-jar</type>
 *   <classifier>tests</classifier>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>and uses the arbitraries in its properties, returning them from {@code @Provide} methods and
 * naming those in {@code @ForAll("...")}; outside jqwik, {@code sample()} draws one value:
 *
 * <pre>{@code
 * Arbitrary<Dossier> dossiers = ModelArbitraries.dossiers(); // return this from a @Provide method
 * Dossier d = dossiers.sample();                             // or take it as @ForAll("dossiers")
 * assertEquals(d, Json.readDossier(Json.write(d)));
 * }</pre>
 *
 * <p>Every generated value is valid; tests that need an invalid value derive it from a valid one
 * by breaking one rule ({@code Pledge.builder().from(p).evidence(List.of()).build()} throws), so
 * that each test shows one invariant at work.
 */
package org.transmanche.model.testing;
