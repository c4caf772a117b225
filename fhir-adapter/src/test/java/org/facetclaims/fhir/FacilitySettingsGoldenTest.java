package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.Finding;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden sessions per setting beyond the spec's worked examples (src/test/resources/facility,
 * written by make_facility.py there): office, hospital outpatient on campus and ASC; cervical and
 * lumbar; bilateral and one-sided; add-on levels; both fee years. The place of service and the
 * state are the input's (the Location its Encounter names). Each gives the exact lines of both
 * Claims with their expected payments to the cent, the totals, and Claims valid against base R4.
 * The Medicare coverage checks are off: these pin the layout and the payment (the policy has
 * its own golden Bundles).
 */
class FacilitySettingsGoldenTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final Path DIR = Path.of("src", "test", "resources", "facility");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      // file; physician's lines; total; facility lines; total; findings present; absent
      "office-lumbar-bilateral-two-levels;"
          + "64635-50 x1 pos 11 $697.41|64636-50 x1 pos 11 $377.26; 1074.67; -; -;"
          + "FC-709; FC-706 FC-730",
      "office-cervical-right-three-levels;"
          + "64633-RT x1 pos 11 $458.93|64634-RT x2 pos 11 $533.08; 992.01; -; -;"
          + "FC-709; FC-730",
      "hopd-lumbar-bilateral-two-levels;"
          + "64635-50 x1 pos 22 $259.53|64636-50 x1 pos 22 $76.16; 335.69;"
          + "0361 64635-50 x1 $1765.76|0361 64636-50 x1 $0.00; 1765.76;"
          + "FC-707 FC-709 FC-730 FC-731; FC-701 FC-704 FC-732",
      "hopd-cervical-left-two-levels;"
          + "64633-LT x1 pos 22 $172.68|64634-LT x1 pos 22 $57.78; 230.46;"
          + "0361 64633-LT x1 $1765.76|0361 64634-LT x1 $0.00; 1765.76;"
          + "FC-707 FC-709 FC-730 FC-731; FC-701 FC-704",
      "hopd-lumbar-bilateral-three-levels;"
          + "64635-50 x1 pos 22 $259.53|64636-50 x2 pos 22 $152.31; 411.84;"
          + "0361 64635-50 x1 $1765.76|0361 64636-50 x1 $0.00|0361 64636-50 x1 $0.00; 1765.76;"
          + "FC-704 FC-709 FC-731; FC-701",
      "hopd-lumbar-bilateral-2025-12-31;"
          + "64635-50 x1 pos 22 $279.96|64636-50 x1 pos 22 $85.40; 365.36;"
          + "0361 64635-50 x1 $1952.77|0361 64636-50 x1 $0.00; 1952.77;"
          + "FC-709 FC-731; FC-732",
      "asc-lumbar-bilateral-two-levels;"
          + "64635-50 x1 pos 24 $259.53|64636-50 x1 pos 24 $76.16; 335.69;"
          + "64635-RT x1 pos 24 $948.66|64635-LT x1 pos 24 $474.33|64636-RT x1 pos 24 $0.00"
          + "|64636-LT x1 pos 24 $0.00; 1422.99;"
          + "FC-704 FC-709; FC-701 FC-707 FC-730 FC-731",
      "asc-lumbar-right-two-levels;"
          + "64635-RT x1 pos 24 $173.02|64636-RT x1 pos 24 $50.77; 223.79;"
          + "64635-RT x1 pos 24 $948.66|64636-RT x1 pos 24 $0.00; 948.66;"
          + "FC-709; FC-704 FC-730",
      "asc-cervical-bilateral-two-levels;"
          + "64633-50 x1 pos 24 $259.02|64634-50 x1 pos 24 $86.67; 345.69;"
          + "64633-RT x1 pos 24 $948.66|64633-LT x1 pos 24 $474.33|64634-RT x1 pos 24 $0.00"
          + "|64634-LT x1 pos 24 $0.00; 1422.99;"
          + "FC-704 FC-709; FC-730",
      // no 2025 ASC rates: the ASC claim has no net or total, and FC-732 says why
      "asc-lumbar-bilateral-2025-06-02;"
          + "64635-50 x1 pos 24 $279.96|64636-50 x1 pos 24 $85.40; 365.36;"
          + "64635-RT x1 pos 24|64635-LT x1 pos 24|64636-RT x1 pos 24|64636-LT x1 pos 24; -;"
          + "FC-709 FC-732; FC-731"})
  void golden(String file, String physician, String physicianTotal, String facility,
      String facilityTotal, String present, String absent) throws Exception {
    boolean office = file.startsWith("office");
    CodingOptions o = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN).withCoverageChecks(null)
        .withClaims(office ? ClaimSelection.PROFESSIONAL : ClaimSelection.BOTH)
        .withExpectedPayment(true)
        .withFacility(FacilityOptions.standard()
            .withFacility(new Reference("Organization/facility-1"))
            .withUtn(file.startsWith("hopd") ? "A1B2C3D4E5F6G7" : null));
    CodingOutput out = FACET.code(FACET.parse(Files.readAllBytes(DIR.resolve(file + ".json"))),
        o);
    assertThat(out.sessions()).hasSize(1);
    SessionClaim s = out.sessions().get(0);
    List<Claim> claims = s.claims();
    assertThat(claims).hasSize(facility == null ? 1 : 2);

    Claim pro = claims.get(0);
    assertThat(FacilityClaimsTest.lines(pro)).containsExactly(physician.split("\\|"));
    assertThat(pro.getTotal().getValue()).isEqualByComparingTo(physicianTotal);
    if (facility != null) {
      Claim fac = claims.get(1);
      assertThat(FacilityClaimsTest.lines(fac)).containsExactly(facility.split("\\|"));
      if (facilityTotal == null) {
        assertThat(fac.hasTotal()).isFalse();
      } else {
        assertThat(fac.getTotal().getValue()).isEqualByComparingTo(facilityTotal);
      }
    }
    List<String> ids = out.findings().stream().map(Finding::id).collect(Collectors.toList());
    assertThat(ids).containsAll(Arrays.asList(present.split(" ")));
    assertThat(ids).doesNotContainAnyElementsOf(Arrays.asList(absent.split(" ")));
    for (Claim c : claims) {
      assertThat(FhirValidation.errors(c)).as(c.getId()).isEmpty();
    }
  }
}
