package org.facetclaims.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.facetclaims.audit.AuditOptions;
import org.facetclaims.audit.AuditRunner;
import org.facetclaims.core.audit.AuditTotals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API over Datasets (typed columns, extra columns carried, row numbers given or made)
 * and a skewed input: one beneficiary with many thousand lines among small ones.
 */
class SparkClaimsAuditTest {
  @TempDir
  static Path dir;

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final StructType TYPED = new StructType()
      .add("BENE_ID", DataTypes.StringType).add("CLM_ID", DataTypes.StringType)
      .add("LINE_NUM", DataTypes.IntegerType).add("LINE_1ST_EXPNS_DT", DataTypes.DateType)
      .add("HCPCS_CD", DataTypes.StringType).add("HCPCS_1ST_MDFR_CD", DataTypes.StringType)
      .add("LINE_SRVC_CNT", DataTypes.IntegerType).add("LINE_ICD_DGNS_CD", DataTypes.StringType)
      .add("PRVDR_STATE_CD", DataTypes.StringType).add("PRF_PHYSN_NPI", DataTypes.LongType)
      .add("LINE_NCH_PMT_AMT", DataTypes.createDecimalType(10, 2))
      .add("source_file", DataTypes.StringType);

  private static Row line(String bene, String claim, String date, String code, String mod,
      int units, String dx, String paid) {
    return RowFactory.create(bene, claim, 1, Date.valueOf(date), code, mod, units, dx, "36",
        1003000000L, new BigDecimal(paid), "extract-2024.parquet");
  }

  /** Three lumbar sessions in 12 months (the third not covered) and one clean session. */
  private static Dataset<Row> claims() {
    return spark.createDataFrame(List.of(
        line("B1", "C1", "2023-01-10", "64635", "RT", 1, "M47816", "400.00"),
        line("B1", "C2", "2023-02-14", "64635", "LT", 1, "M47816", "400.00"),
        line("B1", "C3", "2023-09-20", "64635", "50", 1, "M47816", "465.00"),
        line("B2", "C4", "2023-03-01", "64635", "50", 1, "M47816", "465.00")), TYPED);
  }

