package org.facetclaims.fhir.read;

import org.facetclaims.fhir.text.TextReading;

/**
 * One text of a Procedure as the grammar read it, with the FHIRPath of the element it came from
 * (for findings and for the sites' {@code element}).
 */
public record ReadText(TextReading reading, String path) {}
