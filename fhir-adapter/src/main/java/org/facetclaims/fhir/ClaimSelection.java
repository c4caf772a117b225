package org.facetclaims.fhir;

import java.util.Optional;

/**
 * Which claims a coding call writes for each session: the physician's (the default, as before),
 * the facility's (a hospital outpatient department's or an ASC's), or both, linked by {@code
 * Claim.related}. The facility claim needs a setting with a facility ({@link
 * CodingOptions#withSetting}); in the office only the physician's claim is written.
 */
public enum ClaimSelection {
  /** The physician's claim only (the default; the output of earlier releases). */
  PROFESSIONAL("professional"),
  /** The facility's claim only. */
  FACILITY("facility"),
  /** Both claims of each session, the physician's first. */
  BOTH("both");

  private final String id;

  ClaimSelection(String id) {
    this.id = id;
  }

  /** The name used on the command line and in the operation: {@code professional}... */
  public String id() {
    return id;
  }

  /** True when the physician's claim is written. */
  public boolean professional() {
    return this != FACILITY;
  }

  /** True when the facility's claim is written (in a setting that has one). */
  public boolean facility() {
    return this != PROFESSIONAL;
  }

  /** The value with this name. */
  public static Optional<ClaimSelection> fromId(String id) {
    for (ClaimSelection c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
