package org.facetclaims.core.codeset;

import java.util.Locale;
import java.util.Optional;

/**
 * The procedure-code modifiers this library writes or reads, with the code system each belongs to:
 * 50, 26, 59, 53, 73 and 74 are CPT modifiers; RT, LT, XS, GA, GZ, KX, PO and PN are HCPCS
 * Level II modifiers.
 */
public enum Modifier {
  /** Bilateral procedure (CPT). */
  BILATERAL("50", Modifier.CPT_SYSTEM, "bilateral procedure"),
  /** Professional component (CPT), on a legacy imaging line when a facility bills the rest. */
  PROFESSIONAL_COMPONENT("26", Modifier.CPT_SYSTEM, "professional component"),
  /** Distinct procedural service (CPT). */
  DISTINCT_PROCEDURE("59", Modifier.CPT_SYSTEM, "distinct procedural service"),
  RIGHT("RT", Modifier.HCPCS_SYSTEM, "right side"),
  LEFT("LT", Modifier.HCPCS_SYSTEM, "left side"),
  /** Separate structure (HCPCS), a subset of 59. */
  SEPARATE_STRUCTURE("XS", Modifier.HCPCS_SYSTEM, "separate structure"),
  /** Waiver of liability (ABN) on file (HCPCS). */
  ABN_ON_FILE("GA", Modifier.HCPCS_SYSTEM, "ABN on file"),
  /** Expected to be denied as not reasonable and necessary, no ABN on file (HCPCS). */
  NO_ABN("GZ", Modifier.HCPCS_SYSTEM, "expected denial, no ABN"),
  /** Requirements in the medical policy have been met (HCPCS). */
  POLICY_MET("KX", Modifier.HCPCS_SYSTEM, "policy requirements met"),
  /** Discontinued procedure (CPT), on the physician's claim. */
  DISCONTINUED("53", Modifier.CPT_SYSTEM, "discontinued procedure"),
  /**
   * Discontinued outpatient hospital or ASC procedure before anesthesia (CPT), on the facility's
   * claim only.
   */
  DISCONTINUED_BEFORE_ANESTHESIA("73", Modifier.CPT_SYSTEM,
      "discontinued before anesthesia (facility)"),
  /**
   * Discontinued outpatient hospital or ASC procedure after anesthesia or after the procedure
   * started (CPT), on the facility's claim only.
   */
  DISCONTINUED_AFTER_ANESTHESIA("74", Modifier.CPT_SYSTEM,
      "discontinued after anesthesia (facility)"),
  /**
   * Excepted service at an off-campus, outpatient, provider-based department of a hospital
   * (HCPCS), on every line of the hospital's claim only.
   */
  OFF_CAMPUS_EXCEPTED("PO", Modifier.HCPCS_SYSTEM, "excepted off-campus department"),
  /**
   * Non-excepted service at an off-campus, outpatient, provider-based department of a hospital
   * (HCPCS): paid at a reduced, physician-fee-schedule-equivalent rate; the hospital's claim only.
   */
  OFF_CAMPUS_NON_EXCEPTED("PN", Modifier.HCPCS_SYSTEM, "non-excepted off-campus department");

  /** The CPT code system URI, also used for CPT modifiers. */
  public static final String CPT_SYSTEM = "http://www.ama-assn.org/go/cpt";
  /** The HCPCS Level II code system URI used for HCPCS modifiers. */
  public static final String HCPCS_SYSTEM =
      "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

  private final String code;
  private final String system;
  private final String label;

  Modifier(String code, String system, String label) {
    this.code = code;
    this.system = system;
    this.label = label;
  }

  /** The modifier as written on a claim: "50", "RT". */
  public String code() {
    return code;
  }

  /** The code system URI the modifier belongs to. */
  public String system() {
    return system;
  }

  /** A plain description. */
  public String label() {
    return label;
  }

  /** The modifier with this code ("rt" and "RT" both give {@link #RIGHT}). */
  public static Optional<Modifier> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    for (Modifier m : values()) {
      if (m.code.equals(c)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code system} names the system this modifier belongs to; the HCPCS system is
   * accepted in its https form too, as some senders write it.
   */
  public boolean isInSystem(String system) {
    if (system == null) {
      return false;
    }
    if (this.system.equals(system)) {
      return true;
    }
    return this.system.startsWith("http://") && system.equals("https://" + this.system.substring(7));
  }

  @Override
  public String toString() {
    return code;
  }
}
