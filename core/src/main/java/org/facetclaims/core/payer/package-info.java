/**
 * Payer profiles and billing conventions. A {@link org.facetclaims.core.payer.PayerProfile}
 * chooses how lines are laid out ({@link org.facetclaims.core.payer.BillingConvention}: modifier
 * 50, RT/LT lines, or single lines with units) and turns on payer options that are not CPT, such
 * as counting the thoracolumbar junction with the lumbar session. The standard profiles are
 * {@code medicare-physician} (default), {@code rt-lt-lines}, {@code single-line-units} and
 * {@code medicare-thoracolumbar}.
 */
package org.facetclaims.core.payer;
