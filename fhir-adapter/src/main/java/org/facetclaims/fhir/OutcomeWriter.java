package org.facetclaims.fhir;

import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;

/** Writes findings as an OperationOutcome, one issue each. */
final class OutcomeWriter {
  /** The code system of finding identifiers. */
  static final String FINDING_SYSTEM = "https://facetclaims.org/fhir/CodeSystem/finding";

  private OutcomeWriter() {}

  static OperationOutcome write(List<Finding> findings, List<ReadProcedure> procedures,
      String idSeed) {
    return write(findings, procedures, idSeed, null);
  }

  /**
   * Like above. {@code lineTag} (nullable; the bulk coder's "line 7" for a line that gave no
   * Procedure) starts each diagnostics text that does not already name it, in brackets.
   * {@link ResultJsonWriter#outcome} writes the same OperationOutcome's JSON without building it.
   */
  static OperationOutcome write(List<Finding> findings, List<ReadProcedure> procedures,
      String idSeed, String lineTag) {
    OperationOutcome oo = new OperationOutcome();
    oo.setId(ClaimWriter.nameUuid("outcome|" + idSeed));
    if (findings.isEmpty()) {
      oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
          .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics("No findings.");
      return oo;
    }
    for (Finding f : findings) {
      OperationOutcome.OperationOutcomeIssueComponent issue = oo.addIssue();
      issue.setSeverity(severity(f));
      issue.setCode(type(f));
      issue.setDetails(new CodeableConcept(new Coding(FINDING_SYSTEM, f.id(),
          f.code().title())).setText(f.message()));
      issue.setDiagnostics(diagnostics(f, procedures, lineTag));
      f.element().ifPresent(issue::addExpression);
    }
    return oo;
  }

  /**
   * An issue's diagnostics: the message, the procedures' labels, the question, the source.
   * {@code ResultJsonWriter.diagnostics} writes the same text piece by piece: change both.
   */
  static String diagnostics(Finding f, List<ReadProcedure> procedures, String lineTag) {
    // Sized for the message and what follows it, so that it is not copied while growing.
    StringBuilder d = new StringBuilder(f.message().length() + 192).append(f.message());
    String label = labelFor(f, procedures);
    if (label != null && !f.message().contains(label)) {
      d.append(" [").append(label).append(']');
    }
    f.physicianQuestion().ifPresent(q -> d.append(" Ask the physician: ").append(q));
    d.append(" Source: ").append(f.source()).append('.');
    if (lineTag != null && d.indexOf(lineTag) < 0) {
      d.insert(0, "[" + lineTag + "] ");
    }
    return d.toString();
  }

  static String labelFor(Finding f, List<ReadProcedure> procedures) {
    if (f.element().isEmpty()) {
      return null;
    }
    String e = f.element().get();
    StringBuilder labels = new StringBuilder();
    for (ReadProcedure p : procedures) {
      if (e.startsWith(p.path)
          && (e.length() == p.path.length() || e.charAt(p.path.length()) == '.')) {
        labels.append(labels.length() == 0 ? "" : ", ").append(p.label);
      }
    }
    return labels.length() == 0 ? null : labels.toString();
  }

  static OperationOutcome.IssueSeverity severity(Finding f) {
    switch (f.severity()) {
      case ERROR:
        return OperationOutcome.IssueSeverity.ERROR;
      case WARNING:
        return OperationOutcome.IssueSeverity.WARNING;
      default:
        return OperationOutcome.IssueSeverity.INFORMATION;
    }
  }

  static OperationOutcome.IssueType type(Finding f) {
    FindingCode c = f.code();
    switch (c) {
      case DATE_MISSING:
        return OperationOutcome.IssueType.REQUIRED;
      case REFERENCE_UNRESOLVED:
        return OperationOutcome.IssueType.NOTFOUND;
      case INPUT_LIMIT:
        return OperationOutcome.IssueType.TOOLONG;
      case MALFORMED_RECORD:
        return OperationOutcome.IssueType.STRUCTURE;
      case CODING_FAILED:
        return OperationOutcome.IssueType.EXCEPTION;
      case TEXT_UNPLACED:
      case SIDE_CONFLICT:
        return OperationOutcome.IssueType.VALUE;
      default:
        return f.severity() == org.facetclaims.core.Severity.INFORMATION
            ? OperationOutcome.IssueType.INFORMATIONAL : OperationOutcome.IssueType.BUSINESSRULE;
    }
  }
}
