package org.facetclaims.core.medicare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.coverage.Confidence;

/**
 * The catalog file as tables: sections of tab-separated rows under a header line, each row with
 * its line number for messages. Strict about the shape (known sections, no section twice, no
 * more cells than columns, bounded line length and count); what the cells mean is the
 * {@link PolicyCatalogReader}'s.
 */
final class CatalogTables {
  /** Longest line accepted. */
  private static final int MAX_LINE = 8192;
  /** Most lines accepted: the bundled file has a few hundred. */
  private static final int MAX_LINES = 100_000;

  private static final Set<String> SECTIONS = Set.of("jurisdictions", "states", "texts",
      "rules", "versions", "payer-rules", "prior-authorization-codes", "diagnoses", "codes");

  final String sourceName;
  private final Map<String, Table> tables = new LinkedHashMap<>();

  CatalogTables(String sourceName) {
    this.sourceName = sourceName;
  }

  /** One row: its line number and its cells by column name. */
  final class Row {
    final int line;
    final Map<String, String> cells;

    Row(int line, Map<String, String> cells) {
      this.line = line;
      this.cells = cells;
    }

    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v;
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error("column \"" + column + "\" is empty");
      }
      return v;
    }

    LocalDate date(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error("not an ISO date in column \"" + column + "\": \"" + v + "\"");
      }
    }

    Confidence confidence(String column) {
      String v = required(column);
      return Confidence.parse(v).orElseThrow(() -> error("not a confidence mark (H, M-H, M,"
          + " L-M, L) in column \"" + column + "\": \"" + v + "\""));
    }

    List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s+"));
    }

    /** The catalog's name, as messages give it. */
    String sourceName() {
      return sourceName;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(sourceName + " line " + line + ": " + what);
    }
  }

  private static final class Table {
    final List<String> header;
    final List<Row> rows = new ArrayList<>();

    Table(List<String> header) {
      this.header = header;
    }
  }

  void split(Reader reader) {
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      String section = null;
      Table table = null;
      while ((line = in.readLine()) != null) {
        number++;
        if (number > MAX_LINES) {
          throw new IllegalArgumentException(sourceName + ": more than " + MAX_LINES + " lines");
        }
        if (line.length() > MAX_LINE) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": longer than "
              + MAX_LINE + " characters");
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          String name = line.strip();
          if (!name.endsWith("]")) {
            throw new IllegalArgumentException(sourceName + " line " + number
                + ": a section line is \"[name]\"");
          }
          section = name.substring(1, name.length() - 1).strip();
          if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException(sourceName + " line " + number
                + ": unknown section [" + section + "]; known: " + new java.util.TreeSet<>(
                SECTIONS));
          }
          if (tables.containsKey(section)) {
            throw new IllegalArgumentException(sourceName + " line " + number
                + ": section [" + section + "] appears twice");
          }
          table = null;
          continue;
        }
        if (section == null) {
          throw new IllegalArgumentException(sourceName + " line " + number
              + ": data before the first section");
        }
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        cells.replaceAll(String::strip);
        if (table == null) {
          table = new Table(cells);
          tables.put(section, table);
          continue;
        }
        if (cells.size() > table.header.size()) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": "
              + cells.size() + " cells, but [" + section + "] has " + table.header.size()
              + " columns " + table.header);
        }
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          byName.put(table.header.get(i), cells.get(i));
        }
        table.rows.add(new Row(number, byName));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
  }

  List<Row> rows(String section, boolean required, String... columns) {
    Table t = tables.get(section);
    if (t == null) {
      if (required) {
        throw new IllegalArgumentException(sourceName + ": section [" + section + "] missing");
      }
      return List.of();
    }
    for (String c : columns) {
      if (!t.header.contains(c)) {
        throw new IllegalArgumentException(sourceName + ": section [" + section
            + "] has no column \"" + c + "\" (columns: " + t.header + ")");
      }
    }
    return t.rows;
  }
}
