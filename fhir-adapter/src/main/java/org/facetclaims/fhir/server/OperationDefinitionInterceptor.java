package org.facetclaims.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationDefinition;

/**
 * The {@code $facet-claims} OperationDefinition as it should be, in whatever HAPI
 * {@code RestfulServer} the provider is registered in ({@link FacetClaimsOperationProvider}
 * registers this interceptor itself when the server initialises it). HAPI 8.8 names an operation's
 * definition by a generated id ({@code -s-facet-claims}) that it leaves out of the
 * OperationDefinition it serves, and writes {@code affectsState} as "not idempotent", which a
 * POST-only operation always is. Here:
 *
 * <ul>
 *   <li>the CapabilityStatement's {@code rest.operation.definition} is
 *       {@code [base]/OperationDefinition/facet-claims};
 *   <li>{@code GET [base]/OperationDefinition/facet-claims} reads it (HAPI's id still works);
 *   <li>the OperationDefinition has that id and url and {@code affectsState: false} (coding
 *       changes nothing on the server).
 * </ul>
 *
 * Other operations and resources pass untouched. Thread-safe: it holds no state.
 */
@Interceptor
final class OperationDefinitionInterceptor {
  /** The OperationDefinition's id. */
  static final String ID = "facet-claims";
  /** The id HAPI 8.8 generates for a server-level operation of this name. */
  static final String HAPI_ID = "-s-facet-claims";
  private static final String CODE = FacetClaimsOperationProvider.OPERATION.substring(1);

  /** {@code OperationDefinition/facet-claims} is read as HAPI's own id. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean readByOurId(RequestDetails request) {
    if ("OperationDefinition".equals(request.getResourceName()) && request.getId() != null
        && ID.equals(request.getId().getIdPart())) {
      request.setId(new IdType("OperationDefinition", HAPI_ID));
    }
    return true;
  }

  /** The CapabilityStatement names the definition by its id. */
  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void capabilityStatement(IBaseConformance statement) {
    if (statement instanceof CapabilityStatement cs) {
      for (CapabilityStatement.CapabilityStatementRestComponent rest : cs.getRest()) {
        for (CapabilityStatement.CapabilityStatementRestResourceOperationComponent op
            : rest.getOperation()) {
          String definition = op.getDefinition();
          if (CODE.equals(op.getName()) && definition != null
              && definition.endsWith("/" + HAPI_ID)) {
            op.setDefinition(definition.substring(0, definition.length() - HAPI_ID.length())
                + ID);
          }
        }
      }
    }
  }

  /** The OperationDefinition served: its id, its url, and {@code affectsState: false}. */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean operationDefinition(RequestDetails request, IBaseResource resource) {
    if (resource instanceof OperationDefinition od && CODE.equals(od.getCode())
        && od.getSystem()) {
      od.setId(ID);
      od.setAffectsState(false);
      String url = od.getUrl();
      if (url != null && url.endsWith("/" + HAPI_ID)) {
        od.setUrl(url.substring(0, url.length() - HAPI_ID.length()) + ID);
      }
    }
    return true;
  }
}
