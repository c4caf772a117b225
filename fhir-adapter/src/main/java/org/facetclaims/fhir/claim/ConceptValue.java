package org.facetclaims.fhir.claim;

import java.util.List;

/** A FHIR CodeableConcept: its codings and its text (null: none). */
public record ConceptValue(List<CodingValue> coding, String text) {
  public ConceptValue {
    coding = Lists.copy(coding);
  }

  /** A concept of one coding and no text. */
  public static ConceptValue of(String system, String code, String display) {
    return new ConceptValue(List.of(new CodingValue(system, code, display)), null);
  }
}
