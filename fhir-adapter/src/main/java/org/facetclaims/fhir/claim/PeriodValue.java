package org.facetclaims.fhir.claim;

/** A FHIR Period: start and end as FHIR dateTime texts ({@code 2026-03-10}); null: open. */
public record PeriodValue(String start, String end) {}