  @Test
  void aDatasetOfTypedClaimLinesGivesLinesFindingsAndTotals() {
    AuditedClaims a = SparkClaimsAudit.builder().historyFrom(LocalDate.of(2022, 1, 1)).build()
        .audit(claims()).persist();
    try {
      Dataset<Row> lines = a.lines();
      assertThat(lines.columns()).endsWith("source_file", "UNITS_NOT_COVERED", "AMOUNT_AT_RISK",
          "FINDINGS");
      assertThat(lines.schema().apply("LINE_1ST_EXPNS_DT").dataType())
          .isEqualTo(DataTypes.DateType);
      Map<String, Row> byClaim = lines.collectAsList().stream()
          .collect(Collectors.toMap(r -> r.getString(1), r -> r));
      Row third = byClaim.get("C3");
      assertThat(third.getInt(third.fieldIndex("UNITS_NOT_COVERED"))).isEqualTo(1);
      assertThat(third.getDecimal(third.fieldIndex("AMOUNT_AT_RISK")))
          .isEqualByComparingTo("465.00");
      assertThat(third.getString(third.fieldIndex("FINDINGS"))).contains("FC-801");
      assertThat(third.getString(third.fieldIndex("source_file"))).isEqualTo("extract-2024.parquet");
      assertThat(byClaim.get("C4").getInt(byClaim.get("C4").fieldIndex("UNITS_NOT_COVERED")))
          .isZero();
      List<Row> f801 = a.findings().filter(col("FINDING_ID").equalTo("FC-801")).collectAsList();
      assertThat(f801).hasSize(1);
      assertThat(f801.get(0).getString(1)).isEqualTo("C3");
      assertThat(f801.get(0).getDate(3)).isEqualTo(Date.valueOf("2023-09-20"));
      // Lines numbered from 1 in the Dataset's order.
      assertThat(f801.get(0).getLong(10)).isEqualTo(3);
      AuditTotals t = a.totals();
      assertThat(t.lines()).isEqualTo(4);
      assertThat(t.beneficiaries()).isEqualTo(2);
      assertThat(t.amountAtRisk()).isEqualByComparingTo("465.00");
      assertThat(a.historyFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
      assertThat(a.missingColumns()).extracting(Enum::name).contains("HCPCS_2ND_MDFR_CD",
          "LINE_PLACE_OF_SRVC_CD", "LINE_ALOWD_CHRG_AMT");
    } finally {
      a.unpersist();
    }
  }

  @Test
  void aRowColumnNumbersTheLinesAndTheFirstDateIsFoundWhenNotGiven() {
    Dataset<Row> withRows = claims().withColumn("row_in_extract",
        col("LINE_1ST_EXPNS_DT").cast(DataTypes.StringType).substr(6, 2).cast(DataTypes.LongType)
            .plus(100));
    AuditedClaims a = SparkClaimsAudit.builder().rowColumn("row_in_extract").partitions(2).build()
        .audit(withRows);
    assertThat(a.historyFrom()).isEqualTo(LocalDate.of(2023, 1, 10));
    Row f = a.findings().filter(col("FINDING_ID").equalTo("FC-801")).first();
    assertThat(f.getLong(10)).isEqualTo(109);
    assertThat(a.lines().columns()).contains("row_in_extract");
  }

  @Test
  void missingRequiredColumnsAreNamed() {
    Dataset<Row> noUnits = claims().drop("LINE_SRVC_CNT", "HCPCS_CD");
    assertThatThrownBy(() -> SparkClaimsAudit.builder().build().audit(noUnits))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HCPCS_CD, LINE_SRVC_CNT");
  }

  @Test
  void oneBeneficiaryWithManyThousandLinesIsAuditedAsOnOneMachine() throws Exception {
    Path csv = dir.resolve("skewed.csv");
    int heavy = writeSkewed(csv);
    Path duck = dir.resolve("out-duckdb");
    AuditRunner.run(AuditOptions.builder(csv, duck).threads(1).build());
    Path out = dir.resolve("out-spark");
    SparkAuditJob.run(spark, SparkAuditOptions.builder(csv.toString(), out.toString())
        .partitions(2).build());
    List<List<String>> lines = LocalSpark.readTable(out.resolve(SparkAuditJob.LINES));
    List<List<String>> expected = LocalSpark.readCsv(duck.resolve(AuditRunner.LINES));
    assertThat(lines).hasSize(expected.size());
    assertThat(lines.stream().filter(l -> l.get(0).equals("HEAVY")).count()).isEqualTo(heavy);
    assertThat(sorted(lines)).isEqualTo(sorted(expected));
    assertThat(sorted(LocalSpark.readTable(out.resolve(SparkAuditJob.FINDINGS))))
        .isEqualTo(sorted(LocalSpark.readCsv(duck.resolve(AuditRunner.FINDINGS))));
  }

  private static List<List<String>> sorted(List<List<String>> t) {
    List<List<String>> b = new ArrayList<>(t);
    b.sort(Comparator.comparing(Object::toString));
    return b;
  }

  /**
   * One beneficiary with an RF session every two weeks and office visits on most days for ten
   * years (more than 12,000 lines), among 200 beneficiaries with one clean session each.
   *
   * @return the heavy beneficiary's lines
   */
  private static int writeSkewed(Path csv) throws IOException {
    int heavy = 0;
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("BENE_ID,CLM_ID,LINE_NUM,LINE_1ST_EXPNS_DT,HCPCS_CD,HCPCS_1ST_MDFR_CD,"
          + "HCPCS_2ND_MDFR_CD,LINE_SRVC_CNT,LINE_ICD_DGNS_CD,LINE_PLACE_OF_SRVC_CD,"
          + "PRVDR_STATE_CD,PRF_PHYSN_NPI,LINE_ALOWD_CHRG_AMT,LINE_NCH_PMT_AMT\n");
      LocalDate d = LocalDate.of(2015, 1, 5);
      for (int day = 0; day < 3_650; day++, d = d.plusDays(1)) {
        if (day % 14 == 0) {
          w.write("HEAVY,H" + day + ",1," + d + ",64635,50,,1,M47816,11,45,1003000007,"
              + "500.00,400.00\n");
          w.write("HEAVY,H" + day + ",2," + d + ",64636,50,,1,M47816,11,45,1003000007,"
              + "200.00,160.00\n");
          heavy += 2;
        }
        for (int v = 0; v < (day % 7 < 5 ? 3 : 1); v++) {
          w.write("HEAVY,V" + day + "-" + v + ",1," + d + ",99213,,,1,M545,11,45,1003000007,"
              + "90.00,72.00\n");
          heavy++;
        }
        if (day < 200) {
          w.write("B" + day + ",C" + day + ",1," + d + ",64635,RT,,1,M47816,11,36,1003000014,"
              + "500.00,400.00\n");
        }
      }
    }
    return heavy;
  }
}
