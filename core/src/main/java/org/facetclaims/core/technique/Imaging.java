package org.facetclaims.core.technique;

/**
 * The image guidance used to place the needles. Under the current edition fluoroscopy or CT is
 * part of 64633-64636; other guidance leads to 64999. Under the legacy edition fluoroscopy (77003)
 * and CT (77012) are reported separately.
 */
public enum Imaging {
  FLUOROSCOPY("fluoroscopic guidance"),
  CT("CT guidance"),
  ULTRASOUND("ultrasound guidance"),
  MRI("MRI guidance"),
  /** Documented as done without imaging (landmark technique). */
  NONE("no imaging guidance"),
  /** Nothing documented about imaging. */
  UNKNOWN("imaging not documented");

  private final String label;

  Imaging(String label) {
    this.label = label;
  }

  /** A plain description, for example "fluoroscopic guidance". */
  public String label() {
    return label;
  }

  /** True for fluoroscopy and CT, the guidance 64633-64636 include. */
  public boolean isFluoroscopyOrCt() {
    return this == FLUOROSCOPY || this == CT;
  }
}
