package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.Finding;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dated Medicare policy through {@link FacetClaims}: the Bundles of {@code policy/} (written
 * by make_policy.py there) with the place of service, claims and history each rule reads. The
 * state comes from the input (Location, Encounter location, PractitionerRole) or the caller;
 * the policy it chooses with the date decides the lines (the levels beyond two on lines of their
 * own, GZ on exactly those) and the findings.
 */
class MedicarePolicyTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final CoverageOptions NO_ABN = CoverageOptions.standard().withAbn(AbnStatus.NOT_ON_FILE)
      .withBundleHistoryComplete(true);

  static CodingOutput code(String name, PayerProfile profile, CoverageOptions checks) {
    try (InputStream in = MedicarePolicyTest.class.getResourceAsStream("/policy/" + name)) {
      return FACET.code(FACET.parse(in), CodingOptions.of(profile).withCoverageChecks(checks));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Claim of the session on {@code date}. */
  static Claim claimOn(CodingOutput out, String date) {
    return out.sessions().stream().map(SessionClaim::claim)
        .filter(c -> ((DateType) c.getItemFirstRep().getServiced()).getValueAsString()
            .equals(date))
        .findFirst().orElseThrow();
  }

  /** Items as a coder writes them: "64636-50-GZ x1". */
  static List<String> items(Claim c) {
    return c.getItem().stream().map(i -> i.getProductOrService().getCodingFirstRep().getCode()
        + i.getModifier().stream().map(CodeableConcept::getCodingFirstRep)
            .map(m -> "-" + m.getCode()).collect(Collectors.joining())
        + " x" + i.getQuantity().getValue().intValue()).collect(Collectors.toList());
  }

  static List<String> ids(CodingOutput out) {
    return out.findings().stream().map(Finding::id).collect(Collectors.toList());
  }

  static Finding first(CodingOutput out, String id) {
    return out.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  static PayerProfile withModifiers(BillingConvention c) {
    return PayerProfile.MEDICARE_PHYSICIAN_ABN.toBuilder("medicare-" + c.id() + "-abn")
        .convention(c).build();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BillingConvention.class)
  @DisplayName("Ohio 2025: the third level on its own line(s), GZ on exactly those")
  void threeLevelsInOhio(BillingConvention c) {
    CodingOutput out = code("ohio-three-levels.json", withModifiers(c), NO_ABN);
    List<String> expected = switch (c) {
      case MODIFIER_50 -> List.of("64635-50 x1", "64636-50 x1", "64636-50-GZ x1");
      case RT_LT_LINES -> List.of("64635-RT x1", "64635-LT x1", "64636-RT x1", "64636-LT x1",
          "64636-RT-GZ x1", "64636-LT-GZ x1");
      case SINGLE_LINE_UNITS -> List.of("64635-RT-LT x2", "64636-RT-LT x2",
          "64636-RT-LT-GZ x2");
      case MODIFIER_50_PER_LINE -> List.of("64635-50 x1", "64636-50 x1", "64636-50-GZ x1");
      case FIFTY_ON_SECOND_LINE -> List.of("64635 x1", "64635-50 x1", "64636 x1", "64636-50 x1",
          "64636-GZ x1", "64636-50-GZ x1");
    };
    assertThat(items(claimOn(out, "2025-03-03"))).containsExactlyElementsOf(expected);
    assertThat(ids(out)).contains("FC-618").doesNotContain("FC-604", "FC-629", "FC-630",
        "FC-631", "FC-634");
    assertThat(first(out, "FC-618").source()).contains("L38773");
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }

  @Test
  @DisplayName("the caller's state overrides the input's: Florida keeps the 2021 text")
  void stateOverride() {
    CodingOutput out = code("ohio-three-levels.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN.withState("FL", "--state"));
    assertThat(items(claimOn(out, "2025-03-03"))).containsExactly("64635-50 x1", "64636-50 x2");
    assertThat(ids(out)).contains("FC-604").doesNotContain("FC-618");
  }

  @Test
  @DisplayName("CGS the day before its 2024 text (2024-08-14): one line, a warning")
  void dayBeforeTheRevision() {
    CodingOutput out = code("ohio-three-levels-2024-08-14.json",
        PayerProfile.MEDICARE_PHYSICIAN_ABN, NO_ABN);
    assertThat(items(claimOn(out, "2024-08-14"))).containsExactly("64635-50 x1", "64636-50 x2");
    assertThat(ids(out)).contains("FC-604").doesNotContain("FC-618");
  }

  @Test
  @DisplayName("the state from the Encounter's Location, written as a name (Texas: Novitas)")
  void encounterLocation() {
    CodingOutput out = code("texas-encounter-location.json",
        PayerProfile.MEDICARE_PHYSICIAN_ABN, NO_ABN);
    assertThat(items(claimOn(out, "2025-03-03")))
        .containsExactly("64635-50 x1", "64636-50 x1", "64636-50-GZ x1");
    assertThat(first(out, "FC-618").source()).contains("L34892");
    assertThat(ids(out)).doesNotContain("FC-631", "FC-634");
  }

  @Test
  @DisplayName("a Location without an address: FC-634 naming it; the PractitionerRole's state")
  void locationWithoutAddress() {
    CodingOutput out = code("location-without-address.json",
        PayerProfile.MEDICARE_PHYSICIAN_ABN, NO_ABN);
    Finding f = first(out, "FC-634");
    assertThat(f.element()).contains("Location/loc-bare.address.state");
    assertThat(f.message()).contains("Location/loc-bare").contains("no address");
    assertThat(first(out, "FC-618").source()).contains("L38841"); // WPS: Indiana
    assertThat(ids(out)).doesNotContain("FC-631");
  }

  @Test
  @DisplayName("conflicting states in one session: FC-630 naming both elements, no state chosen")
  void conflictingStates() {
    CodingOutput out = code("conflicting-states.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    Finding f = first(out, "FC-630");
    assertThat(f.message()).contains("OH (Location/loc-oh.address.state)")
        .contains("IN (Location/loc-in.address.state)");
    assertThat(ids(out)).contains("FC-631");
  }

  @Test
  @DisplayName("a state that is not one: FC-629 at the Location's element, then the unknown rule")
  void notAState() {
    CodingOutput out = code("not-a-state.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(first(out, "FC-629").element()).contains("Location/loc-on.address.state");
    assertThat(ids(out)).contains("FC-631");
  }

  @Test
  @DisplayName("a state flag that is not one: FC-629 naming the flag")
  void notAStateFlag() {
    CodingOutput out = code("ohio-three-levels.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN.withState("Ohioo", "--state"));
    assertThat(first(out, "FC-629").element()).contains("--state");
  }

  @Test
  @DisplayName("hospital outpatient (POS 22) with the UTN on the hospital's Claim: FC-627")
  void hospitalWithUtn() {
    CodingOutput out = code("hopd-with-utn.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(ids(out)).contains("FC-627").doesNotContain("FC-613", "FC-614");
    assertThat(first(out, "FC-627").message()).contains("type of bill 0131")
        .contains("A1B2C3D4E5F6G7");
  }

  @Test
  @DisplayName("hospital outpatient without a UTN: FC-613; exempt: FC-627; office or ASC: none")
  void hospitalWithoutUtn() {
    assertThat(ids(code("hopd-without-utn.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN)))
        .contains("FC-613").doesNotContain("FC-627");
    assertThat(ids(code("hopd-without-utn.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN.withPriorAuthorizationExempt(true)))).contains("FC-627")
        .doesNotContain("FC-613");
    assertThat(ids(code("hopd-without-utn.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN.withPriorAuthorizationUtn("Z9Y8X7W6V5U4T3")))).contains("FC-627");
    assertThat(ids(code("asc-no-prior-auth.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN)))
        .doesNotContain("FC-613", "FC-614", "FC-627");
    assertThat(ids(code("ohio-three-levels.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN)))
        .doesNotContain("FC-613", "FC-614", "FC-627");
  }

  @Test
  @DisplayName("repeat RF: 30% relief but ODI 46 to 22 covers it under the 2024 text, not 2021")
  void repeatByOdi() {
    CodingOutput out = code("repeat-rf-odi.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(today(out, "FC-608")).isEmpty();
    assertThat(today(out, "FC-633")).isEmpty();
    CodingOutput florida = code("repeat-rf-odi.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN.withState("Florida"));
    assertThat(today(florida, "FC-608")).isNotEmpty();
  }

  @Test
  @DisplayName("repeat RF: a note that ADLs improved on the same scale covers it (2024 text)")
  void repeatByStatement() {
    CodingOutput out = code("repeat-rf-adl-statement.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    assertThat(today(out, "FC-608")).isEmpty();
    CodingOutput florida = code("repeat-rf-adl-statement.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN.withState("FL"));
    assertThat(today(florida, "FC-608")).isNotEmpty();
  }

  /**
   * The findings with this id about the 2025-03-03 session (the 2024-05-06 RF is an initial RF
   * after its blocks: a repeat-rule finding can only be today's).
   */
  static List<Finding> today(CodingOutput out, String id) {
    return out.findings().stream().filter(f -> f.id().equals(id))
        .filter(f -> !f.message().contains("Procedure/rf-last is"))
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName("moderate sedation recorded the same day: the review finding FC-628")
  void sameDaySedation() {
    CodingOutput out = code("same-day-sedation.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(first(out, "FC-628").message()).contains("99152");
  }

  @Test
  @DisplayName("each item points at the diagnoses that support its region")
  void diagnosisPointers() {
    CodingOutput out = code("diagnosis-pointers.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    Claim c = claimOn(out, "2025-03-03");
    assertThat(c.getDiagnosis()).hasSize(2);
    assertThat(c.getDiagnosis().get(1).getDiagnosisCodeableConcept().getCodingFirstRep()
        .getCode()).isEqualTo("M47.816");
    for (Claim.ItemComponent item : c.getItem()) {
      assertThat(item.getDiagnosisSequence()).extracting(PositiveIntType::getValue)
          .containsExactly(2);
    }
    // without the coverage checks: the first four, as before
    CodingOutput off = code("diagnosis-pointers.json", PayerProfile.RT_LT_LINES, null);
    assertThat(claimOn(off, "2025-03-03").getItemFirstRep().getDiagnosisSequence())
        .extracting(PositiveIntType::getValue).containsExactly(1, 2);
  }
}
