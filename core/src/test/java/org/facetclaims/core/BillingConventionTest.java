package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.core.Fixtures.CURRENT;
import static org.facetclaims.core.Fixtures.LEGACY;
import static org.facetclaims.core.Fixtures.code;
import static org.facetclaims.core.Fixtures.ids;
import static org.facetclaims.core.Fixtures.lines;
import static org.facetclaims.core.Fixtures.rf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.payer.PayerProfile;
import org.junit.jupiter.api.Test;

/**
 * The three billing conventions of coding-rules §4 on multi-joint sessions. Each case lists the
 * expected lines under modifier-50, rt-lt-lines and single-line-units, worked out by hand from
 * the spec's wording.
 */
class BillingConventionTest {
  private static final Laterality L = Laterality.LEFT;
  private static final Laterality R = Laterality.RIGHT;
  private static final Laterality B = Laterality.BILATERAL;
  private static final Laterality U = Laterality.UNKNOWN;

  private static void check(LocalDate date, Supplier<DocumentedProcedure[]> session,
      String[] modifier50, String[] rtLt, String[] singleLine) {
    assertThat(lines(code(date, PayerProfile.MEDICARE_PHYSICIAN, session.get())))
        .as("modifier-50").containsExactly(modifier50);
    assertThat(lines(code(date, PayerProfile.RT_LT_LINES, session.get())))
        .as("rt-lt-lines").containsExactly(rtLt);
    assertThat(lines(code(date, PayerProfile.SINGLE_LINE_UNITS, session.get())))
        .as("single-line-units").containsExactly(singleLine);
  }

  private static String[] of(String... s) {
    return s;
  }

