package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.core.Fixtures.CLOCK;
import static org.facetclaims.core.Fixtures.ENGINE;
import static org.facetclaims.core.Fixtures.ids;
import static org.facetclaims.core.Fixtures.lines;
import static org.facetclaims.core.Fixtures.rf;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.core.payer.PayerProfile;
import org.junit.jupiter.api.Test;

/**
 * facility-claims spec §2.7: a hospital outpatient claim is edited with CMS's outpatient-hospital
 * MUE and PTP data sets, loaded by the caller, never with the practitioner values; without them
 * it says so once (FC-730). The values below are test data in CMS's layouts, not CMS's values.
 */
class OutpatientHospitalEditsTest {
  static final LocalDate DOS = LocalDate.of(2026, 3, 10);

  /** CMS's OPH MUE layout: a copyright row, then a header whose first cell spans two lines. */
  static final String OPH_MUE = "\"Current Procedural Terminology (CPT) codes, descriptions and"
      + " other data only are copyright the American Medical Association.\",,,\n"
      + "\"HCPCS/\n"
      + "CPT Code\",Outpatient Hospital Services MUE Values,MUE Adjudication Indicator,"
      + "MUE Rationale\n"
      + "64635,1,2 Date of Service Edit: Policy,Anatomic Consideration\n"
      + "64636,1,3 Date of Service Edit: Clinical,Clinical: Data\n";

  /** A hospital PTP file (ccioph layout) pairing 64635 with 64636: test data only. */
  static final String OPH_PTP = "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier"
      + "\tPTP Edit Rationale\n"
      + "64635\t64636\t\t20260101\t*\t0\tTest pair\n";

  private static CodingSession session(DocumentedProcedure p) {
    return CodingSession.on(DOS).add(p).build();
  }

  private static DocumentedProcedure bilateralThreeLevels() {
    return rf().joint("L3-L4", Laterality.BILATERAL).joint("L4-L5", Laterality.BILATERAL)
        .joint("L5-S1", Laterality.BILATERAL).build();
  }

  private static FacetCodingEngine engine(EditTables t) {
    return FacetCodingEngine.builder().clock(CLOCK).editTables(t).build();
  }

