package org.facetclaims.core.medicare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageChecker;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.coverage.CoverageLine;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageSession;
import org.facetclaims.core.coverage.DateRange;
import org.facetclaims.core.coverage.DiagnosticBlock;
import org.facetclaims.core.coverage.FunctionalImprovement;
import org.facetclaims.core.coverage.FunctionalScale;
import org.facetclaims.core.coverage.LineCoverage;
import org.facetclaims.core.coverage.PatientHistory;
import org.facetclaims.core.coverage.PriorRfSession;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the 2024 LCD text through {@link MedicareCoverage}, by contractor and date: each
 * rule at and around its limit, each contractor's revision date (the day before and the day of),
 * the 2021 behaviour before it, and the same rules from claim lines alone.
 */
class MedicareCoverageTest {
  static final FacetCodingEngine ENGINE = FacetCodingEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final MedicareCoverage MEDICARE = MedicareCoverage.standard();
  /** A 2025 date under every confirmed 2024 revision, CGS's thoracolumbar rule included. */
  static final LocalDate DOS = LocalDate.of(2025, 3, 3);
  static final JointFamily LUMBAR = JointFamily.LUMBAR_SACRAL;

  static DocumentedProcedure.Builder rf() {
    return DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY);
  }

  static CodingResult code(LocalDate date, PayerProfile profile, DocumentedProcedure... ps) {
    CodingSession.Builder b = CodingSession.on(date);
    for (DocumentedProcedure p : ps) {
      b.add(p);
    }
    return ENGINE.code(b.build(), profile);
  }

  static CodingResult bilateral(LocalDate date, PayerProfile profile, String... joints) {
    DocumentedProcedure.Builder p = rf().reference("Procedure/today");
    for (String j : joints) {
      p.joint(j, Laterality.BILATERAL);
    }
    return code(date, profile, p.build());
  }

  static DiagnosticBlock block(LocalDate d, int relief, FacetJoint... joints) {
    return DiagnosticBlock.builder(d, joints[0].family().orElseThrow()).joints(joints)
        .reliefPercent(relief).build();
  }

  /** Complete history with two qualifying lumbar blocks at L1-L2 .. L5-S1, 3 weeks apart. */
  static PatientHistory.Builder blocksOk(LocalDate before) {
    FacetJoint[] all = {FacetJoint.L1_L2, FacetJoint.L2_L3, FacetJoint.L3_L4, FacetJoint.L4_L5,
        FacetJoint.L5_S1};
    return PatientHistory.builder().complete(true)
        .diagnosticBlock(block(before.minusDays(60), 90, all))
        .diagnosticBlock(block(before.minusDays(39), 85, all));
  }

  static CoverageContext.Builder context(String state, LocalDate dos) {
    return CoverageContext.builder().stateOfService(state, "Location/loc-1.address.state")
        .history(blocksOk(dos).build()).diagnosis("M47.816").placeOfService("11");
  }

  static List<String> ids(CoverageAssessment a) {
    return a.findings().stream().map(Finding::id).collect(Collectors.toList());
  }

  static List<String> notations(CodingResult r) {
    return r.lines().stream().map(ClaimLine::notation).collect(Collectors.toList());
  }

  static Finding finding(CoverageAssessment a, String id) {
    return a.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a clean two-level session under the 2024 text raises nothing")
  void clean() {
    CoverageAssessment a = MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN,
        "L4-L5", "L5-S1"), context("OH", DOS).build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.policy().name()).isEqualTo("cgs-L38773-2024");
    assertThat(a.lineCoverages()).allSatisfy(c -> assertThat(c.nonCoveredUnits()).isZero());
  }

  @Nested
  @DisplayName("levels beyond two per region: non-covered units, in the claim's level order")
  class Levels {
    @Test
    @DisplayName("bilateral three levels under modifier 50: one unit of 64636-50 x2")
    void modifier50() {
      CodingResult r = bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN, "L3-L4", "L4-L5",
          "L5-S1");
      assertThat(notations(r)).containsExactly("64635-50 x1", "64636-50 x2");
      CoverageAssessment a = MEDICARE.assess(r, context("OH", DOS).build());
      assertThat(ids(a)).containsExactly("FC-618");
      LineCoverage c = a.lineCoverage(1);
      assertThat(c.nonCoveredUnits()).isEqualTo(1);
      assertThat(c.coveredUnits()).isEqualTo(1);
      assertThat(c.isPartlyNonCovered()).isTrue();
      assertThat(c.nonCoveredSites()).containsExactly("L5-S1 both sides");
      assertThat(c.reasons()).containsExactly(FindingCode.COVERAGE_LEVELS_NON_COVERED);
      assertThat(c.rationale()).contains("1 of 2 units").contains("L5-S1")
          .contains("claim's level order").contains("one or two levels");
      assertThat(a.nonCoveredUnits(0)).isZero();
      assertThat(a.isNonCovered(1)).isFalse();
      Finding f = finding(a, "FC-618");
      assertThat(f.message()).contains("3 joint levels").contains("L3-L4, L4-L5, L5-S1")
          .contains("64636-50 x2: 1 of its 2 units, L5-S1 both sides");
      assertThat(f.source()).contains("L38773/A58364").contains("Three or four-level");
    }

    @Test
    @DisplayName("exactly two levels: nothing; four levels: two units")
    void boundaries() {
      assertThat(ids(MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5",
          "L5-S1"), context("OH", DOS).build()))).isEmpty();
      CoverageAssessment four = MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN,
          "L2-L3", "L3-L4", "L4-L5", "L5-S1"), context("OH", DOS).build());
      assertThat(four.lineCoverage(1).nonCoveredUnits()).isEqualTo(2);
      assertThat(four.lineCoverage(1).nonCoveredSites()).containsExactly("L4-L5 both sides",
          "L5-S1 both sides");
    }

    @Test
    @DisplayName("RT/LT lines: the right and left add-on lines each lose one unit")
    void rtLtLines() {
      CodingResult r = bilateral(DOS, PayerProfile.RT_LT_LINES, "L3-L4", "L4-L5", "L5-S1");
      assertThat(notations(r)).containsExactly("64635-RT x1", "64635-LT x1", "64636-RT x2",
          "64636-LT x2");
      CoverageAssessment a = MEDICARE.assess(r, context("OH", DOS).build());
      assertThat(a.lineCoverages()).extracting(LineCoverage::nonCoveredUnits)
          .containsExactly(0, 0, 1, 1);
      assertThat(a.lineCoverage(2).nonCoveredSites()).containsExactly("right L5-S1");
      assertThat(a.lineCoverage(3).nonCoveredSites()).containsExactly("left L5-S1");
    }

    @Test
    @DisplayName("single line with units: two of the add-on line's four units")
    void singleLineUnits() {
      CodingResult r = bilateral(DOS, PayerProfile.SINGLE_LINE_UNITS, "L3-L4", "L4-L5",
          "L5-S1");
      assertThat(notations(r)).containsExactly("64635-RT-LT x2", "64636-RT-LT x4");
      CoverageAssessment a = MEDICARE.assess(r, context("OH", DOS).build());
      assertThat(a.lineCoverages()).extracting(LineCoverage::nonCoveredUnits)
          .containsExactly(0, 2);
      assertThat(a.lineCoverage(1).nonCoveredSites()).containsExactly("L5-S1 both sides");
    }

    @Test
    @DisplayName("asymmetric: the primary's level first, then add-on joints in spinal order")
    void asymmetric() {
      CodingResult r = code(DOS, PayerProfile.MEDICARE_PHYSICIAN, rf()
          .joint("L4-L5", Laterality.BILATERAL).joint("L3-L4", Laterality.RIGHT)
          .joint("L5-S1", Laterality.RIGHT).build());
      assertThat(notations(r)).containsExactly("64635-50 x1", "64636-RT x2");
      CoverageAssessment a = MEDICARE.assess(r, context("OH", DOS).build());
      assertThat(a.lineCoverage(1).nonCoveredUnits()).isEqualTo(1);
      assertThat(a.lineCoverage(1).nonCoveredSites()).containsExactly("right L5-S1");
      assertThat(finding(a, "FC-618").message()).contains("L4-L5, L3-L4, L5-S1");
    }

    @Test
    @DisplayName("GA/GZ for the non-covered units only, on the line to split off")
    void coverageModifiers() {
      CodingResult r = bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN_ABN, "L3-L4", "L4-L5",
          "L5-S1");
      CoverageAssessment a = MEDICARE.assess(r, context("OH", DOS)
          .abn(AbnStatus.NOT_ON_FILE).build());
      assertThat(a.appendedModifiers(1)).isEmpty();
      assertThat(a.lineCoverage(1).coverageModifiers()).containsExactly(Modifier.NO_ABN);
      assertThat(ids(a)).containsExactly("FC-618", "FC-616");
      assertThat(finding(a, "FC-616").message()).contains("GZ appended to 64636-50 x1")
          .contains("the non-covered units of 64636-50 x2");
    }

    @Test
    @DisplayName("the 2021 text before the revision: a warning, no non-covered units")
    void before2024() {
      LocalDate d = LocalDate.of(2024, 8, 14);
      CoverageAssessment a = MEDICARE.assess(bilateral(d, PayerProfile.MEDICARE_PHYSICIAN,
          "L3-L4", "L4-L5", "L5-S1"), context("OH", d).build());
      assertThat(ids(a)).containsExactly("FC-604", "FC-631");
      assertThat(a.lineCoverage(1).nonCoveredUnits()).isZero();
      assertThat(a.policy().name()).isEqualTo("cgs-L38773-2021");
    }
  }

  @Nested
  @DisplayName("each contractor's revision: the day before and the day of")
  class RevisionDates {
    @ParameterizedTest(name = "{0}: {1} -> 2021 text, {2} -> 2024 text")
    @CsvSource({
        "AL, 2024-07-06, 2024-07-07",
        "NC, 2024-07-06, 2024-07-07",
        "MO, 2024-07-13, 2024-07-14",
        "IN, 2024-07-13, 2024-07-14",
        "CO, 2024-08-10, 2024-08-11",
        "NJ, 2024-08-10, 2024-08-11",
        "KY, 2024-08-14, 2024-08-15",
        "NV, 2024-12-31, 2025-01-01",
        "WA, 2024-12-31, 2025-01-01",
        "MA, 2024-12-31, 2025-01-01",
        "WI, 2024-12-31, 2025-01-01"})
    void threeLevels(String state, String before, String of) {
      LocalDate b = LocalDate.parse(before);
      LocalDate o = LocalDate.parse(of);
      CoverageAssessment old = MEDICARE.assess(bilateral(b, PayerProfile.MEDICARE_PHYSICIAN,
          "L3-L4", "L4-L5", "L5-S1"), context(state, b).build());
      assertThat(ids(old)).contains("FC-604").doesNotContain("FC-618");
      assertThat(old.lineCoverage(1).nonCoveredUnits()).isZero();
      CoverageAssessment neu = MEDICARE.assess(bilateral(o, PayerProfile.MEDICARE_PHYSICIAN,
          "L3-L4", "L4-L5", "L5-S1"), context(state, o).build());
      assertThat(ids(neu)).contains("FC-618").doesNotContain("FC-604", "FC-631");
      assertThat(neu.lineCoverage(1).nonCoveredUnits()).isEqualTo(1);
    }

    @Test
    @DisplayName("First Coast keeps the 2021 text, with the information that it may be revised")
    void firstCoast() {
      CoverageAssessment a = MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN,
          "L3-L4", "L4-L5", "L5-S1"), context("FL", DOS).build());
      assertThat(ids(a)).containsExactly("FC-604", "FC-631");
      assertThat(a.policy().name()).isEqualTo("fcso-L33930-2021");
    }

    @Test
    @DisplayName("before a contractor's first version: FC-601 naming its date")
    void beforePolicy() {
      LocalDate d = LocalDate.of(2021, 5, 1);
      CoverageAssessment a = MEDICARE.assess(bilateral(d, PayerProfile.MEDICARE_PHYSICIAN,
          "L4-L5"), context("OH", d).build());
      assertThat(ids(a)).containsExactly("FC-601");
      assertThat(a.findings().get(0).message()).contains("2021-05-02");
    }
  }

  @Nested
  @DisplayName("one region per session")
  class OneRegion {
    @Test
    @DisplayName("the region with fewer units is non-covered, whatever the input order")
    void fewerUnits() {
      DocumentedProcedure neck = rf().joint("C5-C6", Laterality.RIGHT).reference("P/neck")
          .build();
      DocumentedProcedure back = rf().joint("L4-L5", Laterality.BILATERAL)
          .joint("L5-S1", Laterality.BILATERAL).reference("P/back").build();
      for (CodingResult r : new CodingResult[] {
          code(DOS, PayerProfile.MEDICARE_PHYSICIAN, neck, back),
          code(DOS, PayerProfile.MEDICARE_PHYSICIAN, back, neck)}) {
        CoverageAssessment a = MEDICARE.assess(r, context("TX", DOS)
            .diagnosis("M47.812").history(blocksOk(DOS)
                .diagnosticBlock(block(DOS.minusDays(50), 90, FacetJoint.C5_C6))
                .diagnosticBlock(block(DOS.minusDays(30), 90, FacetJoint.C5_C6)).build())
            .build());
        assertThat(ids(a)).containsExactly("FC-619");
        assertThat(a.nonCoveredLines()).extracting(ClaimLine::code).containsExactly("64633");
        int neckLine = a.result().lines().get(0).code().equals("64633") ? 0 : 2;
        assertThat(a.lineCoverage(neckLine).nonCoveredSites()).containsExactly("right C5-C6");
        assertThat(a.lineCoverage(neckLine).rationale()).contains("FC-619");
        assertThat(a.findings().get(0).message()).contains("lumbar/sacral region is kept")
            .contains("64633-RT x1 is expected to be denied");
      }
    }

    @Test
    @DisplayName("a tie keeps the cervical/thoracic region; the 2021 text has no such rule")
    void tie() {
      CodingResult r = code(DOS, PayerProfile.MEDICARE_PHYSICIAN,
          rf().joint("C5-C6", Laterality.BILATERAL).build(),
          rf().joint("L4-L5", Laterality.BILATERAL).build());
      CoverageContext c = context("TX", DOS).diagnosis("M47.812").history(blocksOk(DOS)
          .diagnosticBlock(block(DOS.minusDays(50), 90, FacetJoint.C5_C6))
          .diagnosticBlock(block(DOS.minusDays(30), 90, FacetJoint.C5_C6)).build()).build();
      CoverageAssessment a = MEDICARE.assess(r, c);
      assertThat(a.nonCoveredLines()).extracting(ClaimLine::code).containsExactly("64635");
      LocalDate before = LocalDate.of(2024, 8, 10);
      CoverageAssessment old = MEDICARE.assess(code(before, PayerProfile.MEDICARE_PHYSICIAN,
          rf().joint("C5-C6", Laterality.BILATERAL).build(),
          rf().joint("L4-L5", Laterality.BILATERAL).build()), context("TX", before)
          .diagnosis("M47.812").history(blocksOk(before)
              .diagnosticBlock(block(before.minusDays(50), 90, FacetJoint.C5_C6))
              .diagnosticBlock(block(before.minusDays(30), 90, FacetJoint.C5_C6)).build())
          .build());
      assertThat(ids(old)).doesNotContain("FC-619");
      assertThat(old.nonCoveredLines()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the CGS thoracolumbar rule, automatic from 2025-01-01")
  class Thoracolumbar {
    CoverageAssessment assess(String state, LocalDate d, PayerProfile p) {
      return MEDICARE.assess(bilateral(d, p, "T12-L1", "L1-L2"), context(state, d)
          .diagnosis("M47.815").history(blocksOk(d)
              .diagnosticBlock(block(d.minusDays(60), 90, FacetJoint.T12_L1))
              .diagnosticBlock(block(d.minusDays(39), 90, FacetJoint.T12_L1)).build())
          .build());
    }

    @ParameterizedTest(name = "{0}, {1}: {2} {3}, {4}")
    @DisplayName("CGS from 2025-01-01: one lumbar session, whatever the lines")
    @CsvSource({
        "OH, medicare-thoracolumbar, 64633, 64636, FC-620",
        "KY, medicare-physician, 64633, 64635, FC-621"})
    void cgs(String state, String profile, String first, String second, String finding) {
      CoverageAssessment a = assess(state, LocalDate.of(2025, 1, 1),
          PayerProfile.byName(profile).orElseThrow());
      assertThat(a.result().lines()).extracting(ClaimLine::code)
          .containsExactly(first, second);
      assertThat(ids(a)).containsExactly(finding);
      assertThat(a.nonCoveredLines()).isEmpty();
      // T12-L1 counts with the lumbar region: M47.816 (lumbar) and M47.815 point at it
      assertThat(a.diagnosisPointers(0)).containsExactly(0, 1);
    }

    @Test
    @DisplayName("CGS 2024-12-31: the rule is not yet in force: two regions")
    void cgsDayBefore() {
      CoverageAssessment a = assess("OH", LocalDate.of(2024, 12, 31),
          PayerProfile.MEDICARE_THORACOLUMBAR);
      assertThat(ids(a)).containsExactlyInAnyOrder("FC-619", "FC-621");
      assertThat(finding(a, "FC-621").message()).contains("only from 2025-01-01");
    }

    @Test
    @DisplayName("another contractor: the option is not its rule: two regions")
    void otherContractor() {
      CoverageAssessment a = assess("AL", DOS, PayerProfile.MEDICARE_THORACOLUMBAR);
      assertThat(ids(a)).containsExactlyInAnyOrder("FC-619", "FC-621");
      assertThat(finding(a, "FC-621").message()).contains("has no such rule");
    }
  }

  @Nested
  @DisplayName("repeat RF: pain relief, or functional improvement on the same scale")
  class Repeat {
    CoverageAssessment repeat(String state, LocalDate d, PriorRfSession last) {
      return MEDICARE.assess(bilateral(d, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          context(state, d).history(PatientHistory.builder().complete(true).rfSession(last)
              .build()).build());
    }

    PriorRfSession.Builder last(LocalDate d, int relief, int months) {
      return PriorRfSession.builder(d, LUMBAR).joints(FacetJoint.L4_L5).reliefPercent(relief)
          .reliefMonths(months).reference("Procedure/rf-1");
    }

    @Test
    @DisplayName("30% relief but ODI 46 to 22: covered under the 2024 text, denied under 2021")
    void functional() {
      PriorRfSession s = last(DOS.minusMonths(8), 30, 2)
          .functionalImprovement(FunctionalImprovement.measured(FunctionalScale.ODI, 46, 22))
          .build();
      assertThat(ids(repeat("OH", DOS, s))).isEmpty();
      LocalDate old = LocalDate.of(2024, 8, 14);
      PriorRfSession s2021 = last(old.minusMonths(8), 30, 2)
          .functionalImprovement(FunctionalImprovement.measured(FunctionalScale.ODI, 46, 22))
          .build();
      assertThat(ids(repeat("OH", old, s2021))).containsExactly("FC-608", "FC-631");
    }

    @Test
    @DisplayName("no improvement, another scale, or none documented: FC-608 says which")
    void notMet() {
      CoverageAssessment worse = repeat("OH", DOS, last(DOS.minusMonths(8), 30, 2)
          .functionalImprovement(FunctionalImprovement.measured(FunctionalScale.ODI, 40, 44))
          .build());
      assertThat(ids(worse)).containsExactly("FC-608");
      assertThat(worse.findings().get(0).message()).contains("ODI 40 to 44 (not improved)")
          .contains("same scale");
      CoverageAssessment scales = repeat("OH", DOS, last(DOS.minusMonths(8), 30, 2)
          .functionalImprovement(FunctionalImprovement.measured(FunctionalScale.ROLAND_MORRIS,
              14, FunctionalScale.ODI, 20)).build());
      assertThat(scales.findings().get(0).message()).contains("different scales");
      CoverageAssessment none = repeat("OH", DOS, last(DOS.minusMonths(8), 30, 2).build());
      assertThat(none.findings().get(0).message())
          .contains("no functional improvement on the same scale is documented");
      assertThat(none.isNonCovered(0)).isTrue();
    }

    @Test
    @DisplayName("a documented statement of improvement on the same scale counts")
    void statement() {
      PriorRfSession s = last(DOS.minusMonths(8), 40, 3).functionalImprovement(
          FunctionalImprovement.documented(true, true, "able to garden again; ODI improved"))
          .build();
      assertThat(ids(repeat("TX", DOS, s))).isEmpty();
      PriorRfSession noScale = last(DOS.minusMonths(8), 40, 3).functionalImprovement(
          FunctionalImprovement.documented(true, false, "feels better")).build();
      assertThat(ids(repeat("TX", DOS, noScale))).containsExactly("FC-608");
    }

    @Test
    @DisplayName("the pain prong's boundaries are unchanged: 50% for 6 months")
    void painBoundaries() {
      assertThat(ids(repeat("OH", DOS, last(DOS.minusMonths(6), 50, 6).build()))).isEmpty();
      assertThat(ids(repeat("OH", DOS, last(DOS.minusMonths(6), 49, 6).build())))
          .containsExactly("FC-608");
      assertThat(ids(repeat("OH", DOS, last(DOS.minusMonths(6), 50, 5).build())))
          .containsExactly("FC-608");
    }

    @Test
    @DisplayName("a score outside its scale: FC-633 and not counted")
    void outOfRange() {
      CoverageAssessment a = repeat("OH", DOS, last(DOS.minusMonths(8), 30, 2)
          .functionalImprovement(FunctionalImprovement.measured(FunctionalScale.ODI, 46, 140))
          .build());
      assertThat(ids(a)).containsExactlyInAnyOrder("FC-608", "FC-633");
      assertThat(finding(a, "FC-633").message()).contains("140").contains("ODI");
      assertThat(finding(a, "FC-633").element()).contains("Procedure/rf-1");
    }
  }

  @Nested
  @DisplayName("diagnostic blocks: two weeks apart, at most four sessions in 12 months")
  class Blocks {
    CoverageAssessment initial(String state, LocalDate d, DiagnosticBlock... blocks) {
      PatientHistory.Builder h = PatientHistory.builder().complete(true);
      for (DiagnosticBlock b : blocks) {
        h.diagnosticBlock(b);
      }
      return MEDICARE.assess(bilateral(d, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          context(state, d).history(h.build()).build());
    }

    @Test
    @DisplayName("13 days apart: the second does not count (FC-622, FC-607); 14 days: fine")
    void spacing() {
      LocalDate first = DOS.minusDays(40);
      CoverageAssessment soon = initial("OH", DOS, block(first, 90, FacetJoint.L4_L5),
          block(first.plusDays(13), 90, FacetJoint.L4_L5));
      assertThat(ids(soon)).containsExactlyInAnyOrder("FC-607", "FC-622");
      assertThat(soon.isNonCovered(0)).isTrue();
      assertThat(finding(soon, "FC-622").message()).contains("less than 2 weeks");
      assertThat(ids(initial("OH", DOS, block(first, 90, FacetJoint.L4_L5),
          block(first.plusDays(14), 90, FacetJoint.L4_L5)))).isEmpty();
    }

    @Test
    @DisplayName("a documented exception lets the sooner block count; the 2021 text has no rule")
    void exception() {
      LocalDate first = DOS.minusDays(40);
      DiagnosticBlock excused = DiagnosticBlock.builder(first.plusDays(7), LUMBAR)
          .joints(FacetJoint.L4_L5).reliefPercent(90).spacingExceptionDocumented(true).build();
      // it counts (no FC-622, no FC-607), with the review finding that it counts by exception
      assertThat(ids(initial("OH", DOS, block(first, 90, FacetJoint.L4_L5), excused)))
          .containsExactly("FC-637");
      LocalDate old = LocalDate.of(2024, 1, 10);
      assertThat(ids(initial("OH", old, block(old.minusDays(40), 90, FacetJoint.L4_L5),
          block(old.minusDays(33), 90, FacetJoint.L4_L5)))).isEmpty();
    }

    @Test
    @DisplayName("a fifth diagnostic session in 12 months is not covered and does not count")
    void sessions() {
      LocalDate s = DOS.minusMonths(11);
      CoverageAssessment four = initial("TX", DOS, block(s, 20, FacetJoint.L4_L5),
          block(s.plusMonths(1), 20, FacetJoint.L4_L5), block(s.plusMonths(2), 90,
              FacetJoint.L4_L5), block(s.plusMonths(3), 90, FacetJoint.L4_L5));
      assertThat(ids(four)).isEmpty();
      CoverageAssessment five = initial("TX", DOS, block(s, 20, FacetJoint.L4_L5),
          block(s.plusMonths(1), 20, FacetJoint.L4_L5), block(s.plusMonths(2), 20,
              FacetJoint.L4_L5), block(s.plusMonths(3), 90, FacetJoint.L4_L5),
          block(s.plusMonths(4), 90, FacetJoint.L4_L5));
      assertThat(ids(five)).containsExactlyInAnyOrder("FC-607", "FC-623");
      assertThat(finding(five, "FC-623").message()).contains(s.plusMonths(4).toString());
    }

    @Test
    @DisplayName("an ultrasound-guided block (0213T-0218T) does not count")
    void ultrasound() {
      DiagnosticBlock us = DiagnosticBlock.builder(DOS.minusDays(20), LUMBAR)
          .joints(FacetJoint.L4_L5).reliefPercent(95).imaging(Imaging.ULTRASOUND).build();
      assertThat(ids(initial("OH", DOS, block(DOS.minusDays(40), 90, FacetJoint.L4_L5), us)))
          .containsExactly("FC-607");
    }
  }

  @Nested
  @DisplayName("two years after the last RF: repeat the blocks if the source is in question")
  class Rediagnosis {
    CoverageAssessment repeat(LocalDate lastRf, DiagnosticBlock... since) {
      PatientHistory.Builder h = PatientHistory.builder().complete(true).rfSession(
          PriorRfSession.builder(lastRf, LUMBAR).joints(FacetJoint.L4_L5).reliefPercent(80)
              .reliefMonths(12).build());
      for (DiagnosticBlock b : since) {
        h.diagnosticBlock(b);
      }
      return MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          context("OH", DOS).history(h.build()).build());
    }

    @Test
    @DisplayName("exactly two years: FC-624 (a warning, no denial); a day less: nothing")
    void boundary() {
      CoverageAssessment a = repeat(DOS.minusYears(2));
      assertThat(ids(a)).containsExactly("FC-624");
      assertThat(a.nonCoveredLines()).isEmpty();
      assertThat(ids(repeat(DOS.minusYears(2).plusDays(1)))).isEmpty();
    }

    @Test
    @DisplayName("a block since the last RF: nothing")
    void blocksRepeated() {
      assertThat(ids(repeat(DOS.minusYears(3), block(DOS.minusMonths(2), 90,
          FacetJoint.L4_L5)))).isEmpty();
    }
  }

  @Nested
  @DisplayName("diagnoses: article lists, radiculopathy, fiscal-year validity, pointers")
  class Diagnoses {
    CoverageAssessment with(String... dx) {
      return MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          CoverageContext.builder().stateOfService("OH", "x").history(blocksOk(DOS).build())
              .placeOfService("11").diagnosis(dx).build());
    }

    @Test
    @DisplayName("radiculopathy only: non-covered, and the message says why")
    void radiculopathyOnly() {
      CoverageAssessment a = with("M54.16");
      assertThat(ids(a)).containsExactly("FC-610");
      assertThat(a.isNonCovered(0)).isTrue();
      assertThat(a.findings().get(0).message()).contains("M54.16")
          .contains("radiculopathy or myelopathy code");
    }

    @Test
    @DisplayName("a covered code of another region plus lumbar radiculopathy: FC-611 and FC-625")
    void radiculopathyRegion() {
      CoverageAssessment a = with("M47.812", "M47.26");
      assertThat(ids(a)).containsExactly("FC-611", "FC-625");
      assertThat(a.nonCoveredLines()).isEmpty();
      assertThat(ids(with("M47.816", "M47.26"))).isEmpty();
    }

    @Test
    @DisplayName("pointers: the positions of the covered codes of the line's region")
    void pointers() {
      CoverageAssessment a = with("M54.50", "M47.812", "M47.816", "M48.15");
      assertThat(a.diagnosisPointers(0)).containsExactly(2, 3);
    }

    @Test
    @DisplayName("a code not valid in the fiscal year of the date: FC-626, not counted")
    void validity() {
      CoveragePolicy p = MEDICARE.catalog().version("J15", DOS).get().policy()
          .toBuilder("cgs-test").diagnosisValidity("M47.816", DateRange.fiscalYears(2016, 2024))
          .build();
      CoverageAssessment a = CoverageChecker.of(p).assess(bilateral(DOS,
          PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"), CoverageContext.builder()
          .history(blocksOk(DOS).build()).placeOfService("11").diagnosis("M47.816").build());
      assertThat(ids(a)).containsExactlyInAnyOrder("FC-610", "FC-626");
      assertThat(finding(a, "FC-626").message()).contains("2015-10-01 to 2024-09-30");
      assertThat(DateRange.fiscalYears(2016, 2024).contains(LocalDate.of(2024, 9, 30))).isTrue();
      assertThat(DateRange.fiscalYears(2016, 2024).contains(LocalDate.of(2024, 10, 1)))
          .isFalse();
    }
  }

  @Nested
  @DisplayName("hospital outpatient prior authorization")
  class PriorAuthorization {
    CoverageAssessment at(CoverageContext.Builder c) {
      return MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          c.history(blocksOk(DOS).build()).diagnosis("M47.816").build());
    }

    CoverageContext.Builder ohio() {
      return CoverageContext.builder().stateOfService("OH", "x");
    }

    @Test
    @DisplayName("type of bill 0131 without UTN: FC-613, the claim will deny")
    void hospitalBillNoUtn() {
      CoverageAssessment a = at(ohio().typeOfBill("0131"));
      assertThat(ids(a)).containsExactly("FC-613");
      assertThat(a.findings().get(0).message()).contains("type of bill 0131")
          .contains("will deny");
    }

    @Test
    @DisplayName("with a UTN or an exemption: FC-627 (information)")
    void onFile() {
      CoverageAssessment utn = at(ohio().typeOfBill("131").priorAuthorizationUtn("UTN123456"));
      assertThat(ids(utn)).containsExactly("FC-627");
      assertThat(utn.findings().get(0).message()).contains("UTN123456").contains("REF*G1");
      assertThat(ids(at(ohio().placeOfService("22").priorAuthorizationExempt(true))))
          .containsExactly("FC-627");
    }

    @Test
    @DisplayName("offices and ASCs are not bound: no finding")
    void notBound() {
      assertThat(ids(at(ohio().placeOfService("11")))).isEmpty();
      assertThat(ids(at(ohio().placeOfService("24")))).isEmpty();
      assertThat(ids(at(ohio().typeOfBill("0831")))).isEmpty();
    }

    @Test
    @DisplayName("from 2023-07-01: the day before has no finding")
    void start() {
      LocalDate d = LocalDate.of(2023, 6, 30);
      assertThat(ids(MEDICARE.assess(bilateral(d, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          CoverageContext.builder().stateOfService("OH", "x").typeOfBill("0131")
              .history(blocksOk(d).build()).diagnosis("M47.816").build()))).isEmpty();
      LocalDate d2 = LocalDate.of(2023, 7, 1);
      assertThat(ids(MEDICARE.assess(bilateral(d2, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5"),
          CoverageContext.builder().stateOfService("OH", "x").typeOfBill("0131")
              .history(blocksOk(d2).build()).diagnosis("M47.816").build())))
          .containsExactly("FC-613");
    }
  }

  @Test
  @DisplayName("same-day sedation or anesthesia on the claim: FC-628 under the 2024 text")
  void sedation() {
    CodingSession.Builder b = CodingSession.on(DOS).add(rf().joint("L4-L5",
        Laterality.BILATERAL).build()).otherLine(OtherClaimLine.of("99152", 1))
        .otherLine(OtherClaimLine.of("01940", 1)).otherLine(OtherClaimLine.of("99213", 1));
    CodingResult r = ENGINE.code(b.build(), PayerProfile.MEDICARE_PHYSICIAN);
    CoverageAssessment a = MEDICARE.assess(r, context("OH", DOS).build());
    assertThat(ids(a)).containsExactly("FC-628");
    assertThat(a.findings().get(0).message()).contains("01940, 99152").doesNotContain("99213");
    LocalDate old = LocalDate.of(2024, 1, 10);
    CodingResult r2021 = ENGINE.code(CodingSession.on(old).add(rf().joint("L4-L5",
        Laterality.BILATERAL).build()).otherLine(OtherClaimLine.of("99152", 1)).build(),
        PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(ids(MEDICARE.assess(r2021, context("OH", old).build()))).isEmpty();
  }

  @Nested
  @DisplayName("bad input: findings naming the element, never a guess")
  class BadInput {
    @Test
    @DisplayName("history dated after the session: FC-632, left out")
    void historyAfter() {
      PatientHistory h = blocksOk(DOS).rfSession(PriorRfSession.builder(DOS.plusDays(3), LUMBAR)
          .joints(FacetJoint.L4_L5).reference("Procedure/later").build()).build();
      CoverageAssessment a = MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN,
          "L4-L5"), context("OH", DOS).history(h).build());
      assertThat(ids(a)).containsExactly("FC-632");
      assertThat(a.findings().get(0).element()).contains("Procedure/later");
    }

    @Test
    @DisplayName("relief out of range: FC-633, treated as not documented (no exception)")
    void reliefOutOfRange() {
      PriorRfSession s = PriorRfSession.builder(DOS.minusMonths(8), LUMBAR)
          .joints(FacetJoint.L4_L5).recordedReliefPercent(120).recordedReliefMonths(-2)
          .reference("Procedure/rf-1").build();
      assertThat(s.reliefPercent()).isEmpty();
      assertThat(s.problems()).hasSize(2);
      CoverageAssessment a = MEDICARE.assess(bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN,
          "L4-L5"), context("OH", DOS).history(PatientHistory.builder().rfSession(s).build())
          .build());
      assertThat(ids(a)).containsExactlyInAnyOrder("FC-609", "FC-633", "FC-633");
      assertThat(a.nonCoveredLines()).isEmpty();
      DiagnosticBlock b = DiagnosticBlock.builder(DOS.minusDays(9), LUMBAR)
          .recordedReliefPercent(85.5).build();
      assertThat(b.reliefPercent()).hasValue(85);
    }

    @Test
    @DisplayName("a state that is not one, and conflicting states: named, and not guessed")
    void states() {
      CodingResult r = bilateral(DOS, PayerProfile.MEDICARE_PHYSICIAN, "L4-L5");
      CoverageAssessment bad = MEDICARE.assess(r, CoverageContext.builder()
          .stateOfService("Atlantis", "Location/l.address.state").history(blocksOk(DOS)
              .build()).diagnosis("M47.816").placeOfService("11").build());
      assertThat(ids(bad)).containsExactly("FC-629", "FC-631");
      assertThat(bad.findings().get(0).element()).contains("Location/l.address.state");
      CoverageAssessment both = MEDICARE.assess(r, CoverageContext.builder()
          .stateOfService("OH", "Location/l.address.state")
          .stateOfService("FL", "Organization/o.address.state").history(blocksOk(DOS).build())
          .diagnosis("M47.816").placeOfService("11").build());
      assertThat(ids(both)).containsExactly("FC-630", "FC-631");
      assertThat(both.policy().name()).isEqualTo("medicare-2024-state-unknown");
    }
  }

  @Nested
  @DisplayName("the same rules from claim lines alone (for the claims audit)")
  class ClaimLines {
    CoverageSession session(LocalDate d, CoverageLine... lines) {
      CoverageSession.Builder b = CoverageSession.builder(d);
      for (CoverageLine l : lines) {
        b.line(l);
      }
      return b.build();
    }

    @Test
    @DisplayName("64635-50 x1 + 64636-50 x2 in Ohio: the add-on's last unit is non-covered")
    void levelsFromUnits() {
      CoverageAssessment a = MEDICARE.assess(session(DOS,
          CoverageLine.builder(0, "64635", 1).modifiers("50").build(),
          CoverageLine.builder(1, "64636", 2).modifiers("50").build()),
          context("OH", DOS).build());
      assertThat(ids(a)).containsExactly("FC-618");
      assertThat(a.nonCoveredUnits(1)).isEqualTo(1);
      assertThat(a.lineCoverage(1).nonCoveredSites()).isEmpty();
      assertThat(a.lineCoverage(1).rationale()).contains("add-on units after the first two");
    }

    @Test
    @DisplayName("RT and LT lines: levels per side, the primary the first level of both")
    void levelsPerSide() {
      CoverageAssessment a = MEDICARE.assess(session(DOS,
          CoverageLine.builder(0, "64635", 1).modifiers("RT").build(),
          CoverageLine.builder(1, "64636", 1).modifiers("LT").build(),
          CoverageLine.builder(2, "64636", 2).modifiers("RT").build()),
          context("OH", DOS).build());
      assertThat(a.lineCoverages()).extracting(LineCoverage::nonCoveredUnits)
          .containsExactly(0, 0, 1);
    }

    @Test
    @DisplayName("64633 + 64636 without 64635 in Ohio from 2025: one lumbar session")
    void thoracolumbarFromCodes() {
      CoverageAssessment a = MEDICARE.assess(session(DOS,
          CoverageLine.builder(0, "64633", 1).modifiers("50").build(),
          CoverageLine.builder(1, "64636", 1).modifiers("50").build()),
          context("OH", DOS).diagnosis("M47.815").build());
      assertThat(ids(a)).containsExactly("FC-620");
      assertThat(a.lineCoverages()).allSatisfy(c -> assertThat(c.nonCoveredUnits()).isZero());
    }

    @Test
    @DisplayName("no covered diagnosis: every facet line; an E/M line is not judged")
    void diagnosisFromClaims() {
      CoverageAssessment a = MEDICARE.assess(session(DOS,
          CoverageLine.builder(0, "64635", 1).modifiers("RT").build(),
          CoverageLine.builder(1, "99213", 1).build()),
          CoverageContext.builder().stateOfService("36", "PRVDR_STATE_CD").diagnosis("M54.50")
              .build());
      assertThat(a.lineCoverage(0).isNonCovered()).isTrue();
      assertThat(a.lineCoverage(1).nonCoveredUnits()).isZero();
      assertThat(ids(a)).contains("FC-629", "FC-610");
    }
  }
}