  @Test
  void bilateralTwoLevels() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L4-L5", B).joint("L5-S1", B).build()},
        of("64635-50 x1", "64636-50 x1"),
        of("64635-RT x1", "64635-LT x1", "64636-RT x1", "64636-LT x1"),
        of("64635-RT-LT x2", "64636-RT-LT x2"));
  }

  @Test
  void bilateralLevelPlusOneSidedLevel() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L4-L5", B).joint("L5-S1", R).build()},
        of("64635-50 x1", "64636-RT x1"),
        of("64635-RT x1", "64635-LT x1", "64636-RT x1"),
        of("64635-RT-LT x2", "64636-RT x1"));
  }

  @Test
  void rightAndLeftDifferentLevels() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L3-L4", R).joint("L4-L5", L).build()},
        of("64635-RT x1", "64636-LT x1"),
        of("64635-RT x1", "64635-LT x1"),
        of("64635-RT x1", "64636-LT x1"));
  }

  @Test
  void moreJointsOnTheLeftPutsThePrimaryOnTheLeft() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L2-L3", R).joint("L3-L4", L).joint("L4-L5", L).build()},
        of("64635-LT x1", "64636-RT x1", "64636-LT x1"),
        of("64635-RT x1", "64635-LT x1", "64636-LT x1"),
        of("64635-LT x1", "64636-RT-LT x2"));
  }

  @Test
  void bothFamiliesInOneSession() {
    // cervical: bilateral C4-C5 and C5-C6, left C6-C7; lumbar: right L3-L4 and L4-L5, left L5-S1
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("C4-C5", B).joint("C5-C6", B).joint("C6-C7", L).build(),
            rf().joint("L3-L4", R).joint("L4-L5", R).joint("L5-S1", L).build()},
        of("64633-50 x1", "64634-50 x1", "64634-LT x1",
            "64635-RT x1", "64636-RT x1", "64636-LT x1"),
        of("64633-RT x1", "64633-LT x1", "64634-RT x1", "64634-LT x2",
            "64635-RT x1", "64635-LT x1", "64636-RT x1"),
        of("64633-RT-LT x2", "64634-RT-LT x3",
            "64635-RT x1", "64636-RT-LT x2"));
  }

  @Test
  void threeBilateralLevels() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L3-L4", B).joint("L4-L5", B).joint("L5-S1", B).build()},
        of("64635-50 x1", "64636-50 x2"),
        of("64635-RT x1", "64635-LT x1", "64636-RT x2", "64636-LT x2"),
        of("64635-RT-LT x2", "64636-RT-LT x4"));
  }

  @Test
  void unsidedJointWithASidedOneIsAnUnmodifiedAddOn() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L4-L5", L).joint("L5-S1", U).build()},
        of("64635-LT x1", "64636 x1"),
        of("64635-LT x1", "64636 x1"),
        of("64635-LT x1", "64636 x1"));
  }

  @Test
  void unsidedJointsNeverTakeTheSidedLinesModifier() {
    // §4: joints without a side stay apart from sided ones and take no side modifier, under
    // every convention (single-line-units included: the unsided unit is its own add-on line).
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L3-L4", R).joint("L4-L5", R).joint("L5-S1", U).build()},
        of("64635-RT x1", "64636-RT x1", "64636 x1"),
        of("64635-RT x1", "64636-RT x1", "64636 x1"),
        of("64635-RT x1", "64636-RT x1", "64636 x1"));
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L3-L4", B).joint("L4-L5", L).joint("L5-S1", U).build()},
        of("64635-50 x1", "64636-LT x1", "64636 x1"),
        of("64635-RT x1", "64635-LT x1", "64636-LT x1", "64636 x1"),
        of("64635-RT-LT x2", "64636-LT x1", "64636 x1"));
  }

  @Test
  void unsidedLineRationaleSaysSideNotDocumented() {
    for (PayerProfile p : PayerProfile.standardProfiles().values()) {
      CodingResult r = code(CURRENT, p, rf().joint("L3-L4", R).joint("L4-L5", R)
          .joint("L5-S1", U).build());
      for (ClaimLine l : r.lines()) {
        boolean unsidedLine = l.modifiers().isEmpty();
        assertThat(l.rationale().covered()).as(p.name() + " " + l.notation())
            .allMatch(c -> c.startsWith("side not documented") == unsidedLine);
      }
    }
  }

  @Test
  void onlyUnsidedJoints() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L4-L5", U).joint("L5-S1", U).build()},
        of("64635 x1", "64636 x1"),
        of("64635 x1", "64636 x1"),
        of("64635 x1", "64636 x1"));
  }

  @Test
  void leftAndRightProceduresOfTheSameDayAreOneSession() {
    check(CURRENT, () -> new DocumentedProcedure[] {
            rf().joint("L4-L5", L).joint("L5-S1", L).build(),
            rf().joint("L4-L5", R).joint("L5-S1", R).build()},
        of("64635-50 x1", "64636-50 x1"),
        of("64635-RT x1", "64635-LT x1", "64636-RT x1", "64636-LT x1"),
        of("64635-RT-LT x2", "64636-RT-LT x2"));
  }

  @Test
  void legacyBilateralTwoLevelsCountsNerves() {
    // L4-L5 + L5-S1 = L3, L4, L5 dorsal ramus on each side: 3 nerves per side.
    check(LEGACY, () -> new DocumentedProcedure[] {
            rf().joint("L4-L5", B).joint("L5-S1", B).build()},
        of("64622-50 x1", "64623-50 x2", "77003 x1"),
        of("64622-RT x1", "64622-LT x1", "64623-RT x2", "64623-LT x2", "77003 x1"),
        of("64622-RT-LT x2", "64623-RT-LT x4", "77003 x1"));
  }

  @Test
  void legacyThoracolumbarNervesSplitByTheirOwnLevel() {
    // left T12-L1 + L1-L2 = T11, T12 (cervical/thoracic) + L1 (lumbar/sacral)
    check(LEGACY, () -> new DocumentedProcedure[] {
            rf().joint("T12-L1", L).joint("L1-L2", L).build()},
        of("64626-LT x1", "64627-LT x1", "64622-LT x1", "77003 x1"),
        of("64626-LT x1", "64627-LT x1", "64622-LT x1", "77003 x1"),
        of("64626-LT x1", "64627-LT x1", "64622-LT x1", "77003 x1"));
  }

  @Test
  void legacyLoneNervesBilateral() {
    check(LEGACY, () -> new DocumentedProcedure[] {
            rf().nerves(B, Nerve.L2, Nerve.L4).nerves(R, Nerve.C8).build()},
        of("64626-RT x1", "64622-50 x1", "64623-50 x1", "77003 x1"),
        of("64626-RT x1", "64622-RT x1", "64622-LT x1", "64623-RT x1", "64623-LT x1", "77003 x1"),
        of("64626-RT x1", "64622-RT-LT x2", "64623-RT-LT x2", "77003 x1"));
  }

  @Test
  void mueOnlyUnderTheMedicareProfile() {
    // Right L1-L2..L5-S1 plus an unsided L4-L5: 64636 has 4 + 1 = 5 units under every
    // convention, but only the modifier-50 profile checks the Medicare MUE of 4.
    DocumentedProcedure p = rf().joint("L1-L2", R).joint("L2-L3", R).joint("L3-L4", R)
        .joint("L4-L5", R).joint("L5-S1", R).joint("L4-L5", U).build();
    CodingResult m50 = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN, p);
    assertThat(lines(m50)).containsExactly("64635-RT x1", "64636-RT x4", "64636 x1");
    assertThat(ids(m50)).containsExactly("FC-202", "FC-401");
    Finding mue = m50.findings().get(1);
    assertThat(mue.message()).contains("64636").contains("5 units").contains("MUE of 4");
    assertThat(mue.source()).contains("coding-rules §5");
    for (PayerProfile other : new PayerProfile[] {
        PayerProfile.RT_LT_LINES, PayerProfile.SINGLE_LINE_UNITS}) {
      CodingResult r = code(CURRENT, other, p);
      assertThat(ids(r)).as(other.name()).containsExactly("FC-202");
    }
    assertThat(lines(code(CURRENT, PayerProfile.SINGLE_LINE_UNITS, p)))
        .containsExactly("64635-RT x1", "64636-RT x4", "64636 x1");
    assertThat(Arrays.asList(PayerProfile.RT_LT_LINES.mueEdits(),
        PayerProfile.SINGLE_LINE_UNITS.mueEdits(), PayerProfile.MEDICARE_PHYSICIAN.mueEdits()))
        .containsExactly(false, false, true);
  }
}
