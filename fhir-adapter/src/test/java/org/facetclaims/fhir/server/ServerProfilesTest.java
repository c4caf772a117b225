package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.ProfileFile;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Profiles from files, named by requests in the {@code profile} parameter. */
class ServerProfilesTest {
  /** Medicare's layout without the coverage checks: no FC-6xx where the standard one has some. */
  static final PayerProfile NO_CHECKS = ProfileFile.parse(new StringReader(
      "name = our-contract\nbase = medicare-physician\nmedicare-coverage = false\n"),
      "our-contract.properties");

  @Test
  void aRequestNamesAProfileTheProviderWasGiven() {
    FacetClaimsOperationProvider op = new FacetClaimsOperationProvider(
        OperationCoverageParametersTest.FACET, List.of(NO_CHECKS));
    List<String> standard = OperationCoverageParametersTest.findingIds(op.facetClaims(
        OperationCoverageParametersTest.procedure(), null, null, null, null));
    assertThat(standard).anyMatch(id -> id.startsWith("FC-6"));
    List<String> ours = OperationCoverageParametersTest.findingIds(op.facetClaims(
        OperationCoverageParametersTest.procedure(), new CodeType("our-contract"), null, null,
        null));
    assertThat(ours).noneMatch(id -> id.startsWith("FC-6"));
    assertThatThrownBy(() -> op.facetClaims(OperationCoverageParametersTest.procedure(),
        new CodeType("their-contract"), null, null, null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("FCS-002: unknown profile; use one of medicare-physician")
        .hasMessageEndingWith(", our-contract").hasMessageNotContaining("their-contract");
    // without it, the name is unknown
    assertThatThrownBy(() -> OperationCoverageParametersTest.OP.facetClaims(
        OperationCoverageParametersTest.procedure(), new CodeType("our-contract"), null, null,
        null)).hasMessageStartingWith("FCS-002");
  }

  @Test
  void aProfileMayNotTakeAStandardNameNorTwoOneName() {
    PayerProfile shadow = ProfileFile.parse(new StringReader(
        "name = medicare-physician\nbase = rt-lt-lines\n"), "shadow.properties");
    assertThatThrownBy(() -> new FacetClaimsOperationProvider(
        OperationCoverageParametersTest.FACET, List.of(shadow)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile 'medicare-physician' has the name of a standard profile; give it a"
            + " name of its own");
    assertThatThrownBy(() -> new FacetClaimsOperationProvider(
        OperationCoverageParametersTest.FACET, List.of(NO_CHECKS, NO_CHECKS)))
        .hasMessage("two profiles are named 'our-contract'");
  }

  @Test
  void theStandaloneServerServesProfilesFromFiles() throws Exception {
    try (StandaloneServer server = StandaloneServer.builder().port(0)
        .profiles(List.of(NO_CHECKS)).build().start()) {
      FhirContext ctx = FhirContext.forR4Cached();
      Parameters in = new Parameters();
      in.addParameter().setName("resource")
          .setResource((Resource) OperationCoverageParametersTest.procedure().get(0));
      in.addParameter().setName("profile").setValue(new CodeType("our-contract"));
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(server.baseUrl() + "/$facet-claims"))
          .header("Content-Type", "application/fhir+json")
          .POST(HttpRequest.BodyPublishers.ofString(ctx.newJsonParser()
              .encodeResourceToString(in))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      Bundle b = (Bundle) ctx.newJsonParser().parseResource(r.body());
      assertThat(OperationCoverageParametersTest.findingIds(b))
          .noneMatch(id -> id.startsWith("FC-6"));
    }
  }
}
