package org.facetclaims.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.facetclaims.audit.AuditInputException;
import org.facetclaims.audit.AuditOptions;
import org.facetclaims.audit.AuditResult;
import org.facetclaims.audit.AuditRunner;
import org.facetclaims.audit.InputFormat;
import org.facetclaims.audit.synthetic.SyntheticClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.facetclaims.spark.cli.Main;

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
        "FC-804", "FC-805", "FC-808", "FC-809", "FC-811", "FC-814", "FC-818", "FC-819");
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

  @Test
  void parquetInParquetTablesOutEqualTheOneMachineAudit() throws Exception {
    Path parquet = dir.resolve("claims.parquet");
    SyntheticClaims.csvToParquet(csv, parquet);
    Path duckParquet = dir.resolve("out-duckdb-parquet");
    AuditRunner.run(AuditOptions.builder(parquet, duckParquet).threads(1).build());
    Path out = dir.resolve("out-parquet");
    AuditResult r = SparkAuditJob.run(spark, options(parquet, out)
        .tables(SparkAuditOptions.TableFormat.PARQUET).build());
    assertThat(r.format()).isEqualTo(InputFormat.PARQUET);
    Dataset<Row> lines = spark.read().parquet(out.resolve(SparkAuditJob.LINES).toString());
    assertThat(lines.schema().apply("LINE_1ST_EXPNS_DT").dataType())
        .isEqualTo(DataTypes.DateType);
    assertThat(lines.schema().apply("AMOUNT_AT_RISK").dataType())
        .isEqualTo(DataTypes.createDecimalType(38, 2));
    assertThat(body(asText(lines)))
        .isEqualTo(body(LocalSpark.readCsv(duckParquet.resolve(AuditRunner.LINES))));
    Dataset<Row> findings = spark.read().parquet(out.resolve(SparkAuditJob.FINDINGS).toString());
    assertThat(findings.schema().apply("SESSION_DATE").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(body(asText(findings)))
        .isEqualTo(body(LocalSpark.readCsv(duckParquet.resolve(AuditRunner.FINDINGS))));
  }

  /** A table's rows as text, as a CSV of it would hold them, a header first. */
  private static List<List<String>> asText(Dataset<Row> table) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(table.columns()));
    Column[] text = new Column[table.columns().length];
    for (int i = 0; i < text.length; i++) {
      text[i] = col(SparkClaimsAudit.quote(table.columns()[i])).cast(DataTypes.StringType);
    }
    for (Row r : table.select(text).collectAsList()) {
      List<String> v = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        v.add(r.isNullAt(i) ? "" : r.getString(i));
      }
      rows.add(v);
    }
    return rows;
  }

  @Test
  void aDeltaTableIsFoundByItsLogAndAuditedAlike() throws Exception {
    Path delta = dir.resolve("claims-delta");
    spark.read().option("header", "true").csv(csv.toString()).coalesce(1).write()
        .format("delta").save(delta.toString());
    Path out = dir.resolve("out-delta");
    AuditResult r = SparkAuditJob.run(spark, options(delta, out).build());
    assertThat(r.format()).isEqualTo(InputFormat.DELTA);
    assertThat(body(LocalSpark.readTable(out.resolve(SparkAuditJob.LINES))))
        .isEqualTo(body(LocalSpark.readCsv(duck.resolve(AuditRunner.LINES))));
    // A table's rows count from 1, a CSV's records from line 2 (its header is line 1).
    List<List<String>> findings = new ArrayList<>();
    for (List<String> f : LocalSpark.readTable(out.resolve(SparkAuditJob.FINDINGS))) {
      List<String> g = new ArrayList<>(f);
      if (!g.get(10).equals("INPUT_ROW")) {
        g.set(10, Long.toString(Long.parseLong(g.get(10)) + 1));
      }
      findings.add(g);
    }
    assertThat(body(findings)).isEqualTo(body(LocalSpark.readCsv(duck.resolve(AuditRunner.FINDINGS))));
  }

  @Test
  void eobNdjsonWithUnreadableRecordsEqualsTheOneMachineAudit() throws Exception {
    Path eob = dir.resolve("claims.ndjson");
    SyntheticClaims.writeEob(eob, LINES, SEED);
    List<String> recs = new ArrayList<>(Files.readAllLines(eob));
    recs.add(1, "{not json");
    recs.add(2, "{\"resourceType\":\"Patient\",\"id\":\"x\"}");
    recs.add(3, "");
    recs.add(4, "{\"resourceType\":\"ExplanationOfBenefit\",\"id\":\"e\",\"item\":[]}");
    Files.write(eob, recs);
    Path duckEob = dir.resolve("out-duckdb-eob");
    AuditResult d = AuditRunner.run(AuditOptions.builder(eob, duckEob).threads(1).build());
    Path out = dir.resolve("out-eob");
    AuditResult r = SparkAuditJob.run(spark, options(eob, out).partitions(2).build());
    assertThat(r.unreadableRecords()).isEqualTo(d.unreadableRecords()).isEqualTo(3);
    assertThat(body(LocalSpark.readTable(out.resolve(SparkAuditJob.LINES))))
        .isEqualTo(body(LocalSpark.readCsv(duckEob.resolve(AuditRunner.LINES))));
    List<List<String>> findings = LocalSpark.readTable(out.resolve(SparkAuditJob.FINDINGS));
    assertThat(body(findings))
        .isEqualTo(body(LocalSpark.readCsv(duckEob.resolve(AuditRunner.FINDINGS))));
    // The records that gave no line come first, in line order, as on one machine.
    assertThat(findings.subList(1, 4)).extracting(f -> f.get(7)).containsExactly(
        "Line 2 is not JSON; no claim line from it.",
        "Line 3 is not an ExplanationOfBenefit; no claim line from it.",
        "Line 5 has no item; no claim line from it.");
    assertThat(summary(out)).isEqualTo(summary(duckEob));
  }

  @Test
  void theCommandLineExitsZeroWhenTheAuditRanTwoForUnreadableInput() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setErr(new PrintWriter(err, true));
    Path out = dir.resolve("out-cli");
    assertThat(cl.execute("audit", "--master", "local[2]", "--input", csv.toString(),
        "--output", out.toString(), "--quiet", "--partitions", "2")).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.resolve(SparkAuditJob.SUMMARY)).exists();
    assertThat(cl.execute("audit", "--input", dir.resolve("missing.csv").toString(),
        "--output", dir.resolve("out-cli2").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    assertThat(cl.execute("audit", "--input", csv.toString(), "--output",
        dir.resolve("out-cli3").toString(), "--format", "xml")).isEqualTo(2);
    assertThat(cl.execute("audit", "--input", csv.toString(), "--output",
        dir.resolve("out-cli3").toString(), "--tables", "xlsx")).isEqualTo(2);
    assertThat(err.toString()).contains("--tables must be csv or parquet");
  }

  @Test
  void missingRequiredColumnsStopTheRunWithTheirNames() throws IOException {
    Path bad = dir.resolve("nocols.csv");
    Files.writeString(bad, "BENE_ID,CLM_ID,HCPCS_CD\nB1,C1,64635\n");
    assertThatThrownBy(() -> SparkAuditJob.run(spark, options(bad, dir.resolve("out-nocols"))
        .build())).isInstanceOf(AuditInputException.class)
        .hasMessageContaining("LINE_1ST_EXPNS_DT, LINE_SRVC_CNT").hasMessageContaining("line 1");
  }

  @Test
  void badLinesAreTheSameFindingsAsOnOneMachineAndNoLineIsLost() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, String.join("\n",
        "BENE_ID,CLM_ID,LINE_NUM,LINE_1ST_EXPNS_DT,HCPCS_CD,HCPCS_1ST_MDFR_CD,HCPCS_2ND_MDFR_CD,"
            + "LINE_SRVC_CNT,LINE_ICD_DGNS_CD,LINE_PLACE_OF_SRVC_CD,PRVDR_STATE_CD,PRF_PHYSN_NPI,"
            + "LINE_ALOWD_CHRG_AMT,LINE_NCH_PMT_AMT,CARR_LINE_PRCNG_LCLTY_CD",
        "B1,C1,1,20230105,64635,50,,1,M47816,11,36,123,500.00,400.00,01",
        "B1,C2,1,20231345,64635,50,,1,M47816,11,36,123,500.00,400.00,01",
        "B1,C3,1,20230301,64635,RT,,-2,M47816,11,36,123,500.00,400.00,01",
        "B2,C4,1,20230301,6463X9,,,1,M47816,11,36,123,500.00,400.00,01",
        " B2\t,C5,1,20230301,64635,RT,,1,M47816,11,ZZ,123,500.00,-4.00,01",
        "B3,C6,1,20230301,64635,RT,,1,M47816,11",
        "B4,C7,1,20230301,64635,\"R,T\",,1,\"M47\"\"816\",11,36,123,500.00,400.00,01",
        "") + "\n");
    Path duckBad = dir.resolve("out-duckdb-bad");
    AuditRunner.run(AuditOptions.builder(bad, duckBad).threads(1).build());
    Path out = dir.resolve("out-bad");
    AuditResult r = SparkAuditJob.run(spark, options(bad, out).partitions(2).build());
    assertThat(r.totals().unreadableLines()).isEqualTo(3);
    assertThat(body(LocalSpark.readTable(out.resolve(SparkAuditJob.LINES))))
        .isEqualTo(body(LocalSpark.readCsv(duckBad.resolve(AuditRunner.LINES))));
    assertThat(body(LocalSpark.readTable(out.resolve(SparkAuditJob.FINDINGS))))
        .isEqualTo(body(LocalSpark.readCsv(duckBad.resolve(AuditRunner.FINDINGS))));
  }
}
