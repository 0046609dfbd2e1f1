package org.transmanche.parsers.corpus;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Severity;

/**
 * Turns the bytes of a file into text, or says why it cannot.
 *
 * <p>UTF-8 is expected; a UTF-8 byte order mark is skipped. UTF-16 with a byte order mark is decoded
 * too, with a warning. A file with NUL bytes and no UTF-16 mark is binary and is not decoded. Each
 * malformed UTF-8 sequence is reported with its byte offset, line and column, and read as U+FFFD so
 * that the rest of the file is not lost. The decoded text never holds the byte order mark: raw
 * offsets count from the first character after it. Stateless and thread-safe.
 */
final class FileDecoder {

  /** At most this many malformed sequences are reported one by one; the rest are counted. */
  private static final int MAX_REPORTED = 10;

  private FileDecoder() {}

  /** The decoded text, empty when the file could not be decoded, and the diagnostics. */
  record Decoded(Optional<String> text, ImmutableList<Diagnostic> diagnostics) {}

  static Decoded decode(String file, byte[] bytes) {
    ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();
    if (bytes.length == 0) {
      diagnostics.add(warning(file, "CORPUS_EMPTY_FILE", "expected text, found an empty file (0 bytes)"));
      return new Decoded(Optional.empty(), diagnostics.build());
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      diagnostics.add(
          error(file, "CORPUS_BINARY", Optional.of(0L), "expected UTF-8 text, found a UTF-32 byte order mark; convert the file to UTF-8"));
      return new Decoded(Optional.empty(), diagnostics.build());
    } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      charset = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      skip = 2;
      diagnostics.add(
          warning(file, "CORPUS_UTF16", "expected UTF-8, found a " + charset.name() + " byte order mark; decoded as " + charset.name()));
    } else {
      int nul = indexOf(bytes, (byte) 0);
      if (nul >= 0) {
        diagnostics.add(error(file, "CORPUS_BINARY", Optional.of((long) nul), binaryMessage(bytes, nul)));
        return new Decoded(Optional.empty(), diagnostics.build());
      }
    }
    String text = decode(file, bytes, skip, charset, diagnostics);
    if (text.isBlank()) {
      diagnostics.add(
          warning(file, "CORPUS_EMPTY_FILE", "expected text, found only white space (" + bytes.length + " bytes)"));
      return new Decoded(Optional.empty(), diagnostics.build());
    }
    return new Decoded(Optional.of(text), diagnostics.build());
  }

  /** Decodes {@code bytes[skip..]}, reporting each malformed sequence and reading it as U+FFFD. */
  private static String decode(
      String file, byte[] bytes, int skip, Charset charset, ImmutableList.Builder<Diagnostic> diagnostics) {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    int reported = 0;
    int malformed = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      int at = in.position();
      int length = result.length();
      malformed++;
      if (reported < MAX_REPORTED) {
        diagnostics.add(malformed(file, bytes, at, length, charset, out));
        reported++;
      }
      if (out.remaining() < 1) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        out = bigger;
      }
      out.put('\uFFFD');
      in.position(at + length);
    }
    if (malformed > reported) {
      diagnostics.add(
          Diagnostic.builder()
              .file(file)
              .code(invalidCode(charset))
              .message((malformed - reported) + " more malformed " + charset.name()
                  + " sequences after the first " + reported + ", each read as U+FFFD")
              .build());
    }
    out.flip();
    return out.toString();
  }

  private static Diagnostic malformed(String file, byte[] bytes, int at, int length, Charset charset, CharBuffer decoded) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    int column = 1;
    for (int i = decoded.position() - 1; i >= 0 && decoded.get(i) != '\n'; i--) {
      column++;
    }
    StringBuilder found = new StringBuilder();
    for (int i = at; i < at + length && i < bytes.length; i++) {
      found.append(found.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return Diagnostic.builder()
        .file(file)
        .line(line)
        .column(column)
        .byteOffset((long) at)
        .code(invalidCode(charset))
        .message("expected a well-formed " + charset.name() + " sequence, found byte(s) " + found
            + "; read as U+FFFD")
        .build();
  }

  private static String invalidCode(Charset charset) {
    return charset == StandardCharsets.UTF_8 ? "CORPUS_INVALID_UTF8" : "CORPUS_INVALID_UTF16";
  }

  private static String binaryMessage(byte[] bytes, int nul) {
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "expected UTF-8 text, found a PDF file; extract its text first";
    }
    int evenNuls = 0;
    int oddNuls = 0;
    int n = Math.min(bytes.length, 4096);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          evenNuls++;
        } else {
          oddNuls++;
        }
      }
    }
    if (evenNuls + oddNuls > n / 4 && (evenNuls == 0 || oddNuls == 0)) {
      return "expected UTF-8 text, found NUL bytes every other byte: UTF-16 without a byte order mark? "
          + "convert the file to UTF-8";
    }
    return "expected UTF-8 text, found a NUL byte at offset " + nul + ": a binary file";
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static Diagnostic warning(String file, String code, String message) {
    return Diagnostic.builder().file(file).code(code).message(message).severity(Severity.WARNING).build();
  }

  static Diagnostic error(String file, String code, Optional<Long> byteOffset, String message) {
    return Diagnostic.builder().file(file).byteOffset(byteOffset).code(code).message(message).build();
  }
}
