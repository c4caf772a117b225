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
  AFTER_ANESTHESIA("after-anesthesia"),
  /**
   * Stopped before completion, but the record does not say whether before or after anesthesia:
   * 73 on the facility claim, the lower payment, with warning FC-711; never 74 by guess. Read
   * from a record (a stopped Procedure without a telling reason), not an option's value.
   */
  UNSTATED("unstated");

  private final String id;

  Discontinuation(String id) {
    this.id = id;
  }

  /** The stable name, for example {@code "before-anesthesia"}. */
  public String id() {
    return id;
  }

  /** True for a value whose side of anesthesia is known: before or after. */
  public boolean timed() {
    return this == BEFORE_ANESTHESIA || this == AFTER_ANESTHESIA;
  }

  /** How the session was stopped, in words: "before anesthesia", "after anesthesia". */
  public String describe() {
    return this == UNSTATED ? "before completion, not said whether before or after anesthesia"
        : id.replace('-', ' ');
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
