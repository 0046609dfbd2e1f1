/**
 * The {@code transmanche} command line (picocli): {@code summary}, {@code extract}, {@code
 * annotate}, {@code ledger}, {@code quotes}, {@code report} and {@code shell}.
 *
 * <p>Start with {@link org.transmanche.core.cli.Main}: {@code Main.run("summary")} runs a command
 * and returns its exit status; {@link org.transmanche.core.cli.Main#run(java.io.PrintWriter,
 * java.io.PrintWriter, java.io.InputStream, String...)} runs it on streams of your own. The {@code
 * ./transmanche} launcher at the repository root builds the project on first use and calls {@code
 * Main}.
 */
package org.transmanche.core.cli;
