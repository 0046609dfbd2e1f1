package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem met while reading input, kept with the result so that no document is lost silently:
 * the file, a position (line and column, or byte offset), a stable code such as {@code
 * CORPUS_INVALID_UTF8}, and a message saying what was expected and what was found.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
public interface Diagnostic {

  /** The file, as given by the caller. */
  String file();

  /** 1-based line, when known. */
  Optional<Integer> line();

  /** 1-based column, when known. */
  Optional<Integer> column();

  /** Byte offset in the file, when known. */
  Optional<Long> byteOffset();

  /** Stable upper-case code, such as {@code CORPUS_EMPTY_FILE}. */
  String code();

  /** What was expected and what was found. */
  String message();

  /** Error or warning. */
  @Value.Default
  default Severity severity() {
    return Severity.ERROR;
  }

  /** Builder. */
  static ImmutableDiagnostic.Builder builder() {
    return ImmutableDiagnostic.builder();
  }

  /** One line: {@code file:line:column: CODE message}. */
  default String format() {
    StringBuilder sb = new StringBuilder(file());
    line().ifPresent(l -> sb.append(':').append(l));
    column().ifPresent(c -> sb.append(':').append(c));
    byteOffset().ifPresent(b -> sb.append(" @byte ").append(b));
    return sb.append(": ").append(severity()).append(' ').append(code()).append(' ').append(message()).toString();
  }

  /** Checks code and message. */
  @Value.Check
  default void check() {
    checkState(code().matches("[A-Z][A-Z0-9_]*"), "Diagnostic: code '%s' is not UPPER_SNAKE", code());
    checkState(!message().isBlank(), "Diagnostic %s: message is blank", code());
  }
}
