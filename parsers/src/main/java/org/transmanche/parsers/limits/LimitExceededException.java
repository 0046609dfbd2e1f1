package org.transmanche.parsers.limits;

import org.transmanche.model.TransmancheException;

/**
 * Thrown when an input goes beyond a {@link Limits} bound and the work cannot go on; the message
 * names the limit, the allowed value and the value found.
 */
public final class LimitExceededException extends TransmancheException {

  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long allowed;
  private final long found;

  LimitExceededException(String limit, long allowed, long found, String what) {
    super(what + ": expected at most " + allowed + " for " + limit + ", found " + found
        + "; raise it with Limits." + limit + "(...)");
    this.limit = limit;
    this.allowed = allowed;
    this.found = found;
  }

  /** The name of the limit exceeded, as its {@link Limits} method ("maxDocumentChars"). */
  public String limit() {
    return limit;
  }

  /** The bound in force. */
  public long allowed() {
    return allowed;
  }

  /** The value found in the input. */
  public long found() {
    return found;
  }
}
