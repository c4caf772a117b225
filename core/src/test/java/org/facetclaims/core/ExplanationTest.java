package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.core.Fixtures.CURRENT;
import static org.facetclaims.core.Fixtures.LEGACY;
import static org.facetclaims.core.Fixtures.code;
import static org.facetclaims.core.Fixtures.rf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;

/** coding-rules §7: every line says what it covers and why; the trace lists the steps in order. */
class ExplanationTest {

  private static List<List<String>> covered(CodingResult r) {
    return r.lines().stream().map(l -> (List<String>) l.rationale().covered())
        .collect(Collectors.toList());
  }

  @Test
  void modifier50LinesCoverBothSidesOfTheirLevels() {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L3-L4", Laterality.BILATERAL).joint("L4-L5", Laterality.BILATERAL)
            .joint("L5-S1", Laterality.RIGHT).joint("C5-C6", Laterality.LEFT).build());
    assertThat(Fixtures.lines(r)).containsExactly("64633-LT x1", "64635-50 x1", "64636-50 x1",
        "64636-RT x1");
    assertThat(covered(r)).containsExactly(
        List.of("left C5-C6"),
        List.of("right L3-L4", "left L3-L4"),
        List.of("right L4-L5", "left L4-L5"),
        List.of("right L5-S1"));
    ClaimLine primary = r.lines().get(1);
    assertThat(primary.rationale().rules()).hasSize(2);
    assertThat(primary.rationale().rules().get(0)).contains("one unit per facet joint");
    assertThat(primary.rationale().rules().get(1)).contains("modifier-50");
    assertThat(r.lines().get(2).rationale().rules().get(1)).contains("add-on");
  }

  @Test
  void rtLtLinesCoverOneSideEach() {
    CodingResult r = code(CURRENT, PayerProfile.RT_LT_LINES,
        rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.LEFT).build());
    assertThat(covered(r)).containsExactly(
        List.of("right L4-L5"), List.of("left L4-L5"), List.of("left L5-S1"));
  }

  @Test
  void singleLineUnitsCoversAllItsUnits() {
    CodingResult r = code(CURRENT, PayerProfile.SINGLE_LINE_UNITS,
        rf().joint("L3-L4", Laterality.BILATERAL).joint("L4-L5", Laterality.BILATERAL)
            .joint("L5-S1", Laterality.LEFT).build());
    assertThat(Fixtures.lines(r)).containsExactly("64635-RT-LT x2", "64636-RT-LT x3");
    assertThat(covered(r)).containsExactly(
        List.of("right L3-L4", "left L3-L4"),
        List.of("right L4-L5", "left L4-L5", "left L5-S1"));
  }

  @Test
  void nervesCompletingJointsAreCoveredAsJoints() {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().nerves(Laterality.LEFT, Nerve.L3, Nerve.L4, Nerve.L5_DORSAL_RAMUS).build());
    assertThat(covered(r)).containsExactly(List.of("left L4-L5"), List.of("left L5-S1"));
  }

  @Test
  void legacyLinesCoverNerves() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.RIGHT).joint("L5-S1", Laterality.RIGHT).build());
    assertThat(Fixtures.lines(r)).containsExactly("64622-RT x1", "64623-RT x2", "77003 x1");
    assertThat(covered(r)).containsExactly(
        List.of("right L3 medial branch"),
        List.of("right L4 medial branch", "right L5 dorsal ramus"),
        List.of());
    assertThat(r.lines().get(0).rationale().rules().get(0)).contains("legacy edition");
    assertThat(r.lines().get(2).rationale().rules().get(0)).contains("imaging");
  }

  @Test
  void unsidedJointsAreCoveredAsSideNotDocumented() {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.UNKNOWN).build());
    assertThat(covered(r)).containsExactly(List.of("side not documented: L4-L5"));
  }

  private static List<CodingStep> distinctSteps(CodingResult r) {
    List<CodingStep> out = new ArrayList<>();
    for (TraceStep t : r.trace()) {
      if (out.isEmpty() || out.get(out.size() - 1) != t.step()) {
        out.add(t.step());
      }
    }
    return out;
  }

  @Test
  void traceListsTheStepsInOrder() {
    CodingResult current = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.BILATERAL).joint("C5-C6", Laterality.LEFT).build(),
        rf().joint("L5-S1", Laterality.LEFT).build());
    assertThat(distinctSteps(current)).containsExactly(CodingStep.SELECT_EDITION,
        CodingStep.ROUTE_TECHNIQUE, CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES,
        CodingStep.APPLY_EDITS);
    assertThat(current.trace().get(0).detail()).contains("current-2012").contains("2026-02-02");
    assertThat(current.trace()).filteredOn(t -> t.step() == CodingStep.ROUTE_TECHNIQUE)
        .hasSize(2);
    assertThat(current.trace()).filteredOn(t -> t.step() == CodingStep.BUILD_LINES)
        .extracting(TraceStep::detail)
        .anyMatch(d -> d.contains("cervical/thoracic") && d.contains("64633-LT x1"))
        .anyMatch(d -> d.contains("lumbar/sacral") && d.contains("64635-50 x1"));
    assertThat(current.trace()).isSameAs(current.trace());

    CodingResult legacy = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(distinctSteps(legacy)).containsExactly(CodingStep.SELECT_EDITION,
        CodingStep.ROUTE_TECHNIQUE, CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES,
        CodingStep.ADD_IMAGING, CodingStep.APPLY_EDITS);
    assertThat(legacy.trace()).filteredOn(t -> t.step() == CodingStep.ADD_IMAGING)
        .extracting(TraceStep::detail).containsExactly("fluoroscopic guidance: 77003 x1");
  }

  /** A clock that counts how often the engine reads it. */
  private static final class CountingClock extends java.time.Clock {
    int reads;

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      reads++;
      return Fixtures.NOW;
    }

    @Override
    public long millis() {
      return instant().toEpochMilli();
    }
  }

  /** The trace is what the steps recorded while coding: asking for it runs nothing again. */
  @Test
  void theTraceIsTheRecordOfTheRunNotASecondRun() {
    CountingClock clock = new CountingClock();
    FacetCodingEngine engine = FacetCodingEngine.builder().clock(clock).build();
    CodingResult r = engine.code(CodingSession.of(CURRENT,
        rf().levels(Laterality.RIGHT, Vertebra.T12, Vertebra.L1, Vertebra.L2).build()));
    int reads = clock.reads;
    assertThat(reads).isPositive();
    assertThat(r.trace()).extracting(TraceStep::step).contains(CodingStep.SELECT_EDITION,
        CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES);
    assertThat(r.explain()).contains("readings differ");
    assertThat(clock.reads).isEqualTo(reads);
  }

  @Test
  void traceStopsAtTheEditionForUnsupportedDates() {
    CodingResult r = code(java.time.LocalDate.of(2099, 1, 1), PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(r.trace()).extracting(TraceStep::step).containsExactly(CodingStep.SELECT_EDITION);
    assertThat(r.trace().get(0).detail()).contains("future");
  }

  @Test
  void traceOfALevelListShowsBothReadingsThenTheDecision() {
    CodingResult differ = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().levels(Laterality.RIGHT, Vertebra.T12, Vertebra.L1, Vertebra.L2).build());
    // vertebral reading, then the nerve reading (marked), then the decision; nothing after it
    assertThat(distinctSteps(differ)).containsExactly(CodingStep.SELECT_EDITION,
        CodingStep.ROUTE_TECHNIQUE, CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES,
        CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES);
    assertThat(differ.trace()).filteredOn(t -> t.step() == CodingStep.RESOLVE_SITES)
        .extracting(TraceStep::detail)
        .satisfiesExactly(d -> assertThat(d).doesNotContain("read as nerves"),
            d -> assertThat(d).contains("read as nerves"));
    assertThat(differ.trace().get(differ.trace().size() - 1).detail())
        .contains("readings differ");

    CodingResult same = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().levels(Laterality.BILATERAL, Vertebra.L3, Vertebra.L4, Vertebra.L5).build());
    assertThat(distinctSteps(same)).containsExactly(CodingStep.SELECT_EDITION,
        CodingStep.ROUTE_TECHNIQUE, CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES,
        CodingStep.RESOLVE_SITES, CodingStep.BUILD_LINES, CodingStep.APPLY_EDITS);
  }

  @Test
  void explainMentionsLinesRationaleAndFindings() {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.UNKNOWN).build());
    String text = r.explain();
    assertThat(text).contains("2026-02-02").contains("current-2012").contains("medicare-physician")
        .contains("64635-50 x1").contains("64636 x1")
        .contains("covers: right L4-L5, left L4-L5")
        .contains("side not documented: L5-S1")
        .contains("FC-202").contains("ask: ")
        .contains("step SELECT_EDITION").contains("step APPLY_EDITS");
  }

  @Test
  void explainOfAnUnlistedLineShowsDescriptionAndComparator() {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        DocumentedProcedure.builder(Technique.chemical(NeurolyticAgent.PHENOL))
            .imaging(Imaging.FLUOROSCOPY).joint("L4-L5", Laterality.BILATERAL).build());
    assertThat(r.explain()).contains("64999 x1").contains("phenol").contains("right L4-L5")
        .contains("64635-50 x1").contains("FC-302");
  }

  @Test
  void explainWithoutLinesSaysSo() {
    CodingResult r = code(java.time.LocalDate.of(2006, 1, 1), PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(r.explain()).contains("No lines.").contains("edition none").contains("FC-101");
  }
}
