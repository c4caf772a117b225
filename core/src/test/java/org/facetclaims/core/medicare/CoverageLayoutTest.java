package org.facetclaims.core.medicare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.CoverageLayout;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Line-level non-coverage end to end: the policy chosen by state and date gives the engine its
 * {@link CoverageLayout} (the levels beyond two on lines of their own, the contractor's
 * thoracolumbar rule), and the coverage checks then mark exactly those lines with GZ, under
 * every billing convention; at each contractor's revision date, the day before and the day of.
 */
class CoverageLayoutTest {
  static final FacetCodingEngine ENGINE = FacetCodingEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final MedicareCoverage MEDICARE = MedicareCoverage.standard();
  static final LocalDate DOS = LocalDate.of(2025, 3, 3);

  static DocumentedProcedure bilateral(String... joints) {
    DocumentedProcedure.Builder p = DocumentedProcedure.builder(Technique.thermalRf(80))
        .imaging(Imaging.FLUOROSCOPY).reference("Procedure/today");
    for (String j : joints) {
      p.joint(j, Laterality.BILATERAL);
    }
    return p.build();
  }

  static PayerProfile withModifiers(BillingConvention c) {
    return PayerProfile.MEDICARE_PHYSICIAN.toBuilder("test-" + c.id()).convention(c)
        .coverageModifiers(true).build();
  }

  static CoverageContext ohio() {
    return CoverageContext.builder().stateOfService("OH", "--state").diagnosis("M47.816")
        .placeOfService("11").abn(AbnStatus.NOT_ON_FILE).build();
  }

  /** Codes under the layout the context's policy asks for on the date, then assesses. */
  static CoverageAssessment codeAndAssess(LocalDate date, PayerProfile profile,
      CoverageContext context, DocumentedProcedure p) {
    CodingResult r = ENGINE.code(CodingSession.on(date).add(p)
        .coverageLayout(MEDICARE.layout(context, date)).build(), profile);
    return MEDICARE.assess(r, context);
  }

  static List<String> marked(CoverageAssessment a) {
    List<String> out = new ArrayList<>();
    List<ClaimLine> lines = a.result().lines();
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder sb = new StringBuilder(lines.get(i).notation());
      for (Modifier m : a.appendedModifiers(i)) {
        sb.append(" +").append(m.code());
      }
      out.add(sb.toString());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BillingConvention.class)
  @DisplayName("three bilateral levels under the 2024 text: the third level on its own line(s), GZ")
  void thirdLevelOnItsOwnLine(BillingConvention c) {
    CoverageAssessment a = codeAndAssess(DOS, withModifiers(c), ohio(),
        bilateral("L3-L4", "L4-L5", "L5-S1"));
    List<String> expected = switch (c) {
      case MODIFIER_50 -> List.of("64635-50 x1", "64636-50 x1", "64636-50 x1 +GZ");
      case RT_LT_LINES -> List.of("64635-RT x1", "64635-LT x1", "64636-RT x1", "64636-LT x1",
          "64636-RT x1 +GZ", "64636-LT x1 +GZ");
      case SINGLE_LINE_UNITS -> List.of("64635-RT-LT x2", "64636-RT-LT x2",
          "64636-RT-LT x2 +GZ");
      case MODIFIER_50_PER_LINE -> List.of("64635-50 x1", "64636-50 x1", "64636-50 x1 +GZ");
      case FIFTY_ON_SECOND_LINE -> List.of("64635 x1", "64635-50 x1", "64636 x1", "64636-50 x1",
          "64636 x1 +GZ", "64636-50 x1 +GZ");
    };
    assertThat(marked(a)).containsExactlyElementsOf(expected);
    // the marked lines are exactly the units of L5-S1, each line denied as a whole
    for (int i = 0; i < a.result().lines().size(); i++) {
      ClaimLine l = a.result().lines().get(i);
      boolean beyond = l.joints().contains(org.facetclaims.core.anatomy.FacetJoint.L5_S1);
      assertThat(a.isNonCovered(i)).as(l.notation()).isEqualTo(beyond);
      assertThat(a.lineCoverage(i).isPartlyNonCovered()).isFalse();
      if (beyond) {
        assertThat(l.rationale().toString()).contains("covered per region per session");
      }
    }
    assertThat(a.findings()).extracting(f -> f.code())
        .contains(FindingCode.COVERAGE_LEVELS_NON_COVERED);
  }

