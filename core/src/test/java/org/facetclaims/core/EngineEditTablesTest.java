package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.core.Fixtures.CLOCK;
import static org.facetclaims.core.Fixtures.CURRENT;
import static org.facetclaims.core.Fixtures.ENGINE;
import static org.facetclaims.core.Fixtures.ids;
import static org.facetclaims.core.Fixtures.lines;
import static org.facetclaims.core.Fixtures.rf;

import java.io.StringReader;
import java.time.LocalDate;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.core.payer.PayerProfile;
import org.junit.jupiter.api.Test;

/** coding-rules §5: the engine checks the tables it was built with, not hard-coded values. */
class EngineEditTablesTest {
  private static final CodingSession LEFT_THREE = CodingSession.of(CURRENT,
      rf().joint("L3-L4", Laterality.LEFT).joint("L4-L5", Laterality.LEFT)
          .joint("L5-S1", Laterality.LEFT).build());

  private static FacetCodingEngine engineWith(EditTables tables) {
    return FacetCodingEngine.builder().clock(CLOCK).editTables(tables).build();
  }

  /** LEFT_THREE coded with only a PTP table of these rows (source "my PTP"). */
  private static CodingResult withPtp(String rows) {
    return engineWith(EditTables.of(MueTable.empty(),
        PtpTable.parse(new StringReader(rows), "my PTP")))
        .code(LEFT_THREE, PayerProfile.MEDICARE_PHYSICIAN);
  }

  @Test
  void callersMueTableIsUsed() {
    MueTable mue = MueTable.parse(new StringReader(
        "HCPCS/CPT Code\tPractitioner Services MUE Values\tMAI\tRationale\n"
            + "64636\t1\t3 Date of Service Edit: Clinical\tClinical: Data\n"), "my MUE 2026Q1");
    FacetCodingEngine engine = engineWith(EditTables.of(mue, PtpTable.empty()));
    assertThat(engine.editTables().mue()).isSameAs(mue);

    CodingResult r = engine.code(LEFT_THREE, PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(lines(r)).containsExactly("64635-LT x1", "64636-LT x2");
    assertThat(ids(r)).containsExactly("FC-401");
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("64636").contains("2 units").contains("MUE of 1");
    assertThat(f.source()).isEqualTo("my MUE 2026Q1");

    // the bundled table (64636 = 4) finds nothing in the same session
    assertThat(ids(ENGINE.code(LEFT_THREE, PayerProfile.MEDICARE_PHYSICIAN))).isEmpty();
  }

  @Test
  void mueOutsideItsDatesIsNotAppliedAndSaysSo() {
    MueTable mue = MueTable.parse(new StringReader("64636\t1\t3\tClinical\n"), "my MUE",
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
    CodingResult r = engineWith(EditTables.of(mue, PtpTable.empty()))
        .code(LEFT_THREE, PayerProfile.MEDICARE_PHYSICIAN);
    // no FC-401 (the row is not in force), but never a silent pass: FC-403 names the dates
    assertThat(ids(r)).containsExactly("FC-403");
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).isEqualTo("64636: the MUE table has rows for it, none in force on "
        + CURRENT + " (in force 2027-01-01..2027-03-31); their units were not checked against"
        + " an MUE.");
    assertThat(f.source()).isEqualTo("my MUE");
    // a code the table does not know (64635) is not said: the table never covered it
    assertThat(f.message()).doesNotContain("64635");
  }

  @Test
  void ptpPairsNotYetInForceAreSaid() {
    CodingResult r = withPtp("64635\t64636\t\t20270101\t*\t1\tTest pair\n");
    assertThat(ids(r)).containsExactly("FC-403");
    assertThat(r.findings().get(0).message()).isEqualTo("64635: the PTP table has edits for it,"
        + " none in force on " + CURRENT + " (in force from 2027-01-01); their"
        + " procedure-to-procedure pairs were not checked.");
    assertThat(r.findings().get(0).source()).isEqualTo("my PTP");
    // a deleted pair beside one in force: the table checks the date, nothing to say
    assertThat(ids(withPtp("64635\t64636\t\t20120101\t20130101\t1\tOld pair\n"
        + "64635\t64636\t\t20130101\t*\t0\tNew pair\n"))).containsExactly("FC-402");
  }

  @Test
  void callersPtpTableIsUsed() {
    CodingResult r = withPtp("64635\t64636\t\t20120101\t*\t1\tTest pair\n");
    assertThat(ids(r)).containsExactly("FC-402");
    assertThat(r.findings().get(0).message()).contains("64636").contains("64635")
        .contains("modifier indicator 1");
    assertThat(r.findings().get(0).source()).isEqualTo("my PTP");
  }

  @Test
  void noTablesNoEditFindings() {
    CodingSession s = CodingSession.on(CURRENT)
        .add(rf().joint("L4-L5", Laterality.LEFT).build())
        .otherLine(OtherClaimLine.of("77003", 1))
        .otherLine(OtherClaimLine.of("64636", 9))
        .build();
    assertThat(ids(engineWith(EditTables.none()).code(s))).isEmpty();
    // bundled: 64636 x9 > MUE 4; 77003 pairs with both 64635 (coded) and 64636 (on the claim)
    assertThat(ids(ENGINE.code(s))).containsExactly("FC-401", "FC-402", "FC-402");
  }

  @Test
  void otherLinesOfTheClaimCountTowardsTheMue() {
    // 64636-LT x2 coded + 64636 x3 already on the claim = 5 > 4
    CodingSession s = CodingSession.on(CURRENT)
        .add(rf().joint("L3-L4", Laterality.LEFT).joint("L4-L5", Laterality.LEFT)
            .joint("L5-S1", Laterality.LEFT).build())
        .otherLine(OtherClaimLine.of("64636", 3, Modifier.RIGHT))
        .build();
    CodingResult r = ENGINE.code(s, PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(lines(r)).containsExactly("64635-LT x1", "64636-LT x2");
    assertThat(ids(r)).containsExactly("FC-401");
    assertThat(r.findings().get(0).message()).contains("5 units");
  }

  @Test
  void facetInjectionOnTheClaimIsAPtpPairWithIndicator1() {
    CodingSession s = CodingSession.on(CURRENT)
        .add(rf().joint("L4-L5", Laterality.LEFT).build())
        .otherLine(OtherClaimLine.of("64493", 1, Modifier.LEFT))
        .build();
    CodingResult r = ENGINE.code(s);
    assertThat(ids(r)).containsExactly("FC-402");
    assertThat(r.findings().get(0).message()).contains("64493").contains("64635")
        .contains("modifier indicator 1");
  }

  @Test
  void legacyImagingIsNotAPtpPairBefore2012() {
    CodingResult r = ENGINE.code(CodingSession.of(LocalDate.of(2011, 6, 1),
        rf().joint("L4-L5", Laterality.LEFT).build()));
    assertThat(lines(r)).contains("77003 x1");
    assertThat(ids(r)).containsExactly("FC-103");
  }
}
