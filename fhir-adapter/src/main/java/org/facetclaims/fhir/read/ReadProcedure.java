package org.facetclaims.fhir.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the reader took from one Procedure: the core input (when codable) and the facts a Claim
 * needs. Not the Procedure itself: a bulk run holds the readings of a whole window of lines, and
 * the parsed resource behind each would be most of that memory. The parties and diagnoses are
 * the input's own elements, not copies: read them, do not change them.
 *
 * @param id the id part of {@code Procedure.id} as the input has it, or null
 * @param path FHIRPath of the Procedure in the input, for example {@code Bundle.entry[0].resource}
 * @param label {@code Procedure/id}, or the path when the Procedure has no id (the bulk coder
 *     adds the line)
 * @param date the date of service, or null when unknown (a finding says why)
 * @param patient {@code Procedure.subject}, or null
 * @param performer the first {@code Procedure.performer.actor}, or null
 * @param encounter {@code Procedure.encounter}, or null
 * @param documented the core input; null when the Procedure is not coded (status, scope, date)
 * @param cptHints the CPT codes the Procedure carries
 * @param diagnoses its ICD-10-CM codings (reasonCode, then resolved reasonReference)
 * @param findings what reading it found
 * @param otherParts the rest of the core input when the Procedure's sites are coded with
 *     different techniques: lesions its texts tie to temperatures that the code set routes
 *     differently (below the edition's minimum) are a part of their own; empty otherwise
 * @param stop how a Procedure of status {@code stopped} was stopped, when it was read as a
 *     discontinued procedure; null for a completed one
 * @param service where and how it was furnished, as the Procedure and its contained resources
 *     say ({@link ServiceContextReader#ofProcedure}); {@link ServiceContext#NONE} unless the
 *     reading asked for it (a bulk line read for the coverage checks or a facility claim)
 */
public record ReadProcedure(String id, String path, String label, LocalDate date,
    Reference patient, Reference performer, Reference encounter, DocumentedProcedure documented,
    List<String> cptHints, List<Coding> diagnoses, List<Finding> findings,
    List<DocumentedProcedure> otherParts, ProcedureStop stop, ServiceContext service) {

  public ReadProcedure {
    service = service == null ? ServiceContext.NONE : service;
  }

  /** A completed Procedure's reading. */
  public ReadProcedure(String id, String path, String label, LocalDate date, Reference patient,
      Reference performer, Reference encounter, DocumentedProcedure documented,
      List<String> cptHints, List<Coding> diagnoses, List<Finding> findings,
      List<DocumentedProcedure> otherParts) {
    this(id, path, label, date, patient, performer, encounter, documented, cptHints, diagnoses,
        findings, otherParts, null, ServiceContext.NONE);
  }

  /** The core inputs of this Procedure: {@code documented}, then the other parts. */
  public List<DocumentedProcedure> parts() {
    if (otherParts.isEmpty()) {
      return List.of(documented);
    }
    List<DocumentedProcedure> all = new ArrayList<>(1 + otherParts.size());
    all.add(documented);
    all.addAll(otherParts);
    return all;
  }

  /** True when the Procedure can be coded: in scope, completed, with a date of service. */
  public boolean codable() {
    return documented != null && date != null;
  }

  /** The same reading under another label (the bulk coder adds the line number). */
  public ReadProcedure withLabel(String newLabel) {
    return new ReadProcedure(id, path, newLabel, date, patient, performer, encounter, documented,
        cptHints, diagnoses, findings, otherParts, stop, service);
  }

  /** The same reading with the service context its Procedure names. */
  public ReadProcedure withService(ServiceContext newService) {
    return new ReadProcedure(id, path, label, date, patient, performer, encounter, documented,
        cptHints, diagnoses, findings, otherParts, stop, newService);
  }
}
