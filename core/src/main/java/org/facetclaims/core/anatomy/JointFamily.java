package org.facetclaims.core.anatomy;

/**
 * The two code families of facet joint nerve destruction. CPT groups the cervical and thoracic
 * joints (C2-C3 through T12-L1) together, and the lumbar and sacral joints (L1-L2 through L5-S1)
 * together; each family has its own primary code and add-on code.
 */
public enum JointFamily {
  /** C2-C3 through T12-L1 (T12-L1 is cervical/thoracic under CPT). */
  CERVICAL_THORACIC("cervical/thoracic"),
  /** L1-L2 through L5-S1. */
  LUMBAR_SACRAL("lumbar/sacral");

  private final String label;

  JointFamily(String label) {
    this.label = label;
  }

  /** A coder's name for the family, for example "lumbar/sacral". */
  public String label() {
    return label;
  }
}
