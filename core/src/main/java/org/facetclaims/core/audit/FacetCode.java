package org.facetclaims.core.audit;

import java.time.LocalDate;
import java.util.Optional;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * The HCPCS codes the audit recognises: facet joint nerve destruction (current and the 2007-2011
 * per-nerve codes) and facet injections or medial branch blocks (the diagnostic blocks of the
 * history). Everything else on a claim (E/M visits, imaging) is carried through unjudged.
 */
enum FacetCode {
  RF_64633("64633", Kind.RF, JointFamily.CERVICAL_THORACIC, true, Edition.CURRENT),
  RF_64634("64634", Kind.RF, JointFamily.CERVICAL_THORACIC, false, Edition.CURRENT),
  RF_64635("64635", Kind.RF, JointFamily.LUMBAR_SACRAL, true, Edition.CURRENT),
  RF_64636("64636", Kind.RF, JointFamily.LUMBAR_SACRAL, false, Edition.CURRENT),
  RF_64626("64626", Kind.RF, JointFamily.CERVICAL_THORACIC, true, Edition.LEGACY),
  RF_64627("64627", Kind.RF, JointFamily.CERVICAL_THORACIC, false, Edition.LEGACY),
  RF_64622("64622", Kind.RF, JointFamily.LUMBAR_SACRAL, true, Edition.LEGACY),
  RF_64623("64623", Kind.RF, JointFamily.LUMBAR_SACRAL, false, Edition.LEGACY),
  BLOCK_64490("64490", Kind.BLOCK, JointFamily.CERVICAL_THORACIC, true, Edition.ANY),
  BLOCK_64491("64491", Kind.BLOCK, JointFamily.CERVICAL_THORACIC, false, Edition.ANY),
  BLOCK_64492("64492", Kind.BLOCK, JointFamily.CERVICAL_THORACIC, false, Edition.ANY),
  BLOCK_64493("64493", Kind.BLOCK, JointFamily.LUMBAR_SACRAL, true, Edition.ANY),
  BLOCK_64494("64494", Kind.BLOCK, JointFamily.LUMBAR_SACRAL, false, Edition.ANY),
  BLOCK_64495("64495", Kind.BLOCK, JointFamily.LUMBAR_SACRAL, false, Edition.ANY),
  // Ultrasound-guided facet injections: blocks in the history (medicare-policy-2024 §5).
  BLOCK_0213T("0213T", Kind.BLOCK, JointFamily.CERVICAL_THORACIC, true, Edition.ANY),
  BLOCK_0214T("0214T", Kind.BLOCK, JointFamily.CERVICAL_THORACIC, false, Edition.ANY),
  BLOCK_0215T("0215T", Kind.BLOCK, JointFamily.CERVICAL_THORACIC, false, Edition.ANY),
  BLOCK_0216T("0216T", Kind.BLOCK, JointFamily.LUMBAR_SACRAL, true, Edition.ANY),
  BLOCK_0217T("0217T", Kind.BLOCK, JointFamily.LUMBAR_SACRAL, false, Edition.ANY),
  BLOCK_0218T("0218T", Kind.BLOCK, JointFamily.LUMBAR_SACRAL, false, Edition.ANY);

  /** The first date of 64633-64636, and the day after the last of 64622-64627. */
  static final LocalDate CURRENT_EDITION_START = LocalDate.of(2012, 1, 1);

  enum Kind { RF, BLOCK }

  enum Edition { CURRENT, LEGACY, ANY }

  final String code;
  final Kind kind;
  final JointFamily family;
  final boolean primary;
  final Edition edition;

  FacetCode(String code, Kind kind, JointFamily family, boolean primary, Edition edition) {
    this.code = code;
    this.kind = kind;
    this.family = family;
    this.primary = primary;
    this.edition = edition;
  }

  private static final java.util.Map<String, FacetCode> BY_CODE;

  static {
    java.util.Map<String, FacetCode> m = new java.util.HashMap<>();
    for (FacetCode c : values()) {
      m.put(c.code, c);
    }
    BY_CODE = java.util.Map.copyOf(m);
  }

  static Optional<FacetCode> of(String hcpcs) {
    return Optional.ofNullable(BY_CODE.get(hcpcs));
  }

  /** True when the code existed on the date (CPT 2012 replaced the per-nerve codes). */
  boolean validOn(LocalDate date) {
    switch (edition) {
      case CURRENT:
        return !date.isBefore(CURRENT_EDITION_START);
      case LEGACY:
        return date.isBefore(CURRENT_EDITION_START);
      default:
        return true;
    }
  }
}
