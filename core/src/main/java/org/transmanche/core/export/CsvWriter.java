package org.transmanche.core.export;

import java.util.List;

/**
 * RFC 4180 text: fields separated by commas, records ended by CRLF, a field quoted with {@code "}
 * when it holds a comma, a quote, a CR or a LF, quotes inside doubled. Not thread-safe; one per
 * table.
 */
final class CsvWriter {

  private final StringBuilder out = new StringBuilder();

  /** Appends one record. */
  CsvWriter record(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field(fields.get(i));
    }
    out.append("\r\n");
    return this;
  }

  private void field(String f) {
    boolean quote = false;
    for (int i = 0; i < f.length() && !quote; i++) {
      char c = f.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.append(f);
      return;
    }
    out.append('"');
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
