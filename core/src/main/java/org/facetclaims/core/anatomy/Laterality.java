package org.facetclaims.core.anatomy;

/**
 * The side or sides on which a joint or nerve was treated. CPT's facet destruction codes are
 * unilateral: a bilateral joint level counts as two joints.
 */
public enum Laterality {
  LEFT("left"),
  RIGHT("right"),
  /** Both sides: expands to one left and one right unit. */
  BILATERAL("bilateral"),
  /** Not documented: coded as one joint without a side modifier, with a warning. */
  UNKNOWN("side not documented");

  private final String label;

  Laterality(String label) {
    this.label = label;
  }

  /** A plain word for the side, for example "left". */
  public String label() {
    return label;
  }

  /** True when this names a side that a joint can be treated on (left or right). */
  public boolean isSingleSide() {
    return this == LEFT || this == RIGHT;
  }
}
