package org.facetclaims.fhir;

import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/** What the reader took from one Procedure: the core input (when codable) and the claim facts. */
final class ReadProcedure {
  /**
   * The id part of {@code Procedure.id}, or null when it has none or it is not a valid FHIR id.
   * Not the Procedure itself: a
   * bulk run holds the readings of a whole window of lines, and the parsed resource behind each
   * would be most of that memory (and of the garbage collector's copying).
   */
  final String sourceId;
  /** FHIRPath of the Procedure in the input, for example {@code Bundle.entry[0].resource}. */
  final String path;
  /** {@code Procedure/id}, or the path when the Procedure has no id. */
  final String label;
  final LocalDate date;
  final Reference patient;
  final Reference performer;
  final Reference encounter;
  /** Null when the procedure is not coded (status, scope, date). */
  final DocumentedProcedure documented;
  final List<String> cptHints;
  final List<Coding> diagnoses;
  final List<Finding> findings;

  ReadProcedure(Procedure source, String path, String label, LocalDate date, Reference patient,
      Reference performer, Reference encounter, DocumentedProcedure documented,
      List<String> cptHints, List<Coding> diagnoses, List<Finding> findings) {
    this(fhirId(source.getIdElement().getIdPart()), path, label, date, patient, performer,
        encounter, documented, cptHints, diagnoses, findings);
  }

  /**
   * The id if it is a valid FHIR id, else null: a Claim refers to its Procedure as
   * {@code Procedure/id}, and an id such as {@code #o1} (which HAPI's parser lets through) would
   * make that a dangling local reference.
   */
  private static String fhirId(String id) {
    return id != null && FastProcedureDecoder.validId(id) ? id : null;
  }

  private ReadProcedure(String sourceId, String path, String label, LocalDate date,
      Reference patient, Reference performer, Reference encounter,
      DocumentedProcedure documented, List<String> cptHints, List<Coding> diagnoses,
      List<Finding> findings) {
    this.sourceId = sourceId;
    this.path = path;
    this.label = label;
    this.date = date;
    this.patient = patient;
    this.performer = performer;
    this.encounter = encounter;
    this.documented = documented;
    this.cptHints = cptHints;
    this.diagnoses = diagnoses;
    this.findings = findings;
  }

  /** The same reading under another label (the bulk coder adds the line number). */
  ReadProcedure withLabel(String newLabel) {
    return new ReadProcedure(sourceId, path, newLabel, date, patient, performer, encounter,
        documented, cptHints, diagnoses, findings);
  }
}
