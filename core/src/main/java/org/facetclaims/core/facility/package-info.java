/**
 * Facility claims beside the physician's: the checks of a hospital outpatient or ASC claim and
 * of the two claims of one session together ({@link org.facetclaims.core.facility.FacilityChecks}).
 * The facility claim's lines are the engine's, coded under a facility profile
 * ({@code medicare-opps}, {@code medicare-asc}, {@code commercial-asc-ub04}); the setting is a
 * {@link org.facetclaims.core.payer.CareSetting}.
 */
package org.facetclaims.core.facility;
