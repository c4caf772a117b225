/**
 * The Claim and OperationOutcome mapping (internal: public only so that the adapter's packages
 * can share it; not part of the library's API and may change in any release).
 *
 * <p>Every decision about what a Claim or an OperationOutcome holds is made here, once, into an
 * immutable document value: {@link org.facetclaims.fhir.claim.ClaimMapping} makes a
 * {@link org.facetclaims.fhir.claim.ClaimDocument} of a coded session,
 * {@link org.facetclaims.fhir.claim.OutcomeMapping} an
 * {@link org.facetclaims.fhir.claim.OutcomeDocument} of findings. The renderers of
 * {@code org.facetclaims.fhir.codec} turn a document into HAPI objects or JSON bytes and decide
 * nothing: a change to the Claim is a change here, and both renderers follow.
 */
package org.facetclaims.fhir.claim;
