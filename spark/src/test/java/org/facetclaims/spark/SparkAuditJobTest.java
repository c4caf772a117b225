package org.facetclaims.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.facetclaims.audit.AuditOptions;
import org.facetclaims.audit.AuditResult;
import org.facetclaims.audit.AuditRunner;
import org.facetclaims.audit.synthetic.SyntheticClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark audit equals the one-machine audit line for line on synthetic claims with planted
 * violations: lines, findings and summary, from RIF CSV, Parquet, a Delta table and EOB NDJSON.
 */
class SparkAuditJobTest {
  private static final int LINES = 6_000;
  private static final long SEED = 20;

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static Path csv;
  private static Path duck;

  @BeforeAll
  static void auditOnOneMachine() throws Exception {
    spark = LocalSpark.start();
    csv = dir.resolve("claims.csv");
    SyntheticClaims.writeCsv(csv, null, LINES, SEED, true);
    duck = dir.resolve("out-duckdb");
    AuditRunner.run(AuditOptions.builder(csv, duck).threads(1).memoryLimit("256MB").build());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static AuditResult sparkRun(Path in, Path out, SparkAuditOptions.Builder b)
      throws Exception {
    return SparkAuditJob.run(spark, b.build());
  }

  private static SparkAuditOptions.Builder options(Path in, Path out) {
    return SparkAuditOptions.builder(in.toString(), out.toString());
  }

  /** The records after the header, sorted: the content whatever the engines' row order. */
  private static List<List<String>> body(List<List<String>> table) {
    List<List<String>> b = new ArrayList<>(table.subList(1, table.size()));
    b.sort(Comparator.comparing(Object::toString));
    return b;
  }

  @Test
  void linesFindingsAndSummaryEqualTheOneMachineAudit() throws Exception {
    Path out = dir.resolve("out-spark");
    List<String> progress = new ArrayList<>();
    AuditResult r = SparkAuditJob.run(spark, options(csv, out).partitions(3)
        .progress(progress::add).build());
    List<List<String>> lines = LocalSpark.readTable(out.resolve(SparkAuditJob.LINES));
    List<List<String>> expected = LocalSpark.readCsv(duck.resolve(AuditRunner.LINES));
    assertThat(lines.get(0)).isEqualTo(expected.get(0));
    assertThat(lines).hasSize(expected.size());
    assertThat(body(lines)).isEqualTo(body(expected));
    List<List<String>> findings = LocalSpark.readTable(out.resolve(SparkAuditJob.FINDINGS));
    List<List<String>> expectedFindings = LocalSpark.readCsv(duck.resolve(AuditRunner.FINDINGS));
    assertThat(findings.get(0)).isEqualTo(expectedFindings.get(0));
    assertThat(body(findings)).isEqualTo(body(expectedFindings));
    // The planted violations are there (the audit module's tests check them against the truth).
    assertThat(findings).extracting(f -> f.get(4)).contains("FC-801", "FC-802", "FC-803",
        "FC-804", "FC-805", "FC-808", "FC-809", "FC-811", "FC-814");
    assertThat(summary(out)).isEqualTo(summary(duck));
    assertThat(Files.readString(out.resolve(SparkAuditJob.REPORT))).contains("<svg")
        .contains("FC-801").doesNotContain("<script");
    assertThat(r.totals().lines()).isEqualTo(lines.size() - 1);
    assertThat(progress).anyMatch(p -> p.startsWith("audit: found " + (lines.size() - 1)))
        .anyMatch(p -> p.startsWith("audit: done in"));
  }

  /** summary.json without its run time. */
  private static String summary(Path out) throws IOException {
    return Files.readString(out.resolve("summary.json"))
        .replaceAll("\"elapsedSeconds\": [0-9.]+", "");
  }

  @Test
  void onePartitionWritesTheLinesInTheOneMachineOrderByteForByte() throws Exception {
    Path out = dir.resolve("out-one");
    SparkAuditJob.run(spark, options(csv, out).partitions(1).build());
    List<Path> lines = LocalSpark.parts(out.resolve(SparkAuditJob.LINES), ".csv");
    assertThat(lines).hasSize(1);
    assertThat(Files.readString(lines.get(0)))
        .isEqualTo(Files.readString(duck.resolve(AuditRunner.LINES)));
    List<Path> findings = LocalSpark.parts(out.resolve(SparkAuditJob.FINDINGS), ".csv");
    assertThat(Files.readString(findings.get(0)))
        .isEqualTo(Files.readString(duck.resolve(AuditRunner.FINDINGS)));
  }
}
