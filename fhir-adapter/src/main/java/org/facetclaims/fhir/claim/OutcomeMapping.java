package org.facetclaims.fhir.claim;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.Severity;
import org.facetclaims.fhir.read.ReadProcedure;

/**
 * Every decision of the OperationOutcome of a list of findings, made once into an
 * {@link OutcomeDocument}: one issue per finding with its severity, an issue type by finding
 * code, the finding's id and title as details with its message as text, diagnostics for people
 * (the message, the labels of the Procedures it concerns, the question for the physician, the
 * source), and the element as expression; one informational issue when there is no finding.
 */
public final class OutcomeMapping {
  /** The code system of finding identifiers. */
  public static final String FINDING_SYSTEM = "https://facetclaims.org/fhir/CodeSystem/finding";

  private OutcomeMapping() {}

  /**
   * The OperationOutcome of {@code findings}.
   *
   * @param procedures the Procedures read, whose labels the diagnostics name
   * @param idSeed names the id
   * @param lineTag the bulk coder's {@code line 7} for a line that gave no Procedure: it starts
   *     each diagnostics that does not already name it, in brackets; null otherwise
   */
  public static OutcomeDocument outcome(List<Finding> findings, List<ReadProcedure> procedures,
      String idSeed, String lineTag) {
    String id = Ids.nameUuid("outcome|" + idSeed);
    if (findings.isEmpty()) {
      return new OutcomeDocument(id, List.of(new OutcomeDocument.Issue("information",
          "informational", null, "No findings.", List.of())));
    }
    List<OutcomeDocument.Issue> issues = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      issues.add(new OutcomeDocument.Issue(severity(f), type(f),
          new ConceptValue(List.of(new CodingValue(FINDING_SYSTEM, f.id(), f.code().title())),
              f.message()),
          diagnostics(f, procedures, lineTag),
          f.element().isPresent() ? List.of(f.element().get()) : List.of()));
    }
    return new OutcomeDocument(id, issues);
  }

  /** An issue's diagnostics: the message, the procedures' labels, the question, the source. */
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

  /** The labels of the procedures whose element the finding names, or null. */
  private static String labelFor(Finding f, List<ReadProcedure> procedures) {
    if (f.element().isEmpty()) {
      return null;
    }
    String e = f.element().get();
    StringBuilder labels = new StringBuilder();
    for (ReadProcedure p : procedures) {
      String path = p.path();
      if (e.startsWith(path) && (e.length() == path.length() || e.charAt(path.length()) == '.')) {
        labels.append(labels.length() == 0 ? "" : ", ").append(p.label());
      }
    }
    return labels.length() == 0 ? null : labels.toString();
  }

  private static String severity(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "information";
    };
  }

  private static String type(Finding f) {
    FindingCode c = f.code();
    return switch (c) {
      case DATE_MISSING -> "required";
      case REFERENCE_UNRESOLVED -> "not-found";
      case INPUT_LIMIT -> "too-long";
      case MALFORMED_RECORD -> "structure";
      case CODING_FAILED -> "exception";
      case TEXT_UNPLACED, SIDE_CONFLICT -> "value";
      default -> f.severity() == Severity.INFORMATION ? "informational" : "business-rule";
    };
  }
}
