package org.facetclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.RestfulServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.SessionClaim;
import org.facetclaims.fhir.server.FacetClaimsOperationProvider;
import org.facetclaims.fhir.server.SafeErrorsInterceptor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The FHIR code samples of the documentation (Quickstart, FHIR mapping, server pages). The lines
 * between the {@code --8<--} markers are copied into {@code docs/snippets/} by the core's
 * {@code ReferencePages}; these tests run them.
 */
class FhirExampleTest {
  static final Path EXAMPLE = Path.of("..", "examples", "ex6-bundle-one-session.json");

  static List<String> codeAFile(Path file) throws IOException {
    List<String> printed = new ArrayList<>();
    // --8<-- [start:fhir-code]
    FacetClaims facet = FacetClaims.create();            // one per application: thread-safe
    try (InputStream in = Files.newInputStream(file)) {
      CodingOutput out = facet.code(in, PayerProfile.MEDICARE_PHYSICIAN);
      for (SessionClaim session : out.sessions()) {
        for (ClaimLine line : session.result().lines()) {
          printed.add(line.notation() + "  " + line.rationale().covered());
        }
      }
      Bundle bundle = out.toBundle();                    // the Claims and the OperationOutcome
      String json = facet.fhirContext().newJsonParser().encodeResourceToString(bundle);
    }
    // --8<-- [end:fhir-code]
    return printed;
  }

  @Test
  void codesTheBundledExample() throws IOException {
    assertThat(codeAFile(EXAMPLE)).containsExactly("64635-50 x1  [right L5-S1, left L5-S1]");
  }

  @Test
  void appendsToAClaimTheCallerBuilds() throws IOException {
    FacetClaims facet = FacetClaims.create();
    CodingOutput out;
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      out = facet.code(in, PayerProfile.MEDICARE_PHYSICIAN);
    }
    // --8<-- [start:fhir-append]
    Claim mine = new Claim();                          // the claim your system is building
    mine.addItem().setSequence(1).setProductOrService(new CodeableConcept(
        new Coding("http://www.ama-assn.org/go/cpt", "99213", null)));
    out.sessions().get(0).appendTo(mine);              // items 2.., with their diagnoses,
                                                       // procedures and care team renumbered
    // --8<-- [end:fhir-append]
    assertThat(mine.getItem()).hasSize(2);
    assertThat(mine.getItem().get(1).getSequence()).isEqualTo(2);
    assertThat(mine.getItem().get(1).getProcedureSequence().get(0).getValue())
        .isEqualTo(mine.getProcedure().get(0).getSequence());
    assertThat(mine.getProcedure()).hasSize(2);
  }

  // --8<-- [start:server-register]
  /** Your own HAPI server, with the operation registered next to your providers. */
  static class MyFhirServer extends RestfulServer {
    @Override
    protected void initialize() {
      setFhirContext(FacetClaims.create().fhirContext());
      registerProvider(new FacetClaimsOperationProvider());   // POST [base]/$facet-claims
      registerInterceptor(new SafeErrorsInterceptor());       // no stack traces in answers
    }
  }
  // --8<-- [end:server-register]

  @Test
  void theServerSampleCompilesAndIsAServlet() {
    assertThat(new MyFhirServer()).isInstanceOf(RestfulServer.class);
    assertThat(new Reference("Coverage/1").getReference()).isEqualTo("Coverage/1");
  }
}
