/**
 * Sessions (internal: public only so that the adapter's packages can share it; not part of the
 * library's API and may change in any release): which Procedures are coded together
 * ({@link org.facetclaims.fhir.session.SessionKey}: one patient, date and performer), coding a
 * session with the engine and its checks ({@link org.facetclaims.fhir.session.SessionCoding}),
 * its Claim's parties ({@link org.facetclaims.fhir.session.SessionParties}), and coding a whole
 * input ({@link org.facetclaims.fhir.session.InputCoding}).
 */
package org.facetclaims.fhir.session;
