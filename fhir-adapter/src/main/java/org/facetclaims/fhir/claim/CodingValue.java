package org.facetclaims.fhir.claim;

/**
 * A FHIR Coding as the documents hold it. Null is no element; the mapping never puts a blank
 * string here (HAPI would leave it out).
 */
public record CodingValue(String system, String code, String display) {}
