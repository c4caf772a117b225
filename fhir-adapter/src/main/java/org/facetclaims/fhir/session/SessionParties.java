package org.facetclaims.fhir.session;

import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.fhir.read.ReadProcedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * The parties of one session's Claim, as the input names them; null where unknown.
 *
 * @param patient the first Procedure's subject
 * @param provider the first Procedure's performer
 * @param coverage the Coverage found for the patient, or given by the caller
 * @param encounter the first encounter any of the session's Procedures names
 */
public record SessionParties(Reference patient, Reference provider, Reference coverage,
    Reference encounter) {

  /** The parties of a session's procedures, with its coverage. */
  static SessionParties of(List<ReadProcedure> procedures, Reference coverage) {
    ReadProcedure first = procedures.get(0);
    Reference encounter = null;
    for (ReadProcedure r : procedures) {
      if (r.encounter() != null) {
        encounter = r.encounter();
        break;
      }
    }
    return new SessionParties(first.patient(), first.performer(), coverage, encounter);
  }

  /**
   * Adds finding FC-508 for each party a Claim needs that is not known (the Claim is then a
   * draft).
   *
   * @param where the first Procedure's path
   * @return true when patient, provider and coverage are all known
   */
  boolean check(String where, List<Finding> findings) {
    boolean complete = true;
    if (patient == null) {
      complete = false;
      findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "The patient is not known"
          + " (Procedure.subject is missing); the Claim is a draft.").at(where + ".subject"));
    }
    if (provider == null) {
      complete = false;
      findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "The performing provider is not"
          + " known (Procedure.performer.actor is missing); the Claim is a draft.")
          .at(where + ".performer"));
    }
    if (coverage == null) {
      complete = false;
      findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "No Coverage for the patient is in"
          + " the input or supplied by the caller; the Claim is a draft.").at(where));
    }
    return complete;
  }
}
