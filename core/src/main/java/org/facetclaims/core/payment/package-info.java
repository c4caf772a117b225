/**
 * Expected payment of coded claims from dated fee data: one {@link
 * org.facetclaims.core.payment.FeeTable} per year (a tab-separated resource with its source and
 * confidence, loadable for a new year without a code change), chosen by date of service from
 * {@link org.facetclaims.core.payment.FeeTables}, and the
 * {@link org.facetclaims.core.payment.PaymentEstimator} rules of the physician fee schedule
 * (facility and non-facility, bilateral 150 %, multiple procedures), the OPPS comprehensive APC
 * and the ASC rate with its discount. Estimates, never adjudications.
 */
package org.facetclaims.core.payment;
