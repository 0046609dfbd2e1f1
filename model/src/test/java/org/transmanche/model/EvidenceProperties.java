package org.transmanche.model;

import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class EvidenceProperties {

  @Provide
  Arbitrary<Evidence> evidence() {
    return ModelArbitraries.evidence();
  }

  @Provide
  Arbitrary<String> documentIds() {
    return ModelArbitraries.documentIds();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("evidence") Evidence e) {
    assertJsonRoundTrip(e, Evidence.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("evidence") Evidence e) {
    assertEqualCopy(e, ImmutableEvidence.builder().from(e).build());
    assertEqualCopy(e, Evidence.of(e.document(), e.start(), e.end(), e.text()));
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("evidence") Evidence a, @ForAll("evidence") Evidence b) {
    assertHashAgrees(a, b);
  }

  @Property
  void rejectsNegativeStart(
      @ForAll("documentIds") String doc, @ForAll @IntRange(min = -10_000, max = -1) int start) {
    assertRejects(
        IllegalStateException.class,
        () -> Evidence.of(doc, start, start + 3, "abc"),
        "Evidence " + doc,
        "start " + start + " < 0");
  }

  @Property
  void rejectsEndBeforeStart(
      @ForAll("documentIds") String doc,
      @ForAll @IntRange(min = 1, max = 10_000) int start,
      @ForAll @IntRange(min = 1, max = 10_000) int shortfall) {
    int end = start - shortfall;
    assertRejects(
        IllegalStateException.class,
        () -> Evidence.of(doc, start, end, ""),
        "Evidence " + doc,
        "end " + end + " < start " + start);
  }

  @Property
  void rejectsTextWhoseLengthDiffersFromTheSpan(
      @ForAll("evidence") Evidence e, @ForAll @IntRange(min = 1, max = 5) int extra) {
    String text = e.text() + "x".repeat(extra);
    assertRejects(
        IllegalStateException.class,
        () -> Evidence.of(e.document(), e.start(), e.end(), text),
        "Evidence " + e.document(),
        "text length " + text.length() + " != span length " + e.length());
  }

  @Property
  void rejectsBlankDocumentId(@ForAll("blanks") String doc, @ForAll @IntRange(max = 1000) int start) {
    assertRejects(
        IllegalStateException.class,
        () -> Evidence.of(doc, start, start + 1, "x"),
        "Evidence: document id is blank");
  }

  @Property
  void lengthIsEndMinusStart(@ForAll("evidence") Evidence e) {
    org.junit.jupiter.api.Assertions.assertEquals(e.text().length(), e.length());
  }
}
