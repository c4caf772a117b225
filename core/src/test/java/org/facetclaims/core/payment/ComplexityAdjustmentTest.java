package org.facetclaims.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;

/**
 * facility-claims spec R-HOPD-CAPC-3 / Q3: the OPPS estimate shows APC 5431, or the
 * complexity-adjusted APC when the fee data says the pair is listed, and both when it does not
 * know. The listings and the 5432 rate in the tables built here are test data.
 */
class ComplexityAdjustmentTest {
  static final LocalDate DOS = LocalDate.of(2026, 3, 10);
  static final FacetCodingEngine ENGINE = FacetCodingEngine.builder().build();
  static final CareSetting HOPD = CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS;

  private static CodingResult opps(DocumentedProcedure p) {
    return ENGINE.code(CodingSession.of(DOS, p), PayerProfile.MEDICARE_OPPS);
  }

  private static DocumentedProcedure.Builder rf() {
    return DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY);
  }

  private static DocumentedProcedure twoLumbarLevels() {
    return rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL)
        .build();
  }

  /** A 2026 table for the OPPS lines, with one capc-pair line and APC 5432 when asked. */
  private static PaymentEstimator with(String listed, boolean rate5432) throws Exception {
    String t = String.join("\n", "year\t2026", "effective\t2026-01-01\t2026-12-31",
        "source\tOPPS\ttest data\tL", "apc\t5431\tJ1\t1765.76",
        rate5432 ? "apc\t5432\tJ1\t6404.07" : "# no 5432", "opps\t64635\tJ1\t5431",
        "opps\t64636\tN\t-", "capc-pair\t64635\t64636\t5432\t" + listed);
    return new PaymentEstimator(FeeTables.standard().with(FeeTable.read("test.tsv",
        new StringReader(t))));
  }

  @Test
  void theBundledDataDoesNotKnowSoBothAreShown() {
    PaymentEstimate e = PaymentEstimator.standard().estimate(opps(twoLumbarLevels()), HOPD)
        .orElseThrow();
    assertThat(e.total()).isEqualByComparingTo("1765.76");
    assertThat(e.alternativeIfAny()).hasValueSatisfying(a -> {
      assertThat(a.apc()).isEqualTo("5432");
      assertThat(a.amount()).isNull(); // the 2026 rate of 5432 was not retrieved
      assertThat(a.condition()).isEqualTo("64635 + 64636 is on the 2026 complexity-adjustment"
          + " list (Addendum J; not verified)");
    });
    assertThat(e.summary()).contains("$1,765.76 expected").endsWith("; or APC 5432 (no rate in"
        + " the fee table) if 64635 + 64636 is on the 2026 complexity-adjustment list"
        + " (Addendum J; not verified)");
    assertThat(e.notes()).anyMatch(n -> n.startsWith("APC 5431, or APC 5432"));
  }

  @Test
  void aSingleLevelHasNoPairAndNoAlternative() {
    PaymentEstimate e = PaymentEstimator.standard().estimate(opps(rf()
        .joint("L4-L5", Laterality.BILATERAL).build()), HOPD).orElseThrow();
    assertThat(e.total()).isEqualByComparingTo("1765.76");
    assertThat(e.alternativeIfAny()).isEmpty();
    assertThat(e.summary()).doesNotContain(" or ");
  }

  @Test
  void bothAmountsWhenTheRateIsKnown() throws Exception {
    PaymentEstimate e = with("?", true).estimate(opps(twoLumbarLevels()), HOPD).orElseThrow();
    assertThat(e.total()).isEqualByComparingTo("1765.76");
    assertThat(e.alternative().amount()).isEqualByComparingTo("6404.07");
    assertThat(e.alternative().label()).isEqualTo("$6,404.07 (APC 5432)");
  }

  @Test
  void aListedPairIsPaidAtTheAdjustedApc() throws Exception {
    PaymentEstimate e = with("Y", true).estimate(opps(twoLumbarLevels()), HOPD).orElseThrow();
    assertThat(e.total()).isEqualByComparingTo("6404.07");
    assertThat(e.lines().get(0).rule()).contains("APC 5432").contains("complexity-adjusted for"
        + " 64635 + 64636");
    assertThat(e.lines().get(1).amount()).isEqualByComparingTo("0.00");
    assertThat(e.alternativeIfAny()).isEmpty();
    // listed, but the table has no rate for the adjusted APC: not priced, not guessed
    PaymentEstimate noRate = with("Y", false).estimate(opps(twoLumbarLevels()), HOPD)
        .orElseThrow();
    assertThat(noRate.complete()).isFalse();
    assertThat(noRate.lines().get(0).rule()).contains("no rate in the table");
  }

  @Test
  void aPairVerifiedNotListedIsPaidAtTheJ1Apc() throws Exception {
    PaymentEstimate e = with("N", true).estimate(opps(twoLumbarLevels()), HOPD).orElseThrow();
    assertThat(e.total()).isEqualByComparingTo("1765.76");
    assertThat(e.alternativeIfAny()).isEmpty();
  }

  @Test
  void aBadListingNamesItsLine() {
    assertThatThrownBy(() -> FeeTable.read("bad.tsv", new StringReader("year\t2026\n"
        + "effective\t2026-01-01\t2026-12-31\ncapc-pair\t64635\t64636\t5432\tmaybe")))
        .hasMessageContaining("bad.tsv line 3").hasMessageContaining("Y, N or ?");
  }
}
