package org.facetclaims.core;

import org.facetclaims.core.codeset.CodeSetEdition;

/** Why units go to 64999 instead of the destruction codes (coding-rules §2-3). */
enum UnlistedReason {
  PULSED_RF,
  CHEMICAL,
  LOW_TEMPERATURE,
  CRYO_OR_LASER,
  IMAGING,
  /** C0-C1 and C1-C2: no facet destruction code describes them. */
  NOT_REPORTABLE;

  /** The reason in the words of a 64999 description and the trace. */
  String words(CodeSetEdition edition) {
    switch (this) {
      case PULSED_RF:
        return "pulsed radiofrequency";
      case CHEMICAL:
        return "chemical neurolysis";
      case LOW_TEMPERATURE:
        return "thermal RF below " + edition.minimumThermalCelsius().orElse(0) + " °C";
      case CRYO_OR_LASER:
        return "cryoablation or laser";
      case IMAGING:
        return "guidance other than fluoroscopy or CT";
      default:
        return "C0-C1/C1-C2 are not medial-branch facet joints";
    }
  }
}
