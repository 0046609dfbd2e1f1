package org.transmanche.core.cli;

/**
 * A mistake in the command line found after parsing (a missing file, an unknown currency): printed as
 * one line on standard error, exit status 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
