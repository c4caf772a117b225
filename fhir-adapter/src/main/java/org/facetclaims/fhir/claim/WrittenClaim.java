package org.facetclaims.fhir.claim;

import java.util.List;
import org.facetclaims.core.Finding;

/**
 * A Claim written from an input, as its OperationOutcome refers to it: the reference the outcome
 * uses, the Claim, and the findings of coding its session (whose line findings point at its
 * items).
 */
public record WrittenClaim(ReferenceValue reference, ClaimDocument claim,
    List<Finding> sessionFindings) {
  public WrittenClaim {
    sessionFindings = Lists.copy(sessionFindings);
  }
}
