package org.facetclaims.fhir.bulk;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.claim.OutcomeDocument;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.facetclaims.fhir.claim.ReferenceValue;
import org.facetclaims.fhir.claim.WrittenClaim;
import org.facetclaims.fhir.codec.HapiRenderer;
import org.facetclaims.fhir.codec.JsonRenderer;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ServiceContext;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.InputCoding;
import org.facetclaims.fhir.session.SessionCoding;

/**
 * Codes a batch of units on a pool thread and writes their lines into the batch's Claim and
 * OperationOutcome lines: each Claim and outcome with the JSON renderer, or (when it declines,
 * or with HAPI alone) rendered as HAPI objects and encoded by HAPI. A unit whose coding throws
 * inside the library gets no Claim and finding FC-513, and the run goes on. Thread-safe: each
 * thread has its own renderer and HAPI parser.
 */
final class UnitCoding {
  /**
   * A batch coded: its lines, and what to count.
   *
   * @param failed units whose coding failed (FC-513)
   */
  record Coded(LineBatch claimLines, LineBatch outcomeLines, int claims, int outcomes,
      int failed) {}

  private final SessionCoding sessions;
  private final InputCoding inputs;
  private final ClaimMapping claims;
  private final CodingOptions options;
  /** Null with HAPI alone ({@code hapi(true)}): every resource is encoded by HAPI. */
  private final ThreadLocal<JsonRenderer> renderers;
  /**
   * HAPI's JSON encoder for what the renderer declines, one per thread (not thread-safe), made
   * on first use only: it needs HAPI's model scan, which a run of ordinary lines never does.
   */
  private final ThreadLocal<IParser> hapiJson;

  UnitCoding(SessionCoding sessions, InputCoding inputs, ClaimMapping claims,
      CodingOptions options, Supplier<FhirContext> fhir, boolean hapiOnly) {
    this.sessions = sessions;
    this.inputs = inputs;
    this.claims = claims;
    this.options = options;
    this.renderers = hapiOnly ? null : ThreadLocal.withInitial(JsonRenderer::new);
    this.hapiJson = ThreadLocal.withInitial(
        () -> fhir.get().newJsonParser().setPrettyPrint(false));
  }

  /** Codes {@code units} into the two batches, in unit order. */
  Coded code(List<Units.Unit> units, LineBatch claimLines, LineBatch outcomeLines) {
    JsonRenderer renderer = renderers == null ? null : renderers.get();
    int claimCount = 0;
    int outcomeCount = 0;
    int failed = 0;
    for (Units.Unit u : units) {
      List<Finding> findings = new ArrayList<>();
      List<WrittenClaim> written = new ArrayList<>(1);
      int mark = claimLines.mark();
      try {
        for (WrittenClaim c : code(u, findings)) {
          addClaim(c.claim(), claimLines, renderer);
          written.add(c);
        }
      } catch (RuntimeException | StackOverflowError e) {
        // A bug, not the record's fault: this unit has no Claim; the run goes on.
        claimLines.reset(mark);
        written.clear();
        findings.clear();
        addReadingFindings(u, findings);
        findings.add(codingFailed(u, e));
        failed++;
      }
      claimCount += written.size();
      if (!findings.isEmpty()) {
        addOutcome(outcome(u, findings, written), outcomeLines, renderer);
        outcomeCount++;
      }
    }
    return new Coded(claimLines, outcomeLines, claimCount, outcomeCount, failed);
  }

  /** The unit's Claims (none, one, or one per session of a Bundle), adding its findings. */
  private List<WrittenClaim> code(Units.Unit u, List<Finding> findings) {
    if (u instanceof Units.MalformedLine m) {
      findings.add(Finding.of(FindingCode.MALFORMED_RECORD, "line " + m.line() + ": "
          + m.message()));
      return List.of();
    }
    if (u instanceof Units.BundleLine b) {
      return bundle(b, findings);
    }
    addReadingFindings(u, findings);
    if (!(u instanceof Units.Session)) {
      return List.of(); // a Procedure that is not coded: its findings say why
    }
    ServiceContext service = ServiceContext.NONE;
    for (ReadProcedure r : u.procedures()) {
      service = service.and(r.service());
    }
    CodedSession s = sessions.code(u.key(), u.procedures(), options, options.coverage(),
        findings, null, service);
    return s == null ? List.of() : written(s);
  }

  /** A Bundle line, coded as {@code code} codes one input. */
  private List<WrittenClaim> bundle(Units.BundleLine b, List<Finding> findings) {
    InputCoding.CodedInput in;
    try {
      in = inputs.code(b.bundle(), options);
    } catch (InputException e) {
      findings.add(Finding.of(FindingCode.MALFORMED_RECORD, "line " + b.line() + ": "
          + e.getMessage()));
      return List.of();
    }
    List<WrittenClaim> out = new ArrayList<>(in.sessions().size());
    for (CodedSession s : in.sessions()) {
      out.addAll(written(s));
    }
    findings.addAll(in.findings());
    return out;
  }

  /** The Claims of a session, as its outcome refers to them: {@code Claim/id} in NDJSON. */
  private List<WrittenClaim> written(CodedSession s) {
    List<ClaimDocument> docs = claims.claims(s);
    List<WrittenClaim> out = new ArrayList<>(docs.size());
    for (int k = 0; k < docs.size(); k++) {
      ClaimDocument c = docs.get(k);
      out.add(new WrittenClaim(ReferenceValue.to("Claim/" + c.id()), c, s.lineFindings(k)));
    }
    return out;
  }

  /** Adds the findings of reading the unit's Procedures. */
  private static void addReadingFindings(Units.Unit u, List<Finding> findings) {
    for (ReadProcedure p : u.procedures()) {
      findings.addAll(p.findings());
    }
  }

  /** The unit's OperationOutcome; each issue names the line when no Procedure came from it. */
  private static OutcomeDocument outcome(Units.Unit u, List<Finding> findings,
      List<WrittenClaim> claims) {
    String lineTag = u.procedures().isEmpty() ? "line " + u.firstLine() : null;
    return OutcomeMapping.outcome(findings, u.procedures(),
        "bulk|" + u.key() + "|" + u.firstLine(), lineTag, claims);
  }

  private void addClaim(ClaimDocument c, LineBatch lines, JsonRenderer renderer) {
    if (renderer == null || !lines.add(renderer, c)) {
      lines.add(hapiJson.get().encodeResourceToString(HapiRenderer.claim(c)));
    }
  }

  private void addOutcome(OutcomeDocument o, LineBatch lines, JsonRenderer renderer) {
    if (renderer == null || !lines.add(renderer, o)) {
      lines.add(hapiJson.get().encodeResourceToString(HapiRenderer.outcome(o)));
    }
  }

  /**
   * FC-513 for a unit whose coding threw: its line (and how many lines the session had) and the
   * error's type, never its message (which may quote the record).
   */
  private static Finding codingFailed(Units.Unit u, Throwable e) {
    int n = u.procedures().size();
    return Finding.of(FindingCode.CODING_FAILED, "line " + u.firstLine()
        + (n > 1 ? " (a session of " + n + " lines)" : "") + ": coding failed inside the"
        + " library (" + e.getClass().getSimpleName() + "); no Claim was written. Please"
        + " report the error type and line number.");
  }
}
