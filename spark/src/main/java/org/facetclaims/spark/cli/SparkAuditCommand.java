package org.facetclaims.spark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.facetclaims.audit.AuditInputException;
import org.facetclaims.audit.InputFormat;
import org.facetclaims.spark.SparkAuditJob;
import org.facetclaims.spark.SparkAuditOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code audit --input PATH --output DIR}: the claims audit on Spark. Exit 0 when the audit ran
 * (findings are results), 2 when the input cannot be read at all; as the one-machine command.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audits facet RF claim lines on Apache Spark (CMS RIF carrier CSV, the same"
        + " columns in Parquet or a Delta table, or CARIN Blue Button ExplanationOfBenefit"
        + " NDJSON): non-covered units, amounts at risk and findings per line.",
        "Writes the lines and findings tables (CSV or Parquet part files), summary.json and"
        + " report.html into the output folder."})
public final class SparkAuditCommand implements Callable<Integer> {
  /** Exit code: the audit ran. */
  public static final int EXIT_OK = 0;
  /** Exit code: the input could not be read (or the command line was wrong). */
  public static final int EXIT_UNREADABLE = 2;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, for example local[2] (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Claim lines: a file or folder (.csv RIF, .parquet, .ndjson) or a Delta table,"
          + " on any file system Spark reaches.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for lines/, findings/, summary.json and report.html.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "rif-csv, parquet, delta or eob-ndjson (default: from the path).")
  String format;

  @Option(names = "--tables", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv or parquet: how lines/ and findings/ are written (default: ${DEFAULT-VALUE}).")
  String tables;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions of the grouping by beneficiary (default: Spark's"
          + " spark.sql.shuffle.partitions, coalesced by adaptive execution).")
  Integer partitions;

  @Option(names = "--history-from", paramLabel = "YYYY-MM-DD",
      description = "The first date the data covers (default: the earliest date of service in the input).")
  LocalDate historyFrom;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "A Spark setting, as spark-submit --conf (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--quiet", description = "No progress on standard error.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    SparkAuditOptions.Builder b = SparkAuditOptions.builder(input, output)
        .historyFrom(historyFrom);
    if (format != null) {
      InputFormat f = InputFormat.byCode(format).orElse(null);
      if (f == null) {
        err.println("facet-claims-spark: FCC-003: --format must be rif-csv, parquet, delta or eob-ndjson,"
            + " not " + format);
        return EXIT_UNREADABLE;
      }
      b.format(f);
    }
    try {
      b.tables(SparkAuditOptions.TableFormat.byName(tables));
    } catch (IllegalArgumentException e) {
      err.println("facet-claims-spark: FCC-003: --tables must be csv or parquet, not " + tables);
      return EXIT_UNREADABLE;
    }
    if (partitions != null) {
      if (partitions < 1) {
        err.println("facet-claims-spark: FCC-004: --partitions must be at least 1");
        return EXIT_UNREADABLE;
      }
      b.partitions(partitions);
    }
    if (!quiet) {
      b.progress(line -> {
        err.println(line);
        err.flush();
      });
    }
    // A session that was there before (spark-submit's, a notebook's) is left running.
    boolean ours = SparkSession.getActiveSession().isEmpty()
        && SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = session();
    try {
      SparkAuditJob.run(spark, b.build());
      return EXIT_OK;
    } catch (AuditInputException e) {
      err.println("facet-claims-spark: " + e.getMessage());
      return EXIT_UNREADABLE;
    } catch (IOException e) {
      err.println("facet-claims-spark: FCC-008: cannot write " + output + ": "
          + org.facetclaims.audit.cli.AuditCommand.reason(e));
      return EXIT_UNREADABLE;
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }

  /**
   * The session: spark-submit's (or a notebook's) when there is one, else a new one. A local
   * master binds the driver to the loopback address and runs without the web UI unless the
   * settings say otherwise; Delta is switched on when it is on the class path.
   */
  private SparkSession session() {
    SparkConf c = new SparkConf();
    if (master != null) {
      c.setMaster(master);
    } else if (!c.contains("spark.master")) {
      c.setMaster("local[*]");
    }
    c.setIfMissing("spark.app.name", "facet-claims audit");
    if (c.get("spark.master").startsWith("local")) {
      c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      c.setIfMissing("spark.driver.host", "localhost");
      c.setIfMissing("spark.ui.enabled", "false");
    }
    if (onClassPath("io.delta.sql.DeltaSparkSessionExtension")) {
      c.setIfMissing("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
      c.setIfMissing("spark.sql.catalog.spark_catalog",
          "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    }
    conf.forEach(c::set);
    return SparkSession.builder().config(c).getOrCreate();
  }

  private static boolean onClassPath(String name) {
    try {
      Class.forName(name, false, SparkAuditCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
