/**
 * The HAPI FHIR R4 adapter's public face: reads Procedure resources (and the Bundle around them)
 * into core sessions, and writes CPT-coded Claims and an OperationOutcome of findings.
 *
 * <ul>
 *   <li>{@link org.facetclaims.fhir.FacetClaims}: the one context object (FHIR context, engine,
 *       text grammar, clock, limits); parse and code with it;
 *   <li>{@link org.facetclaims.fhir.CodingOptions}: profile, Coverage, an existing Claim,
 *       coverage checks for one call, and which claims ({@link org.facetclaims.fhir.ClaimSelection}:
 *       the physician's, the facility's or both) with the setting and the
 *       {@link org.facetclaims.fhir.FacilityOptions facility's options};
 *   <li>{@link org.facetclaims.fhir.CodingOutput} and {@link org.facetclaims.fhir.SessionClaim}:
 *       what a call gives;
 *   <li>{@link org.facetclaims.fhir.InputLimits} and {@link org.facetclaims.fhir.InputException}:
 *       what is read, and what cannot be.
 * </ul>
 *
 * <p>The other public packages: {@code bulk} (NDJSON exports, {@code BulkCoder}), {@code server}
 * (the {@code $facet-claims} operation), {@code history} (coverage checks and patient history),
 * {@code text} (the clinical text grammar), {@code cli} (the command line). The packages
 * {@code read}, {@code session}, {@code claim} and {@code codec} are the adapter's inside:
 * their classes are public only so that the adapter's packages can share them, and they may
 * change in any release.
 *
 * <pre>
 * read     safe parsing, the resource index, the Procedure reader (its steps), findings while reading
 * session  which Procedures are one session, coding a session, its Claim's parties and their checks
 * claim    every Claim and OperationOutcome decision, made once into a document value
 * codec    renderers of those documents (HAPI objects; JSON bytes), the fast Procedure decoder
 * bulk     the bulk run, NDJSON in and out, its summary
 * </pre>
 */
package org.facetclaims.fhir;
