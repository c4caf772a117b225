/**
 * Payer profiles and billing conventions. A {@link org.facetclaims.core.payer.PayerProfile}
 * chooses how lines are laid out ({@link org.facetclaims.core.payer.BillingConvention}: modifier
 * 50, RT/LT lines, or single lines with units) and turns on payer options that are not CPT, such
 * as counting the thoracolumbar junction with the lumbar session. The standard profiles are
 * {@code medicare-physician} (default), {@code rt-lt-lines}, {@code single-line-units},
 * {@code medicare-thoracolumbar}, {@code medicare-physician-abn}, and the facility's own claims
 * {@code medicare-opps}, {@code medicare-asc} and {@code commercial-asc-ub04}. A
 * {@link org.facetclaims.core.payer.CareSetting} says where the procedure was done.
 */
package org.facetclaims.core.payer;
