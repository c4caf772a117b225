package org.facetclaims.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.Severity;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Coding-rules §6, one test per rule at, just inside and just outside each limit. Sessions are
 * built with the core API and coded by an engine on a fixed clock.
 */
class CoverageCheckerTest {
  static final FacetCodingEngine ENGINE = FacetCodingEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final CoverageChecker CHECKER = CoverageChecker.standard();
  static final LocalDate DOS = LocalDate.of(2026, 2, 2);
  static final JointFamily LUMBAR = JointFamily.LUMBAR_SACRAL;
  static final JointFamily CT = JointFamily.CERVICAL_THORACIC;

  static DocumentedProcedure.Builder rf() {
    return DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY);
  }

  /** Bilateral L4-L5 thermal RF under fluoroscopy: 64635-50 x1. */
  static DocumentedProcedure bilateralL4L5() {
    return rf().joint("L4-L5", Laterality.BILATERAL).reference("Procedure/today").build();
  }

  static CodingResult code(LocalDate date, PayerProfile profile, DocumentedProcedure... ps) {
    CodingSession.Builder b = CodingSession.on(date);
    for (DocumentedProcedure p : ps) {
      b.add(p);
    }
    return ENGINE.code(b.build(), profile);
  }

  static CodingResult code(LocalDate date, DocumentedProcedure... ps) {
    return code(date, PayerProfile.MEDICARE_PHYSICIAN, ps);
  }

  static List<String> ids(List<Finding> fs) {
    return fs.stream().map(Finding::id).collect(Collectors.toList());
  }

  static DiagnosticBlock block(LocalDate d, int relief, FacetJoint... joints) {
    return DiagnosticBlock.builder(d, joints.length == 0 ? LUMBAR
        : joints[0].family().orElseThrow()).joints(joints).reliefPercent(relief).build();
  }

  /** Two qualifying lumbar blocks at L4-L5, so that an initial L4-L5 RF raises nothing. */
  static PatientHistory.Builder blocksOk() {
    return PatientHistory.builder().complete(true)
        .diagnosticBlock(block(LocalDate.of(2025, 6, 2), 90, FacetJoint.L4_L5))
        .diagnosticBlock(block(LocalDate.of(2025, 6, 23), 85, FacetJoint.L4_L5));
  }

  static CoverageContext.Builder context(PatientHistory h) {
    return CoverageContext.builder().history(h).diagnosis("M47.816").placeOfService("11");
  }

  static CoverageAssessment assess(CodingResult r, CoverageContext c) {
    return CHECKER.assess(r, c);
  }

  @Test
  @DisplayName("a covered session with a complete, qualifying history raises nothing")
  void cleanSession() {
    CoverageAssessment a = assess(code(DOS, bilateralL4L5()), context(blocksOk().build()).build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.nonCoveredLines()).isEmpty();
  }

  @Nested
  @DisplayName("effective date 2021-04-25")
  class EffectiveDate {
    @Test
    @DisplayName("2021-04-24: only the information that older policies are not modelled")
    void dayBefore() {
      CodingResult r = code(LocalDate.of(2021, 4, 24), DocumentedProcedure
          .builder(Technique.of(NeurolyticMethod.PULSED_RF)).imaging(Imaging.ULTRASOUND)
          .joint("L4-L5", Laterality.BILATERAL).build());
      CoverageAssessment a = assess(r, CoverageContext.builder().diagnosis("M54.50")
          .placeOfService("22").abn(AbnStatus.NOT_ON_FILE).build());
      assertThat(ids(a.findings())).containsExactly("FC-601");
      assertThat(a.findings().get(0).severity()).isEqualTo(Severity.INFORMATION);
      assertThat(a.nonCoveredLines()).isEmpty();
    }

    @Test
    @DisplayName("2021-04-25: the policy applies")
    void firstDay() {
      CodingResult r = code(LocalDate.of(2021, 4, 25), DocumentedProcedure
          .builder(Technique.of(NeurolyticMethod.PULSED_RF)).imaging(Imaging.FLUOROSCOPY)
          .joint("L4-L5", Laterality.BILATERAL).build());
      List<String> ids = ids(CHECKER.check(r, CoverageContext.unknown()));
      assertThat(ids).doesNotContain("FC-601").contains("FC-602");
    }

    @Test
    @DisplayName("legacy edition dates are before the policy too")
    void legacy() {
      CodingResult r = code(LocalDate.of(2010, 9, 9), bilateralL4L5());
      assertThat(ids(CHECKER.check(r, CoverageContext.unknown()))).containsExactly("FC-601");
    }
  }

  @Nested
  @DisplayName("methods: chemical, pulsed, thermal < 80 °C, cryo, laser are not covered")
  class Methods {
    List<String> idsFor(Technique t) {
      CodingResult r = code(DOS, DocumentedProcedure.builder(t).imaging(Imaging.FLUOROSCOPY)
          .joint("L4-L5", Laterality.BILATERAL).build());
      return ids(CHECKER.check(r, context(blocksOk().build()).build()));
    }

    @Test
    void chemical() {
      assertThat(idsFor(Technique.chemical(NeurolyticAgent.PHENOL))).containsExactly("FC-602");
    }

    @Test
    void pulsed() {
      assertThat(idsFor(Technique.of(NeurolyticMethod.PULSED_RF))).containsExactly("FC-602");
    }

    @Test
    void cryoAndLaser() {
      assertThat(idsFor(Technique.of(NeurolyticMethod.CRYOABLATION))).containsExactly("FC-602");
      assertThat(idsFor(Technique.of(NeurolyticMethod.LASER))).containsExactly("FC-602");
    }

    @Test
    @DisplayName("thermal RF at 79 °C is not covered, at 80 °C it is")
    void temperatureBoundary() {
      assertThat(idsFor(Technique.thermalRf(79))).containsExactly("FC-602");
      assertThat(idsFor(Technique.thermalRf(80))).isEmpty();
      assertThat(idsFor(Technique.thermalRf(90))).isEmpty();
    }

    @Test
    @DisplayName("thermal RF without a temperature, and cooled RF, are not judged by temperature")
    void noTemperatureAndCooled() {
      assertThat(idsFor(Technique.thermalRf())).isEmpty();
      assertThat(idsFor(Technique.of(NeurolyticMethod.COOLED_RF).withTemperature(60))).isEmpty();
    }

    @Test
    @DisplayName("the 64999 line of a pulsed procedure is the non-covered one")
    void marksTheLine() {
      CodingResult r = code(DOS,
          rf().joint("L4-L5", Laterality.RIGHT).reference("Procedure/thermal").build(),
          DocumentedProcedure.builder(Technique.of(NeurolyticMethod.PULSED_RF))
              .imaging(Imaging.FLUOROSCOPY).joint("C5-C6", Laterality.RIGHT)
              .reference("Procedure/pulsed").build());
      CoverageAssessment a = assess(r, CoverageContext.builder().history(blocksOk()
          .diagnosticBlock(block(LocalDate.of(2025, 6, 2), 90, FacetJoint.C5_C6))
          .diagnosticBlock(block(LocalDate.of(2025, 6, 23), 90, FacetJoint.C5_C6)).build())
          .diagnosis("M47.816", "M47.812").placeOfService("11").build());
      assertThat(a.nonCoveredLines()).extracting(ClaimLine::code).containsExactly("64999");
      assertThat(a.findings()).singleElement().satisfies(f -> {
        assertThat(f.id()).isEqualTo("FC-602");
        assertThat(f.element()).contains("Procedure/pulsed");
        assertThat(f.source()).contains("L38765/A58350").contains("L38801/A58403");
      });
    }
  }

  @Nested
  @DisplayName("imaging: fluoroscopy or CT")
  class Guidance {
    List<String> idsFor(Imaging im) {
      CodingResult r = code(DOS, DocumentedProcedure.builder(Technique.thermalRf(80))
          .imaging(im).joint("L4-L5", Laterality.BILATERAL).build());
      return ids(CHECKER.check(r, context(blocksOk().build()).build()));
    }

    @Test
    void fluoroscopyAndCtAreCovered() {
      assertThat(idsFor(Imaging.FLUOROSCOPY)).isEmpty();
      assertThat(idsFor(Imaging.CT)).isEmpty();
    }

    @Test
    void ultrasoundMriAndNoneAreNot() {
      assertThat(idsFor(Imaging.ULTRASOUND)).containsExactly("FC-603");
      assertThat(idsFor(Imaging.MRI)).containsExactly("FC-603");
      assertThat(idsFor(Imaging.NONE)).containsExactly("FC-603");
    }

    @Test
    @DisplayName("imaging not documented is left to the coding warning FC-306")
    void unknown() {
      assertThat(idsFor(Imaging.UNKNOWN)).isEmpty();
    }
  }

  @Nested
  @DisplayName("at most 2 joint levels per region per session")
  class Levels {
    PatientHistory history() {
      PatientHistory.Builder h = PatientHistory.builder().complete(true);
      for (FacetJoint j : new FacetJoint[] {FacetJoint.L3_L4, FacetJoint.L4_L5, FacetJoint.L5_S1,
          FacetJoint.C4_C5, FacetJoint.C5_C6}) {
        h.diagnosticBlock(block(LocalDate.of(2025, 6, 2), 90, j));
        h.diagnosticBlock(block(LocalDate.of(2025, 6, 23), 90, j));
      }
      return h.build();
    }

    List<String> idsFor(DocumentedProcedure... ps) {
      return ids(CHECKER.check(code(DOS, ps), context(history())
          .diagnosis("M47.812").build()));
    }

    @Test
    @DisplayName("two bilateral levels: covered")
    void twoBilateral() {
      assertThat(idsFor(rf().joint("L4-L5", Laterality.BILATERAL)
          .joint("L5-S1", Laterality.BILATERAL).build())).isEmpty();
    }

    @Test
    @DisplayName("three levels, bilateral or unilateral: FC-604, lines unchanged")
    void three() {
      DocumentedProcedure p = rf().joint("L3-L4", Laterality.BILATERAL)
          .joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build();
      CodingResult r = code(DOS, p);
      CoverageAssessment a = assess(r, context(history()).build());
      assertThat(ids(a.findings())).containsExactly("FC-604");
      assertThat(a.findings().get(0).message()).contains("L3-L4, L4-L5, L5-S1");
      assertThat(a.nonCoveredLines()).isEmpty();
      assertThat(r.lines()).extracting(ClaimLine::notation)
          .containsExactly("64635-50 x1", "64636-50 x2");
      assertThat(idsFor(rf().joint("L3-L4", Laterality.LEFT).joint("L4-L5", Laterality.RIGHT)
          .joint("L5-S1", Laterality.LEFT).build())).containsExactly("FC-604");
    }

    @Test
    @DisplayName("a bilateral level counts once; two regions are counted apart")
    void perRegion() {
      assertThat(idsFor(rf().joint("L4-L5", Laterality.LEFT).joint("L4-L5", Laterality.RIGHT)
          .joint("L5-S1", Laterality.RIGHT).joint("C4-C5", Laterality.RIGHT)
          .joint("C5-C6", Laterality.RIGHT).build())).isEmpty();
    }

    @Test
    @DisplayName("the limit is data: a policy allowing 3 levels raises nothing for 3")
    void replaceable() {
      CoverageChecker three = CoverageChecker.of(CoveragePolicy.medicareLcd2021()
          .toBuilder("three-levels").maxJointLevelsPerSession(3).build());
      CodingResult r = code(DOS, rf().joint("L3-L4", Laterality.BILATERAL)
          .joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build());
      assertThat(three.check(r, context(history()).build())).isEmpty();
    }
  }

  @Nested
  @DisplayName("at most 2 RF sessions per rolling 12 months per region")
  class Frequency {
    static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    PatientHistory earlier(LocalDate... dates) {
      PatientHistory.Builder h = PatientHistory.builder()
          .diagnosticBlock(block(LocalDate.of(2022, 1, 3), 90, FacetJoint.L4_L5))
          .diagnosticBlock(block(LocalDate.of(2022, 1, 24), 90, FacetJoint.L4_L5));
      for (LocalDate d : dates) {
        // Other joints, so that the session stays an initial RF at L4-L5.
        h.rfSession(PriorRfSession.builder(d, LUMBAR).joints(FacetJoint.L2_L3)
            .reliefPercent(80).reliefMonths(8).build());
      }
      return h.build();
    }

    List<String> idsOn(LocalDate dos, PatientHistory h) {
      return ids(CHECKER.check(code(dos, bilateralL4L5()), context(h).build()));
    }

    @Test
    @DisplayName("one earlier session in the window: this is the second, covered")
    void second() {
      assertThat(idsOn(LEAP_DAY, earlier(LocalDate.of(2023, 9, 1)))).isEmpty();
    }

    @Test
    @DisplayName("leap day: 2023-03-01 is inside the 12 months, 2023-02-28 just outside")
    void leapYearWindow() {
      assertThat(idsOn(LEAP_DAY, earlier(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1))))
          .contains("FC-605");
      assertThat(idsOn(LEAP_DAY, earlier(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 9, 1))))
          .doesNotContain("FC-605");
    }

    @Test
    @DisplayName("from a leap day: 29 Feb 2024 counts until 27 Feb 2025, not on 28 Feb 2025")
    void fromLeapDay() {
      PatientHistory h = earlier(LEAP_DAY, LocalDate.of(2024, 9, 2));
      assertThat(idsOn(LocalDate.of(2025, 2, 27), h)).contains("FC-605");
      assertThat(idsOn(LocalDate.of(2025, 2, 28), h)).doesNotContain("FC-605");
    }

    @Test
    @DisplayName("over the limit: every line of the region is non-covered")
    void marksRegion() {
      CodingResult r = code(DOS, bilateralL4L5());
      CoverageAssessment a = assess(r, context(earlier(LocalDate.of(2025, 3, 3),
          LocalDate.of(2025, 9, 1))).build());
      assertThat(ids(a.findings())).containsExactly("FC-605");
      assertThat(a.findings().get(0).message()).contains("2025-03-03, 2025-09-01");
      assertThat(a.nonCoveredLines()).containsExactlyElementsOf(r.lines());
    }

    @Test
    @DisplayName("sessions of the other region and on the same day do not count")
    void otherRegionAndSameDay() {
      PatientHistory h = PatientHistory.builder()
          .diagnosticBlock(block(LocalDate.of(2022, 1, 3), 90, FacetJoint.L4_L5))
          .diagnosticBlock(block(LocalDate.of(2022, 1, 24), 90, FacetJoint.L4_L5))
          .rfSession(PriorRfSession.builder(LocalDate.of(2025, 6, 2), CT).build())
          .rfSession(PriorRfSession.builder(LocalDate.of(2025, 9, 1), CT).build())
          .rfSession(PriorRfSession.builder(DOS, LUMBAR).joints(FacetJoint.L2_L3).build())
          .rfSession(PriorRfSession.builder(LocalDate.of(2025, 9, 1), LUMBAR)
              .joints(FacetJoint.L2_L3).build())
          .build();
      assertThat(idsOn(DOS, h)).doesNotContain("FC-605");
    }
  }

  @Nested
  @DisplayName("initial RF: two diagnostic blocks, each >= 80 %")
  class Blocks {
    PatientHistory two(int first, int second, boolean complete) {
      return PatientHistory.builder().complete(complete)
          .diagnosticBlock(block(LocalDate.of(2025, 6, 2), first, FacetJoint.L4_L5))
          .diagnosticBlock(block(LocalDate.of(2025, 6, 23), second, FacetJoint.L4_L5)).build();
    }

    CoverageAssessment with(PatientHistory h) {
      return assess(code(DOS, bilateralL4L5()), context(h).build());
    }

    @Test
    @DisplayName("80 % and 80 %: met")
    void atLimit() {
      assertThat(with(two(80, 80, true)).findings()).isEmpty();
    }

    @Test
    @DisplayName("79 % and 95 %: not met, the line is non-covered")
    void justBelow() {
      CoverageAssessment a = with(two(79, 95, true));
      assertThat(ids(a.findings())).containsExactly("FC-607");
      assertThat(a.findings().get(0).message()).contains("79%").contains("95%");
      assertThat(a.isNonCovered(0)).isTrue();
    }

    @Test
    @DisplayName("one block only, or blocks of another joint: not met")
    void oneOrOtherJoint() {
      assertThat(ids(with(PatientHistory.builder().complete(true)
          .diagnosticBlock(block(LocalDate.of(2025, 6, 2), 95, FacetJoint.L4_L5)).build())
          .findings())).containsExactly("FC-607");
      assertThat(ids(with(PatientHistory.builder().complete(true)
          .diagnosticBlock(block(LocalDate.of(2025, 6, 2), 95, FacetJoint.L3_L4))
          .diagnosticBlock(block(LocalDate.of(2025, 6, 23), 95, FacetJoint.L3_L4)).build())
          .findings())).containsExactly("FC-607");
    }

    @Test
    @DisplayName("a complete history with nothing in it: not met")
    void none() {
      assertThat(ids(with(PatientHistory.none()).findings())).containsExactly("FC-607");
    }

    @Test
    @DisplayName("a partial history that shows too few blocks is not judged: information only")
    void partial() {
      CoverageAssessment a = with(two(79, 95, false));
      assertThat(ids(a.findings())).containsExactly("FC-606");
      assertThat(a.findings().get(0).severity()).isEqualTo(Severity.INFORMATION);
      assertThat(a.nonCoveredLines()).isEmpty();
    }

    @Test
    @DisplayName("relief not documented: FC-609, not a denial")
    void undocumented() {
      CoverageAssessment a = with(PatientHistory.builder().complete(true)
          .diagnosticBlock(block(LocalDate.of(2025, 6, 2), 90, FacetJoint.L4_L5))
          .diagnosticBlock(DiagnosticBlock.builder(LocalDate.of(2025, 6, 23), LUMBAR)
              .joints(FacetJoint.L4_L5).build()).build());
      assertThat(ids(a.findings())).containsExactly("FC-609");
      assertThat(a.nonCoveredLines()).isEmpty();
    }

    @Test
    @DisplayName("blocks without recorded joints count for any joint of their region")
    void jointsNotRecorded() {
      assertThat(with(PatientHistory.builder().complete(true)
          .diagnosticBlock(DiagnosticBlock.builder(LocalDate.of(2025, 6, 2), LUMBAR)
              .reliefPercent(90).build())
          .diagnosticBlock(DiagnosticBlock.builder(LocalDate.of(2025, 6, 23), LUMBAR)
              .reliefPercent(90).build()).build()).findings()).isEmpty();
    }

    @Test
    @DisplayName("only the new joint's lines are non-covered")
    void onlyNewJoint() {
      CodingResult r = code(DOS, rf().joint("L4-L5", Laterality.RIGHT)
          .joint("L5-S1", Laterality.RIGHT).build());
      CoverageAssessment a = assess(r, context(two(90, 90, true)).build());
      assertThat(ids(a.findings())).containsExactly("FC-607");
      assertThat(a.findings().get(0).message()).startsWith("Initial RF at L5-S1");
      // 64635-RT covers L4-L5 (met), 64636-RT covers L5-S1 (not met).
      assertThat(a.nonCoveredLines()).extracting(ClaimLine::notation)
          .containsExactly("64636-RT x1");
    }
  }

  @Nested
  @DisplayName("repeat RF: >= 50 % relief lasting >= 6 months from the last one")
  class Repeat {
    CoverageAssessment after(LocalDate lastDate, Integer pct, Integer months) {
      PriorRfSession.Builder s = PriorRfSession.builder(lastDate, LUMBAR)
          .joints(FacetJoint.L4_L5).reference("Procedure/rf-last");
      if (pct != null) {
        s.reliefPercent(pct);
      }
      if (months != null) {
        s.reliefMonths(months);
      }
      return assess(code(DOS, bilateralL4L5()),
          context(PatientHistory.builder().rfSession(s.build()).build()).build());
    }

    @Test
    @DisplayName("50 % for 6 months: met (no blocks needed for a repeat)")
    void atLimit() {
      assertThat(after(LocalDate.of(2025, 3, 3), 50, 6).findings()).isEmpty();
    }

    @Test
    @DisplayName("49 %: not met")
    void percentBelow() {
      CoverageAssessment a = after(LocalDate.of(2025, 3, 3), 49, 9);
      assertThat(ids(a.findings())).containsExactly("FC-608");
      assertThat(a.findings().get(0).message()).contains("49% relief").contains("rf-last");
      assertThat(a.isNonCovered(0)).isTrue();
    }

    @Test
    @DisplayName("5 months: not met; 6 months: met")
    void months() {
      assertThat(ids(after(LocalDate.of(2025, 3, 3), 80, 5).findings()))
          .containsExactly("FC-608");
      assertThat(after(LocalDate.of(2025, 3, 3), 80, 6).findings()).isEmpty();
    }

    @Test
    @DisplayName("a repeat less than 6 months after the last RF cannot meet 6 months of relief")
    void tooSoon() {
      assertThat(ids(after(LocalDate.of(2025, 8, 3), 80, null).findings()))
          .containsExactly("FC-608");
      assertThat(ids(after(LocalDate.of(2025, 8, 2), 80, 6).findings())).isEmpty();
    }

    @Test
    @DisplayName("relief not documented: FC-609, not a denial")
    void undocumented() {
      CoverageAssessment a = after(LocalDate.of(2025, 3, 3), null, null);
      assertThat(ids(a.findings())).containsExactly("FC-609");
      assertThat(a.nonCoveredLines()).isEmpty();
    }

    @Test
    @DisplayName("the latest earlier RF at the site is the one judged")
    void latest() {
      PatientHistory h = PatientHistory.builder()
          .rfSession(PriorRfSession.builder(LocalDate.of(2024, 1, 8), LUMBAR)
              .joints(FacetJoint.L4_L5).reliefPercent(20).reliefMonths(1).build())
          .rfSession(PriorRfSession.builder(LocalDate.of(2025, 3, 3), LUMBAR)
              .joints(FacetJoint.L4_L5, FacetJoint.L5_S1).reliefPercent(70).reliefMonths(8)
              .build())
          .build();
      assertThat(CHECKER.check(code(DOS, bilateralL4L5()), context(h).build())).isEmpty();
    }
  }

  @Nested
  @DisplayName("history unknown")
  class Unknown {
    @Test
    @DisplayName("missing history gives one information finding, never a denial")
    void missingHistory() {
      CodingResult r = code(DOS, bilateralL4L5());
      CoverageAssessment a = CoverageChecker.standard().assess(r, CoverageContext.builder()
          .diagnosis("M47.816").placeOfService("11").abn(AbnStatus.NOT_ON_FILE).build());
      assertThat(ids(a.findings())).containsExactly("FC-606");
      assertThat(a.findings().get(0).severity()).isEqualTo(Severity.INFORMATION);
      assertThat(a.nonCoveredLines()).isEmpty();
      assertThat(a.appendedModifiers(0)).isEmpty();
    }

    @Test
    @DisplayName("unknown is distinct from none")
    void distinct() {
      assertThat(PatientHistory.unknown().isKnown()).isFalse();
      assertThat(PatientHistory.none().isKnown()).isTrue();
      assertThat(PatientHistory.none().isComplete()).isTrue();
      assertThat(PatientHistory.builder().build().isComplete()).isFalse();
      assertThat(PatientHistory.builder().build().rfSessions()).isEmpty();
    }
  }

  @Nested
  @DisplayName("covered diagnoses (Noridian A58403) and their region")
  class Diagnoses {
    List<String> idsFor(DocumentedProcedure p, String... dx) {
      return ids(CHECKER.check(code(DOS, p), CoverageContext.builder()
          .history(blocksOk().diagnosticBlock(block(LocalDate.of(2025, 6, 2), 90,
              FacetJoint.C5_C6)).diagnosticBlock(block(LocalDate.of(2025, 6, 23), 90,
              FacetJoint.C5_C6)).build())
          .diagnosis(dx).placeOfService("11").build()));
    }

    @Test
    void coveredLumbar() {
      assertThat(idsFor(bilateralL4L5(), "M47.816")).isEmpty();
      assertThat(idsFor(bilateralL4L5(), "m47817")).isEmpty();
      assertThat(idsFor(bilateralL4L5(), "M48.16")).isEmpty();
      assertThat(idsFor(bilateralL4L5(), "M47.896")).isEmpty();
    }

    @Test
    @DisplayName("the ends of each range are covered, the codes beyond are not")
    void rangeEnds() {
      CoveragePolicy p = CoveragePolicy.medicareLcd2021();
      for (String c : new String[] {"M47.812", "M47.817", "M47.892", "M47.897", "M48.12",
          "M48.17"}) {
        assertThat(p.regionsOf(c)).as(c).isPresent();
      }
      for (String c : new String[] {"M47.811", "M47.818", "M47.891", "M47.898", "M48.11",
          "M48.18", "M54.50"}) {
        assertThat(p.regionsOf(c)).as(c).isEmpty();
      }
    }

    @Test
    @DisplayName("M47.812 (cervical) on a lumbar line: region warning")
    void cervicalOnLumbar() {
      assertThat(idsFor(bilateralL4L5(), "M47.812")).containsExactly("FC-611");
    }

    @Test
    @DisplayName("thoracolumbar supports both regions")
    void thoracolumbar() {
      assertThat(idsFor(bilateralL4L5(), "M47.815")).isEmpty();
      assertThat(idsFor(rf().joint("C5-C6", Laterality.RIGHT).build(), "M47.815")).isEmpty();
      assertThat(idsFor(rf().joint("C5-C6", Laterality.RIGHT).build(), "M47.816"))
          .containsExactly("FC-611");
    }

    @Test
    @DisplayName("no covered diagnosis: warning, lines non-covered")
    void notCovered() {
      CodingResult r = code(DOS, bilateralL4L5());
      CoverageAssessment a = assess(r, context(blocksOk().build()).build().toBuilder().build());
      assertThat(a.findings()).isEmpty();
      CoverageAssessment b = assess(r, CoverageContext.builder().history(blocksOk().build())
          .diagnosis("M54.50").placeOfService("11").build());
      assertThat(ids(b.findings())).containsExactly("FC-610");
      assertThat(b.nonCoveredLines()).hasSize(1);
    }

    @Test
    @DisplayName("no diagnosis supplied: information")
    void notSupplied() {
      assertThat(idsFor(bilateralL4L5())).containsExactly("FC-612");
    }
  }

  @Nested
  @DisplayName("hospital outpatient prior authorization from 2023-07-01, POS 19 or 22")
  class PriorAuthorization {
    List<String> idsOn(LocalDate d, String pos) {
      PatientHistory h = PatientHistory.builder().complete(true)
          .diagnosticBlock(block(d.minusMonths(3), 90, FacetJoint.L4_L5))
          .diagnosticBlock(block(d.minusMonths(2), 90, FacetJoint.L4_L5)).build();
      return ids(CHECKER.check(code(d, bilateralL4L5()), CoverageContext.builder().history(h)
          .diagnosis("M47.816").placeOfService(pos).build()));
    }

    @Test
    void boundary() {
      assertThat(idsOn(LocalDate.of(2023, 6, 30), "22")).isEmpty();
      assertThat(idsOn(LocalDate.of(2023, 7, 1), "22")).containsExactly("FC-613");
      assertThat(idsOn(LocalDate.of(2023, 7, 1), "19")).containsExactly("FC-613");
    }

    @Test
    @DisplayName("office or ASC: nothing; unknown place: information")
    void otherPlaces() {
      assertThat(idsOn(LocalDate.of(2023, 7, 1), "11")).isEmpty();
      assertThat(idsOn(LocalDate.of(2023, 7, 1), "24")).isEmpty();
      assertThat(idsOn(LocalDate.of(2023, 7, 1), null)).containsExactly("FC-614");
      assertThat(idsOn(LocalDate.of(2023, 6, 30), null)).isEmpty();
    }

    @Test
    @DisplayName("the unknown-place message reads the same in every run, in plain English")
    void unknownPlaceMessage() {
      PatientHistory h = PatientHistory.builder().complete(true)
          .diagnosticBlock(block(LocalDate.of(2023, 4, 3), 90, FacetJoint.L4_L5))
          .diagnosticBlock(block(LocalDate.of(2023, 5, 1), 90, FacetJoint.L4_L5)).build();
      // Set.of iterates in an order that changes between JVM runs; the policy sorts.
      CoveragePolicy shuffled = CoveragePolicy.medicareLcd2021().toBuilder("shuffled")
          .priorAuthorization(LocalDate.of(2023, 7, 1), Set.of("64636", "64635", "64634",
              "64633"), Set.of("22", "19")).build();
      assertThat(shuffled.priorAuthorizationPlaces()).containsExactly("19", "22");
      assertThat(CoveragePolicy.medicareLcd2021().priorAuthorizationPlaces())
          .containsExactly("19", "22");
      Finding f = CoverageChecker.of(shuffled).check(code(LocalDate.of(2023, 8, 7),
          bilateralL4L5()), CoverageContext.builder().history(h).diagnosis("M47.816").build())
          .stream().filter(x -> x.id().equals("FC-614")).findFirst().orElseThrow();
      assertThat(f.message()).contains("if 64635-50 x1 on 2023-08-07 is done in a hospital"
          + " outpatient department (place of service 19 or 22)");
    }

    @Test
    @DisplayName("64999 is not on the list")
    void unlisted() {
      CodingResult r = code(LocalDate.of(2024, 1, 8), DocumentedProcedure
          .builder(Technique.of(NeurolyticMethod.PULSED_RF)).imaging(Imaging.FLUOROSCOPY)
          .joint("L4-L5", Laterality.BILATERAL).build());
      assertThat(ids(CHECKER.check(r, CoverageContext.builder().placeOfService("22").build())))
          .doesNotContain("FC-613");
    }
  }

  @Test
  @DisplayName("ABN status by its code, as --abn and the operation's abn take it")
  void abnCodes() {
    for (AbnStatus a : AbnStatus.values()) {
      assertThat(AbnStatus.byCode(a.code())).contains(a);
    }
    assertThat(AbnStatus.byCode("on-file")).contains(AbnStatus.ON_FILE);
    assertThat(AbnStatus.byCode("none")).contains(AbnStatus.NOT_ON_FILE);
    assertThat(AbnStatus.byCode("unknown")).contains(AbnStatus.UNKNOWN);
    assertThat(AbnStatus.byCode("ON-FILE")).isEmpty();
    assertThat(AbnStatus.byCode(null)).isEmpty();
  }

  @Nested
  @DisplayName("coverage modifiers GA/GZ")
  class Modifiers {
    CodingResult pulsed(PayerProfile profile) {
      return code(DOS, profile, DocumentedProcedure
          .builder(Technique.of(NeurolyticMethod.PULSED_RF)).imaging(Imaging.FLUOROSCOPY)
          .joint("L4-L5", Laterality.BILATERAL).build());
    }

    CoverageAssessment with(PayerProfile profile, AbnStatus abn) {
      return assess(pulsed(profile), context(blocksOk().build()).abn(abn).build());
    }

    @Test
    @DisplayName("ABN on file: GA; none: GZ; the line itself is unchanged")
    void gaGz() {
      CoverageAssessment ga = with(PayerProfile.MEDICARE_PHYSICIAN_ABN, AbnStatus.ON_FILE);
      assertThat(ga.appendedModifiers(0)).containsExactly(Modifier.ABN_ON_FILE);
      assertThat(ids(ga.findings())).containsExactly("FC-602", "FC-616");
      assertThat(ga.result().lines().get(0).modifiers()).doesNotContain(Modifier.ABN_ON_FILE);
      CoverageAssessment gz = with(PayerProfile.MEDICARE_PHYSICIAN_ABN, AbnStatus.NOT_ON_FILE);
      assertThat(gz.appendedModifiers(0)).containsExactly(Modifier.NO_ABN);
    }

    @Test
    @DisplayName("ABN unknown: nothing appended, a warning")
    void unknownAbn() {
      CoverageAssessment a = with(PayerProfile.MEDICARE_PHYSICIAN_ABN, AbnStatus.UNKNOWN);
      assertThat(a.appendedModifiers(0)).isEmpty();
      assertThat(ids(a.findings())).containsExactly("FC-602", "FC-615");
      assertThat(a.findings().get(1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    @DisplayName("profiles without coverage modifiers never get GA/GZ")
    void offByDefault() {
      CoverageAssessment a = with(PayerProfile.MEDICARE_PHYSICIAN, AbnStatus.NOT_ON_FILE);
      assertThat(a.isNonCovered(0)).isTrue();
      assertThat(a.appendedModifiers(0)).isEmpty();
      assertThat(ids(a.findings())).containsExactly("FC-602");
      for (PayerProfile p : PayerProfile.standardProfiles().values()) {
        assertThat(p.coverageModifiers()).as(p.name())
            .isEqualTo(p.name().equals("medicare-physician-abn"));
      }
      assertThat(PayerProfile.byName("medicare-physician-abn")).isPresent();
      assertThat(PayerProfile.MEDICARE_PHYSICIAN.toBuilder("x").coverageModifiers(true).build()
          .coverageModifiers()).isTrue();
    }

    @Test
    @DisplayName("the pure function: covered lines, and lines already carrying GA/GZ, get nothing")
    void pureFunction() {
      ClaimLine line = code(DOS, bilateralL4L5()).lines().get(0);
      PayerProfile on = PayerProfile.MEDICARE_PHYSICIAN_ABN;
      assertThat(CoverageModifiers.decide(line, false, AbnStatus.NOT_ON_FILE, on).append())
          .isEmpty();
      assertThat(CoverageModifiers.decide(line, false, AbnStatus.NOT_ON_FILE, on).finding())
          .isEmpty();
      assertThat(CoverageModifiers.decide(line, true, AbnStatus.NOT_ON_FILE, on).append())
          .containsExactly(Modifier.NO_ABN);
      assertThat(CoverageModifiers.decide(line, true, AbnStatus.ON_FILE, on).append())
          .containsExactly(Modifier.ABN_ON_FILE);
      assertThat(CoverageModifiers.decide(line, true, AbnStatus.UNKNOWN, on).finding())
          .map(Finding::id).contains("FC-615");
      assertThat(CoverageModifiers.decide(line, true, AbnStatus.ON_FILE,
          PayerProfile.RT_LT_LINES).append()).isEmpty();
    }
  }

  @Nested
  @DisplayName("data, ids and the API contract")
  class Contract {
    @Test
    @DisplayName("FC-601..FC-638 follow the 5xx codes (the last FC-513), in order")
    void findingIds() {
      FindingCode[] all = FindingCode.values();
      int first = FindingCode.COVERAGE_POLICY_NOT_MODELLED.ordinal();
      assertThat(all[first - 1].id()).startsWith("FC-5");   // the coverage codes follow the 5xx
      List<String> added = new ArrayList<>();
      for (int i = first; i < all.length && all[i].id().startsWith("FC-6"); i++) {
        added.add(all[i].id());
        assertThat(all[i].source()).isNotBlank();
        assertThat(all[i].title()).isNotBlank();
        assertThat(all[i].action()).isNotBlank();
      }
      List<String> expected = new ArrayList<>();
      for (int i = 601; i <= 638; i++) {
        expected.add("FC-" + i);
      }
      assertThat(added).isEqualTo(expected);
      assertThat(FindingCode.COVERAGE_METHOD_NOT_COVERED.source())
          .contains("L38765/A58350").contains("L38773/A58364").contains("L38801/A58403")
          .contains("L38803/A58405");
    }

    @Test
    @DisplayName("the standard policy's numbers, dates and sources")
    void standardPolicy() {
      CoveragePolicy p = CoveragePolicy.medicareLcd2021();
      assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 25));
      assertThat(p.maxJointLevelsPerSession()).isEqualTo(2);
      assertThat(p.maxSessionsPerWindow()).isEqualTo(2);
      assertThat(p.sessionWindow()).isEqualTo(Period.ofMonths(12));
      assertThat(p.diagnosticBlocksRequired()).isEqualTo(2);
      assertThat(p.diagnosticBlockReliefPercent()).isEqualTo(80);
      assertThat(p.repeatReliefPercent()).isEqualTo(50);
      assertThat(p.repeatReliefMonths()).isEqualTo(6);
      assertThat(p.minThermalCelsius()).isEqualTo(80);
      assertThat(p.coveredDiagnoses()).hasSize(18);
      assertThat(p.priorAuthorizationFrom()).contains(LocalDate.of(2023, 7, 1));
      assertThat(p.priorAuthorizationCodes()).containsExactlyInAnyOrder("64633", "64634",
          "64635", "64636");
      assertThat(p.priorAuthorizationPlaces()).containsExactlyInAnyOrder("19", "22");
      for (CoverageRule r : CoverageRule.values()) {
        if (r.ordinal() <= CoverageRule.COVERAGE_MODIFIERS.ordinal()) {
          assertThat(p.sources()).containsKey(r);
          assertThat(p.confidence(r)).contains(r == CoverageRule.DIAGNOSES ? Confidence.M
              : Confidence.H);
        } else {
          assertThat(p.sources()).doesNotContainKey(r);
        }
      }
      assertThat(p.source(CoverageRule.DIAGNOSES)).contains("A58403").contains("[M]");
      // the rules of the 2024 revision are off in the 2021 policy
      assertThat(p.levelsBeyondLimitNonCovered()).isFalse();
      assertThat(p.oneRegionPerSession()).isFalse();
      assertThat(p.repeatFunctionalImprovement()).isFalse();
      assertThat(p.thoracolumbarJunctionFrom()).isEmpty();
      assertThat(p.diagnosticBlockSpacing()).isEmpty();
      assertThat(p.maxDiagnosticSessionsPerWindow()).isZero();
      assertThat(p.rediagnosisAfter()).isEmpty();
      assertThat(p.radiculopathyDiagnoses()).isEmpty();
      assertThat(p.sedationCodes()).isEmpty();
      assertThat(p.priorAuthorizationCodeEnds()).isEmpty();
    }

    @Test
    @DisplayName("a replaced source shows in the findings")
    void replacedSource() {
      CoverageChecker c = CoverageChecker.of(CoveragePolicy.medicareLcd2021().toBuilder("mine")
          .source(CoverageRule.SESSIONS_PER_WINDOW, "my MAC, rev. 2025").build());
      List<Finding> f = c.check(code(DOS, bilateralL4L5()), CoverageContext.builder()
          .diagnosis("M47.816").placeOfService("11").build());
      assertThat(f).singleElement().extracting(Finding::source).isEqualTo("my MAC, rev. 2025");
    }

    @Test
    @DisplayName("history entries reject joints of another region and impossible relief")
    void validation() {
      assertThatThrownBy(() -> PriorRfSession.builder(DOS, LUMBAR).joints(FacetJoint.C5_C6))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> DiagnosticBlock.builder(DOS, LUMBAR).reliefPercent(101))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PriorRfSession.builder(DOS, LUMBAR).reliefMonths(-1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ClaimLine.joints: per side and together")
    void claimLineJoints() {
      CodingResult r = code(DOS, rf().joint("L4-L5", Laterality.BILATERAL)
          .joint("L5-S1", Laterality.RIGHT).build());
      ClaimLine primary = r.lines().get(0);
      ClaimLine addOn = r.lines().get(1);
      assertThat(primary.joints(Laterality.BILATERAL)).containsExactly(FacetJoint.L4_L5);
      assertThat(addOn.joints(Laterality.RIGHT)).containsExactly(FacetJoint.L5_S1);
      assertThat(addOn.joints(Laterality.LEFT)).isEmpty();
      assertThat(addOn.joints()).isEqualTo(Set.of(FacetJoint.L5_S1));
      ClaimLine legacy = code(LocalDate.of(2010, 9, 9), bilateralL4L5()).lines().get(0);
      assertThat(legacy.joints()).isEmpty();
    }

    @Test
    @DisplayName("the checker is shared safely across threads")
    void threads() throws Exception {
      CodingResult r = code(DOS, bilateralL4L5());
      CoverageContext c = context(PatientHistory.none()).build();
      List<String> expected = ids(CHECKER.check(r, c));
      List<Thread> ts = new ArrayList<>();
      List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < 4; t++) {
        Thread th = new Thread(() -> {
          for (int i = 0; i < 200; i++) {
            if (!ids(CHECKER.check(r, c)).equals(expected)) {
              errors.add(new AssertionError("different findings"));
            }
          }
        });
        ts.add(th);
        th.start();
      }
      for (Thread th : ts) {
        th.join();
      }
      assertThat(errors).isEmpty();
    }
  }
}
