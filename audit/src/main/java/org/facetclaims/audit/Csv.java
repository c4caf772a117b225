package org.facetclaims.audit;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 fields: quoted only when they hold a comma, a quote or a line break. */
final class Csv {
  private Csv() {}

  static void field(Writer w, String s) throws IOException {
    if (s == null) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      w.write(s);
      return;
    }
    w.write('"');
    w.write(s.replace("\"", "\"\""));
    w.write('"');
  }

  static void row(Writer w, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      field(w, fields[i]);
    }
    w.write('\n');
  }
}
