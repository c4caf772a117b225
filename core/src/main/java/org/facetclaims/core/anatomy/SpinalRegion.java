package org.facetclaims.core.anatomy;

/**
 * The regions of the spine that matter for facet joint coding. The sacrum is listed because
 * L5-S1 is a facet joint; nothing below S1 is.
 */
public enum SpinalRegion {
  /** The skull base (occiput), named only so that the C0-C1 joint can be recognised. */
  OCCIPUT("occipital"),
  CERVICAL("cervical"),
  THORACIC("thoracic"),
  LUMBAR("lumbar"),
  SACRAL("sacral");

  private final String adjective;

  SpinalRegion(String adjective) {
    this.adjective = adjective;
  }

  /** The adjective a note uses, for example "lumbar". */
  public String adjective() {
    return adjective;
  }
}
