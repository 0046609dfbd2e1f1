package org.transmanche.core.export;

/** Escaping of text for HTML and SVG, in element content and in quoted attribute values. Stateless. */
final class Html {

  private Html() {}

  /**
   * {@code text} with {@code & < > " '} written as character references, and control characters
   * that HTML forbids (other than tab, line feed and carriage return) left out.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
