/**
 * Reading FHIR input (internal: public only so that the adapter's packages can share it; not
 * part of the library's API and may change in any release).
 *
 * <ul>
 *   <li>{@link org.facetclaims.fhir.read.SafeParser}: untrusted bytes into a Procedure or
 *       Bundle, with every check made before HAPI sees them;
 *   <li>{@link org.facetclaims.fhir.read.ResourceIndex}: the resources of one input, as
 *       references point at them;
 *   <li>{@link org.facetclaims.fhir.read.ProcedureReader}: one Procedure into a
 *       {@link org.facetclaims.fhir.read.ReadProcedure}, the core input and the Claim's facts,
 *       in named steps (parties, date, diagnoses, texts, scope, technique, sites and sides);
 *   <li>{@link org.facetclaims.fhir.read.ServiceContextReader}: where a session was furnished
 *       into a {@link org.facetclaims.fhir.read.ServiceContext} (state of service, place of
 *       service, type of bill, prior authorization UTN, same-day codes), for the coverage checks
 *       and the facility Claim;
 *   <li>{@link org.facetclaims.fhir.read.FindingList}: findings with a limit.
 * </ul>
 */
package org.facetclaims.fhir.read;
