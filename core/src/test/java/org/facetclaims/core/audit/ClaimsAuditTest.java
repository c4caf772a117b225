package org.facetclaims.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.facetclaims.core.FindingCode;
import org.junit.jupiter.api.Test;

/** audit.md "Rules, from claims alone", one rule at a time, with amounts to the cent. */
class ClaimsAuditTest {
  private static final ClaimsAudit AUDIT = ClaimsAudit.builder()
      .historyFrom(LocalDate.of(2019, 1, 1)).build();

  private final List<CarrierLine> lines = new ArrayList<>();
  private long row = 1;

  /** Adds a line: date, code with modifiers ("64635-50"), units, diagnosis, state, NPI, paid. */
  private CarrierLine add(String date, String codeMods, int units, String dx, String state,
      String npi, String paid) {
    String[] cm = codeMods.split("-");
    String[] v = new String[RifColumn.values().length];
    v[RifColumn.BENE_ID.ordinal()] = "B1";
    v[RifColumn.CLM_ID.ordinal()] = "C" + date + npi;
    v[RifColumn.LINE_NUM.ordinal()] = String.valueOf(row);
    v[RifColumn.LINE_1ST_EXPNS_DT.ordinal()] = date;
    v[RifColumn.HCPCS_CD.ordinal()] = cm[0];
    v[RifColumn.HCPCS_1ST_MDFR_CD.ordinal()] = cm.length > 1 ? cm[1] : "";
    v[RifColumn.HCPCS_2ND_MDFR_CD.ordinal()] = cm.length > 2 ? cm[2] : "";
    v[RifColumn.LINE_SRVC_CNT.ordinal()] = String.valueOf(units);
    v[RifColumn.LINE_ICD_DGNS_CD.ordinal()] = dx;
    v[RifColumn.LINE_PLACE_OF_SRVC_CD.ordinal()] = "11";
    v[RifColumn.PRVDR_STATE_CD.ordinal()] = state;
    v[RifColumn.PRF_PHYSN_NPI.ordinal()] = npi;
    v[RifColumn.LINE_ALOWD_CHRG_AMT.ordinal()] = paid;
    v[RifColumn.LINE_NCH_PMT_AMT.ordinal()] = paid;
    CarrierLine l = CarrierLine.fromRif(++row, v);
    lines.add(l);
    return l;
  }

  private CarrierLine rf(String date, String codeMods, int units) {
    return add(date, codeMods, units, "M47816", "36", "1111111111", "400.00");
  }

  /** Two KX diagnostic blocks of the lumbar region, weeks before {@code rfDate}. */
  private void blocks(String first, String second) {
    add(first, "64493-KX", 1, "M47816", "36", "1111111111", "150.00");
    add(second, "64493-KX", 1, "M47816", "36", "1111111111", "150.00");
  }

  private BeneficiaryAudit run() {
    return AUDIT.audit(lines);
  }

  private static LineVerdict verdict(BeneficiaryAudit a, CarrierLine l) {
    for (LineVerdict v : a.verdicts()) {
      if (v.line() == l) {
        return v;
      }
    }
    throw new AssertionError("no verdict for " + l);
  }

  @Test
  void cleanBilateralSessionAfterTwoBlocksIsCovered() {
    blocks("2023-01-10", "2023-02-01");
    CarrierLine p = rf("2023-03-01", "64635-50", 1);
    CarrierLine a = rf("2023-03-01", "64636-50", 1);
    BeneficiaryAudit r = run();
    assertThat(r.findings()).isEmpty();
    assertThat(verdict(r, p).unitsNotCovered()).isZero();
    assertThat(verdict(r, a).amountText()).isEqualTo("0.00");
    assertThat(r.sessions()).isEqualTo(1);
    assertThat(r.sessionsJudged()).isEqualTo(1);
  }

