/**
 * Hardening tests of the whole SDK: no network access anywhere ({@link
 * org.transmanche.core.fuzz.NoNetworkTest}, start there), and random input through the full
 * pipeline.
 */
package org.transmanche.core.fuzz;
