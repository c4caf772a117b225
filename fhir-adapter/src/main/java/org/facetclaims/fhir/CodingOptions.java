package org.facetclaims.fhir;

import java.util.Objects;
import org.facetclaims.core.Discontinuation;
import org.facetclaims.core.payer.CareSetting;
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
  private final Facility facility;

  /**
   * The facility-claim options, in one value so that each {@code with...} above copies one field:
   * which claims, the setting, the facility's options, a discontinued session, and whether
   * expected payments are written (null: with facility claims only).
   */
  private record Facility(ClaimSelection claims, CareSetting setting, FacilityOptions options,
      Discontinuation discontinuation, Boolean expectedPayment) {}

  private static final Facility NO_FACILITY = new Facility(ClaimSelection.PROFESSIONAL, null,
      FacilityOptions.standard(), Discontinuation.NONE, null);

  private CodingOptions(PayerProfile profile, Reference coverage, Claim existingClaim,
      CoverageOptions coverageChecks) {
    this(profile, coverage, existingClaim, coverageChecks, NO_FACILITY);
  }

  private CodingOptions(PayerProfile profile, Reference coverage, Claim existingClaim,
      CoverageOptions coverageChecks, Facility facility) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.coverage = coverage;
    this.existingClaim = existingClaim;
    this.coverageChecks = coverageChecks;
    this.facility = facility;
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
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks, facility);
  }

  /**
   * These options with a Claim the caller is building: its items (CPT codes and quantities on
   * the same date of service, or without a date) are checked by the edits together with the
   * coded lines. Add the coded items to it with {@link SessionClaim#appendTo(Claim)}.
   */
  public CodingOptions withExistingClaim(Claim claim) {
    return new CodingOptions(profile, coverage, claim, coverageChecks, facility);
  }

  /**
   * These options with the Medicare coverage checks on (the policy of the contractor and date
   * of service, coding-rules §6 and medicare-policy-2024): their findings join the output, the
   * policy's layout decides the lines (the levels beyond two on lines of their own), and when
   * the profile asks for coverage modifiers, non-covered Claim items get GA or GZ. Null turns
   * them off (the default for profiles that are not Medicare's).
   */
  public CodingOptions withCoverageChecks(CoverageOptions checks) {
    return new CodingOptions(profile, coverage, existingClaim, checks, facility);
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

  /**
   * These options writing {@code claims} for each session (default {@link
   * ClaimSelection#PROFESSIONAL}): the facility claim needs a setting with a facility.
   */
  public CodingOptions withClaims(ClaimSelection claims) {
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks, new Facility(
        Objects.requireNonNull(claims, "claims"), facility.setting(), facility.options(),
        facility.discontinuation(), facility.expectedPayment()));
  }

  /**
   * These options with the setting (office, hospital outpatient, ASC): it chooses the facility
   * claim and its Medicare profile, the physician's place of service and rate. Null: unknown.
   * {@link CareSetting#fromPlaceOfService(String)} reads a CMS place-of-service code.
   */
  public CodingOptions withSetting(CareSetting setting) {
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks, new Facility(
        facility.claims(), setting, facility.options(), facility.discontinuation(),
        facility.expectedPayment()));
  }

  /** These options with what the facility claim needs beyond the Procedures. */
  public CodingOptions withFacility(FacilityOptions options) {
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks, new Facility(
        facility.claims(), facility.setting(), Objects.requireNonNull(options, "options"),
        facility.discontinuation(), facility.expectedPayment()));
  }

  /**
   * These options saying the sessions were stopped before completion (default {@link
   * Discontinuation#NONE}): the first planned code only, with 53 on the physician's claim, 73
   * or 74 on the facility's.
   */
  public CodingOptions withDiscontinued(Discontinuation d) {
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks, new Facility(
        facility.claims(), facility.setting(), facility.options(),
        Objects.requireNonNull(d, "discontinuation"), facility.expectedPayment()));
  }

  /**
   * These options writing (or not) the expected payment of each Claim ({@code item.net},
   * {@code total}) and finding FC-709. Default: written with facility claims ({@link
   * #withClaims} facility or both), not on the physician's claim alone.
   */
  public CodingOptions withExpectedPayment(boolean write) {
    return new CodingOptions(profile, coverage, existingClaim, coverageChecks, new Facility(
        facility.claims(), facility.setting(), facility.options(), facility.discontinuation(),
        write));
  }

  /** Which claims are written. */
  public ClaimSelection claims() {
    return facility.claims();
  }

  /** The setting, or null when unknown. */
  public CareSetting setting() {
    return facility.setting();
  }

  /** What the facility claim needs beyond the Procedures. */
  public FacilityOptions facility() {
    return facility.options();
  }

  /** Whether the sessions were stopped before completion. */
  public Discontinuation discontinuation() {
    return facility.discontinuation();
  }

  /** Whether expected payments are written. */
  public boolean expectedPayment() {
    return facility.expectedPayment() != null ? facility.expectedPayment()
        : facility.claims().facility();
  }
}