  private static MueTable ophMue() {
    return MueTable.parse(new StringReader(OPH_MUE),
        "MCR_MUE_OutpatientHospitalServices_Eff_01-01-2026.csv",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
  }

  private static PtpTable ophPtp() {
    return PtpTable.parse(new StringReader(OPH_PTP), "ccioph-v321r0-f1.txt");
  }

  private static List<Finding> withId(CodingResult r, String id) {
    return r.findings().stream().filter(f -> f.id().equals(id)).collect(Collectors.toList());
  }

  @Test
  void withoutTheHospitalTablesTheClaimSaysSoOnceAndIsNotEditedWithPractitionerValues() {
    // practitioner tables that would flag the session: 64636 at most 1 unit, 64635+64636 a pair
    MueTable practitioner = MueTable.parse(new StringReader("64636,1,3,Clinical\n"), "prac");
    FacetCodingEngine e = engine(EditTables.of(practitioner, ophPtp()));
    CodingResult hospital = e.code(session(bilateralThreeLevels()), PayerProfile.MEDICARE_OPPS);
    assertThat(lines(hospital)).containsExactly("64635-50 x1", "64636-50 x1", "64636-50 x1");
    assertThat(ids(hospital)).containsExactly("FC-730");
    Finding f = hospital.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
    assertThat(f.message()).contains("outpatient-hospital MUE table and hospital PTP edits")
        .contains("medicare-opps");
    assertThat(hospital.explain()).contains("not loaded");

    // the physician's claim of the same session is edited with the practitioner tables
    CodingResult physician = e.code(session(bilateralThreeLevels()),
        PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(ids(physician)).containsExactly("FC-401", "FC-402");
  }

  @Test
  void theHospitalMueTableIsCheckedWithItsSource() {
    FacetCodingEngine e = engine(EditTables.bundled().withOutpatientHospital(ophMue(),
        PtpTable.empty()));
    CodingResult r = e.code(session(bilateralThreeLevels()), PayerProfile.MEDICARE_OPPS);
    List<Finding> mue = withId(r, "FC-401");
    assertThat(mue).hasSize(1);
    assertThat(mue.get(0).message()).contains("64636").contains("2 units").contains("MUE of 1");
    assertThat(mue.get(0).source()).isEqualTo(
        "MCR_MUE_OutpatientHospitalServices_Eff_01-01-2026.csv");
    assertThat(ids(r)).doesNotContain("FC-730");
    // the bundled practitioner value (64636 = 4) still holds for the physician
    assertThat(ids(e.code(session(bilateralThreeLevels()), PayerProfile.MEDICARE_PHYSICIAN)))
        .doesNotContain("FC-401");
  }

  @Test
  void oneMissingSetIsNamed() {
    FacetCodingEngine e = engine(EditTables.bundled().withOutpatientHospital(ophMue(), null));
    CodingResult r = e.code(session(bilateralThreeLevels()), PayerProfile.MEDICARE_OPPS);
    assertThat(withId(r, "FC-730")).singleElement().satisfies(f ->
        assertThat(f.message()).contains("The hospital PTP edits").doesNotContain("MUE table"));
    assertThat(ids(r)).contains("FC-401");
  }

  @Test
  void theHospitalPtpEditsAreCheckedAndThePractitionerOnesAreNot() {
    FacetCodingEngine e = engine(EditTables.bundled().withOutpatientHospital(MueTable.empty(),
        ophPtp()));
    CodingResult r = e.code(session(bilateralThreeLevels()), PayerProfile.MEDICARE_OPPS);
    assertThat(withId(r, "FC-402")).singleElement().satisfies(f ->
        assertThat(f.source()).isEqualTo("ccioph-v321r0-f1.txt"));
    assertThat(ids(r)).doesNotContain("FC-730");
    assertThat(ids(e.code(session(bilateralThreeLevels()), PayerProfile.MEDICARE_PHYSICIAN)))
        .doesNotContain("FC-402");
  }

  @Test
  void ascAndPhysicianClaimsAreNotHospitalClaims() {
    for (PayerProfile p : List.of(PayerProfile.MEDICARE_ASC, PayerProfile.MEDICARE_PHYSICIAN,
        PayerProfile.COMMERCIAL_ASC_UB04)) {
      assertThat(p.outpatientHospitalEdits()).as(p.name()).isFalse();
      assertThat(ids(ENGINE.code(session(bilateralThreeLevels()), p))).as(p.name())
          .doesNotContain("FC-730");
    }
    assertThat(PayerProfile.MEDICARE_OPPS.outpatientHospitalEdits()).isTrue();
    assertThat(PayerProfile.MEDICARE_OPPS.mueEdits()).isTrue();
  }

  @Test
  void theMueFileSaysWhichServicesItIsFor() {
    MueTable oph = ophMue();
    assertThat(oph.services()).contains("Outpatient Hospital");
    assertThat(oph.entries()).hasSize(2);
    assertThat(oph.lookup("64636", DOS)).hasValueSatisfying(m -> {
      assertThat(m.maxUnits()).isEqualTo(1);
      assertThat(m.adjudicationIndicator()).isEqualTo(3);
    });
    assertThat(oph.lookup("64636", LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(EditTables.bundled().mue().services()).contains("Practitioner");
    assertThat(MueTable.parse(new StringReader("64635,1,2,x\n"), "bare").services()).isEmpty();
    assertThat(EditTables.bundled().outpatientHospitalMue()).isEmpty();
    assertThat(EditTables.bundled().outpatientHospitalPtp()).isEmpty();
  }
}
