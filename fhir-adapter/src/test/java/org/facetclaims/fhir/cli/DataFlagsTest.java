package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMS MUE and PTP files and profile files from the command line. */
class DataFlagsTest {
  static final String EX6 = CodeCommandTest.EX6;
  /** CMS's quarterly practitioner layout: a title, a header, rows without dates. */
  static final String MUE = """
      "CMS Practitioner Services MUE Table, test quarter"
      HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale
      64633,1,2 Date of Service Edit: Policy,Nature of Service/Procedure
      64635,0,2 Date of Service Edit: Policy,Nature of Service/Procedure
      """;

  @TempDir
  Path dir;

  static String[] run(String... args) {
    return ReadableOutputTest.run(args);
  }

  @Test
  void anMueFileReplacesTheBundledTableForItsDates() throws Exception {
    Path mue = Files.writeString(dir.resolve("mue.csv"), MUE);
    assertThat(run("code", "--format", "csv", EX6)[1]).doesNotContain("FC-401");
    String[] in = run("code", "--format", "csv", "--mue", mue.toString(), "--mue-dates",
        "2026-01-01..2026-03-31", EX6);
    assertThat(in[0]).as(in[2]).isEqualTo("0");
    assertThat(in[1]).contains("FC-401");
    assertThat(in[2]).isEmpty();
    String[] out = run("code", "--format", "text", "--mue", mue.toString(), "--mue-dates",
        "2025-10-01..2025-12-31", EX6);
    assertThat(out[1]).doesNotContain("FC-401");
    // never a silent pass: the session's own findings say the MUE was not checked
    assertThat(out[1]).contains("FC-403").contains("64635: the MUE table has rows for it, none"
        + " in force on 2026-02-06 (in force 2025-10-01..2025-12-31); their units were not"
        + " checked against an MUE.");
    assertThat(out[2]).isEmpty();
  }

  /** {@code bulk} says per record what {@code code} says: FC-403 in each session's outcome. */
  @Test
  void bulkSaysInEachOutcomeWhenTheMueFileIsNotInForce() throws Exception {
    Path in = dir.resolve("Procedure.ndjson");
    assertThat(run("generate", "--count", "40", "--seed", "3", "--output", in.toString())[0])
        .isEqualTo("0");
    Path mue = Files.writeString(dir.resolve("mue.csv"), MUE);
    Path late = dir.resolve("late");
    String[] r = run("bulk", "--quiet", "--input", in.toString(), "--output", late.toString(),
        "--mue", mue.toString(), "--mue-dates", "2099-01-01..2099-03-31");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    List<String> claims = Files.readAllLines(late.resolve("Claim.ndjson"));
    List<String> outcomes = Files.readAllLines(late.resolve("OperationOutcome.ndjson"));
    long mueCoded = claims.stream().filter(c -> c.contains("\"64635\"")
        || c.contains("\"64633\"")).count();
    assertThat(mueCoded).isGreaterThan(0);
    assertThat(outcomes.stream().filter(o -> o.contains("FC-403")).count()).isEqualTo(mueCoded);
    assertThat(outcomes).filteredOn(o -> o.contains("FC-403")).allMatch(o -> o.contains(
        "(in force 2099-01-01..2099-03-31); their units were not checked against an MUE."));
    Path open = dir.resolve("open");
    assertThat(run("bulk", "--quiet", "--input", in.toString(), "--output", open.toString(),
        "--mue", mue.toString())[0]).isEqualTo("0");
    assertThat(Files.readString(open.resolve("OperationOutcome.ndjson")))
        .doesNotContain("FC-403");
  }

  @Test
  void badDataFilesAndDatesAreClearErrors() throws Exception {
    Path notMue = Files.writeString(dir.resolve("notes.csv"), "hello,world\n");
    String[] r = run("code", "--mue", notMue.toString(), EX6);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2].strip()).isEqualTo("facet-claims: FCC-009: --mue " + notMue + ": no MUE row (a row"
        + " starts with a five-character HCPCS/CPT code); is it the CMS MUE file?");
    Path badRow = Files.writeString(dir.resolve("bad.csv"), "64635,many,2\n");
    assertThat(run("code", "--mue", badRow.toString(), EX6)[2]).startsWith("facet-claims: FCC-009: bad.csv"
        + " line 1");
    assertThat(run("code", "--mue", dir.resolve("none.csv").toString(), EX6)[2].strip())
        .isEqualTo("facet-claims: FCC-008: --mue " + dir.resolve("none.csv") + ": no such file");
    assertThat(run("code", "--mue-dates", "2026-01-01..2026-03-31", EX6)[2].strip())
        .isEqualTo("facet-claims: FCC-010: --mue-dates needs --mue");
    Path mue = Files.writeString(dir.resolve("mue.csv"), MUE);
    assertThat(run("code", "--mue", mue.toString(), "--mue-dates", "Q1", EX6)[2].strip())
        .startsWith("facet-claims: FCC-003: --mue-dates takes FROM..THROUGH as ISO dates");
  }

  @Test
  void aPtpFileInCmsLayoutIsRead() throws Exception {
    Path ptp = Files.writeString(dir.resolve("ptp.txt"), """
        Column 1\tColumn 2\t*=no relationship\tEffective Date\tDeletion Date\tModifier\tRationale
        64635\t64636\t\t20260101\t*\t0\tTest pair
        """);
    String[] r = run("code", "--format", "csv", "--ptp", ptp.toString(),
        CodeCommandTest.EX1);
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("FC-402");
  }

  @Test
  void aProfileFromAFile() throws Exception {
    Path profile = Files.writeString(dir.resolve("my-asc.properties"),
        "name = my-asc\nbase = rt-lt-lines\n");
    String[] r = run("code", "--format", "csv", "--profile", profile.toString(), EX6);
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1].lines().skip(1).map(l -> l.split(",")[5] + "-" + l.split(",")[6]))
        .containsExactly("64635-RT", "64635-LT");
    Path bad = Files.writeString(dir.resolve("bad.properties"), "name = x\ncolour = red\n");
    String[] b = run("code", "--profile", bad.toString(), EX6);
    assertThat(b[0]).isEqualTo("2");
    assertThat(b[2]).startsWith("facet-claims: FCC-007: bad.properties line 2: unknown key 'colour'");
    assertThat(run("code", "--profile", "medicaid", EX6)[2])
        .startsWith("facet-claims: FCC-006: unknown profile 'medicaid'; use one of medicare-physician");
  }
}
