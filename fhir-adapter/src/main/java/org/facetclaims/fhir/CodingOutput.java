package org.facetclaims.fhir;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.Finding;
import org.facetclaims.core.Severity;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * What coding one input gives: a Claim per session and one OperationOutcome with every finding.
 */
public final class CodingOutput {
  private final ImmutableList<SessionClaim> sessions;
  private final OperationOutcome outcome;
  private final ImmutableList<Finding> findings;

  CodingOutput(ImmutableList<SessionClaim> sessions, OperationOutcome outcome,
      ImmutableList<Finding> findings) {
    this.sessions = sessions;
    this.outcome = outcome;
    this.findings = findings;
  }

  /**
   * One entry per coded session (patient, date, performer), in input order. A session with no
   * line (all withheld by errors) has no Claim; its findings say why.
   */
  public ImmutableList<SessionClaim> sessions() {
    return sessions;
  }

  /** The findings as an OperationOutcome (one informational issue when there are none). */
  public OperationOutcome outcome() {
    return outcome;
  }

  /** All findings, of reading and of coding. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** True when a finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** A Bundle of type collection: the Claims, then the OperationOutcome. */
  public Bundle toBundle() {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    for (SessionClaim s : sessions) {
      for (Claim c : s.claims()) {
        b.addEntry().setFullUrl("urn:uuid:" + c.getIdElement().getIdPart()).setResource(c);
      }
    }
    b.addEntry().setFullUrl("urn:uuid:" + outcome.getIdElement().getIdPart()).setResource(outcome);
    return b;
  }
}