  @Test
  void thirdSessionOfARegionInTwelveMonthsIsNotCovered() {
    blocks("2022-12-01", "2022-12-20");
    rf("2023-01-05", "64635-RT", 1);
    rf("2023-07-10", "64635-RT", 1);
    CarrierLine third = rf("2023-12-20", "64635-LT", 1);
    CarrierLine fourth = rf("2024-01-06", "64635-LT", 1); // 2023-01-05 has left the window
    BeneficiaryAudit r = run();
    assertThat(verdict(r, third).findingIds()).isEqualTo("FC-801");
    assertThat(verdict(r, third).unitsNotCovered()).isEqualTo(1);
    assertThat(verdict(r, third).amountAtRisk()).isEqualByComparingTo("400.00");
    // 2023-07-10 and 2023-12-20 are in its window: still number three.
    assertThat(verdict(r, fourth).findingIds()).contains("FC-801");
  }

  @Test
  void windowIsTwelveMonthsToTheDay() {
    blocks("2022-12-01", "2022-12-20");
    rf("2023-01-05", "64635-RT", 1);
    rf("2023-07-10", "64635-LT", 1);
    CarrierLine atAnniversary = rf("2024-01-05", "64635-RT", 1);
    BeneficiaryAudit r = run();
    assertThat(verdict(r, atAnniversary).findingIds()).doesNotContain("FC-801");
  }

  @Test
  void repeatOnTheSameSideWithinSixMonthsIsNotCoveredButAStagedBilateralIs() {
    blocks("2022-12-01", "2022-12-20");
    CarrierLine right = rf("2023-01-05", "64635-RT", 1);
    CarrierLine left = rf("2023-01-19", "64635-LT", 1); // staged bilateral: not a repeat
    CarrierLine again = rf("2023-05-01", "64635-RT", 1); // RT after RT, 116 days
    BeneficiaryAudit r = run();
    assertThat(verdict(r, right).findings()).isEmpty();
    assertThat(verdict(r, left).findings()).isEmpty();
    assertThat(verdict(r, again).findingIds()).contains("FC-802");
    assertThat(verdict(r, again).unitsNotCovered()).isEqualTo(1);
  }

  @Test
  void repeatWithinSixMonthsUnderThe2024TextIsAReviewNotADenial() {
    // CGS L38773 (2024 text), C. Facet Joint Denervation: a repeat is covered after 50% relief
    // for six months "or consistent improvement in the ability to perform previously painful
    // movements and ADLs ... using the SAME scale"; that prong has no duration and claims cannot
    // show it, so a repeat sooner than 6 months is a review item from claims.
    blocks("2024-12-01", "2024-12-20");
    rf("2025-01-06", "64635-RT", 1);
    CarrierLine again = rf("2025-05-05", "64635-RT", 1); // Ohio, CGS 2024 text, 119 days
    LineVerdict v = verdict(run(), again);
    assertThat(v.findingIds()).isEqualTo("FC-818");
    assertThat(v.unitsNotCovered()).isZero();
    assertThat(v.findings().get(0).message()).contains("functional improvement");
  }

  @Test
  void repeatWithinSixMonthsOnTheDayBeforeAndTheDayOfTheRevision() {
    // Ohio (CGS): 2021 text up to 2024-08-14, the 2024 revision from 2024-08-15.
    blocks("2024-01-02", "2024-01-20");
    rf("2024-03-01", "64635-50", 1);
    CarrierLine before = rf("2024-08-14", "64635-50", 1);
    lines.clear();
    blocks("2024-01-02", "2024-01-20");
    rf("2024-03-01", "64635-50", 1);
    CarrierLine onTheDay = rf("2024-08-15", "64635-50", 1);
    assertThat(verdict(run(), onTheDay).findingIds()).isEqualTo("FC-818");
    lines.clear();
    blocks("2024-01-02", "2024-01-20");
    rf("2024-03-01", "64635-50", 1);
    lines.add(before);
    assertThat(verdict(run(), before).findingIds()).isEqualTo("FC-802");
  }

  @Test
  void repeatSevenMonthsLaterIsCovered() {
    blocks("2022-12-01", "2022-12-20");
    rf("2023-01-05", "64635-50", 1);
    CarrierLine later = rf("2023-08-05", "64635-50", 1);
    assertThat(verdict(run(), later).findings()).isEmpty();
  }

  @Test
  void anythingAfterFiftyOverlaps() {
    blocks("2022-12-01", "2022-12-20");
    rf("2023-01-05", "64635-50", 1);
    CarrierLine left = rf("2023-03-05", "64635-LT", 1);
    assertThat(verdict(run(), left).findingIds()).contains("FC-802");
  }

