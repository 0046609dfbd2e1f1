package org.transmanche.model.json;

import org.transmanche.model.TransmancheException;

/**
 * Thrown when JSON cannot be read into the model: malformed JSON, a wrong type, or a value that
 * breaks an invariant. The message names the JSON path ({@code $.pledges[2].amount}) and the cause.
 */
public final class JsonFormatException extends TransmancheException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;

  /** An exception at a JSON path. */
  public JsonFormatException(String path, String message, Throwable cause) {
    super("JSON " + path + ": " + message, cause);
    this.path = path;
    this.detail = message;
  }

  /** The message without the path prefix. */
  public String detail() {
    return detail;
  }

  /** The JSON path where reading failed, such as {@code $.pledges[2].amount}; {@code $} for the root. */
  public String path() {
    return path;
  }
}
