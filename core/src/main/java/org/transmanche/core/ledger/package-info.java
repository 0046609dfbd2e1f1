/**
 * The currency-aware pledge ledger: pledges as money in one currency, per calendar or UK financial
 * year and per pledger, converted offline at the ECB reference rate of each pledge's date, with the
 * sources of every row and the disagreements between sources.
 *
 * <p>Start with {@link org.transmanche.core.ledger.Ledger#of(org.transmanche.model.Dossier)}: {@code
 * Ledger.of(d).currency("GBP").financialYears()}. Each {@link org.transmanche.core.ledger.LedgerRow}
 * shows the stated amount, the rate and its publication day, and the converted amount; years are
 * {@link org.transmanche.core.ledger.AccountingYear}s.
 */
package org.transmanche.core.ledger;
