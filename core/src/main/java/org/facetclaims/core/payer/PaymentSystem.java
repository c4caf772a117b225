package org.facetclaims.core.payer;

/**
 * How a profile's claim is paid, which chooses the fee data of an expected-payment estimate
 * ({@code org.facetclaims.core.payment}).
 */
public enum PaymentSystem {
  /** The Medicare physician fee schedule (RVUs, facility or non-facility by setting). */
  MPFS("Medicare physician fee schedule"),
  /** The Medicare hospital outpatient prospective payment system (APCs). */
  OPPS("Medicare hospital outpatient prospective payment system"),
  /** The Medicare ambulatory surgical center payment system. */
  ASC("Medicare ASC payment system"),
  /** A payer contract the library has no data for: no estimate. */
  CONTRACT("payer contract");

  private final String label;

  PaymentSystem(String label) {
    this.label = label;
  }

  /** A plain description. */
  public String label() {
    return label;
  }
}
