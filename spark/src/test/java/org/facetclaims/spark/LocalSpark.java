package org.facetclaims.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The tests' Spark: one small local session per test class, and reading what a job wrote. */
final class LocalSpark {
  private LocalSpark() {}

  /** Two threads, few partitions, no web UI, loopback only, Delta switched on. */
  static SparkSession start() {
    return SparkSession.builder().master("local[2]").appName("facet-claims-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "localhost")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog",
            "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .getOrCreate();
  }

  /**
   * The records of a CSV file (RFC 4180: quoted fields may hold commas, quotes doubled), the
   * header first.
   */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
        any = true;
      } else if (c == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        f.append(c);
        any = true;
      }
    }
    if (any) {
      row.add(f.toString());
      rows.add(row);
    }
    return rows;
  }

  /** A CSV file's records, the header first. */
  static List<List<String>> readCsv(Path file) throws IOException {
    return parseCsv(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The CSV part files of a table folder in name order, read as one table (one header). */
  static List<List<String>> readTable(Path folder) throws IOException {
    List<List<String>> all = new ArrayList<>();
    for (Path part : parts(folder, ".csv")) {
      List<List<String>> rows = readCsv(part);
      if (all.isEmpty()) {
        all.addAll(rows);
      } else {
        if (!rows.get(0).equals(all.get(0))) {
          throw new AssertionError(part + " has another header: " + rows.get(0));
        }
        all.addAll(rows.subList(1, rows.size()));
      }
    }
    return all;
  }

  /** The part files of a table folder, in name order. */
  static List<Path> parts(Path folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")
          && p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
