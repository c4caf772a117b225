package org.facetclaims.core.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a CMS RIF carrier claim line that the audit reads (audit.md "Input"). Other
 * columns of an input are carried through untouched. {@link #required()} columns must be present
 * for a run; without another, the rules that need it are not judged.
 */
public enum RifColumn {
  BENE_ID(true),
  CLM_ID(false),
  LINE_NUM(false),
  LINE_1ST_EXPNS_DT(true),
  HCPCS_CD(true),
  HCPCS_1ST_MDFR_CD(false),
  HCPCS_2ND_MDFR_CD(false),
  LINE_SRVC_CNT(true),
  LINE_ICD_DGNS_CD(false),
  LINE_PLACE_OF_SRVC_CD(false),
  PRVDR_STATE_CD(false),
  PRF_PHYSN_NPI(false),
  LINE_ALOWD_CHRG_AMT(false),
  LINE_NCH_PMT_AMT(false);

  private final boolean required;

  RifColumn(boolean required) {
    this.required = required;
  }

  /** True when a run cannot go on without the column (beneficiary, date, code, units). */
  public boolean required() {
    return required;
  }

  /** The column named {@code name}, any case and surrounding spaces. */
  public static Optional<RifColumn> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
