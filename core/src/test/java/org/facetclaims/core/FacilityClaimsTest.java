package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.facetclaims.core.Fixtures.ENGINE;
import static org.facetclaims.core.Fixtures.ids;
import static org.facetclaims.core.Fixtures.lines;
import static org.facetclaims.core.Fixtures.rf;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.facility.FacilityChecks;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.PaymentSystem;
import org.facetclaims.core.payment.FeeTable;
import org.facetclaims.core.payment.FeeTables;
import org.facetclaims.core.payment.LinePayment;
import org.facetclaims.core.payment.PaymentEstimate;
import org.facetclaims.core.payment.PaymentEstimator;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the facility-claims spec (§2.8 OPPS, §6.4 one session in three
 * settings): lines under each facility profile, expected payments to the cent from the bundled
 * 2026 fee table, discontinued procedures and the facility checks.
 */
class FacilityClaimsTest {
  /** The spec's date of service. */
  static final LocalDate DOS = LocalDate.of(2026, 3, 10);
  static final PaymentEstimator ESTIMATOR = PaymentEstimator.standard();

  private static CodingResult code(PayerProfile profile, Discontinuation d,
      DocumentedProcedure... ps) {
    CodingSession.Builder b = CodingSession.on(DOS).discontinued(d);
    for (DocumentedProcedure p : ps) {
      b.add(p);
    }
    return ENGINE.code(b.build(), profile);
  }

  private static CodingResult code(PayerProfile profile, DocumentedProcedure... ps) {
    return code(profile, Discontinuation.NONE, ps);
  }

