package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsColumnsAndRightAlignsNumbers() {
    String table =
        TextTable.builder("Year", "Total")
            .right(1)
            .row("2014", "15,257,469.80")
            .row("2015", "30,000,000")
            .build()
            .toString();

    assertThat(table)
        .isEqualTo(
            "Year          Total\n"
                + "----  -------------\n"
                + "2014  15,257,469.80\n"
                + "2015     30,000,000\n");
  }

  @Test
  void cutsLongCellsToTheColumnWidth() {
    TextTable t = TextTable.builder("Quote").width(0, 8).row("a long quotation").build();

    assertThat(t.rows().get(0)).containsExactly("a long …");
  }

  @Test
  void rejectsARowOfTheWrongWidth() {
    assertThatThrownBy(() -> TextTable.builder("A", "B").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of 1 cells in a table of 2 columns");
  }
}
