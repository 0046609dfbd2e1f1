package org.transmanche.parsers.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transmanche.model.TransmancheException;

/**
 * A bundled data file: UTF-8 text read from the class path, with {@code #} comment lines and blank
 * lines skipped. A word list is read with {@link #lines()}; a table (a header row, then one record
 * per line, cells separated by a tab, several values in a cell separated by {@code |}) with {@link
 * #rows()}. Every row knows its file and line, so data errors name them.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DataFile f = DataFile.read(KnowledgeBase.class, "people.tsv");
 * f.rows().get(0).get("name"); // "Jacques Chirac"
 * }</pre>
 */
public final class DataFile {

  private static final Splitter VALUES = Splitter.on('|').trimResults().omitEmptyStrings();

  private final String name;
  private final ImmutableList<String> lines;
  private final ImmutableList<Integer> lineNumbers;

  private DataFile(String name, ImmutableList<String> lines, ImmutableList<Integer> lineNumbers) {
    this.name = name;
    this.lines = lines;
    this.lineNumbers = lineNumbers;
  }

  /**
   * Reads {@code resource}, relative to the package of {@code owner}.
   *
   * @throws TransmancheException if the resource is missing or cannot be read
   */
  public static DataFile read(Class<?> owner, String resource) {
    checkNotNull(owner, "owner");
    checkNotNull(resource, "resource");
    String name = owner.getPackageName().replace('.', '/') + "/" + resource;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("missing data file " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableList.Builder<String> lines = ImmutableList.builder();
      ImmutableList.Builder<Integer> numbers = ImmutableList.builder();
      int number = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\ufeff")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        lines.add(line);
        numbers.add(number);
      }
      return new DataFile(name, lines.build(), numbers.build());
    } catch (IOException e) {
      throw new TransmancheException("cannot read data file " + name, e);
    }
  }

  /** The resource path of the file, for messages. */
  public String name() {
    return name;
  }

  /** The lines that are neither blank nor comments, stripped, in file order. */
  public ImmutableList<String> lines() {
    return lines.stream().map(String::strip).collect(ImmutableList.toImmutableList());
  }

  /**
   * The records of a table: the first line is the header, each later line a row.
   *
   * @throws TransmancheException if the file is empty or a row has more cells than the header
   */
  public ImmutableList<Row> rows() {
    if (lines.isEmpty()) {
      throw new TransmancheException(name + ": no header row");
    }
    List<String> header = cells(lines.get(0));
    ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip(), i);
    }
    ImmutableMap<String, Integer> index = columns.buildOrThrow();
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = cells(lines.get(i));
      if (cells.size() > header.size()) {
        throw new TransmancheException(
            String.format(
                "%s:%d: %d cells, expected at most %d (%s)",
                name, lineNumbers.get(i), cells.size(), header.size(), String.join(", ", header)));
      }
      rows.add(new Row(this, lineNumbers.get(i), index, ImmutableList.copyOf(cells)));
    }
    return rows.build();
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
      out.add(line.substring(from, tab).strip());
      from = tab + 1;
    }
    out.add(line.substring(from).strip());
    return out;
  }

  @Override
  public String toString() {
    return "DataFile[" + name + ", " + lines.size() + " lines]";
  }

  /** One record of a table, read by column name. Immutable. */
  public static final class Row {
    private final DataFile file;
    private final int line;
    private final ImmutableMap<String, Integer> columns;
    private final ImmutableList<String> cells;

    private Row(DataFile file, int line, ImmutableMap<String, Integer> columns, ImmutableList<String> cells) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.cells = cells;
    }

    /** The line number in the file, from 1. */
    public int line() {
      return line;
    }

    /**
     * The cell of {@code column}, stripped; "" when empty or missing at the end of the line.
     *
     * @throws IllegalArgumentException if the file has no such column
     */
    public String get(String column) {
      Integer i = columns.get(column);
      checkArgument(i != null, "%s has no column '%s'; known: %s", file.name, column, columns.keySet());
      return i < cells.size() ? cells.get(i) : "";
    }

    /** The cell of {@code column}, or empty when the cell is empty. */
    public Optional<String> optional(String column) {
      String v = get(column);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * The cell of {@code column}, which must not be empty.
     *
     * @throws TransmancheException naming the file, line and column when the cell is empty
     */
    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error("empty " + column);
      }
      return v;
    }

    /** The {@code |}-separated values of {@code column}; empty when the cell is. */
    public ImmutableList<String> values(String column) {
      return ImmutableList.copyOf(VALUES.split(get(column)));
    }

    /** An exception naming this row's file and line, for bad data. */
    public TransmancheException error(String message) {
      return new TransmancheException(file.name + ":" + line + ": " + message);
    }

    @Override
    public String toString() {
      return file.name + ":" + line + " " + cells;
    }
  }
}
