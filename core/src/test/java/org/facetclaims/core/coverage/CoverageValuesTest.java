package org.facetclaims.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The values the coverage rules work on: claim lines, sessions, windows, scales, dates. */
class CoverageValuesTest {
  @Test
  @DisplayName("a claim line knows its region and role from its code alone")
  void claimLine() {
    CoverageLine l = CoverageLine.builder(0, " 64636 ", 2).modifiers("50", "", null, "gz")
        .build();
    assertThat(l.code()).isEqualTo("64636");
    assertThat(l.modifiers()).containsExactly("50", "GZ");
    assertThat(l.family()).contains(JointFamily.LUMBAR_SACRAL);
    assertThat(l.kind()).isEqualTo(LineKind.ADD_ON);
    assertThat(l.has(Modifier.BILATERAL)).isTrue();
    assertThat(l.jointsKnown()).isFalse();
    assertThat(l.notation()).isEqualTo("64636-50-GZ x2");
    assertThat(CoverageLine.builder(0, "64622", 1).build().family())
        .contains(JointFamily.LUMBAR_SACRAL);
    assertThat(CoverageLine.builder(0, "64626", 1).build().kind()).isEqualTo(LineKind.PRIMARY);
    CoverageLine unlisted = CoverageLine.builder(0, "64999", 1).build();
    assertThat(unlisted.kind()).isEqualTo(LineKind.UNLISTED);
    assertThat(unlisted.isFacetLine()).isFalse();
    assertThat(CoverageLine.builder(0, "64999", 1).family(JointFamily.CERVICAL_THORACIC)
        .build().isFacetLine()).isTrue();
    assertThat(CoverageLine.builder(0, "99213", 1).build().isFacetLine()).isFalse();
    CoverageLine sided = CoverageLine.builder(0, "64635", 1)
        .joints(Laterality.RIGHT, FacetJoint.L4_L5).joints(Laterality.LEFT, FacetJoint.L4_L5)
        .build();
    assertThat(sided.joints(Laterality.BILATERAL)).containsExactly(FacetJoint.L4_L5);
  }

  @Test
  @DisplayName("bad claim lines are refused with a message")
  void badLines() {
    assertThatThrownBy(() -> CoverageLine.builder(0, " ", 1)).hasMessageContaining("code");
    assertThatThrownBy(() -> CoverageLine.builder(0, "64635", 0)).hasMessageContaining("Units");
    assertThatThrownBy(() -> CoverageLine.builder(-1, "64635", 1))
        .hasMessageContaining("position");
    assertThatThrownBy(() -> CoverageLine.builder(0, "64635", 1)
        .joints(Laterality.BILATERAL, FacetJoint.L4_L5)).hasMessageContaining("each side");
    assertThatThrownBy(() -> CoverageSession.builder(LocalDate.of(2025, 1, 1))
        .line(CoverageLine.builder(1, "64635", 1).build()))
        .hasMessageContaining("next position is 0");
  }

  @Test
  @DisplayName("rolling windows: the fifth session in 12 months, across 29 February")
  void rollingWindows() {
    LocalDate d = LocalDate.of(2024, 2, 29);
    List<LocalDate> four = List.of(d, d.plusMonths(3), d.plusMonths(6), d.plusMonths(9));
    List<LocalDate> dates = new java.util.ArrayList<>(four);
    dates.add(LocalDate.of(2025, 2, 27));
    assertThat(RollingWindows.overLimit(dates, 4, Period.ofMonths(12)))
        .containsExactly(LocalDate.of(2025, 2, 27));
    List<LocalDate> later = new java.util.ArrayList<>(four);
    later.add(LocalDate.of(2025, 2, 28));
    assertThat(RollingWindows.overLimit(later, 4, Period.ofMonths(12))).isEmpty();
    // 2024-02-29 + 12 months = 2025-02-28: the session on that date no longer counts it
    assertThat(RollingWindows.inWindow(d, LocalDate.of(2025, 2, 27), Period.ofMonths(12)))
        .isTrue();
    assertThat(RollingWindows.inWindow(d, LocalDate.of(2025, 2, 28), Period.ofMonths(12)))
        .isFalse();
    assertThat(RollingWindows.overLimit(List.of(d, d, d), 2, Period.ofMonths(12))).isEmpty();
    assertThatThrownBy(() -> RollingWindows.overLimit(dates, 0, Period.ofMonths(12)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("functional scales: names, ranges, direction")
  void scales() {
    assertThat(FunctionalScale.parse("Oswestry Disability Index")).contains(FunctionalScale.ODI);
    assertThat(FunctionalScale.parse("RMDQ")).contains(FunctionalScale.ROLAND_MORRIS);
    assertThat(FunctionalScale.parse("PROMIS-PF")).contains(
        FunctionalScale.PROMIS_PHYSICAL_FUNCTION);
    assertThat(FunctionalScale.parse("VAS")).isEmpty();
    // named within an Observation's name: words, any case
    assertThat(FunctionalScale.namedIn("Oswestry Disability Index score")).contains(
        FunctionalScale.ODI);
    assertThat(FunctionalScale.namedIn("Neck Disability Index (NDI) total")).contains(
        FunctionalScale.NDI);
    assertThat(FunctionalScale.namedIn("RMDQ total")).contains(FunctionalScale.ROLAND_MORRIS);
    assertThat(FunctionalScale.namedIn("PROMIS physical function T-score")).contains(
        FunctionalScale.PROMIS_PHYSICAL_FUNCTION);
    assertThat(FunctionalScale.namedIn("PROMIS pain interference")).isEmpty();
    assertThat(FunctionalScale.namedIn("Pain score (NRS)")).isEmpty();
    assertThat(FunctionalScale.namedIn("rodin")).isEmpty(); // "odi" inside a word is not ODI
    assertThat(FunctionalImprovement.measured(FunctionalScale.PROMIS_PHYSICAL_FUNCTION, 35, 42)
        .satisfiesRepeatRule()).isTrue();
    assertThat(FunctionalImprovement.measured(FunctionalScale.ODI, 35, 35)
        .satisfiesRepeatRule()).isFalse();
    FunctionalImprovement bad = FunctionalImprovement.measured(FunctionalScale.ROLAND_MORRIS, 30,
        10);
    assertThat(bad.satisfiesRepeatRule()).isFalse();
    assertThat(bad.problem().get()).contains("baseline 30").contains("0-24");
    FunctionalScale custom = FunctionalScale.of("QuickDASH", 0, 100, false);
    assertThat(FunctionalImprovement.measured(custom, 60, 30).describe())
        .isEqualTo("QuickDASH 60 to 30 (improved)");
    assertThatThrownBy(() -> FunctionalScale.of("x", 5, 5, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("date ranges and ICD-10-CM fiscal years")
  void dateRanges() {
    DateRange fy = DateRange.fiscalYears(2025, null);
    assertThat(fy.contains(LocalDate.of(2024, 9, 30))).isFalse();
    assertThat(fy.contains(LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(fy.toString()).isEqualTo("from 2024-10-01");
    assertThat(DateRange.always().contains(LocalDate.MIN)).isTrue();
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
        .hasMessageContaining("Empty");
  }

  @Test
  @DisplayName("confidence marks as the specification writes them")
  void confidence() {
    assertThat(Confidence.parse("M-H")).contains(Confidence.M_H);
    assertThat(Confidence.parse("[l]")).contains(Confidence.L);
    assertThat(Confidence.parse("X")).isEmpty();
    assertThat(Confidence.L_M.mark()).isEqualTo("L-M");
  }
}
