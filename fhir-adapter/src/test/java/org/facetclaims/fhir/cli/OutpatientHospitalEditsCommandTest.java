package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --oph-mue} and {@code --oph-ptp}: CMS's outpatient-hospital edit files for the hospital
 * outpatient claim, in CMS's layouts (the values here are test data, not CMS's).
 */
class OutpatientHospitalEditsCommandTest {
  static final String EX6 = CodeCommandTest.EX6;
  /** CMS's OPH MUE layout: a copyright row, a header whose first cell spans two lines. */
  static final String OPH_MUE = "\"CPT codes and descriptions only are copyright the AMA.\",,,\n"
      + "\"HCPCS/\nCPT Code\",Outpatient Hospital Services MUE Values,MUE Adjudication Indicator,"
      + "MUE Rationale\n"
      + "64635,0,2 Date of Service Edit: Policy,Anatomic Consideration\n";
  static final String OPH_PTP = "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier"
      + "\tPTP Edit Rationale\n64635\t77003\t\t20120101\t*\t0\tMisuse of column two code\n";

  @TempDir
  Path dir;

  static String[] run(String... args) {
    return ReadableOutputTest.run(args);
  }

  private String[] facility(String... more) {
    String[] base = {"code", "--format", "csv", "--claims", "facility", "--place-of-service",
        "22", "--state", "OH"};
    String[] all = new String[base.length + more.length + 1];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    all[all.length - 1] = EX6;
    return run(all);
  }

  @Test
  void withoutTheFilesTheHospitalClaimSaysItIsNotEdited() {
    String[] r = facility();
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("FC-730").doesNotContain("FC-401");
    // the physician's claim alone is edited with the bundled practitioner tables, as before
    assertThat(run("code", "--format", "csv", EX6)[1]).doesNotContain("FC-730");
  }

  @Test
  void theFilesAreUsedForTheHospitalClaimOnly() throws Exception {
    Path mue = Files.writeString(dir.resolve(
        "MCR_MUE_OutpatientHospitalServices_Eff_01-01-2026.csv"), OPH_MUE);
    Path ptp1 = Files.writeString(dir.resolve("ccioph-v321r0-f1.txt"), OPH_PTP);
    Path ptp2 = Files.writeString(dir.resolve("ccioph-v321r0-f2.txt"), OPH_PTP
        .replace("64635\t77003", "64636\t77003"));
    String[] r = facility("--oph-mue", mue.toString(), "--oph-ptp", ptp1.toString(),
        "--oph-ptp", ptp2.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[2]).isEmpty();
    assertThat(r[1]).contains("FC-401").doesNotContain("FC-730");
    // the same files do not touch the physician's claim
    String[] pro = run("code", "--format", "csv", "--oph-mue", mue.toString(), EX6);
    assertThat(pro[1]).doesNotContain("FC-401").doesNotContain("FC-730");
  }

  @Test
  void theFileNamesDateIsWhereItsRowsStart() throws Exception {
    Path mue = Files.writeString(dir.resolve(
        "MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv"), OPH_MUE);
    String[] r = facility("--oph-mue", mue.toString());
    // no PTP file either (FC-730); the MUE file's rows start after the date of service (FC-403)
    assertThat(r[1]).doesNotContain("FC-401").contains("FC-730").contains("FC-403");
    String[] dated = facility("--oph-mue", mue.toString(), "--oph-mue-dates",
        "2026-01-01..2026-03-31");
    assertThat(dated[1]).contains("FC-401");
  }

  @Test
  void theWrongFilesAreClearErrors() throws Exception {
    Path practitioner = Files.writeString(dir.resolve("MCR_MUE_PractitionerServices.csv"),
        DataFlagsTest.MUE);
    String[] r = facility("--oph-mue", practitioner.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2].strip()).isEqualTo("facet-claims: FCC-009: --oph-mue " + practitioner + ": its header"
        + " is for Practitioner Services, not Outpatient Hospital Services; give"
        + " MCR_MUE_OutpatientHospitalServices_Eff_<date>.csv");
    Path pra = Files.writeString(dir.resolve("ccipra-v321r0-f1.txt"), OPH_PTP);
    assertThat(facility("--oph-ptp", pra.toString())[2].strip()).isEqualTo("facet-claims:"
        + " FCC-009: --oph-ptp " + pra + ": a practitioner PTP file (ccipra); the hospital edits are the"
        + " ccioph files");
    assertThat(facility("--oph-mue-dates", "2026-01-01..2026-03-31")[2].strip())
        .isEqualTo("facet-claims: FCC-010: --oph-mue-dates needs --oph-mue");
    Path empty = Files.writeString(dir.resolve("ccioph-v321r0-f3.txt"), "nothing here\n");
    assertThat(facility("--oph-ptp", empty.toString())[2]).contains("no PTP row");
  }

  @Test
  void bulkTakesTheSameFiles() throws Exception {
    Path in = dir.resolve("Procedure.ndjson");
    assertThat(run("generate", "--count", "40", "--seed", "5", "--output", in.toString())[0])
        .isEqualTo("0");
    Path mue = Files.writeString(dir.resolve(
        "MCR_MUE_OutpatientHospitalServices_Eff_01-01-2020.csv"), OPH_MUE.replace("64635,0",
            "64635,0\n64633,0"));
    Path ptp = Files.writeString(dir.resolve("ccioph-v321r0-f1.txt"), OPH_PTP);
    Path without = dir.resolve("without");
    Path with = dir.resolve("with");
    String[] a = run("bulk", "--quiet", "--claims", "facility", "--place-of-service", "22",
        "--input", in.toString(), "--output", without.toString());
    assertThat(a[0]).as(a[2]).isEqualTo("0");
    String[] b = run("bulk", "--quiet", "--claims", "facility", "--place-of-service", "22",
        "--oph-mue", mue.toString(), "--oph-ptp", ptp.toString(), "--input", in.toString(),
        "--output", with.toString());
    assertThat(b[0]).as(b[2]).isEqualTo("0");
    String outcomesWithout = Files.readString(without.resolve("OperationOutcome.ndjson"));
    String outcomesWith = Files.readString(with.resolve("OperationOutcome.ndjson"));
    assertThat(outcomesWithout).contains("FC-730").doesNotContain("FC-401");
    assertThat(outcomesWith).contains("FC-401").doesNotContain("FC-730");
  }

  @Test
  void theDateInAFileName() {
    assertThat(DataFlags.effectiveInName("MCR_MUE_OutpatientHospitalServices_Eff_10-01-2026.csv"))
        .hasToString("2026-10-01");
    assertThat(DataFlags.effectiveInName("oph.csv")).isNull();
    assertThat(DataFlags.effectiveInName("x_Eff_13-45-2026.csv")).isNull();
  }
}