  private static DocumentedProcedure bilateralL4S1() {
    return rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL)
        .build();
  }

  private static PaymentEstimate pay(CodingResult r, CareSetting s) {
    return ESTIMATOR.estimate(r, s).orElseThrow();
  }

  private static List<String> amounts(PaymentEstimate e) {
    return e.lines().stream().map(l -> l.amount().toPlainString()).collect(Collectors.toList());
  }

  @Test
  @DisplayName("§6.4 bilateral L4-L5 + L5-S1: the physician's claim in a facility, $335.69")
  void physicianInAFacility() {
    CodingResult r = code(PayerProfile.MEDICARE_PHYSICIAN, bilateralL4S1());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-50 x1");
    for (CareSetting s : List.of(CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS,
        CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS, CareSetting.AMBULATORY_SURGICAL_CENTER)) {
      PaymentEstimate e = pay(r, s);
      assertThat(e.system()).isEqualTo(PaymentSystem.MPFS);
      assertThat(e.year()).isEqualTo(2026);
      assertThat(amounts(e)).as(s.id()).containsExactly("259.53", "76.16");
      assertThat(e.total()).isEqualByComparingTo("335.69");
    }
  }

  @Test
  @DisplayName("§6.4 the same session in the office: non-facility amounts, $1,074.67")
  void physicianInTheOffice() {
    PaymentEstimate e = pay(code(PayerProfile.MEDICARE_PHYSICIAN, bilateralL4S1()),
        CareSetting.OFFICE);
    assertThat(amounts(e)).containsExactly("697.41", "377.26");
    assertThat(e.total()).isEqualByComparingTo("1074.67");
    assertThat(e.source()).contains("PPRRVU2026").endsWith("[H]");
  }

  @Test
  @DisplayName("§2.8/§6.4 hospital outpatient: 64635-50, 64636-50, one C-APC $1,765.76")
  void hospitalOutpatient() {
    CodingResult r = code(PayerProfile.MEDICARE_OPPS, bilateralL4S1());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-50 x1");
    assertThat(r.profile().claimType().code()).isEqualTo("institutional");
    PaymentEstimate e = pay(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS);
    assertThat(amounts(e)).containsExactly("1765.76", "0.00");
    assertThat(e.total()).isEqualByComparingTo("1765.76");
    assertThat(e.lines().get(1).rule()).contains("packaged");
    assertThat(e.notes()).anyMatch(n -> n.contains("Addendum J"));
  }

  @Test
  @DisplayName("§2.8 right L3-L4, left L4-L5 under OPPS: 64635-RT, 64636-LT, $1,765.76")
  void hospitalOutpatientOneSided() {
    CodingResult r = code(PayerProfile.MEDICARE_OPPS, rf().joint("L3-L4", Laterality.RIGHT)
        .joint("L4-L5", Laterality.LEFT).build());
    assertThat(lines(r)).containsExactly("64635-RT x1", "64636-LT x1");
    assertThat(pay(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS).total())
        .isEqualByComparingTo("1765.76");
  }

  @Test
  @DisplayName("§2.8 bilateral C5-C6 and L4-L5 under OPPS: two J1 lines, one C-APC payment")
  void hospitalOutpatientTwoRegions() {
    CodingResult r = code(PayerProfile.MEDICARE_OPPS, rf().joint("C5-C6", Laterality.BILATERAL)
        .joint("L4-L5", Laterality.BILATERAL).build());
    assertThat(lines(r)).containsExactly("64633-50 x1", "64635-50 x1");
    PaymentEstimate e = pay(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS);
    assertThat(amounts(e)).containsExactly("1765.76", "0.00");
  }

  @Test
  @DisplayName("R-HOPD-MOD-3: three bilateral levels under OPPS give one unit per 50 line")
  void hospitalOutpatientThreeLevels() {
    CodingResult r = code(PayerProfile.MEDICARE_OPPS, rf().joint("L3-L4", Laterality.BILATERAL)
        .joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-50 x1", "64636-50 x1");
    assertThat(lines(code(PayerProfile.MEDICARE_PHYSICIAN, rf()
        .joint("L3-L4", Laterality.BILATERAL).joint("L4-L5", Laterality.BILATERAL)
        .joint("L5-S1", Laterality.BILATERAL).build())))
        .containsExactly("64635-50 x1", "64636-50 x2");
  }

  @Test
  @DisplayName("§2.8 stopped before anesthesia: 64635-50-73 only, 50 % of APC 5431; 53 for the physician")
  void discontinuedBeforeAnesthesia() {
    CodingResult facility = code(PayerProfile.MEDICARE_OPPS, Discontinuation.BEFORE_ANESTHESIA,
        bilateralL4S1());
    assertThat(lines(facility)).containsExactly("64635-50-73 x1");
    assertThat(ids(facility)).contains("FC-708");
    assertThat(facility.trace()).anyMatch(t -> t.step() == CodingStep.REPORT_DISCONTINUED);
    PaymentEstimate e = pay(facility, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS);
    assertThat(e.total()).isEqualByComparingTo("882.88");
    CodingResult physician = code(PayerProfile.MEDICARE_PHYSICIAN,
        Discontinuation.BEFORE_ANESTHESIA, bilateralL4S1());
    assertThat(lines(physician)).containsExactly("64635-50-53 x1");
    CodingResult after = code(PayerProfile.MEDICARE_ASC, Discontinuation.AFTER_ANESTHESIA,
        bilateralL4S1());
    assertThat(lines(after)).containsExactly("64635-RT-74 x1");
    assertThat(pay(after, CareSetting.AMBULATORY_SURGICAL_CENTER).total())
        .isEqualByComparingTo("948.66");
    CodingResult ascBefore = code(PayerProfile.MEDICARE_ASC, Discontinuation.BEFORE_ANESTHESIA,
        bilateralL4S1());
    assertThat(pay(ascBefore, CareSetting.AMBULATORY_SURGICAL_CENTER).total())
        .isEqualByComparingTo("474.33");
  }

  @Test
  @DisplayName("Stopped, timing not stated: 73 (never 74) with FC-711 on the facility claim, 53 for the physician")
  void discontinuedTimingUnstated() {
    CodingResult facility = code(PayerProfile.MEDICARE_OPPS, Discontinuation.UNSTATED,
        bilateralL4S1());
    assertThat(lines(facility)).containsExactly("64635-50-73 x1");
    assertThat(ids(facility)).contains("FC-708", "FC-711");
    assertThat(facility.findings()).filteredOn(f -> f.id().equals("FC-708"))
        .allMatch(f -> f.message().contains("not said whether before or after anesthesia"));
    assertThat(pay(facility, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS).total())
        .isEqualByComparingTo("882.88");
    CodingResult physician = code(PayerProfile.MEDICARE_PHYSICIAN, Discontinuation.UNSTATED,
        bilateralL4S1());
    assertThat(lines(physician)).containsExactly("64635-50-53 x1");
    assertThat(ids(physician)).contains("FC-708").doesNotContain("FC-711");
    assertThat(Discontinuation.UNSTATED.timed()).isFalse();
    assertThat(Discontinuation.BEFORE_ANESTHESIA.timed()).isTrue();
  }

  @Test
  @DisplayName("Off-campus department: PO (excepted) or PN (non-excepted) on every OPPS line, never on the physician's or an ASC's")
  void offCampusDepartment() {
    for (OffCampusDepartment d : OffCampusDepartment.values()) {
      CodingSession s = CodingSession.on(DOS).offCampusDepartment(d).add(bilateralL4S1())
          .build();
      String m = d.modifier().code();
      CodingResult hospital = ENGINE.code(s, PayerProfile.MEDICARE_OPPS);
      assertThat(lines(hospital)).containsExactly("64635-50-" + m + " x1",
          "64636-50-" + m + " x1");
      assertThat(hospital.trace()).filteredOn(t -> t.step() == CodingStep.MARK_DEPARTMENT)
          .singleElement().satisfies(t -> assertThat(t.toString()).contains(m + " on 2 lines"));
      assertThat(hospital.lines().get(0).rationale().rules())
          .anyMatch(r -> r.startsWith(m + ": " + d.id() + " off-campus"));
      assertThat(lines(ENGINE.code(s, PayerProfile.MEDICARE_PHYSICIAN)))
          .containsExactly("64635-50 x1", "64636-50 x1");
      assertThat(lines(ENGINE.code(s, PayerProfile.MEDICARE_ASC))).noneMatch(l -> l.contains(m));
    }
    CodingSession stopped = CodingSession.on(DOS)
        .offCampusDepartment(OffCampusDepartment.EXCEPTED)
        .discontinued(Discontinuation.BEFORE_ANESTHESIA).add(bilateralL4S1()).build();
    assertThat(lines(ENGINE.code(stopped, PayerProfile.MEDICARE_OPPS)))
        .containsExactly("64635-50-73-PO x1");
    assertThat(OffCampusDepartment.fromId("non-excepted"))
        .contains(OffCampusDepartment.NON_EXCEPTED);
    // PN lines are paid a reduced rate that is not modelled: no OPPS amount rather than a wrong
    // one, from the estimator itself (not only from the adapter); PO lines are paid as usual.
    for (OffCampusDepartment d : OffCampusDepartment.values()) {
      CodingResult hospital = ENGINE.code(CodingSession.on(DOS).offCampusDepartment(d)
          .add(bilateralL4S1()).build(), PayerProfile.MEDICARE_OPPS);
      if (d == OffCampusDepartment.NON_EXCEPTED) {
        assertThat(ESTIMATOR.estimate(hospital, CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS))
            .isEmpty();
        assertThat(ESTIMATOR.unavailable(hospital, CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS))
            .hasValueSatisfying(w -> assertThat(w).contains("PN"));
      } else {
        assertThat(ESTIMATOR.estimate(hospital, CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS))
            .hasValueSatisfying(e -> assertThat(e.total()).isEqualByComparingTo("1765.76"));
      }
    }
    assertThat(OffCampusDepartment.fromId("PN")).isEmpty();
  }

  @Test
  @DisplayName("§6.4 ASC: RT and LT lines, $948.66 + $474.33 + 0 + 0 = $1,422.99")
  void ambulatorySurgicalCenter() {
    CodingResult r = code(PayerProfile.MEDICARE_ASC, bilateralL4S1());
    assertThat(lines(r)).containsExactly("64635-RT x1", "64635-LT x1", "64636-RT x1",
        "64636-LT x1");
    assertThat(r.profile().claimType().code()).isEqualTo("professional");
    PaymentEstimate e = pay(r, CareSetting.AMBULATORY_SURGICAL_CENTER);
    assertThat(amounts(e)).containsExactly("948.66", "474.33", "0.00", "0.00");
    assertThat(e.total()).isEqualByComparingTo("1422.99");
    assertThat(e.lines().get(1).rule()).contains("multiple procedure 50 %");
  }

  @Test
  @DisplayName("§3.4 commercial ASC on UB-04: 50 on the second line, no Medicare estimate")
  void commercialAscFiftyOnTheSecondLine() {
    CodingResult r = code(PayerProfile.COMMERCIAL_ASC_UB04, bilateralL4S1());
    assertThat(lines(r)).containsExactly("64635 x1", "64635-50 x1", "64636 x1", "64636-50 x1");
    assertThat(r.lines().get(0).rationale().covered()).containsExactly("right L4-L5");
    assertThat(r.lines().get(1).rationale().covered()).containsExactly("left L4-L5");
    assertThat(ESTIMATOR.estimate(r, CareSetting.AMBULATORY_SURGICAL_CENTER)).isEmpty();
  }

  @Test
  @DisplayName("MPFS multiple procedures: the second primary at 50 %")
  void mpfsMultipleProcedures() {
    CodingResult r = code(PayerProfile.MEDICARE_PHYSICIAN, rf()
        .joint("C5-C6", Laterality.RIGHT).joint("L4-L5", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64633-RT x1", "64635-RT x1");
    PaymentEstimate e = pay(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS);
    // 64635 facility 173.02 is the higher: 100 %; 64633 172.68 at 50 % = 86.34
    assertThat(amounts(e)).containsExactly("86.34", "173.02");
  }

  @Test
  @DisplayName("No estimate without a table for the date, a setting for MPFS, or a Medicare system")
  void noEstimate() {
    CodingResult old = ENGINE.code(CodingSession.of(LocalDate.of(2024, 6, 1), bilateralL4S1()),
        PayerProfile.MEDICARE_OPPS);
    assertThat(ESTIMATOR.estimate(old, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS)).isEmpty();
    assertThat(ESTIMATOR.estimate(code(PayerProfile.MEDICARE_PHYSICIAN, bilateralL4S1()), null))
        .isEmpty();
    assertThat(ESTIMATOR.estimate(code(PayerProfile.RT_LT_LINES, bilateralL4S1()),
        CareSetting.OFFICE)).isEmpty();
  }

  @Test
  @DisplayName("A new year's table loads without a code change and wins on its dates")
  void aNewYearIsData() throws Exception {
    String y2025 = String.join("\n", "year\t2025", "effective\t2025-01-01\t2025-12-31",
        "source\tOPPS\tCMS OPPS Addendum A, January 2025\tH", "apc\t5431\tJ1\t1952.77",
        "opps\t64635\tJ1\t5431", "opps\t64636\tN\t-");
    FeeTables tables = FeeTables.standard().with(FeeTable.read("fees-2025.tsv",
        new StringReader(y2025)));
    CodingResult r = ENGINE.code(CodingSession.of(LocalDate.of(2025, 6, 1), bilateralL4S1()),
        PayerProfile.MEDICARE_OPPS);
    PaymentEstimate e = new PaymentEstimator(tables)
        .estimate(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS).orElseThrow();
    assertThat(e.year()).isEqualTo(2025);
    assertThat(e.total()).isEqualByComparingTo("1952.77");
    assertThat(e.source()).contains("January 2025");
    assertThat(tables.forDate(DOS).orElseThrow().year()).isEqualTo(2026);
    assertThatThrownBy(() -> FeeTable.read("bad.tsv", new StringReader("year\t2025\nmpfs\t1")))
        .hasMessageContaining("bad.tsv line 2");
    assertThatThrownBy(() -> FeeTable.read("bad.tsv", new StringReader(
        "year\t2025\neffective\t2025-01-01\t2025-12-31\nopps\t64635\tJ1\t9999")))
        .hasMessageContaining("APC 9999");
  }

  @Test
  @DisplayName("Fee amounts are RVUs × the conversion factor, to the cent (spec §6.1)")
  void feeScheduleAmounts() {
    FeeTable t = FeeTables.standard().forDate(DOS).orElseThrow();
    String[][] expected = {{"64633", "458.93", "172.68"}, {"64634", "266.54", "57.78"},
        {"64635", "464.94", "173.02"}, {"64636", "251.51", "50.77"}};
    for (String[] e : expected) {
      assertThat(t.mpfsAmount(e[0], false).orElseThrow()).isEqualTo(new BigDecimal(e[1]));
      assertThat(t.mpfsAmount(e[0], true).orElseThrow()).isEqualTo(new BigDecimal(e[2]));
    }
  }

  @Test
  @DisplayName("FC-701 UTN missing on the hospital outpatient claim; not with a UTN, an exemption, or before 2023-07-01")
  void utnMissing() {
    FacilityChecks checks = FacilityChecks.standard();
    CodingResult r = code(PayerProfile.MEDICARE_OPPS, bilateralL4S1());
    assertThat(checks.facilityClaim(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS, null, false))
        .extracting(Finding::id).containsExactly("FC-701");
    assertThat(checks.facilityClaim(r, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS, "U1", false))
        .isEmpty();
    assertThat(checks.facilityClaim(r, CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS, null, true))
        .isEmpty();
    CodingResult early = ENGINE.code(CodingSession.of(LocalDate.of(2023, 6, 30),
        bilateralL4S1()), PayerProfile.MEDICARE_OPPS);
    assertThat(checks.facilityClaim(early, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS, null,
        false)).isEmpty();
    CodingResult asc = code(PayerProfile.MEDICARE_ASC, bilateralL4S1());
    assertThat(checks.facilityClaim(asc, CareSetting.AMBULATORY_SURGICAL_CENTER, null, false))
        .isEmpty();
    CodingResult pro = code(PayerProfile.MEDICARE_PHYSICIAN, bilateralL4S1());
    assertThat(checks.professionalClaim(pro, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS))
        .extracting(Finding::id).containsExactly("FC-707");
    assertThat(checks.professionalClaim(pro, CareSetting.AMBULATORY_SURGICAL_CENTER)).isEmpty();
  }

  @Test
  @DisplayName("FC-702 64999 on a Medicare ASC claim, paid $0")
  void unlistedInAnAsc() {
    CodingResult r = code(PayerProfile.MEDICARE_ASC,
        DocumentedProcedure.builder(Technique.chemical(NeurolyticAgent.PHENOL))
            .imaging(org.facetclaims.core.technique.Imaging.FLUOROSCOPY)
            .joint("L4-L5", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64999 x1");
    assertThat(FacilityChecks.standard().facilityClaim(r, CareSetting.AMBULATORY_SURGICAL_CENTER,
        null, false)).extracting(Finding::id).containsExactly("FC-702");
    LinePayment p = pay(r, CareSetting.AMBULATORY_SURGICAL_CENTER).lines().get(0);
    assertThat(p.amount()).isEqualByComparingTo("0");
    assertThat(p.rule()).contains("Addendum EE");
  }

  @Test
  @DisplayName("FC-704 the two claims' layouts differ (expected); FC-703 when their units differ")
  void facilityAndProfessionalCompared() {
    FacilityChecks checks = FacilityChecks.standard();
    CodingResult pro = code(PayerProfile.MEDICARE_PHYSICIAN, bilateralL4S1());
    assertThat(checks.compare(pro, code(PayerProfile.MEDICARE_ASC, bilateralL4S1())))
        .extracting(Finding::id).containsExactly("FC-704");
    assertThat(checks.compare(pro, code(PayerProfile.MEDICARE_OPPS, bilateralL4S1()))).isEmpty();
    // right L3-L4, left L4-L5: 64635-RT, 64636-LT against 64635-RT, 64635-LT, the same joints
    DocumentedProcedure asymmetric = rf().joint("L3-L4", Laterality.RIGHT)
        .joint("L4-L5", Laterality.LEFT).build();
    assertThat(checks.compare(code(PayerProfile.MEDICARE_PHYSICIAN, asymmetric),
        code(PayerProfile.MEDICARE_ASC, asymmetric))).extracting(Finding::id)
        .containsExactly("FC-704");
    CodingResult less = code(PayerProfile.MEDICARE_ASC,
        rf().joint("L4-L5", Laterality.BILATERAL).build());
    assertThat(checks.compare(pro, less)).extracting(Finding::id).containsExactly("FC-703");
  }

  @Test
  @DisplayName("The setting from a place-of-service code")
  void settings() {
    assertThat(CareSetting.fromPlaceOfService("22")).contains(
        CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS);
    assertThat(CareSetting.fromPlaceOfService(" 19 ")).contains(
        CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS);
    assertThat(CareSetting.fromPlaceOfService("24")).contains(
        CareSetting.AMBULATORY_SURGICAL_CENTER);
    assertThat(CareSetting.fromPlaceOfService("11")).contains(CareSetting.OFFICE);
    assertThat(CareSetting.fromPlaceOfService("21")).isEmpty();
    assertThat(CareSetting.parse("asc")).contains(CareSetting.AMBULATORY_SURGICAL_CENTER);
    assertThat(CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS.medicareFacilityProfile())
        .contains(PayerProfile.MEDICARE_OPPS);
    assertThat(CareSetting.OFFICE.medicareFacilityProfile()).isEmpty();
  }
}