  @Test
  @DisplayName("two levels: one layout, nothing marked")
  void twoLevelsNotSplit() {
    CoverageAssessment a = codeAndAssess(DOS, withModifiers(BillingConvention.MODIFIER_50),
        ohio(), bilateral("L4-L5", "L5-S1"));
    assertThat(marked(a)).containsExactly("64635-50 x1", "64636-50 x1");
  }

  @Test
  @DisplayName("four levels: the third and fourth together on the line after the covered ones")
  void fourLevels() {
    CoverageAssessment a = codeAndAssess(DOS, withModifiers(BillingConvention.MODIFIER_50),
        ohio(), bilateral("L2-L3", "L3-L4", "L4-L5", "L5-S1"));
    assertThat(marked(a)).containsExactly("64635-50 x1", "64636-50 x1", "64636-50 x2 +GZ");
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      // contractor revision dates: the day before keeps one line (2021 text), the day of splits
      "AL, 2024-07-06, 64635-50 x1|64636-50 x2",
      "AL, 2024-07-07, 64635-50 x1|64636-50 x1|64636-50 x1",
      "MO, 2024-07-13, 64635-50 x1|64636-50 x2",
      "MO, 2024-07-14, 64635-50 x1|64636-50 x1|64636-50 x1",
      "TX, 2024-08-10, 64635-50 x1|64636-50 x2",
      "TX, 2024-08-11, 64635-50 x1|64636-50 x1|64636-50 x1",
      "OH, 2024-08-14, 64635-50 x1|64636-50 x2",
      "OH, 2024-08-15, 64635-50 x1|64636-50 x1|64636-50 x1",
      "CA, 2024-12-31, 64635-50 x1|64636-50 x2",
      "CA, 2025-01-01, 64635-50 x1|64636-50 x1|64636-50 x1",
      "NY, 2024-12-31, 64635-50 x1|64636-50 x2",
      "NY, 2025-01-01, 64635-50 x1|64636-50 x1|64636-50 x1",
      // First Coast: no 2024 revision confirmed, the 2021 text and one line on every date
      "FL, 2026-02-02, 64635-50 x1|64636-50 x2",
  })
  void revisionDates(String state, LocalDate date, String lines) {
    CoverageContext c = CoverageContext.builder().stateOfService(state, "--state").build();
    CodingResult r = ENGINE.code(CodingSession.on(date)
        .add(bilateral("L3-L4", "L4-L5", "L5-S1"))
        .coverageLayout(MEDICARE.layout(c, date)).build(), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(r.lines().stream().map(ClaimLine::notation).collect(Collectors.joining("|")))
        .isEqualTo(lines);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2024-12-31, false",
      "2025-01-01, true",
  })
  @DisplayName("CGS thoracolumbar rule automatic from 2025-01-01 in Ohio")
  void thoracolumbarFromItsDate(LocalDate date, boolean rule) {
    CoverageContext c = CoverageContext.builder().stateOfService("Ohio", "--state").build();
    CoverageLayout layout = MEDICARE.layout(c, date);
    assertThat(layout.thoracolumbarJunctionAsLumbar()).isEqualTo(rule);
    CodingResult r = ENGINE.code(CodingSession.on(date).add(bilateral("T12-L1", "L1-L2"))
        .coverageLayout(layout).build(), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(r.lines().stream().map(ClaimLine::notation).collect(Collectors.toList()))
        .containsExactlyElementsOf(rule ? List.of("64633-50 x1", "64636-50 x1")
            : List.of("64633-50 x1", "64635-50 x1"));
    assertThat(r.findings().stream().anyMatch(
        f -> f.code() == FindingCode.THORACOLUMBAR_OPTION_APPLIED)).isEqualTo(rule);
  }

  @Test
  @DisplayName("thoracolumbar rule and the level limit together: T12-L1 is the first level")
  void thoracolumbarWithThreeLevels() {
    CoverageContext c = CoverageContext.builder().stateOfService("KY", "--state")
        .abn(AbnStatus.NOT_ON_FILE).diagnosis("M47.816").placeOfService("11").build();
    CoverageAssessment a = codeAndAssess(DOS, withModifiers(BillingConvention.MODIFIER_50), c,
        bilateral("T12-L1", "L1-L2", "L2-L3"));
    assertThat(marked(a)).containsExactly("64633-50 x1", "64636-50 x1", "64636-50 x1 +GZ");
  }

  @Test
  @DisplayName("Kentucky and Texas differ on 2024-08-12: the state chooses the layout")
  void stateChoosesTheLayout() {
    LocalDate d = LocalDate.of(2024, 8, 12);
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("TX", "s").build(), d)
        .coveredLevelsPerRegion()).isEqualTo(2);
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("KY", "s").build(), d))
        .isEqualTo(CoverageLayout.NONE);
  }

  @Test
  @DisplayName("no layout on an assumption: unknown state, a state that is not one, a conflict")
  void noLayoutOnAnAssumption() {
    LocalDate d = LocalDate.of(2026, 2, 2);
    assertThat(MEDICARE.layout(CoverageContext.unknown(), d)).isEqualTo(CoverageLayout.NONE);
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("Atlantis", "s").build(),
        d)).isEqualTo(CoverageLayout.NONE);
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("OH", "a")
        .stateOfService("IN", "b").build(), d)).isEqualTo(CoverageLayout.NONE);
    // Virginia between Palmetto's and Novitas's revisions: Northern Virginia may differ
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("VA", "s").build(),
        LocalDate.of(2024, 7, 20))).isEqualTo(CoverageLayout.NONE);
    // Virginia alone never settles the contractor (FC-638): no split; the address's locality does
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("VA", "s").build(),
        LocalDate.of(2024, 8, 11))).isEqualTo(CoverageLayout.NONE);
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("VA", "s",
        new CoverageContext.Locality("Richmond", null, "23219")).build(),
        LocalDate.of(2024, 8, 11)).coveredLevelsPerRegion()).isEqualTo(2);
    assertThat(MEDICARE.layout(CoverageContext.builder().stateOfService("VA", "s",
        new CoverageContext.Locality("Arlington", "Arlington", null)).build(),
        LocalDate.of(2024, 8, 11)).coveredLevelsPerRegion()).isEqualTo(2);
  }

  @Test
  @DisplayName("a layout never changes the units: the same joints and sides, once each")
  void sameUnits() {
    for (BillingConvention c : BillingConvention.values()) {
      PayerProfile p = withModifiers(c);
      DocumentedProcedure proc = bilateral("L2-L3", "L3-L4", "L4-L5", "L5-S1");
      CodingResult plain = ENGINE.code(CodingSession.on(DOS).add(proc).build(), p);
      CodingResult split = ENGINE.code(CodingSession.on(DOS).add(proc)
          .coverageLayout(CoverageLayout.levelsCovered(2, "test")).build(), p);
      assertThat(split.lines().stream().mapToInt(ClaimLine::quantity).sum())
          .isEqualTo(plain.lines().stream().mapToInt(ClaimLine::quantity).sum());
      if (c == BillingConvention.MODIFIER_50_PER_LINE) { // every level is its own line already
        assertThat(split.lines()).hasSameSizeAs(plain.lines());
      } else {
        assertThat(split.lines().size()).isGreaterThan(plain.lines().size());
      }
    }
  }
}
