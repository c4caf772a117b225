/**
 * The HAPI FHIR R4 adapter: reads Procedure resources (and the Bundle around them) into core
 * sessions, and writes CPT-coded Claims and an OperationOutcome of findings.
 */
package org.facetclaims.fhir;
