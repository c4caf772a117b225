package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.Finding;
import org.facetclaims.core.Severity;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Coverage checks through {@link FacetClaims}: the Bundles of {@code coverage/} coded with the
 * checks on. The session coded is the one of 2026-02-02 (bilateral L4-L5 thermal RF, 64635-50);
 * the earlier RF Procedures in the Bundles are coded too, as their own sessions. The Bundles
 * name no state: on their dates the contractors' texts differ, so every session gets FC-631
 * (the 2024 text assumed), left out of {@link #coverageIds} where a test is about other rules.
 */
class CoverageWiringTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final LocalDate DOS = LocalDate.of(2026, 2, 2);

  static CodingOutput code(String name, CodingOptions options) {
    try (InputStream in = CoverageWiringTest.class.getResourceAsStream("/coverage/" + name)) {
      return FACET.code(FACET.parse(in), options);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Claim today(CodingOutput out) {
    return out.sessions().stream().map(SessionClaim::claim)
        .filter(c -> ((DateType) c.getItemFirstRep().getServiced()).getValueAsString()
            .equals(DOS.toString()))
        .findFirst().orElseThrow();
  }

  static List<String> modifiers(Claim.ItemComponent item) {
    return item.getModifier().stream().map(CodeableConcept::getCodingFirstRep)
        .map(c -> c.getCode()).collect(Collectors.toList());
  }

  /** The coverage (6xx) findings, without the unknown state's FC-631. */
  static List<String> coverageIds(CodingOutput out) {
    return out.findings().stream().map(Finding::id).filter(id -> id.startsWith("FC-6"))
        .filter(id -> !id.equals("FC-631")).collect(Collectors.toList());
  }

  @Test
  @DisplayName("no state in the input: FC-631 names the assumed text, once per session")
  void unknownStateAssumption() {
    CodingOutput out = code("no-history.json", checks(PayerProfile.MEDICARE_PHYSICIAN,
        CoverageOptions.standard().withPlaceOfService("11")));
    assertThat(out.findings()).filteredOn(f -> f.id().equals("FC-631")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("2024 text is assumed"));
    CodingOutput ohio = code("no-history.json", checks(PayerProfile.MEDICARE_PHYSICIAN,
        CoverageOptions.standard().withPlaceOfService("11").withState("OH")));
    assertThat(ohio.findings()).extracting(Finding::id).doesNotContain("FC-631");
  }

  static CodingOptions checks(PayerProfile p, CoverageOptions c) {
    return CodingOptions.of(p).withCoverageChecks(c);
  }

  @Test
  @DisplayName("on by default for the Medicare profiles, off for the commercial layouts")
  void defaultsFollowTheProfile() {
    CodingOutput medicare = code("third-rf-in-12-months.json",
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN));
    assertThat(coverageIds(medicare)).isNotEmpty();
    CodingOutput commercial = code("third-rf-in-12-months.json",
        CodingOptions.of(PayerProfile.RT_LT_LINES));
    assertThat(coverageIds(commercial)).isEmpty();
    CodingOutput off = code("third-rf-in-12-months.json",
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN_ABN).withCoverageChecks(null));
    assertThat(coverageIds(off)).isEmpty();
    assertThat(modifiers(today(off).getItemFirstRep())).containsExactly("50");
  }

  @Test
  @DisplayName("initial RF after two documented blocks (complete history): covered")
  void initialCovered() {
    CodingOutput out = code("initial-rf-after-two-blocks.json", checks(
        PayerProfile.MEDICARE_PHYSICIAN_ABN, CoverageOptions.standard().withPlaceOfService("11")
            .withAbn(AbnStatus.NOT_ON_FILE).withBundleHistoryComplete(true)));
    assertThat(coverageIds(out)).isEmpty();
    Claim c = today(out);
    assertThat(c.getItemFirstRep().getProductOrService().getCodingFirstRep().getCode())
        .isEqualTo("64635");
    assertThat(modifiers(c.getItemFirstRep())).containsExactly("50");
  }

  @Test
  @DisplayName("repeat RF after 70% relief lasting 8 months, read from Observations: covered")
  void repeatCovered() {
    CodingOutput out = code("repeat-rf-relief-observations.json", checks(
        PayerProfile.MEDICARE_PHYSICIAN, CoverageOptions.standard().withPlaceOfService("11")));
    // The 2025-03-03 session is coded too: an initial RF after the two 2024 blocks, covered.
    assertThat(coverageIds(out)).isEmpty();
  }

  @Test
  @DisplayName("third RF in 12 months: FC-605, and GZ on the Claim item without an ABN")
  void thirdInTwelveMonths() {
    CodingOutput out = code("third-rf-in-12-months.json", checks(
        PayerProfile.MEDICARE_PHYSICIAN_ABN, CoverageOptions.standard().withPlaceOfService("11")
            .withAbn(AbnStatus.NOT_ON_FILE)));
    List<Finding> fs = out.findings().stream()
        .filter(f -> f.message().contains("2026-02-02") && f.id().startsWith("FC-6"))
        .collect(Collectors.toList());
    assertThat(fs).extracting(Finding::id).contains("FC-605", "FC-608");
    Claim c = today(out);
    Claim.ItemComponent item = c.getItemFirstRep();
    assertThat(item.getProductOrService().getCodingFirstRep().getCode()).isEqualTo("64635");
    assertThat(item.getQuantity().getValue().intValue()).isEqualTo(1);
    assertThat(modifiers(item)).containsExactly("50", "GZ");
    assertThat(item.getModifier().get(1).getCodingFirstRep().getSystem())
        .isEqualTo("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
    assertThat(out.findings()).extracting(Finding::id).contains("FC-616");
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }

  @Test
  @DisplayName("ABN on file: GA; ABN unknown: nothing appended and FC-615")
  void gaAndUnknown() {
    CodingOutput ga = code("third-rf-in-12-months.json", checks(
        PayerProfile.MEDICARE_PHYSICIAN_ABN, CoverageOptions.standard().withPlaceOfService("11")
            .withAbn(AbnStatus.ON_FILE)));
    assertThat(modifiers(today(ga).getItemFirstRep())).containsExactly("50", "GA");
    CodingOutput unknown = code("third-rf-in-12-months.json", checks(
        PayerProfile.MEDICARE_PHYSICIAN_ABN, CoverageOptions.standard().withPlaceOfService("11")));
    assertThat(modifiers(today(unknown).getItemFirstRep())).containsExactly("50");
    assertThat(coverageIds(unknown)).contains("FC-615");
  }

  @Test
  @DisplayName("missing history: an information finding, never a false denial")
  void noHistory() {
    CodingOutput out = code("no-history.json", checks(PayerProfile.MEDICARE_PHYSICIAN_ABN,
        CoverageOptions.standard().withPlaceOfService("11").withAbn(AbnStatus.NOT_ON_FILE)));
    assertThat(coverageIds(out)).containsExactly("FC-606");
    assertThat(out.findings().stream().filter(f -> f.id().equals("FC-606")))
        .allMatch(f -> f.severity() == Severity.INFORMATION);
    assertThat(modifiers(today(out).getItemFirstRep())).containsExactly("50");
    assertThat(out.outcome().getIssue()).anySatisfy(i -> {
      assertThat(i.getDetails().getCodingFirstRep().getCode()).isEqualTo("FC-606");
      assertThat(i.getSeverity().toCode()).isEqualTo("information");
    });
  }

  @Test
  @DisplayName("a complete history without blocks: FC-607; a partial one: information only")
  void blocksMissing() {
    CodingOutput complete = code("history-noise.json", checks(PayerProfile.MEDICARE_PHYSICIAN,
        CoverageOptions.standard().withPlaceOfService("11").withBundleHistoryComplete(true)));
    assertThat(coverageIds(complete)).contains("FC-607", "FC-617");
    CodingOutput partial = code("history-noise.json", checks(PayerProfile.MEDICARE_PHYSICIAN,
        CoverageOptions.standard().withPlaceOfService("11")));
    assertThat(coverageIds(partial)).doesNotContain("FC-607").contains("FC-606", "FC-617");
  }

  @Test
  @DisplayName("hospital outpatient place of service: prior authorization warning")
  void priorAuthorization() {
    CodingOutput out = code("initial-rf-after-two-blocks.json", checks(
        PayerProfile.MEDICARE_PHYSICIAN, CoverageOptions.standard().withPlaceOfService("22")
            .withBundleHistoryComplete(true)));
    assertThat(coverageIds(out)).containsExactly("FC-613");
  }
}
