package org.facetclaims.fhir;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.payment.PaymentEstimate;
import org.facetclaims.fhir.claim.ClaimMerge;
import org.facetclaims.fhir.session.FacilityPart;
import org.hl7.fhir.r4.model.Claim;

/**
 * One coded session: the core {@link CodingResult} and the FHIR {@link Claim} built from it, with
 * the references of the Procedures it codes.
 */
public final class SessionClaim {
  private final CodingResult result;
  private final Claim claim;
  private final ImmutableList<String> procedures;
  private final ImmutableList<Claim> claims;
  private final FacilityPart facility;

  SessionClaim(CodingResult result, Claim claim, List<String> procedures) {
    this.result = result;
    this.claim = claim;
    this.procedures = ImmutableList.copyOf(procedures);
    this.claims = ImmutableList.of(claim);
    this.facility = null;
  }

  /** A session with the claims its facility side asks for (none, one or two). */
  SessionClaim(CodingResult result, List<Claim> claims, List<String> procedures,
      FacilityPart facility) {
    this.result = result;
    this.claims = ImmutableList.copyOf(claims);
    this.claim = claims.isEmpty() ? null : claims.get(0);
    this.procedures = ImmutableList.copyOf(procedures);
    this.facility = facility;
  }

  /**
   * Every Claim of the session, the physician's first: one unless facility claims were asked
   * for ({@link CodingOptions#withClaims}); none when only a facility claim was asked for and the
   * setting has none.
   */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  /**
   * The session coded under the facility's profile, when a facility claim was written: its
   * lines as the facility claim has them.
   */
  public Optional<CodingResult> facilityResult() {
    return facility == null ? Optional.empty() : Optional.ofNullable(facility.facility());
  }

  /** The expected payment of the physician's claim, when asked for and priced. */
  public Optional<PaymentEstimate> professionalPayment() {
    return facility == null ? Optional.empty()
        : Optional.ofNullable(facility.professionalPayment());
  }

  /** The expected payment of the facility claim, when written and priced. */
  public Optional<PaymentEstimate> facilityPayment() {
    return facility == null ? Optional.empty() : Optional.ofNullable(facility.facilityPayment());
  }

  /** The core result: lines with their rationale, findings, trace. */
  public CodingResult result() {
    return result;
  }

  /**
   * The Claim: the physician's, or the facility's when only it was asked for (null when none
   * was written). It is yours: change or copy it as you like (it is not shared).
   */
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
