package org.facetclaims.fhir.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.CoverageLayout;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.read.ExistingClaimLines;
import org.facetclaims.fhir.history.CoverageOptions;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ServiceContext;
import org.facetclaims.fhir.read.ServiceContextReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Codes one session's procedures with the engine and runs the session's checks, up to the Claim:
 * the procedure limit, the engine, CPT codes the input carries that the coding did not give
 * (FC-509), the Medicare coverage checks, and the Claim's parties (FC-508). Thread-safe.
 */
public final class SessionCoding {
  private final FacetCodingEngine engine;

  public SessionCoding(FacetCodingEngine engine) {
    this.engine = engine;
  }

  /**
   * Codes a session; every finding is added to {@code findings}.
   *
   * @param key the session key
   * @param procedures the session's codable procedures, in input order
   * @param coverage the Claim's Coverage, or null
   * @param input the Procedure or Bundle the session came from, where the coverage checks read
   *     history; null when there is none (a bulk line)
   * @return the coded session, or null when it has no line (nothing billable: the findings say
   *     why)
   */
  public CodedSession code(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings, IBaseResource input) {
    return code(key, procedures, options, coverage, findings, input, ServiceContext.NONE);
  }

  /**
   * Codes a session whose service context (state, place of service, type of bill, UTN) the
   * input gave; the coverage checks choose the policy from it, and the policy's layout (levels
   * beyond the covered ones on lines of their own, a contractor's thoracolumbar rule) is the
   * engine's before it codes.
   */
  public CodedSession code(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings, IBaseResource input, ServiceContext service) {
    List<ReadProcedure> ps = withinLimit(procedures, findings);
    ReadProcedure first = ps.get(0);
    CoverageOptions checks = options.coverageChecks();
    ServiceContext svc = ServiceContext.NONE;
    CoverageLayout layout = CoverageLayout.NONE;
    if (checks != null) {
      svc = service.and(ServiceContextReader.claim(options.existingClaim()));
      layout = checks.layout(svc, first.date());
    }
    CodingResult result = engine.code(session(ps, options, layout), options.profile());
    findings.addAll(result.findings());
    compareHints(ps, result, findings);
    if (result.lines().isEmpty()) {
      return null;
    }
    CoverageAssessment covered = null;
    if (options.coverageChecks() != null) {
      List<Coding> dx = new ArrayList<>();
      for (ReadProcedure r : ps) {
        dx.addAll(r.diagnoses());
      }
      covered = checks.assess(result, input, first.patient(), dx, svc, findings);
    }
    SessionParties parties = SessionParties.of(ps, coverage);
    boolean complete = parties.check(first.path(), findings);
    return new CodedSession(key, result, options.profile(), ps, parties, complete, covered);
  }

  /**
   * At most {@code CodingSession.MAX_PROCEDURES} core procedures (a Procedure split by lesion
   * temperature counts each part); the rest are a finding (FC-510).
   */
  private static List<ReadProcedure> withinLimit(List<ReadProcedure> ps, List<Finding> findings) {
    int parts = 0;
    for (int i = 0; i < ps.size(); i++) {
      parts += 1 + ps.get(i).otherParts().size();
      if (parts > CodingSession.MAX_PROCEDURES) {
        findings.add(Finding.of(FindingCode.INPUT_LIMIT, "More than "
            + CodingSession.MAX_PROCEDURES + " procedures in one session; the rest are not"
            + " coded.").at(ps.get(i).path()));
        return ps.subList(0, i);
      }
    }
    return ps;
  }

  /** The core session: the procedures, and the lines of the caller's Claim on that date. */
  private static CodingSession session(List<ReadProcedure> ps, CodingOptions options,
      CoverageLayout layout) {
    CodingSession.Builder sb = CodingSession.on(ps.get(0).date()).coverageLayout(layout);
    for (ReadProcedure r : ps) {
      sb.add(r.documented());
      for (DocumentedProcedure part : r.otherParts()) {
        sb.add(part);
      }
    }
    for (OtherClaimLine o : ExistingClaimLines.of(options.existingClaim(), ps.get(0).date())) {
      sb.otherLine(o);
    }
    return sb.build();
  }

  /** FC-509 for each CPT code a Procedure carries that is not among the coded lines. */
  private static void compareHints(List<ReadProcedure> ps, CodingResult result,
      List<Finding> findings) {
    for (ReadProcedure r : ps) {
      if (r.cptHints().isEmpty()) {   // the usual case: no set to build
        continue;
      }
      for (String hint : new LinkedHashSet<>(r.cptHints())) {
        boolean found = false;
        for (ClaimLine l : result.lines()) {
          if (l.code().equals(hint)) {
            found = true;
            break;
          }
        }
        if (!found) {
          // The code is the sender's text: quote a code's length of it, not more.
          String shown = hint.length() > 12 ? hint.substring(0, 12) + "..." : hint;
          findings.add(Finding.of(FindingCode.CPT_HINT_DIFFERS, r.label() + " carries CPT "
              + shown + ", which is not among the coded lines " + result.lines() + ".")
              .at(r.path() + ".code"));
        }
      }
    }
  }
}
