package org.facetclaims.fhir;

import java.util.Objects;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Reference;

/**
 * Options for one coding call: the payer profile, a Coverage to put on the Claims, the lines of a
 * Claim the caller is building, and the Medicare coverage checks. Immutable; start from
 * {@link #of(PayerProfile)}.
 *
 * <pre>{@code
 * CodingOptions o = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN)
 *     .withCoverage(new Reference("Coverage/123"));
 * CodingOutput out = FacetClaims.create().code(bundle, o);
 * }</pre>
 */
public final class CodingOptions {
  private final PayerProfile profile;
  private final Reference coverage;
  private final Claim existingClaim;
  private final CoverageOptions coverageChecks;

  private CodingOptions(PayerProfile profile, Reference coverage, Claim existingClaim,
      CoverageOptions coverageChecks) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.coverage = coverage;
    this.existingClaim = existingClaim;
    this.coverageChecks = coverageChecks;
  }

  /**
   * Options with a profile: the Medicare coverage checks are on when the profile says so
   * ({@link PayerProfile#medicareCoverage()}), with unknown ABN and place of service.
   */
  public static CodingOptions of(PayerProfile profile) {
    return new CodingOptions(profile, null, null,
        profile.medicareCoverage() ? CoverageOptions.standard() : null);
  }

  /** These options with a Coverage to put on the Claims (when the input has none). */
  public CodingOptions withCoverage(Reference coverage) {
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks);
  }

  /**
   * These options with a Claim the caller is building: its items (CPT codes and quantities on
   * the same date of service, or without a date) are checked by the edits together with the
   * coded lines. Add the coded items to it with {@link SessionClaim#appendTo(Claim)}.
   */
  public CodingOptions withExistingClaim(Claim claim) {
    return new CodingOptions(profile, coverage, claim, coverageChecks);
  }

  /**
   * These options with the Medicare coverage checks on (the policy of the contractor and date
   * of service, coding-rules §6 and medicare-policy-2024): their findings join the output, the
   * policy's layout decides the lines (the levels beyond two on lines of their own), and when
   * the profile asks for coverage modifiers, non-covered Claim items get GA or GZ. Null turns
   * them off (the default for profiles that are not Medicare's).
   */
  public CodingOptions withCoverageChecks(CoverageOptions checks) {
    return new CodingOptions(profile, coverage, existingClaim, checks);
  }

  /** The payer profile. */
  public PayerProfile profile() {
    return profile;
  }

  /** The Coverage given with {@link #withCoverage}, or null. */
  public Reference coverage() {
    return coverage;
  }

  /** The Claim given with {@link #withExistingClaim}, or null. */
  public Claim existingClaim() {
    return existingClaim;
  }

  /** The coverage checks, or null when off. */
  public CoverageOptions coverageChecks() {
    return coverageChecks;
  }
}