  // The units beyond two levels are non-covered from each contractor's 2024 revision (CGS notice
  // of 2024-08-15: "three or four-level procedures are not medically necessary and, therefore,
  // are non-covered"); these tests used 2023 dates, judged under the 2021 text, before the audit
  // and the coverage checks agreed on that text (see levelsBeyondTwoUnderThe2021TextAreAReview).
  @Test
  void unitsBeyondTwoLevelsAreNotCoveredToTheCent() {
    blocks("2024-12-01", "2024-12-20");
    rf("2025-01-05", "64635-50", 1);
    CarrierLine addOn = add("2025-01-05", "64636-50", 2, "M47816", "36", "1111111111", "333.33");
    BeneficiaryAudit r = run();
    LineVerdict v = verdict(r, addOn);
    assertThat(v.findingIds()).isEqualTo("FC-803");
    assertThat(v.unitsNotCovered()).isEqualTo(1);
    assertThat(v.amountText()).isEqualTo("166.67"); // 333.33 x 1 / 2, half up
  }

  @Test
  void rtAndLtLinesCountLevelsPerSide() {
    blocks("2024-12-01", "2024-12-20");
    CarrierLine pr = rf("2025-01-05", "64635-RT", 1);
    CarrierLine pl = rf("2025-01-05", "64635-LT", 1);
    CarrierLine ar = rf("2025-01-05", "64636-RT", 2);
    CarrierLine al = rf("2025-01-05", "64636-LT", 1);
    BeneficiaryAudit r = run();
    // Three levels on the right, two on the left: one right add-on unit beyond two levels.
    assertThat(verdict(r, ar).unitsNotCovered()).isEqualTo(1);
    assertThat(verdict(r, al).unitsNotCovered()).isZero();
    // The primary on RT and LT lines is a billing-format review finding: nothing counted.
    assertThat(verdict(r, pr).findingIds()).isEqualTo("FC-808");
    assertThat(verdict(r, pl).findingIds()).isEqualTo("FC-808");
    assertThat(verdict(r, pl).unitsNotCovered()).isZero();
  }

  @Test
  void levelsBeyondTwoUnderThe2021TextAreAReview() {
    // The 2021 text limits a session to two levels (coding-rules §6) without the 2024 sentence
    // that makes the units beyond non-covered: a review finding, as the coverage checks warn.
    blocks("2022-12-01", "2022-12-20");
    rf("2023-01-05", "64635-50", 1);
    CarrierLine addOn = add("2023-01-05", "64636-50", 2, "M47816", "36", "1111111111", "333.33");
    LineVerdict v = verdict(run(), addOn);
    assertThat(v.findingIds()).isEqualTo("FC-819");
    assertThat(v.unitsNotCovered()).isZero();
    assertThat(v.amountText()).isEqualTo("0.00");
  }

  @Test
  void twoRegionsInOneSessionUnderThe2024TextLoseTheSmallerRegion() {
    add("2024-06-01", "64490-KX", 1, "M47812", "OH", "1111111111", "150.00");
    add("2024-06-20", "64490-KX", 1, "M47812", "OH", "1111111111", "150.00");
    blocks("2024-06-01", "2024-06-20");
    CarrierLine ct = add("2024-09-02", "64633-RT", 1, "M47812", "OH", "1111111111", "300.00");
    CarrierLine ls = rf("2024-09-02", "64635-50", 1);
    CarrierLine ls2 = rf("2024-09-02", "64636-50", 1);
    BeneficiaryAudit r = run();
    assertThat(verdict(r, ct).findingIds()).isEqualTo("FC-804");
    assertThat(verdict(r, ct).amountAtRisk()).isEqualByComparingTo("300.00");
    assertThat(verdict(r, ls).findings()).isEmpty();
    assertThat(verdict(r, ls2).findings()).isEmpty();
  }

  @Test
  void twoRegionsUnderThe2021TextAreTwoSessions() {
    add("2023-06-01", "64490-KX", 1, "M47812", "OH", "1111111111", "150.00");
    add("2023-06-20", "64490-KX", 1, "M47812", "OH", "1111111111", "150.00");
    blocks("2023-06-01", "2023-06-20");
    CarrierLine ct = add("2023-09-02", "64633-RT", 1, "M47812", "OH", "1111111111", "300.00");
    rf("2023-09-02", "64635-50", 1);
    BeneficiaryAudit r = run();
    assertThat(verdict(r, ct).findings()).isEmpty();
    assertThat(r.sessions()).isEqualTo(2);
  }

