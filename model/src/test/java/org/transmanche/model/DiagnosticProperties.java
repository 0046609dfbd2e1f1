package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transmanche.model.testing.ModelArbitraries;

class DiagnosticProperties {

  @Provide
  Arbitrary<Diagnostic> diagnostics() {
    return ModelArbitraries.diagnostics();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Provide
  Arbitrary<String> badCodes() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withChars("Aa0_ -éZ").ofMaxLength(8),
            Arbitraries.of("corpus_empty", "_CORPUS", "9LIVES", "CORPUS-EMPTY", "", "Corpus"))
        .filter(c -> !c.matches("[A-Z][A-Z0-9_]*"));
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("diagnostics") Diagnostic d) {
    assertJsonRoundTrip(d, Diagnostic.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("diagnostics") Diagnostic d) {
    assertEqualCopy(d, Diagnostic.builder().from(d).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("diagnostics") Diagnostic a, @ForAll("diagnostics") Diagnostic b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsCodeThatIsNotUpperSnake(@ForAll("diagnostics") Diagnostic d, @ForAll("badCodes") String code) {
    assertRejects(
        IllegalStateException.class,
        () -> Diagnostic.builder().from(d).code(code).build(),
        "Diagnostic: code '" + code + "' is not UPPER_SNAKE");
  }

  @Property
  void rejectsBlankMessage(@ForAll("diagnostics") Diagnostic d, @ForAll("blanks") String message) {
    assertRejects(
        IllegalStateException.class,
        () -> Diagnostic.builder().from(d).message(message).build(),
        "Diagnostic " + d.code() + ": message is blank");
  }

  @Property
  void formatStartsWithFileAndHoldsCodeAndMessage(@ForAll("diagnostics") Diagnostic d) {
    String line = d.format();
    assertTrue(line.startsWith(d.file()));
    assertTrue(line.contains(" " + d.severity() + " " + d.code() + " " + d.message()), line);
  }
}
