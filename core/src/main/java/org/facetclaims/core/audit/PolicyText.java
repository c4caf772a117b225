package org.facetclaims.core.audit;

/** Which text of the Medicare facet LCDs judges a line, chosen by contractor and date. */
public enum PolicyText {
  /** Before the 2021 LCD family took effect for the contractor: coverage is not judged. */
  NOT_MODELLED("not modelled"),
  /** The 2021 LCD family (coding-rules §6), from 2021-04-25 (CGS: 2021-05-02). */
  LCD_2021("2021 LCD"),
  /** The contractor's 2024 revision (medicare-policy-2024.md), from its revision date. */
  LCD_2024("2024 revision");

  private final String label;

  PolicyText(String label) {
    this.label = label;
  }

  /** A short label for reports, for example "2024 revision". */
  public String label() {
    return label;
  }
}