  @Test
  void cgsThoracolumbarIsOneLumbarSessionFrom2025() {
    blocks("2025-01-02", "2025-01-20");
    CarrierLine t12 = add("2025-02-10", "64633-50", 1, "M47815", "OH", "1111111111", "300.00");
    CarrierLine l1 = add("2025-02-10", "64636-50", 1, "M47816", "OH", "1111111111", "200.00");
    BeneficiaryAudit r = run();
    assertThat(verdict(r, t12).findingIds()).isEqualTo("FC-811");
    assertThat(verdict(r, t12).unitsNotCovered()).isZero();
    assertThat(verdict(r, l1).findings()).isEmpty();
    assertThat(r.sessions()).isEqualTo(1);
  }

  @Test
  void thoracolumbarElsewhereIsTwoRegions() {
    add("2025-01-02", "64490-KX", 1, "M47815", "TX", "1111111111", "150.00");
    add("2025-01-20", "64490-KX", 1, "M47815", "TX", "1111111111", "150.00");
    add("2025-01-02", "64493-KX", 1, "M47816", "TX", "1111111111", "150.00");
    add("2025-01-20", "64493-KX", 1, "M47816", "TX", "1111111111", "150.00");
    CarrierLine t12 = add("2025-02-10", "64633-50", 1, "M47815", "TX", "1111111111", "300.00");
    CarrierLine l1 = add("2025-02-10", "64636-50", 1, "M47816", "TX", "1111111111", "200.00");
    BeneficiaryAudit r = run();
    // Novitas, 2024 text: two regions; each has one unit, so lumbar/sacral (the later) goes.
    assertThat(verdict(r, t12).findingIds()).doesNotContain("FC-804");
    assertThat(verdict(r, l1).findingIds()).contains("FC-804");
  }

  @Test
  void diagnosisRules() {
    blocks("2022-12-01", "2022-12-20");
    CarrierLine none = add("2023-01-05", "64635-RT", 1, "M545", "36", "1111111111", "400.00");
    CarrierLine other = add("2023-07-20", "64635-RT", 1, "M47812", "36", "1111111111", "400.00");
    CarrierLine missing = add("2024-02-20", "64635-RT", 1, "", "36", "1111111111", "400.00");
    BeneficiaryAudit r = run();
    assertThat(verdict(r, none).findingIds()).isEqualTo("FC-805");
    assertThat(verdict(r, none).amountAtRisk()).isEqualByComparingTo("400.00");
    assertThat(verdict(r, other).findingIds()).isEqualTo("FC-806");
    assertThat(verdict(r, other).unitsNotCovered()).isZero();
    assertThat(verdict(r, missing).findingIds()).isEqualTo("FC-807");
    assertThat(verdict(r, missing).unitsNotCovered()).isZero();
  }

  @Test
  void initialRfWithoutBlocksIsAReviewFindingOrUnknownHistory() {
    CarrierLine noBlocks = rf("2023-03-01", "64635-50", 1);
    BeneficiaryAudit r = run();
    assertThat(verdict(r, noBlocks).findingIds()).isEqualTo("FC-809");
    assertThat(verdict(r, noBlocks).unitsNotCovered()).isZero();

    BeneficiaryAudit late = ClaimsAudit.builder().historyFrom(LocalDate.of(2022, 9, 1)).build()
        .audit(lines);
    assertThat(verdict(late, noBlocks).findingIds()).isEqualTo("FC-810");
    // Default: history from the beneficiary's own first line.
    assertThat(verdict(ClaimsAudit.standard().audit(lines), noBlocks).findingIds())
        .isEqualTo("FC-810");
  }

