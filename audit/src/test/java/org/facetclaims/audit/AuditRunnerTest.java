package org.facetclaims.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.facetclaims.audit.cli.AuditCommand;
import org.facetclaims.audit.synthetic.SyntheticClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The audit end to end on synthetic claims with planted violations: every planted finding found,
 * no clean line flagged, amounts to the cent, the three formats alike, bad input reported by line.
 */
class AuditRunnerTest {
  private static final int LINES = 6_000;
  private static final long SEED = 20;

  @TempDir
  static Path dir;

  private static Path csvIso;
  private static Path truth;
  private static AuditResult isoResult;

  @BeforeAll
  static void auditTheSyntheticCsv() throws Exception {
    csvIso = dir.resolve("claims-iso.csv");
    truth = dir.resolve("truth.csv");
    SyntheticClaims.writeCsv(csvIso, truth, LINES, SEED, true);
    isoResult = AuditRunner.run(options(csvIso, dir.resolve("out-iso")).build());
  }

  private static AuditOptions.Builder options(Path in, Path out) {
    return AuditOptions.builder(in, out).threads(2).memoryLimit("256MB");
  }

  /** lines.csv (or any CSV written here) as header-keyed rows; no field here holds a comma. */
  private static List<Map<String, String>> read(Path csv) throws IOException {
    List<String> all = Files.readAllLines(csv, StandardCharsets.UTF_8);
    String[] header = all.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : all.subList(1, all.size())) {
      String[] v = line.split(",", -1);
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        m.put(header[i], i < v.length ? v[i] : "");
      }
      rows.add(m);
    }
    return rows;
  }

  @Test
  void everyPlantedFindingIsFoundAndNoCleanLineIsFlagged() throws IOException {
    Map<String, Map<String, String>> expected = new HashMap<>();
    for (Map<String, String> t : read(truth)) {
      expected.put(t.get("CLM_ID") + "/" + t.get("LINE_NUM"), t);
    }
    List<Map<String, String>> lines = read(dir.resolve("out-iso").resolve(AuditRunner.LINES));
    assertThat(lines).hasSize(expected.size());
    Map<String, Integer> planted = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map<String, String> l : lines) {
      String key = l.get("CLM_ID") + "/" + l.get("LINE_NUM");
      Map<String, String> e = expected.get(key);
      assertThat(e).as(key).isNotNull();
      assertThat(new TreeSet<>(Arrays.asList(l.get("FINDINGS").split(" "))))
          .as("findings of " + key + " " + l.get("HCPCS_CD"))
          .isEqualTo(new TreeSet<>(Arrays.asList(e.get("EXPECTED_FINDINGS").split(" "))));
      assertThat(l.get("UNITS_NOT_COVERED")).as("units of " + key)
          .isEqualTo(e.get("EXPECTED_UNITS_NOT_COVERED"));
      BigDecimal amount = new BigDecimal(l.get("LINE_NCH_PMT_AMT"))
          .multiply(new BigDecimal(l.get("UNITS_NOT_COVERED")))
          .divide(new BigDecimal(l.get("LINE_SRVC_CNT")), 2, RoundingMode.HALF_UP);
      assertThat(l.get("AMOUNT_AT_RISK")).as("amount of " + key).isEqualTo(amount.toPlainString());
      total = total.add(amount);
      for (String id : e.get("EXPECTED_FINDINGS").split(" ")) {
        if (!id.isEmpty()) {
          planted.merge(id, 1, Integer::sum);
        }
      }
    }
    // The data plants every kind the generator knows, and the totals add up to the cent.
    assertThat(planted).containsKeys("FC-801", "FC-802", "FC-803", "FC-804", "FC-805",
        "FC-808", "FC-809", "FC-811", "FC-814", "FC-818", "FC-819");
    assertThat(isoResult.totals().amountAtRisk()).isEqualByComparingTo(total);
    assertThat(isoResult.totals().lines()).isEqualTo(lines.size());
    String summary = Files.readString(dir.resolve("out-iso").resolve(AuditRunner.SUMMARY));
    assertThat(summary).contains("\"amountAtRisk\": " + total.toPlainString())
        .contains("\"linesRead\": " + lines.size());
  }

  @Test
  void findingsCsvNamesEveryFindingWithItsSourceAndAmount() throws IOException {
    List<Map<String, String>> findings = read(dir.resolve("out-iso").resolve(AuditRunner.FINDINGS));
    assertThat(findings).isNotEmpty().hasSize((int) isoResult.totals().findings());
    // Messages hold commas, so check the first columns only.
    for (String line : Files.readAllLines(dir.resolve("out-iso").resolve(AuditRunner.FINDINGS))
        .subList(1, 50)) {
      assertThat(line).matches("S\\d{10},\\d{12},\\d+,\\d{4}-\\d{2}-\\d{2},FC-8\\d\\d,\\w+,.*");
    }
  }

  @Test
  void theThreeInputFormatsGiveTheSameLinesCsv() throws Exception {
    Path parquet = dir.resolve("claims.parquet");
    SyntheticClaims.csvToParquet(csvIso, parquet);
    Path eob = dir.resolve("claims.ndjson");
    SyntheticClaims.writeEob(eob, LINES, SEED);
    AuditRunner.run(options(parquet, dir.resolve("out-parquet")).build());
    AuditRunner.run(options(eob, dir.resolve("out-eob")).build());
    String expected = Files.readString(dir.resolve("out-iso").resolve(AuditRunner.LINES));
    assertThat(Files.readString(dir.resolve("out-parquet").resolve(AuditRunner.LINES)))
        .isEqualTo(expected);
    assertThat(Files.readString(dir.resolve("out-eob").resolve(AuditRunner.LINES)))
        .isEqualTo(expected);
  }

  @Test
  void rifDatesAndIsoDatesGiveTheSameVerdicts() throws Exception {
    Path rif = dir.resolve("claims-rif.csv");
    SyntheticClaims.writeCsv(rif, null, LINES, SEED, false);
    AuditRunner.run(options(rif, dir.resolve("out-rif")).build());
    List<Map<String, String>> a = read(dir.resolve("out-rif").resolve(AuditRunner.LINES));
    List<Map<String, String>> b = read(dir.resolve("out-iso").resolve(AuditRunner.LINES));
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      for (String c : new String[] {"UNITS_NOT_COVERED", "AMOUNT_AT_RISK", "FINDINGS"}) {
        assertThat(a.get(i).get(c)).isEqualTo(b.get(i).get(c));
      }
    }
  }

  @Test
  void badLinesAreFindingsWithTheirLineNumberAndNothingIsLost() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, String.join("\n",
        "BENE_ID,CLM_ID,LINE_NUM,LINE_1ST_EXPNS_DT,HCPCS_CD,HCPCS_1ST_MDFR_CD,HCPCS_2ND_MDFR_CD,"
            + "LINE_SRVC_CNT,LINE_ICD_DGNS_CD,LINE_PLACE_OF_SRVC_CD,PRVDR_STATE_CD,PRF_PHYSN_NPI,"
            + "LINE_ALOWD_CHRG_AMT,LINE_NCH_PMT_AMT,CARR_LINE_PRCNG_LCLTY_CD",
        "B1,C1,1,20230105,64635,50,,1,M47816,11,36,123,500.00,400.00,01",
        "B1,C2,1,20231345,64635,50,,1,M47816,11,36,123,500.00,400.00,01",
        "B1,C3,1,20230301,64635,RT,,-2,M47816,11,36,123,500.00,400.00,01",
        "B2,C4,1,20230301,6463X9,,,1,M47816,11,36,123,500.00,400.00,01",
        "B2,C5,1,20230301,64635,RT,,1,M47816,11,ZZ,123,500.00,-4.00,01",
        "B3,C6,1,20230301,64635,RT,,1,M47816,11",
        "") + "\n");
    Path out = dir.resolve("out-bad");
    AuditResult r = AuditRunner.run(options(csv, out).build());
    List<Map<String, String>> lines = read(out.resolve(AuditRunner.LINES));
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).containsEntry("CARR_LINE_PRCNG_LCLTY_CD", "01");
    assertThat(lines.get(1).get("FINDINGS")).isEqualTo("FC-815");
    assertThat(lines.get(2).get("FINDINGS")).isEqualTo("FC-815");
    assertThat(lines.get(3).get("FINDINGS")).isEqualTo("FC-815");
    assertThat(lines.get(4).get("FINDINGS")).contains("FC-813").contains("FC-816");
    assertThat(r.totals().unreadableLines()).isEqualTo(3);
    String findings = Files.readString(out.resolve(AuditRunner.FINDINGS));
    assertThat(findings).contains("Line 3 not judged: LINE_1ST_EXPNS_DT '20231345' is not a date")
        .contains("Line 4 not judged: LINE_SRVC_CNT '-2'")
        .contains("Line 5 not judged: HCPCS_CD '6463X9'")
        .contains("'ZZ' is not a state code")
        .contains("LINE_NCH_PMT_AMT -4.00 is negative");
  }

  @Test
  void quotedFieldsAreReadAsRfc4180() throws Exception {
    Path csv = dir.resolve("quoted.csv");
    Files.writeString(csv, "BENE_ID,CLM_ID,LINE_NUM,LINE_1ST_EXPNS_DT,HCPCS_CD,HCPCS_1ST_MDFR_CD,"
        + "LINE_SRVC_CNT,LINE_ICD_DGNS_CD,PRVDR_STATE_CD,PRF_PHYSN_NPI,LINE_NCH_PMT_AMT\n"
        + "B1,C1,1,20230105,64635,50,1,\"M47\"\"816\",36,\"1,23\",400.00\n");
    Path out = dir.resolve("out-quoted");
    AuditRunner.run(options(csv, out).build());
    // Quotes doubled inside a quoted field are one quote (and written back doubled).
    assertThat(Files.readAllLines(out.resolve(AuditRunner.LINES)).get(1))
        .startsWith("B1,C1,1,20230105,64635,50,1,\"M47\"\"816\",36,\"1,23\",400.00,");
  }

  @Test
  void missingRequiredColumnsStopTheRunWithTheirNames() throws IOException {
    Path csv = dir.resolve("nocols.csv");
    Files.writeString(csv, "BENE_ID,CLM_ID,HCPCS_CD\nB1,C1,64635\n");
    assertThatThrownBy(() -> AuditRunner.run(options(csv, dir.resolve("out-nocols")).build()))
        .isInstanceOf(AuditInputException.class)
        .hasMessageContaining("LINE_1ST_EXPNS_DT, LINE_SRVC_CNT").hasMessageContaining("line 1");
  }

  @Test
  void parquetWithOtherTypesIsReadOrReportedRowByRow() throws Exception {
    Path pq = dir.resolve("typed.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT * FROM (VALUES"
          + " (1001, 'C1', 1, 20230105, '64635', '50', NULL, 1.0, 'M47816', 11, 36, 123, 500.0, 400.0),"
          + " (1001, 'C2', 1, 20230105, '64636', '50', NULL, 1.5, 'M47816', 11, 36, 123, 500.0, 400.0)"
          + ") t(BENE_ID, CLM_ID, LINE_NUM, LINE_1ST_EXPNS_DT, HCPCS_CD, HCPCS_1ST_MDFR_CD,"
          + " HCPCS_2ND_MDFR_CD, LINE_SRVC_CNT, LINE_ICD_DGNS_CD, LINE_PLACE_OF_SRVC_CD,"
          + " PRVDR_STATE_CD, PRF_PHYSN_NPI, LINE_ALOWD_CHRG_AMT, LINE_NCH_PMT_AMT))"
          + " TO '" + pq + "' (FORMAT parquet)");
    }
    Path out = dir.resolve("out-typed");
    AuditRunner.run(options(pq, out).build());
    List<Map<String, String>> lines = read(out.resolve(AuditRunner.LINES));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("FINDINGS")).doesNotContain("FC-815");
    assertThat(lines.get(1).get("FINDINGS")).isEqualTo("FC-815");
    assertThat(Files.readString(out.resolve(AuditRunner.FINDINGS)))
        .contains("Line 2 not judged: LINE_SRVC_CNT '1.5'");
  }

  @Test
  void unreadableEobRecordsAreFindingsAndTheRunGoesOn() throws Exception {
    Path eob = dir.resolve("mixed.ndjson");
    SyntheticClaims.writeEob(eob, 20, 3);
    List<String> recs = new ArrayList<>(Files.readAllLines(eob));
    recs.add(1, "{not json");
    recs.add(2, "{\"resourceType\":\"Patient\",\"id\":\"x\"}");
    Files.write(eob, recs);
    Path out = dir.resolve("out-mixed");
    AuditResult r = AuditRunner.run(options(eob, out).build());
    assertThat(r.unreadableRecords()).isEqualTo(2);
    String findings = Files.readString(out.resolve(AuditRunner.FINDINGS));
    assertThat(findings).contains("Line 2 is not JSON").contains("Line 3 is not an"
        + " ExplanationOfBenefit");
  }

  @Test
  void exitCodesZeroWhenTheAuditRanTwoForUnreadableInput() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new AuditCommand());
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("--input", csvIso.toString(), "--output",
        dir.resolve("out-cli").toString(), "--quiet", "--threads", "1")).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(cl.execute("--input", dir.resolve("missing.csv").toString(), "--output",
        dir.resolve("out-cli2").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    assertThat(cl.execute("--input", csvIso.toString(), "--output",
        dir.resolve("out-cli3").toString(), "--format", "xml")).isEqualTo(2);
    // A Delta table is Spark's to read (facet-claims-spark), never mistaken for NDJSON here.
    assertThat(cl.execute("--input", csvIso.toString(), "--output",
        dir.resolve("out-cli4").toString(), "--format", "delta")).isEqualTo(2);
    assertThat(err.toString()).contains("a Delta table is audited on Spark");
  }

  @Test
  void progressGoesToTheGivenSinkAndTheReportOpensOffline() throws Exception {
    List<String> progress = new ArrayList<>();
    AuditRunner.run(options(csvIso, dir.resolve("out-progress")).progress(progress::add).build());
    int lines = read(truth).size();
    assertThat(progress).anyMatch(p -> p.startsWith("audit: found " + lines + " lines"))
        .anyMatch(p -> p.startsWith("audit: done"));
    String html = Files.readString(dir.resolve("out-progress").resolve(AuditRunner.REPORT));
    assertThat(html).contains("<svg").contains("Amount at risk by rule").contains("FC-801")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("url(")
        .doesNotContain("<link");
  }
}
