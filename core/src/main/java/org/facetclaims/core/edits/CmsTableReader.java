package org.facetclaims.core.edits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the row layout of CMS's published edit files: tab- or comma-separated (quotes allowed),
 * with title, header and blank lines before the data. A data row is one whose first cell is a
 * five-character HCPCS/CPT code; every other line is skipped. Lines starting with {@code #} are
 * comments.
 */
final class CmsTableReader {
  private static final DateTimeFormatter CMS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  /** Longest line accepted: CMS rows are short; a longer line is not an edit file. */
  private static final int MAX_LINE = 4096;

  private CmsTableReader() {}

  static void read(Reader reader, String sourceName, Consumer<Row> sink) {
    read(reader, sourceName, sink, line -> { });
  }

  /**
   * As {@link #read(Reader, String, Consumer)}, giving every line that is not a data row (titles,
   * headers) to {@code skipped}.
   */
  static void read(Reader reader, String sourceName, Consumer<Row> sink,
      Consumer<String> skipped) {
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.length() > MAX_LINE) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": longer than "
              + MAX_LINE + " characters; not a CMS edit table");
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = split(line, line.indexOf('\t') >= 0 ? '\t' : ',');
        if (cells.isEmpty() || !isCode(cells.get(0))) {
          skipped.accept(line);
          continue;
        }
        sink.accept(new Row(sourceName, number, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
  }

  static boolean isCode(String s) {
    if (s.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return Character.isDigit(s.charAt(1));
  }

  private static List<String> split(String line, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == sep && !quoted) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }

  /** One data row, with its position for error messages. */
  static final class Row {
    final String sourceName;
    final int lineNumber;
    final List<String> cells;

    Row(String sourceName, int lineNumber, List<String> cells) {
      this.sourceName = sourceName;
      this.lineNumber = lineNumber;
      this.cells = cells;
    }

    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(sourceName + " line " + lineNumber + ": " + what);
    }

    /** A date in CMS's YYYYMMDD form or ISO form; "*" or empty means none. */
    LocalDate date(int i) {
      String s = cell(i);
      if (s.isEmpty() || s.equals("*")) {
        return null;
      }
      try {
        return s.indexOf('-') >= 0 ? LocalDate.parse(s) : LocalDate.parse(s, CMS_DATE);
      } catch (DateTimeParseException e) {
        throw error("not a date in column " + (i + 1) + ": \"" + s + "\"");
      }
    }

    int leadingInt(int i) {
      String s = cell(i);
      int end = 0;
      while (end < s.length() && Character.isDigit(s.charAt(end))) {
        end++;
      }
      if (end == 0) {
        throw error("expected a number in column " + (i + 1) + ": \"" + s + "\"");
      }
      if (end > 9) {
        throw error("number too large in column " + (i + 1) + ": \"" + s + "\"");
      }
      return Integer.parseInt(s.substring(0, end));
    }
  }
}
