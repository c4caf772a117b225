package org.facetclaims.core.payer;

import java.util.Optional;
import org.facetclaims.core.codeset.Modifier;

/**
 * Whether an off-campus, outpatient, provider-based department of a hospital (place of service
 * 19) is excepted from the site-neutral payment of section 603 of the Bipartisan Budget Act of
 * 2015: it decides the modifier on every line of the hospital's claim, PO (excepted, OPPS
 * payment) or PN (non-excepted, a reduced physician-fee-schedule-equivalent rate). A fact about
 * the department, which the hospital knows and the record does not say: the caller gives it.
 * The physician's claim never carries either (its place of service 19 says the same).
 */
public enum OffCampusDepartment {
  /** Excepted: PO on every line, paid under OPPS. */
  EXCEPTED("excepted", Modifier.OFF_CAMPUS_EXCEPTED),
  /** Non-excepted: PN on every line, paid at a reduced rate the library does not model. */
  NON_EXCEPTED("non-excepted", Modifier.OFF_CAMPUS_NON_EXCEPTED);

  private final String id;
  private final Modifier modifier;

  OffCampusDepartment(String id, Modifier modifier) {
    this.id = id;
    this.modifier = modifier;
  }

  /** The stable name: {@code excepted} or {@code non-excepted}. */
  public String id() {
    return id;
  }

  /** The line modifier: PO or PN. */
  public Modifier modifier() {
    return modifier;
  }

  /** The value with this name. */
  public static Optional<OffCampusDepartment> fromId(String id) {
    for (OffCampusDepartment d : values()) {
      if (d.id.equals(id == null ? null : id.strip())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
