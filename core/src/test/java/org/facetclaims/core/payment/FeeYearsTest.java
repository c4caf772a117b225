package org.facetclaims.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.PaymentSystem;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled fee years are chosen by date of service: 2025 (PPRRVU25 January release; APC
 * rates of the January 2025 Addendum A) through 2025-12-31, 2026 from 2026-01-01. Bilateral
 * L4-L5 + L5-S1 on each side of the boundary, to the cent.
 */
class FeeYearsTest {
  static final FacetCodingEngine ENGINE = FacetCodingEngine.builder().build();
  static final LocalDate LAST_2025 = LocalDate.of(2025, 12, 31);
  static final LocalDate FIRST_2026 = LocalDate.of(2026, 1, 1);
  static final PaymentEstimator ESTIMATOR = PaymentEstimator.standard();

  private static DocumentedProcedure bilateralL4S1() {
    return DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY)
        .joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build();
  }

  private static CodingResult code(LocalDate dos, PayerProfile p) {
    return ENGINE.code(CodingSession.of(dos, bilateralL4S1()), p);
  }

  private static List<String> amounts(PaymentEstimate e) {
    return e.lines().stream().map(l -> l.amount().toPlainString()).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} {1}: {2} + {3} = {4}")
  @CsvSource({
      // physician, facility rate (POS 22): 1.5 x facility amount per line
      "2025-12-31, 22, 279.96, 85.40, 365.36",
      "2026-01-01, 22, 259.53, 76.16, 335.69",
      // physician in the office (POS 11): 1.5 x non-facility amount
      "2025-12-31, 11, 630.75, 339.64, 970.39",
      "2026-01-01, 11, 697.41, 377.26, 1074.67"})
  void thePhysiciansClaim(LocalDate dos, String pos, String first, String second, String total) {
    PaymentEstimate e = ESTIMATOR.estimate(code(dos, PayerProfile.MEDICARE_PHYSICIAN),
        CareSetting.fromPlaceOfService(pos).orElseThrow()).orElseThrow();
    assertThat(e.year()).isEqualTo(dos.getYear());
    assertThat(amounts(e)).containsExactly(first, second);
    assertThat(e.total()).isEqualByComparingTo(total);
  }

  @Test
  void theHospitalClaimOnEachSideOfTheBoundary() {
    PaymentEstimate y2025 = ESTIMATOR.estimate(code(LAST_2025, PayerProfile.MEDICARE_OPPS),
        CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS).orElseThrow();
    assertThat(y2025.year()).isEqualTo(2025);
    assertThat(amounts(y2025)).containsExactly("1952.77", "0.00");
    assertThat(y2025.source()).contains("Addendum A, January 2025").endsWith("[L]");
    // 2025 has the 5432 rate (Addendum A), so both amounts are shown
    assertThat(y2025.alternative().label()).isEqualTo("$6,404.07 (APC 5432)");
    PaymentEstimate y2026 = ESTIMATOR.estimate(code(FIRST_2026, PayerProfile.MEDICARE_OPPS),
        CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS).orElseThrow();
    assertThat(y2026.year()).isEqualTo(2026);
    assertThat(y2026.total()).isEqualByComparingTo("1765.76");
    assertThat(y2026.alternative().amount()).isNull();
  }

  @Test
  void theAscClaimHasNo2025RatesAndSaysWhy() {
    CodingResult y2025 = code(LAST_2025, PayerProfile.MEDICARE_ASC);
    assertThat(ESTIMATOR.estimate(y2025, CareSetting.AMBULATORY_SURGICAL_CENTER)).isEmpty();
    assertThat(ESTIMATOR.unavailable(y2025, CareSetting.AMBULATORY_SURGICAL_CENTER))
        .contains("the 2025 fee table (fees-2025.tsv) has no ASC data");
    PaymentEstimate y2026 = ESTIMATOR.estimate(code(FIRST_2026, PayerProfile.MEDICARE_ASC),
        CareSetting.AMBULATORY_SURGICAL_CENTER).orElseThrow();
    assertThat(y2026.system()).isEqualTo(PaymentSystem.ASC);
    assertThat(y2026.total()).isEqualByComparingTo("1422.99");
    assertThat(ESTIMATOR.unavailable(code(FIRST_2026, PayerProfile.MEDICARE_ASC),
        CareSetting.AMBULATORY_SURGICAL_CENTER)).isEmpty();
  }

  @Test
  void whyThereIsNoEstimate() {
    CodingResult y2024 = code(LocalDate.of(2024, 12, 31), PayerProfile.MEDICARE_OPPS);
    assertThat(ESTIMATOR.unavailable(y2024, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS))
        .contains("no fee table covers 2024-12-31");
    assertThat(ESTIMATOR.unavailable(code(FIRST_2026, PayerProfile.MEDICARE_PHYSICIAN), null))
        .hasValueSatisfying(s -> assertThat(s).contains("setting is not known"));
    assertThat(ESTIMATOR.unavailable(code(FIRST_2026, PayerProfile.RT_LT_LINES),
        CareSetting.OFFICE)).isEmpty();
  }

  @Test
  void theBundledYears() {
    assertThat(FeeTables.standard().tables()).extracting(FeeTable::year)
        .containsExactlyInAnyOrder(2025, 2026);
    FeeTable t2025 = FeeTables.standard().forDate(LAST_2025).orElseThrow();
    assertThat(t2025.name()).isEqualTo("fees-2025.tsv");
    assertThat(t2025.source(PaymentSystem.MPFS).orElseThrow().confidence()).isEqualTo("M");
    assertThat(t2025.source(PaymentSystem.ASC)).isEmpty();
    assertThat(t2025.mpfsAmount("64635", true)).hasValueSatisfying(a ->
        assertThat(a).isEqualByComparingTo("186.64"));
    assertThat(t2025.mpfsAmount("64633", false)).hasValueSatisfying(a ->
        assertThat(a).isEqualByComparingTo("416.95"));
  }
}
