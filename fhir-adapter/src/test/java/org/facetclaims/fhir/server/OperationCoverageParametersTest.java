package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.fhir.FacetClaims;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** The operation's coverage parameters, as the command line's flags. */
class OperationCoverageParametersTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final FacetClaimsOperationProvider OP = new FacetClaimsOperationProvider(FACET);

  /** Left L4-L5 thermal RF under fluoroscopy, 2026-02-02: 64635-LT, prior authorization list. */
  static List<IBaseResource> procedure() {
    return List.of(FACET.parse(("{\"resourceType\":\"Procedure\",\"id\":\"p\","
        + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/1\"},"
        + "\"performer\":[{\"actor\":{\"reference\":\"Practitioner/2\"}}],"
        + "\"performedDateTime\":\"2026-02-02\",\"code\":{\"text\":\"Left L4-L5 facet"
        + " radiofrequency ablation at 80 C under fluoroscopy\"}}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  static List<String> findingIds(Bundle b) {
    List<String> ids = new ArrayList<>();
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getResource() instanceof OperationOutcome) {
        for (OperationOutcome.OperationOutcomeIssueComponent i
            : ((OperationOutcome) e.getResource()).getIssue()) {
          ids.add(i.getDetails().getCodingFirstRep().getCode());
        }
      }
    }
    return ids;
  }

  @Test
  void onByDefaultForMedicareAndOffWhenAskedOff() {
    assertThat(findingIds(OP.facetClaims(procedure(), null, null, null, null)))
        .contains("FC-606", "FC-614");
    assertThat(findingIds(OP.facetClaims(procedure(), null, new BooleanType(false), null, null)))
        .noneMatch(id -> id.startsWith("FC-6"));
    assertThat(findingIds(OP.facetClaims(procedure(), new CodeType("rt-lt-lines"), null, null,
        null))).noneMatch(id -> id.startsWith("FC-6"));
  }

  @Test
  void placeOfServiceAppliesWithTheDefaultChecks() {
    assertThat(findingIds(OP.facetClaims(procedure(), null, null, null, new CodeType("22"))))
        .contains("FC-613").doesNotContain("FC-614");
    assertThat(findingIds(OP.facetClaims(procedure(), null, null, null, new CodeType("11"))))
        .doesNotContain("FC-613", "FC-614");
  }

  @Test
  void aBadAbnIsRefused() {
    assertThatThrownBy(() -> OP.facetClaims(procedure(), null, null, new CodeType("maybe"), null))
        .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("FCS-006");
  }
}
