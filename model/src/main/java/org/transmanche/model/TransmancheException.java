package org.transmanche.model;

/**
 * Base of every exception Transmanche throws when work cannot go on (bad input that a reader cannot
 * turn into diagnostics, an invalid dossier, an unreadable JSON file). Caller mistakes are reported
 * with the standard {@link IllegalArgumentException} and {@link NullPointerException} instead.
 */
public class TransmancheException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public TransmancheException(String message) {
    super(message);
  }

  /** An exception with a message and its cause. */
  public TransmancheException(String message, Throwable cause) {
    super(message, cause);
  }
}
