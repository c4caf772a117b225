package org.facetclaims.fhir.claim;

/**
 * A FHIR Reference: at least one of its parts is set, the others are null.
 *
 * @param reference a literal reference ({@code Patient/123}, a URL)
 * @param type the referenced resource's type
 * @param identifier a logical reference
 * @param display a text for people
 */
public record ReferenceValue(String reference, String type, IdentifierValue identifier,
    String display) {

  /** A literal reference. */
  public static ReferenceValue to(String reference) {
    return new ReferenceValue(reference, null, null, null);
  }

  /** A reference that is only a text. */
  public static ReferenceValue display(String display) {
    return new ReferenceValue(null, null, null, display);
  }
}