  @Test
  void blocksWithoutKxAreNotDiagnosticAndThe2024TextWantsTwoWeeksBetween() {
    add("2023-01-10", "64493", 1, "M47816", "36", "1111111111", "150.00");
    add("2023-02-01", "64493", 1, "M47816", "36", "1111111111", "150.00");
    CarrierLine rf2021 = rf("2023-03-01", "64635-50", 1);
    assertThat(verdict(run(), rf2021).findingIds()).isEqualTo("FC-809");
    lines.clear();
    blocks("2025-01-10", "2025-01-17"); // one week apart
    CarrierLine rf2024 = rf("2025-03-01", "64635-50", 1);
    assertThat(verdict(run(), rf2024).findingIds()).isEqualTo("FC-809");
  }

  @Test
  void beforeThePolicyNothingIsJudgedButTheSessionIsHistory() {
    blocks("2020-12-01", "2020-12-20");
    CarrierLine old = rf("2021-01-05", "64635-RT", 1);
    rf("2021-05-10", "64635-LT", 1);
    CarrierLine third = rf("2021-11-10", "64635-50", 1);
    BeneficiaryAudit r = run();
    assertThat(verdict(r, old).findingIds()).isEqualTo("FC-812");
    assertThat(verdict(r, third).findingIds()).contains("FC-801");
    assertThat(r.sessionsJudged()).isEqualTo(2);
  }

  @Test
  void cgsTwentyTwentyOneStartsOnTheSecondOfMay() {
    CarrierLine ohio = add("2021-04-28", "64635-50", 1, "M47816", "OH", "1", "1.00");
    CarrierLine texas = add("2021-04-28", "64635-50", 1, "M47816", "TX", "2", "1.00");
    BeneficiaryAudit r = run();
    assertThat(verdict(r, ohio).findingIds()).isEqualTo("FC-812");
    assertThat(verdict(r, texas).findingIds()).doesNotContain("FC-812");
  }

  @Test
  void legacyCodeAfter2011IsNotValid() {
    blocks("2022-12-01", "2022-12-20");
    CarrierLine legacy = rf("2023-01-05", "64622-RT", 2);
    LineVerdict v = verdict(run(), legacy);
    assertThat(v.findingIds()).contains("FC-814");
    assertThat(v.unitsNotCovered()).isEqualTo(2);
    assertThat(v.amountAtRisk()).isEqualByComparingTo("400.00");
  }

  @Test
  void unknownStateIsNamedAndThe2021TextAssumed() {
    blocks("2024-12-01", "2024-12-20");
    CarrierLine l = add("2025-01-05", "64635-50", 1, "M47816", "77", "1111111111", "400.00");
    CarrierLine a = add("2025-01-05", "64636-50", 2, "M47816", "77", "1111111111", "400.00");
    BeneficiaryAudit r = run();
    assertThat(verdict(r, l).findingIds()).isEqualTo("FC-813");
    assertThat(verdict(r, l).findings().get(0).message()).contains("'77' is not a state code");
    // Levels are limited under the 2021 text too.
    assertThat(verdict(r, a).findingIds()).isEqualTo("FC-803");
  }

  @Test
  void unreadableLinesAreKeptWithTheirProblemAndTheRestIsJudged() {
    blocks("2022-12-01", "2022-12-20");
    CarrierLine bad = add("2023-13-45", "64635-50", 1, "M47816", "36", "1", "400.00");
    CarrierLine negative = add("2023-01-05", "64635-50", -1, "M47816", "36", "1", "400.00");
    CarrierLine code = add("2023-01-05", "6463", 1, "M47816", "36", "1", "400.00");
    CarrierLine money = add("2023-01-05", "64635-50", 1, "M47816", "36", "1", "-12.00");
    BeneficiaryAudit r = run();
    assertThat(r.verdicts()).hasSize(lines.size());
    assertThat(verdict(r, bad).findingIds()).isEqualTo("FC-815");
    assertThat(verdict(r, bad).findings().get(0).message())
        .contains("Line " + bad.row()).contains("LINE_1ST_EXPNS_DT '2023-13-45'");
    assertThat(verdict(r, negative).findings().get(0).message()).contains("LINE_SRVC_CNT '-1'");
    assertThat(verdict(r, code).findings().get(0).message()).contains("HCPCS_CD '6463'");
    assertThat(verdict(r, money).findingIds()).isEqualTo("FC-816");
    assertThat(verdict(r, money).amountText()).isEqualTo("0.00");
  }

