package org.facetclaims.core.technique;

/** The chemical agents of chemical neurolysis named by CPT's destruction codes. */
public enum NeurolyticAgent {
  PHENOL("phenol"),
  /** Ethyl (dehydrated) alcohol, ethanol. */
  ETHYL_ALCOHOL("ethyl alcohol"),
  /** Glycerol (glycerin). */
  GLYCEROL("glycerol"),
  AMMONIUM_SALTS("ammonium salt compound"),
  HYPERTONIC_SALINE("hypertonic saline"),
  /** Hypotonic solution, such as sterile water. */
  HYPOTONIC_SOLUTION("hypotonic solution");

  private final String label;

  NeurolyticAgent(String label) {
    this.label = label;
  }

  /** A coder's name for the agent. */
  public String label() {
    return label;
  }
}
