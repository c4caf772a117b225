package org.facetclaims.fhir;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.facetclaims.core.CodingResult;
import org.facetclaims.fhir.claim.ClaimMerge;
import org.hl7.fhir.r4.model.Claim;

/**
 * One coded session: the core {@link CodingResult} and the FHIR {@link Claim} built from it, with
 * the references of the Procedures it codes.
 */
public final class SessionClaim {
  private final CodingResult result;
  private final Claim claim;
  private final ImmutableList<String> procedures;

  SessionClaim(CodingResult result, Claim claim, List<String> procedures) {
    this.result = result;
    this.claim = claim;
    this.procedures = ImmutableList.copyOf(procedures);
  }

  /** The core result: lines with their rationale, findings, trace. */
  public CodingResult result() {
    return result;
  }

  /** The Claim. It is yours: change or copy it as you like (it is not shared). */
  public Claim claim() {
    return claim;
  }

  /** The Procedures coded in this session ({@code Procedure/id} or their path in the input). */
  public ImmutableList<String> procedures() {
    return procedures;
  }

  /**
   * Adds this session's items to a Claim the caller builds, with the diagnosis, procedure and
   * care-team entries they point at. Sequences are renumbered to follow the target's; a diagnosis
   * the target already has (same system and code) is reused rather than repeated.
   *
   * @return {@code target}, for chaining
   */
  public Claim appendTo(Claim target) {
    return ClaimMerge.appendTo(claim, target);
  }
}
