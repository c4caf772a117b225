package org.facetclaims.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.facetclaims.audit.AuditInputException;
import org.facetclaims.audit.AuditResult;
import org.facetclaims.audit.InputColumns;
import org.facetclaims.audit.InputFormat;
import org.facetclaims.audit.SummaryJson;
import org.facetclaims.audit.report.ReportPage;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.RifColumn;

/**
 * The audit command on Spark: reads the input where it lies, audits it with
 * {@link SparkClaimsAudit}, and writes into the output folder the {@code lines} and
 * {@code findings} tables (CSV or Parquet part files), {@code summary.json} and
 * {@code report.html}, the same as the one-machine audit's lines.csv, findings.csv, summary and
 * report.
 */
public final class SparkAuditJob {
  /** The output folder's entries. */
  public static final String LINES = "lines";
  public static final String FINDINGS = "findings";
  public static final String SUMMARY = "summary.json";
  public static final String REPORT = "report.html";

  private SparkAuditJob() {}

  /**
   * Runs the audit on {@code spark}.
   *
   * @throws AuditInputException when the input cannot be audited at all (exit 2)
   * @throws IOException when the summary or the report cannot be written
   */
  public static AuditResult run(SparkSession spark, SparkAuditOptions o)
      throws AuditInputException, IOException {
    long start = System.nanoTime();
    InputFormat format = o.format() != null ? o.format() : ClaimsInput.detect(spark, o.input());
    ClaimsInput in = ClaimsInput.read(spark, o.input(), format);
    try {
      return run(spark, o, in, start);
    } finally {
      in.release();
    }
  }

  private static AuditResult run(SparkSession spark, SparkAuditOptions o, ClaimsInput in,
      long start) throws IOException {
    InputFormat format = in.format;
    say(o, "found " + in.stats.records() + " lines (" + format.code() + ") in " + seconds(start)
        + " s");
    List<RifColumn> missing = InputColumns.of(in.columns).missing();
    if (!missing.isEmpty()) {
      List<String> n = new ArrayList<>();
      for (RifColumn c : missing) {
        n.add(c.name());
      }
      say(o, "columns missing (their rules are not judged): " + String.join(", ", n));
    }
    LocalDate from = o.historyFrom() != null ? o.historyFrom() : in.stats.first();
    SparkClaimsAudit audit = SparkClaimsAudit.builder().partitions(o.partitions()).build();
    AuditedClaims audited = audit.audit(in.records, SparkClaimsAudit.ROW,
        format == InputFormat.EOB_NDJSON ? SparkClaimsAudit.ITEM : null, in.columns, from);
    long unreadableRecords = 0;
    Dataset<Row> bad = null;
    if (in.unreadable != null) {
      bad = in.unreadable.persist(StorageLevel.MEMORY_AND_DISK());
      unreadableRecords = bad.count();
      audited = audited.withFindingsFirst(bad);
    }
    audited.persist();
    try {
      AuditTotals totals = audited.totals();
      say(o, totals.lines() + " lines judged in " + seconds(start) + " s; writing the tables");
      write(audited.lines(), o, LINES);
      write(audited.findings(), o, FINDINGS);
      AuditResult result = new AuditResult(new Path(o.input()).getName(), format, totals,
          audited.missingColumns(), unreadableRecords, from, in.stats.last(),
          Duration.ofNanos(System.nanoTime() - start));
      writeText(spark, o.output(), SUMMARY, SummaryJson.toJson(result));
      writeText(spark, o.output(), REPORT, ReportPage.html(result));
      say(o, "done in " + seconds(start) + " s: " + totals.linesFlagged()
          + " lines with units not covered, " + totals.amountAtRisk() + " at risk");
      return result;
    } finally {
      audited.unpersist();
      if (bad != null) {
        bad.unpersist();
      }
    }
  }

  private static void write(Dataset<Row> table, SparkAuditOptions o, String name) {
    DataFrameWriter<Row> w = table.write().mode(SaveMode.Overwrite);
    String path = new Path(o.output(), name).toString();
    if (o.tables() == SparkAuditOptions.TableFormat.PARQUET) {
      w.parquet(path);
      return;
    }
    // RFC 4180 as lines.csv and findings.csv are written: quotes doubled, fields quoted only
    // when they need it, empty and missing values as nothing, values as they are.
    w.option("header", "true").option("quote", "\"").option("escape", "\"")
        .option("nullValue", "").option("emptyValue", "")
        .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
        .option("lineSep", "\n").csv(path);
  }

  private static void writeText(SparkSession spark, String dir, String name, String text)
      throws IOException {
    Path p = new Path(dir, name);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(p, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void say(SparkAuditOptions o, String s) {
    if (o.progress() != null) {
      o.progress().accept("audit: " + s);
    }
  }

  private static String seconds(long start) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
  }
}
