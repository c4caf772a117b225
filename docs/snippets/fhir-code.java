import java.io.InputStream;
import java.nio.file.Files;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.SessionClaim;
import org.hl7.fhir.r4.model.Bundle;

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
