package org.transmanche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transmanche.model.ValueContracts.assertEqualCopy;
import static org.transmanche.model.ValueContracts.assertHashAgrees;
import static org.transmanche.model.ValueContracts.assertJsonRoundTrip;
import static org.transmanche.model.ValueContracts.assertRejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.transmanche.model.testing.ModelArbitraries;

class DocumentProperties {

  @Provide
  Arbitrary<Document> documents() {
    return ModelArbitraries.documents();
  }

  @Provide
  Arbitrary<String> blanks() {
    return ValueContracts.blanks();
  }

  @Provide
  Arbitrary<String> badLanguages() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withChars("abzFRÉé-_1").ofMaxLength(5),
            Arbitraries.of("FR", "fra", "en-GB", "fr_FR", "UND", "", " fr"))
        .filter(l -> !l.matches("[a-z]{2}|und"));
  }

  @Property
  void jsonRoundTripIsIdentity(@ForAll("documents") Document d) {
    assertJsonRoundTrip(d, Document.class);
  }

  @Property
  void copiesAreEqualWithEqualHash(@ForAll("documents") Document d) {
    assertEqualCopy(d, ImmutableDocument.builder().from(d).build());
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("documents") Document a, @ForAll("documents") Document b) {
    assertHashAgrees(a, b);
  }

  @Property
  void idIsFileHashIndex(@ForAll("documents") Document d) {
    assertEquals(d.file() + "#" + d.index(), d.id());
  }

  @Property
  void rejectsIdThatIsNotFileHashIndex(@ForAll("documents") Document d, @ForAll @IntRange(min = 1, max = 9) int shift) {
    int index = d.index() + shift;
    assertRejects(
        IllegalStateException.class,
        () -> ImmutableDocument.builder().from(d).index(index).build(),
        "Document " + d.id() + ": id must be '" + d.file() + "#" + index + "'");
  }

  @Property
  void rejectsIndexBelowOne(@ForAll("documents") Document d, @ForAll @IntRange(min = -100, max = 0) int index) {
    assertRejects(
        IllegalStateException.class,
        () -> Document.builder().file(d.file()).index(index).language(d.language()).text(d.text()).build(),
        "Document " + d.file() + ": index " + index + " < 1");
  }

  @Property
  void rejectsLanguageThatIsNotIso639OrUnd(@ForAll("documents") Document d, @ForAll("badLanguages") String language) {
    assertRejects(
        IllegalStateException.class,
        () -> ImmutableDocument.builder().from(d).language(language).build(),
        "Document " + d.id() + ": language '" + language + "' is not an ISO-639-1 code or 'und'");
  }

  @Property
  void rejectsBlankFile(@ForAll("documents") Document d, @ForAll("blanks") String file) {
    assertRejects(
        IllegalStateException.class,
        () -> Document.builder().file(file).index(d.index()).language(d.language()).text(d.text()).build(),
        "Document: file is blank");
  }

  @Property
  void rejectsBlankUrl(@ForAll("documents") Document d, @ForAll("blanks") String url) {
    assertRejects(
        IllegalStateException.class,
        () -> ImmutableDocument.builder().from(d).addUrls(url).build(),
        "Document " + d.id() + ": blank url");
  }

  @Property
  void evidenceOfASpanHoldsItsText(
      @ForAll("documents") Document d, @ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b) {
    int start = Math.min(a, b) % (d.text().length() + 1);
    int end = Math.max(start, Math.max(a, b) % (d.text().length() + 1));
    Evidence e = d.evidence(start, end);
    assertEquals(Evidence.of(d.id(), start, end, d.text().substring(start, end)), e);
  }
}
