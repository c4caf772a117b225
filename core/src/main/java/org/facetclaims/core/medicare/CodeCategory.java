package org.facetclaims.core.medicare;

/** What a code on a claim means for facet nerve destruction coverage. */
public enum CodeCategory {
  /** A facet joint nerve destruction code (64633-64636, legacy 64622/64623/64626/64627). */
  FACET_DESTRUCTION,
  /** A facet joint injection or medial branch block (64490-64495): a block in the history. */
  FACET_INJECTION,
  /**
   * An ultrasound-guided facet injection (0213T-0218T): a block in the history, under guidance
   * the LCDs do not cover.
   */
  ULTRASOUND_FACET_INJECTION,
  /**
   * A procedure a coder may confuse with facet denervation but is not (basivertebral 64628/
   * 64629, cryoablation of nerves 0440T-0442T, genicular 64624, sacroiliac 64625).
   */
  OUT_OF_SCOPE,
  /** Moderate sedation (99151-99157): a review item on the facet procedure's date. */
  SEDATION,
  /** Anesthesia for image-guided spine injection or destruction (01937-01940): a review item. */
  ANESTHESIA
}
