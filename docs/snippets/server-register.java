import ca.uhn.fhir.rest.server.RestfulServer;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.server.FacetClaimsOperationProvider;
import org.facetclaims.fhir.server.SafeErrorsInterceptor;

/** Your own HAPI server, with the operation registered next to your providers. */
static class MyFhirServer extends RestfulServer {
  @Override
  protected void initialize() {
    setFhirContext(FacetClaims.create().fhirContext());
    registerProvider(new FacetClaimsOperationProvider());   // POST [base]/$facet-claims
    registerInterceptor(new SafeErrorsInterceptor());       // no stack traces in answers
  }
}
