package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A plain-text table with aligned columns, as the {@code toString()} of queries and the ledger
 * print it. Cells are written on one line and cut to the column's maximum width. Immutable and
 * thread-safe once built; the builder is not thread-safe.
 *
 * <pre>{@code
 * TextTable.builder("Year", "Total").right(1).row("2014", "15,257,469.80 EUR").build();
 * // Year  Total
 * // ----  -----------------
 * // 2014  15,257,469.80 EUR
 * }</pre>
 */
public final class TextTable {

  /** The widest a cell may be unless {@link Builder#width(int, int)} says otherwise. */
  public static final int DEFAULT_MAX_WIDTH = 60;

  private final ImmutableList<String> headers;
  private final ImmutableList<ImmutableList<String>> rows;
  private final BitSet right;

  private TextTable(ImmutableList<String> headers, ImmutableList<ImmutableList<String>> rows, BitSet right) {
    this.headers = headers;
    this.rows = rows;
    this.right = right;
  }

  /**
   * A builder for a table with these column headers.
   *
   * @throws IllegalArgumentException if there are no headers
   */
  public static Builder builder(String... headers) {
    checkArgument(headers.length > 0, "a table needs at least one column");
    return new Builder(ImmutableList.copyOf(headers));
  }

  /** The column headers. */
  public ImmutableList<String> headers() {
    return headers;
  }

  /** The rows, each as wide as the headers, cells already shortened. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The table: headers, a rule of dashes, one line per row, each line ending with a newline. */
  @Override
  public String toString() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = length(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], length(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - length(cell));
      if (c > 0) {
        line.append("  ");
      }
      line.append(right.get(c) ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Collects rows; not thread-safe. */
  public static final class Builder {
    private final ImmutableList<String> headers;
    private final List<ImmutableList<String>> rows = new ArrayList<>();
    private final BitSet right = new BitSet();
    private final int[] max;

    private Builder(ImmutableList<String> headers) {
      this.headers = headers;
      this.max = new int[headers.size()];
      java.util.Arrays.fill(max, DEFAULT_MAX_WIDTH);
    }

    /**
     * Aligns these columns (0-based) to the right, as numbers are.
     *
     * @throws IllegalArgumentException if a column does not exist
     */
    public Builder right(int... columns) {
      for (int c : columns) {
        checkArgument(c >= 0 && c < headers.size(), "no column %s; the table has %s", c, headers.size());
        right.set(c);
      }
      return this;
    }

    /**
     * Sets the widest a cell of {@code column} may be; longer cells are cut and end with {@code …}.
     *
     * @throws IllegalArgumentException if the column does not exist or {@code width < 1}
     */
    public Builder width(int column, int width) {
      checkArgument(column >= 0 && column < headers.size(), "no column %s; the table has %s", column, headers.size());
      checkArgument(width >= 1, "width %s < 1", width);
      max[column] = width;
      return this;
    }

    /**
     * Adds a row; each cell is written with {@code String.valueOf}, on one line.
     *
     * @throws IllegalArgumentException if the row is not as wide as the headers
     */
    public Builder row(Object... cells) {
      checkArgument(
          cells.length == headers.size(), "a row of %s cells in a table of %s columns", cells.length, headers.size());
      ImmutableList.Builder<String> row = ImmutableList.builder();
      for (int c = 0; c < cells.length; c++) {
        row.add(Display.shorten(String.valueOf(cells[c]), max[c]));
      }
      rows.add(row.build());
      return this;
    }

    /** The table. */
    public TextTable build() {
      return new TextTable(headers, ImmutableList.copyOf(rows), (BitSet) right.clone());
    }
  }
}
