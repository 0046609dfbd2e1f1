/**
 * Queries over a {@link org.transmanche.model.Dossier}: fluent, typed, immutable selections that
 * return Guava immutable collections and print as readable tables in JShell.
 *
 * <p>Start with {@link org.transmanche.core.query.Query#of(org.transmanche.model.Dossier)}: {@code
 * Query.of(d).pledges().byPledger("GB").inYear(2014)}. Selections of facts ({@link
 * org.transmanche.core.query.Pledges}, {@link org.transmanche.core.query.Agreements}, {@link
 * org.transmanche.core.query.Deployments}, {@link org.transmanche.core.query.Statements}, {@link
 * org.transmanche.core.query.Figures}) share the date filters of {@link
 * org.transmanche.core.query.Selection}. {@link org.transmanche.core.query.Actors} finds actors by
 * name or alias; {@link org.transmanche.core.query.Offices} says who held an office on a day; {@link
 * org.transmanche.core.query.Timeline} orders agreements, pledges and deployments; {@link
 * org.transmanche.core.query.Citation} shows a fact's evidence in its sentence; {@link
 * org.transmanche.core.query.Conflict} resolves the dossier's disagreements. Name matching is accent-
 * and case-insensitive; the courtesy titles it ignores and the abbreviations that do not end a
 * sentence are data in {@code fr/} and {@code en/} beside these classes.
 */
package org.transmanche.core.query;
