package org.facetclaims.core;

import java.util.Optional;

/**
 * Whether the session was stopped before the planned procedures were completed, as the record
 * says: elective cancellations are not billed at all, so only an extenuating stop is a value
 * here. The physician's claim reports the first planned code with 53, the facility's with 73
 * (before anesthesia) or 74 (after anesthesia or after the procedure started), under the OPPS
 * definition of anesthesia (local, regional block, moderate or deep sedation, general;
 * facility-claims spec R-HOPD-MOD-6, R-PRO-4).
 */
public enum Discontinuation {
  /** Completed as planned (the default). */
  NONE("none"),
  /** Stopped after preparation and room entry, before anesthesia: 73 on the facility claim. */
  BEFORE_ANESTHESIA("before-anesthesia"),
  /** Stopped after anesthesia or after the procedure started: 74 on the facility claim. */
  AFTER_ANESTHESIA("after-anesthesia");

  private final String id;

  Discontinuation(String id) {
    this.id = id;
  }

  /** The stable name, for example {@code "before-anesthesia"}. */
  public String id() {
    return id;
  }

  /** The value with this name. */
  public static Optional<Discontinuation> fromId(String id) {
    for (Discontinuation d : values()) {
      if (d.id.equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
