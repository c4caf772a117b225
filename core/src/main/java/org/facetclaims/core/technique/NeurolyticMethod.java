package org.facetclaims.core.technique;

/**
 * How the nerves were destroyed. Which code a method leads to depends on the code-set edition;
 * see {@link org.facetclaims.core.codeset.CodeSetEdition}.
 */
public enum NeurolyticMethod {
  /** Conventional (continuous) thermal radiofrequency; 80 °C or more, or temperature not stated. */
  THERMAL_RF("thermal radiofrequency"),
  /** Cooled (water-cooled) radiofrequency, whatever probe temperature is recorded. */
  COOLED_RF("cooled radiofrequency"),
  /** Pulsed radiofrequency: not a destructive lesion; always 64999. */
  PULSED_RF("pulsed radiofrequency"),
  CRYOABLATION("cryoablation"),
  LASER("laser ablation"),
  /** Electrical heat lesioning other than radiofrequency. */
  ELECTRICAL_HEAT("electrical heat lesioning"),
  /** Chemical neurolysis with a {@link NeurolyticAgent}. */
  CHEMICAL("chemical neurolysis");

  private final String label;

  NeurolyticMethod(String label) {
    this.label = label;
  }

  /** A coder's name for the method. */
  public String label() {
    return label;
  }
}
