package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.fhir.MedicarePolicyTest.FACET;
import static org.facetclaims.fhir.MedicarePolicyTest.NO_ABN;
import static org.facetclaims.fhir.MedicarePolicyTest.code;
import static org.facetclaims.fhir.MedicarePolicyTest.items;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Coverage findings about particular lines (non-covered method or guidance, prior
 * authorization, GA/GZ appended or not, units beyond two levels) name those Claim items in the
 * OperationOutcome's {@code issue.expression}, as the MUE and PTP findings do.
 */
class CoverageFindingLinesTest {

  /** The expressions of the issues of {@code id} in the output's OperationOutcome. */
  static List<List<String>> expressions(CodingOutput out, String id) {
    Bundle b = out.toBundle();
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof OperationOutcome)
        .flatMap(r -> ((OperationOutcome) r).getIssue().stream())
        .filter(i -> i.getDetails().getCodingFirstRep().getCode().equals(id))
        .map(i -> i.getExpression().stream().map(StringType::getValue)
            .collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  static Claim claim(CodingOutput out) {
    return out.sessions().get(out.sessions().size() - 1).claim();
  }

  @Test
  @DisplayName("FC-618 and FC-616 point at the GZ line only")
  void unitsBeyondTwoLevels() {
    CodingOutput out = code("ohio-three-levels.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN);
    assertThat(items(claim(out))).containsExactly("64635-50 x1", "64636-50 x1",
        "64636-50-GZ x1");
    assertThat(expressions(out, "FC-618")).containsExactly(List.of("Claim.item[2]"));
    assertThat(expressions(out, "FC-616")).containsExactly(List.of("Claim.item[2]"));
  }

  @Test
  @DisplayName("FC-615 (ABN status unknown) points at the non-covered line")
  void abnUnknown() {
    CodingOutput out = code("ohio-three-levels.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN.withAbn(AbnStatus.UNKNOWN));
    assertThat(expressions(out, "FC-615")).containsExactly(List.of("Claim.item[2]"));
  }

  @Test
  @DisplayName("FC-613 points at the lines that need prior authorization")
  void priorAuthorization() {
    CodingOutput out = code("hopd-without-utn.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(items(claim(out))).containsExactly("64635-50 x1");
    assertThat(expressions(out, "FC-613")).containsExactly(List.of("Claim.item[0]"));
  }

  @Test
  @DisplayName("FC-603 names the Procedure, then its line (ultrasound: 64999)")
  void guidance() {
    CodingOutput out = withText("under ultrasound guidance, 80 °C x 90 s");
    assertThat(items(claim(out))).containsExactly("64999-GZ x1");
    assertThat(expressions(out, "FC-603")).containsExactly(List.of("Procedure",
        "Claim.item[0]"));
  }

  @Test
  @DisplayName("FC-602 names the Procedure, then its line")
  void method() {
    CodingOutput out = withText("pulsed radiofrequency under fluoroscopy");
    assertThat(expressions(out, "FC-602")).singleElement().satisfies(e -> assertThat(e)
        .startsWith("Procedure").contains("Claim.item[0]"));
  }

  /** The lone Ohio Procedure of three bilateral levels, its technique words replaced. */
  static CodingOutput withText(String technique) {
    String json = LoneProcedureContextTest.text("lone-contained-location.json")
        .replace("under fluoroscopy, 80 °C x 90 s", technique);
    return FACET.code(FACET.parse(json.getBytes(StandardCharsets.UTF_8)),
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN_ABN).withCoverageChecks(NO_ABN));
  }

  @Test
  @DisplayName("a finding without lines (FC-606) has no item expression")
  void findingsWithoutLines() {
    CodingOutput out = code("lone-contained-location.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    assertThat(expressions(out, "FC-606")).allSatisfy(e -> assertThat(e)
        .noneMatch(x -> x.startsWith("Claim.item")));
  }
}
