package org.facetclaims.fhir.claim;

/** A FHIR Identifier; null parts are absent. {@code use} is the code ({@code official}...). */
public record IdentifierValue(String use, ConceptValue type, String system, String value,
    PeriodValue period, ReferenceValue assigner) {}
