package org.facetclaims.core;

/** The role of a claim line. */
public enum LineKind {
  /** The family's "single level/joint" code. */
  PRIMARY,
  /** The family's "each additional" code, never without its primary. */
  ADD_ON,
  /** 64999, with a description and a comparator. */
  UNLISTED,
  /** Separately reported imaging guidance (legacy edition only). */
  IMAGING
}
