package org.facetclaims.core.payer;

/** The kind of claim a profile produces (FHIR claim-type codes). */
public enum ClaimType {
  /** A physician or supplier claim (CMS-1500 / 837P). */
  PROFESSIONAL("professional"),
  /** A facility claim (UB-04 / 837I). */
  INSTITUTIONAL("institutional");

  private final String code;

  ClaimType(String code) {
    this.code = code;
  }

  /** The code in {@code http://terminology.hl7.org/CodeSystem/claim-type}. */
  public String code() {
    return code;
  }
}
