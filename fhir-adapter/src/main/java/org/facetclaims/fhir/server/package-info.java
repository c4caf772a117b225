/**
 * The {@code $facet-claims} FHIR operation: {@link
 * org.facetclaims.fhir.server.FacetClaimsOperationProvider}, a plain HAPI provider for any {@code
 * RestfulServer}; {@link org.facetclaims.fhir.server.SafeErrorsInterceptor}, which keeps stack
 * traces and internal names out of answers; and {@link
 * org.facetclaims.fhir.server.StandaloneServer}, a ready server on embedded Jetty.
 *
 * <pre>{@code
 * // In your own HAPI server:
 * registerProvider(new FacetClaimsOperationProvider());
 * registerInterceptor(new SafeErrorsInterceptor());
 * }</pre>
 */
package org.facetclaims.fhir.server;
