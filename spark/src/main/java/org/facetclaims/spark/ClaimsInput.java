package org.facetclaims.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.facetclaims.audit.AuditInputException;
import org.facetclaims.audit.InputColumns;
import org.facetclaims.audit.InputFormat;
import org.facetclaims.core.audit.RifColumn;

/**
 * The audit's input read by Spark's own readers, where it lies (a local path, HDFS, S3, DBFS):
 * RIF CSV (every value as text), Parquet (any types), a Delta table, or ExplanationOfBenefit
 * NDJSON mapped to the RIF columns ({@link EobLines}). Each record is numbered in input order as
 * the one-machine audit numbers it: a CSV record by its line (the header is line 1), a Parquet or
 * Delta row from 1, an NDJSON record by its line.
 */
final class ClaimsInput {
  final InputFormat format;
  /** The records, every input column plus the record number (and the item, for NDJSON). */
  final Dataset<Row> records;
  /** The input's own columns, in order. */
  final List<String> columns;
  final InputStats stats;
  /** NDJSON records that gave no claim line, as findings (FC-817); null for other formats. */
  final Dataset<Row> unreadable;
  /** What the reader persisted, dropped by {@link #release()}; null for nothing. */
  private final Dataset<Row> persisted;

  private ClaimsInput(InputFormat format, Dataset<Row> records, List<String> columns,
      InputStats stats, Dataset<Row> unreadable, Dataset<Row> persisted) {
    this.format = format;
    this.records = records;
    this.columns = columns;
    this.stats = stats;
    this.unreadable = unreadable;
    this.persisted = persisted;
  }

  static ClaimsInput of(InputFormat format, Dataset<Row> records, List<String> columns,
      InputStats stats, Dataset<Row> unreadable, Dataset<Row> persisted) {
    return new ClaimsInput(format, records, columns, stats, unreadable, persisted);
  }

  /** Drops what reading persisted (the parsed NDJSON). */
  void release() {
    if (persisted != null) {
      persisted.unpersist();
    }
  }

  static ClaimsInput read(SparkSession spark, String path, InputFormat format)
      throws AuditInputException {
    Dataset<Row> raw;
    long base;
    try {
      switch (format) {
        case RIF_CSV:
          // All text; RFC 4180 quoting; short rows padded with empty values.
          raw = spark.read().option("header", "true").option("inferSchema", "false")
              .option("mode", "PERMISSIVE").option("quote", "\"").option("escape", "\"")
              .csv(path);
          base = 2;
          break;
        case PARQUET:
          raw = spark.read().parquet(path);
          base = 1;
          break;
        case DELTA:
          raw = spark.read().format("delta").load(path);
          base = 1;
          break;
        default:
          return EobLines.read(spark, path);
      }
    } catch (Exception e) {
      // Spark throws AnalysisException, and a checked ClassNotFoundException it does not
      // declare when a data source (delta) is not on the class path.
      if (!(e instanceof AnalysisException) && !(e instanceof ClassNotFoundException)) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      String hint = format == InputFormat.DELTA && e instanceof ClassNotFoundException
          ? " (Delta Lake is not on the class path: spark-submit --packages"
          + " io.delta:delta-spark_2.13:" + DELTA_VERSION + ")" : "";
      throw new AuditInputException(AuditInputException.Kind.UNREADABLE, "cannot read "
          + new Path(path).getName() + " as "
          + format.code() + ": " + firstLine(e.getMessage()) + hint);
    }
    return numbered(raw, format, base);
  }

  /** The Delta Lake release this build is tested with. */
  static final String DELTA_VERSION = "4.0.0";

  /** Checks the columns, counts the records and numbers them from {@code base}. */
  static ClaimsInput numbered(Dataset<Row> raw, InputFormat format, long base)
      throws AuditInputException {
    List<String> columns = new ArrayList<>(List.of(raw.columns()));
    InputColumns rif = InputColumns.of(columns);
    String missing = rif.missingRequiredMessage(format);
    if (!missing.isEmpty()) {
      throw new AuditInputException(AuditInputException.Kind.MISSING_COLUMNS, missing);
    }
    InputStats stats = InputStats.of(raw, InputStats.text(rif.name(RifColumn.LINE_1ST_EXPNS_DT)));
    Dataset<Row> records = raw.withColumn(SparkClaimsAudit.ROW, stats.recordNumber(base));
    return new ClaimsInput(format, records, columns, stats, null, null);
  }

  /**
   * The format of {@code path}: a folder with {@code _delta_log} is a Delta table; otherwise
   * the file's (or a folder's first data file's) name or first bytes, as the one-machine audit
   * decides.
   *
   * @throws AuditInputException when the path does not exist or holds no data file
   */
  static InputFormat detect(SparkSession spark, String path) throws AuditInputException {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus st = fs.getFileStatus(p);
      if (st.isDirectory()) {
        if (fs.exists(new Path(p, "_delta_log"))) {
          return InputFormat.DELTA;
        }
        st = null;
        for (FileStatus f : fs.listStatus(p)) {
          String n = f.getPath().getName();
          if (f.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
            st = f;
            break;
          }
        }
        if (st == null) {
          throw new AuditInputException(AuditInputException.Kind.NOT_AUDITED_HERE, "cannot read "
              + p.getName() + ": a folder without"
              + " data files");
        }
      }
      var byName = InputFormat.byFileName(st.getPath().getName());
      if (byName.isPresent()) {
        return byName.get();
      }
      byte[] head = new byte[4];
      int read;
      try (InputStream in = fs.open(st.getPath())) {
        read = in.readNBytes(head, 0, 4);
      }
      return InputFormat.byFirstBytes(head, read);
    } catch (FileNotFoundException e) {
      throw new AuditInputException(AuditInputException.Kind.NO_SUCH_INPUT, "cannot read "
          + path + ": no such file");
    } catch (IOException e) {
      throw new AuditInputException(AuditInputException.Kind.UNREADABLE, "cannot read "
          + path + ": " + e.getClass().getSimpleName());
    }
  }

  static String firstLine(String m) {
    if (m == null) {
      return "unknown error";
    }
    int nl = m.indexOf('\n');
    m = nl > 0 ? m.substring(0, nl) : m;
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