  @Test
  void otherLinesAreCarriedThroughUnjudged() {
    blocks("2022-12-01", "2022-12-20");
    CarrierLine visit = add("2023-01-05", "99214", 1, "M545", "36", "1111111111", "110.00");
    CarrierLine imaging = add("2023-01-05", "77003-26", 1, "M545", "36", "1111111111", "30.00");
    rf("2023-01-05", "64635-50", 1);
    BeneficiaryAudit r = run();
    assertThat(verdict(r, visit).findings()).isEmpty();
    assertThat(verdict(r, imaging).findings()).isEmpty();
  }

  @Test
  void theOrderOfTheInputNeverChangesTheResult() {
    blocks("2022-12-01", "2022-12-20");
    rf("2023-01-05", "64635-RT", 1);
    rf("2023-01-05", "64636-RT", 3);
    rf("2023-01-19", "64635-LT", 1);
    rf("2023-05-01", "64635-RT", 1);
    rf("2023-09-01", "64635-50", 1);
    add("2023-09-01", "64633-50", 1, "M47812", "36", "2222222222", "300.00");
    BeneficiaryAudit expected = run();
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<CarrierLine> shuffled = new ArrayList<>(lines);
      Collections.shuffle(shuffled, random);
      BeneficiaryAudit r = AUDIT.audit(shuffled);
      assertThat(r.findings()).isEqualTo(expected.findings());
      for (CarrierLine l : lines) {
        assertThat(verdict(r, l)).isEqualTo(verdict(expected, l));
      }
    }
  }

  @Test
  void ssaAndUspsStateCodesNameTheSameContractor() {
    PolicyDirectory d = PolicyDirectory.medicare();
    assertThat(d.usps("36")).contains("OH");
    assertThat(d.usps("oh")).contains("OH");
    assertThat(d.usps("Ohio")).contains("OH");
    assertThat(d.usps("5")).contains("CA");
    assertThat(d.usps("54")).isEmpty(); // Africa: not a state
    assertThat(d.resolve("36", LocalDate.of(2024, 9, 1)))
        .isEqualTo(d.resolve("OH", LocalDate.of(2024, 9, 1)));
    assertThat(d.resolve("OH", LocalDate.of(2024, 9, 1)).text()).isEqualTo(PolicyText.LCD_2024);
    assertThat(d.resolve("FL", LocalDate.of(2026, 1, 1)).text()).isEqualTo(PolicyText.LCD_2021);
    assertThat(d.resolve("TN", LocalDate.of(2024, 7, 6)).text()).isEqualTo(PolicyText.LCD_2021);
    assertThat(d.resolve("TN", LocalDate.of(2024, 7, 7)).text()).isEqualTo(PolicyText.LCD_2024);
  }

  @Test
  void amountsAreHalfUpToTheCent() {
    CarrierLine l = CarrierLine.fromRif(2, "B", "C", "1", "20230105", "64636", "RT", "", "3",
        "M47816", "11", "OH", "1", "100.00", "100.00");
    assertThat(ClaimsAudit.amount(l, 1)).isEqualByComparingTo(new BigDecimal("33.33"));
    assertThat(ClaimsAudit.amount(l, 2)).isEqualByComparingTo(new BigDecimal("66.67"));
    assertThat(ClaimsAudit.amount(l, 0).toPlainString()).isEqualTo("0.00");
  }

  @Test
  void datesAndUnitsAreReadInTheDocumentedForms() {
    assertThat(CarrierLine.parseDate("20240105")).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(CarrierLine.parseDate("2024-01-05")).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(CarrierLine.parseDate("2024-01-05 00:00:00")).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(CarrierLine.parseDate("2024-02-30")).isNull();
    assertThat(CarrierLine.parseDate("05/01/2024")).isNull();
    assertThat(CarrierLine.parseUnits("2")).isEqualTo(2);
    assertThat(CarrierLine.parseUnits("2.0")).isEqualTo(2);
    assertThat(CarrierLine.parseUnits("1.5")).isEqualTo(-1);
    assertThat(CarrierLine.parseUnits("-1")).isEqualTo(-1);
    assertThat(CarrierLine.parseUnits("one")).isEqualTo(-1);
    assertThat(FindingCode.AUDIT_SESSIONS_PER_WINDOW.id()).isEqualTo("FC-801");
  }
}
