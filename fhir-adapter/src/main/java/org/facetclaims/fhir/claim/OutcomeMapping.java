package org.facetclaims.fhir.claim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  /**
   * The extension on an OperationOutcome that references a Claim written from the same input
   * (repeated for several): {@code urn:uuid:} and the Claim's id in the Bundle of {@code code}
   * and the operation (the entry's {@code fullUrl}), {@code Claim/} and its id in bulk NDJSON.
   */
  public static final String CLAIM_EXTENSION =
      "https://facetclaims.org/fhir/StructureDefinition/outcome-claim";

  /** The details coding of each finding code: the same every time. */
  private static final Map<FindingCode, CodingValue> DETAILS = new EnumMap<>(FindingCode.class);

  static {
    for (FindingCode c : FindingCode.values()) {
      DETAILS.put(c, new CodingValue(FINDING_SYSTEM, c.id(), c.title()));
    }
  }

  private static final ComposedText NO_FINDINGS = new ComposedText(List.of("No findings."));

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
    return outcome(findings, procedures, idSeed, lineTag, List.<WrittenClaim>of());
  }

  /**
   * The OperationOutcome of {@code findings}, referring to the Claims written from the same
   * input.
   *
   * <p>A finding about claim lines ({@link Finding#lineCode()}) of a Claim's session also has
   * the expressions of those items, {@code Claim.item[k]} (0-based, as FHIRPath counts), in the
   * Claim the outcome refers to.
   *
   * @param written those Claims, in order ({@link #CLAIM_EXTENSION})
   */
  public static OutcomeDocument outcome(List<Finding> findings, List<ReadProcedure> procedures,
      String idSeed, String lineTag, List<WrittenClaim> written) {
    String id = Ids.nameUuid("outcome|" + idSeed);
    List<ReferenceValue> claims = new ArrayList<>(written.size());
    for (WrittenClaim w : written) {
      claims.add(w.reference());
    }
    if (findings.isEmpty()) {
      return new OutcomeDocument(id, claims, List.of(new OutcomeDocument.Issue("information",
          "informational", null, NO_FINDINGS, List.of())));
    }
    OutcomeDocument.Issue[] issues = new OutcomeDocument.Issue[findings.size()];
    for (int i = 0; i < issues.length; i++) {
      Finding f = findings.get(i);
      issues[i] = new OutcomeDocument.Issue(severity(f), type(f),
          new ConceptValue(List.of(DETAILS.get(f.code())), f.message()),
          diagnostics(f, procedures, lineTag), expressions(f, written));
    }
    return new OutcomeDocument(id, claims, List.of(issues));
  }

  /** The input element a finding names, then the Claim items it concerns. */
  private static List<String> expressions(Finding f, List<WrittenClaim> written) {
    List<String> items = !f.lines().isEmpty() ? itemsAt(f, written)
        : f.lineCode().isPresent() ? items(f, written) : List.of();
    if (items.isEmpty()) {
      return f.element().isPresent() ? List.of(f.element().get()) : List.of();
    }
    List<String> out = new ArrayList<>(items.size() + 1);
    f.element().ifPresent(out::add);
    out.addAll(items);
    return out;
  }

  /**
   * {@code Claim.item[k]} for each line position the finding names, in the Claim whose session
   * findings hold it (the physician's: its items are the session's lines one for one).
   */
  private static List<String> itemsAt(Finding f, List<WrittenClaim> written) {
    List<String> out = new ArrayList<>(f.lines().size());
    for (WrittenClaim w : written) {
      if (!w.sessionFindings().contains(f)) {
        continue;
      }
      for (int k : f.lines()) {
        if (k < w.claim().item().size()) {
          out.add("Claim.item[" + k + "]");
        }
      }
      break;
    }
    return out;
  }

  /** {@code Claim.item[k]} for each item of the finding's code in its session's Claim. */
  private static List<String> items(Finding f, List<WrittenClaim> written) {
    String code = f.lineCode().get();
    List<String> out = new ArrayList<>(2);
    for (WrittenClaim w : written) {
      if (!w.sessionFindings().contains(f)) {
        continue;
      }
      List<ClaimDocument.Item> items = w.claim().item();
      for (int k = 0; k < items.size(); k++) {
        ConceptValue product = items.get(k).productOrService();
        if (product != null && !product.coding().isEmpty()
            && code.equals(product.coding().get(0).code())) {
          out.add("Claim.item[" + k + "]");
        }
      }
    }
    return out;
  }

  /**
   * An issue's diagnostics: the message, the procedures' labels in brackets (unless the message
   * names them), the question for the physician, the source; a line tag first, in brackets, when
   * the text does not name the line already.
   */
  static ComposedText diagnostics(Finding f, List<ReadProcedure> procedures, String lineTag) {
    String message = f.message();
    String label = labelFor(f, procedures);
    boolean withLabel = label != null && !message.contains(label);
    String question = f.physicianQuestion().orElse(null);
    // The pieces in an array of their exact size: diagnostics are made for every finding.
    String[] pieces = new String[4 + (withLabel ? 3 : 0) + (question != null ? 2 : 0)];
    int k = 0;
    pieces[k++] = message;
    if (withLabel) {
      pieces[k++] = " [";
      pieces[k++] = label;
      pieces[k++] = "]";
    }
    if (question != null) {
      pieces[k++] = " Ask the physician: ";
      pieces[k++] = question;
    }
    pieces[k++] = " Source: ";
    pieces[k++] = f.source();
    pieces[k] = ".";
    List<String> text = List.of(pieces);
    if (lineTag != null && !String.join("", text).contains(lineTag)) {
      // only for a line that gave no Procedure: rare
      List<String> tagged = new ArrayList<>(text.size() + 1);
      tagged.add("[" + lineTag + "] ");
      tagged.addAll(text);
      text = tagged;
    }
    return new ComposedText(text);
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
