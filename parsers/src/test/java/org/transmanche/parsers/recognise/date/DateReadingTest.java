package org.transmanche.parsers.recognise.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.transmanche.model.DateSpan;
import org.transmanche.model.Precision;
import org.transmanche.model.json.Json;

/** The value of a date mention: defaults, invariants and JSON. */
class DateReadingTest {

  @Test
  void roundTripsThroughTheModelJson() {
    DateReading r = DateReading.builder()
        .wording("depuis 2004")
        .span(DateSpan.of(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31), Precision.YEARS).withWording("depuis 2004"))
        .openEnded(DateReading.AFTER)
        .relative(false)
        .build();

    String json = Json.write(r);

    assertThat(json).contains("\"wording\":\"depuis 2004\"", "\"openEnded\":\"after\"", "\"from\":\"2004-01-01\"");
    assertThat(Json.read(json, DateReading.class)).isEqualTo(r);
  }

  @Test
  void omitsAnUnresolvedSpan() {
    DateReading r = DateReading.builder().wording("jeudi").relative(true).build();

    assertThat(Json.write(r)).doesNotContain("span");
    assertThat(Json.read(Json.write(r), DateReading.class)).isEqualTo(r);
  }

  @Test
  void defaultsToAClosedAbsoluteReading() {
    DateReading r = DateReading.builder().wording("2014").build();

    assertThat(r.relative()).isFalse();
    assertThat(r.inclusive()).isTrue();
    assertThat(r.future()).isFalse();
    assertThat(r.openEnded()).isEmpty();
  }

  @Test
  void rejectsAnUnknownOpenEnd() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DateReading.builder().wording("since 2004").openEnded("sideways").build())
        .withMessage("DateReading 'since 2004': openEnded 'sideways' is not one of after, before");
  }

  @Test
  void rejectsABlankWording() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DateReading.builder().wording(" ").build())
        .withMessage("DateReading: wording is blank");
  }
}
