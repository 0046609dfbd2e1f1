package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.function.Executable;
import org.transmanche.model.json.Json;

/** The checks every model value type shares: JSON round trip, equal copies, rejected invariants. */
final class ValueContracts {
  private ValueContracts() {}

  /** Writing {@code value} as JSON and reading it back gives an equal value, written identically. */
  static <T> T assertJsonRoundTrip(T value, Class<T> type) {
    String json = Json.write(value);
    T back = Json.read(json, type);
    assertEquals(value, back, json);
    assertEquals(value.hashCode(), back.hashCode(), json);
    assertEquals(json, Json.write(back));
    return back;
  }

  /** {@code copy} is a distinct object equal to {@code original}, both ways, with the same hash. */
  static <T> void assertEqualCopy(T original, T copy) {
    assertNotSame(original, copy);
    assertEquals(original, copy);
    assertEquals(copy, original);
    assertEquals(original.hashCode(), copy.hashCode());
    assertEquals(original.toString(), copy.toString());
  }

  /** Two values that are equal have the same hash. */
  static void assertHashAgrees(Object a, Object b) {
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    assertEquals(a.equals(b), b.equals(a));
  }

  /**
   * {@code build} throws {@code type} and its message contains every one of {@code words}.
   *
   * @return the exception
   */
  static <X extends Throwable> X assertRejects(Class<X> type, Executable build, String... words) {
    X e = assertThrows(type, build);
    for (String w : words) {
      assertTrue(
          e.getMessage() != null && e.getMessage().contains(w),
          () -> "message '" + e.getMessage() + "' lacks '" + w + "'");
    }
    return e;
  }

  /** Strings that {@link String#isBlank()} accepts: empty, spaces, tabs, line breaks, an em space. */
  static Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(" \t\n\r\u000b\u2003").ofMaxLength(4);
  }

  /** White-space characters that ids may not contain. */
  static Arbitrary<Character> whiteSpace() {
    return Arbitraries.of(' ', '\t', '\n', '\r', '\u2003', '\u3000');
  }
}
