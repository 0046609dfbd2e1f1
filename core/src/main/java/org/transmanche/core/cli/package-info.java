/**
 * The {@code transmanche} command line (picocli): {@code summary}, {@code extract}, {@code annotate}
 * and the other sub-commands.
 *
 * <p>Start with {@link org.transmanche.core.cli.Main}.
 */
package org.transmanche.core.cli;
