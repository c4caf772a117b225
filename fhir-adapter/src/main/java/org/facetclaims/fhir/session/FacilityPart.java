package org.facetclaims.fhir.session;

import org.facetclaims.core.CodingResult;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payment.PaymentEstimate;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.FacilityOptions;
import org.facetclaims.fhir.read.VisitCodes;

/**
 * A session's facility side, when claims beyond the physician's are asked for: which claims,
 * the setting, the session coded under the facility's profile, and the expected payments.
 *
 * @param claims which claims are written
 * @param setting where the session was done; null when unknown
 * @param facility the session coded under the facility profile; null when no facility claim is
 *     written (office or unknown setting)
 * @param options the facility's options (facility, UTN, revenue codes)
 * @param facilityComplete the facility claim's parties (patient, facility, coverage) are known
 * @param professionalPayment the physician's claim's expected payment, or null
 * @param facilityPayment the facility claim's expected payment, or null
 * @param visit an institutional facility claim's visit codes (point of origin, visit type,
 *     discharge status), defaults filled in; null for other claims
 * @param abn the facility claim's coverage modifiers (GA/GZ) per line and the ABN's occurrence
 *     code; null when the coverage checks give none
 */
public record FacilityPart(ClaimSelection claims, CareSetting setting, CodingResult facility,
    FacilityOptions options, boolean facilityComplete, PaymentEstimate professionalPayment,
    PaymentEstimate facilityPayment, VisitCodes visit, FacilityAbn abn) {}
