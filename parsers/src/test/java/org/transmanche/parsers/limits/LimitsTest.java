package org.transmanche.parsers.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transmanche.model.Diagnostic;

class LimitsTest {

  private final Limits limits = Limits.defaults().maxDocumentChars(100).maxMentions(10).maxQuoteChars(20);

  @ParameterizedTest
  @CsvSource({
    "document, 101, LIMIT_DOCUMENT_SIZE, 'expected at most 100 characters in the document, found 101; raise it with Limits.maxDocumentChars(...)'",
    "mentions, 11,  LIMIT_MENTIONS,      'expected at most 10 mentions in the document, found 11; raise it with Limits.maxMentions(...)'",
    "quote,    21,  LIMIT_QUOTE_LENGTH,  'expected at most 20 characters in a quote, found 21; raise it with Limits.maxQuoteChars(...)'",
  })
  void reportsAValueBeyondItsBoundWithCodeAndMessage(String check, long found, String code, String message) {
    Diagnostic d = check(check, found).orElseThrow();

    assertThat(d.file()).isEqualTo("a.txt");
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.message()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource({"document, 100", "mentions, 10", "quote, 20", "document, 0"})
  void acceptsAValueAtItsBound(String check, long found) {
    assertThat(check(check, found)).isEmpty();
  }

  @Test
  void throwsATypedErrorNamingTheLimit() {
    assertThatThrownBy(() -> limits.requireDocument("a.txt#1", 150))
        .isInstanceOfSatisfying(LimitExceededException.class, e -> {
          assertThat(e.limit()).isEqualTo("maxDocumentChars");
          assertThat(e.allowed()).isEqualTo(100);
          assertThat(e.found()).isEqualTo(150);
        })
        .hasMessage("a.txt#1: expected at most 100 for maxDocumentChars, found 150; raise it with Limits.maxDocumentChars(...)");
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void rejectsANonPositiveBound(int bound) {
    assertThatThrownBy(() -> Limits.defaults().maxQuoteChars(bound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxQuoteChars must be positive, found " + bound);
  }

  @Test
  void keepsTheDefaultsUnchanged() {
    assertThat(Limits.defaults().maxDocumentChars()).isEqualTo(Limits.DEFAULT_MAX_DOCUMENT_CHARS);
    assertThat(Limits.defaults().maxMentions()).isEqualTo(Limits.DEFAULT_MAX_MENTIONS);
    assertThat(Limits.defaults().maxQuoteChars()).isEqualTo(Limits.DEFAULT_MAX_QUOTE_CHARS);
  }

  private java.util.Optional<Diagnostic> check(String check, long found) {
    switch (check) {
      case "document":
        return limits.checkDocument("a.txt", found);
      case "mentions":
        return limits.checkMentions("a.txt", found);
      case "quote":
        return limits.checkQuote("a.txt", found);
      default:
        throw new IllegalArgumentException(check);
    }
  }
}
