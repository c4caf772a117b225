package org.facetclaims.fhir.session;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.read.ReadProcedure;

/**
 * One session coded and checked: everything its Claim is made of ({@code ClaimMapping} makes the
 * Claim from it).
 *
 * @param key the session key (patient, date, performer), which names the Claim's id
 * @param result the core result: lines, rationale, findings
 * @param profile the payer profile coded under
 * @param procedures the procedures coded, at most {@code CodingSession.MAX_PROCEDURES}
 * @param parties the Claim's parties
 * @param complete patient, provider and coverage all known: an active Claim; otherwise a draft
 * @param coverage the Medicare coverage checks' result (its GA/GZ go on the lines), or null
 * @param facility the facility side (setting, facility coding, expected payments), or null when
 *     only the physician's claim is written without expected payment
 */
public record CodedSession(String key, CodingResult result, PayerProfile profile,
    List<ReadProcedure> procedures, SessionParties parties, boolean complete,
    CoverageAssessment coverage, FacilityPart facility) {

  /** A session with the physician's claim only. */
  public CodedSession(String key, CodingResult result, PayerProfile profile,
      List<ReadProcedure> procedures, SessionParties parties, boolean complete,
      CoverageAssessment coverage) {
    this(key, result, profile, procedures, parties, complete, coverage, null);
  }

  /**
   * The index in {@link #procedures()} of the Procedure that the core procedure at
   * {@code coreIndex} (as in {@code ClaimLine.procedureIndexes()}) is a part of: a Procedure
   * split by lesion temperature is several core procedures.
   */
  public int procedureOf(int coreIndex) {
    int core = 0;
    for (int i = 0; i < procedures.size(); i++) {
      core += 1 + procedures.get(i).otherParts().size();
      if (coreIndex < core) {
        return i;
      }
    }
    throw new IndexOutOfBoundsException("No procedure part " + coreIndex);
  }

  /**
   * The findings whose lines point at the items of the session's {@code k}-th Claim, in the
   * order {@code ClaimMapping.claims} writes them: the engine's (MUE, PTP: by CPT code) on each,
   * and the coverage checks' (by line position) on the physician's Claim only, whose items are
   * the engine's lines one for one.
   */
  public List<Finding> lineFindings(int k) {
    boolean professional = k == 0 && (facility == null || facility.claims().professional());
    if (!professional || coverage == null || coverage.findings().isEmpty()) {
      return result.findings();
    }
    List<Finding> all = new ArrayList<>(result.findings().size() + coverage.findings().size());
    all.addAll(result.findings());
    all.addAll(coverage.findings());
    return all;
  }

  /** This session with other parties, its completeness as it was (for tests of the mapping). */
  public CodedSession withParties(SessionParties other) {
    return new CodedSession(key, result, profile, procedures, other, complete, coverage,
        facility);
  }
}
