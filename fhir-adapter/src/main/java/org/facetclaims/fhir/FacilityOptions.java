package org.facetclaims.fhir;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.PaymentSystem;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the facility claim needs that a Procedure does not say: the facility (its billing
 * provider), the facility's payer profile (by default Medicare's for the setting: {@code
 * medicare-opps} or {@code medicare-asc}), the prior-authorization tracking number (UTN) or the
 * hospital's exemption, and the revenue codes of its chargemaster. Immutable; start from
 * {@link #standard()}.
 *
 * <pre>{@code
 * FacilityOptions f = FacilityOptions.standard()
 *     .withFacility(new Reference("Organization/hospital"))
 *     .withUtn("A1B2C3D4E5F6G7")
 *     .withRevenueCode("0360");
 * }</pre>
 */
public final class FacilityOptions {
  private static final Pattern REVENUE = Pattern.compile("[0-9]{4}");
  private static final FacilityOptions STANDARD =
      new FacilityOptions(null, null, null, false, null, ImmutableMap.of(), null, null);

  private final PayerProfile profile;
  private final Reference facility;
  private final String utn;
  private final boolean priorAuthorizationExempt;
  private final String revenueCode;
  private final ImmutableMap<String, String> revenueByCode;
  private final OffCampusDepartment offCampusDepartment;
  private final LocalDate abnDate;

  private FacilityOptions(PayerProfile profile, Reference facility, String utn,
      boolean priorAuthorizationExempt, String revenueCode, Map<String, String> revenueByCode,
      OffCampusDepartment offCampusDepartment, LocalDate abnDate) {
    this.offCampusDepartment = offCampusDepartment;
    this.abnDate = abnDate;
    this.profile = profile;
    this.facility = facility;
    this.utn = utn;
    this.priorAuthorizationExempt = priorAuthorizationExempt;
    this.revenueCode = revenueCode;
    this.revenueByCode = ImmutableMap.copyOf(revenueByCode);
  }

  /** No facility, the setting's Medicare profile, no UTN, the default revenue code. */
  public static FacilityOptions standard() {
    return STANDARD;
  }

  /** These options with the facility claim's profile (null: Medicare's for the setting). */
  public FacilityOptions withProfile(PayerProfile profile) {
    return new FacilityOptions(profile, facility, utn, priorAuthorizationExempt, revenueCode,
        revenueByCode, offCampusDepartment, abnDate);
  }

  /** These options with the facility, the billing provider of its claim (an Organization). */
  public FacilityOptions withFacility(Reference facility) {
    return new FacilityOptions(profile, facility, utn, priorAuthorizationExempt, revenueCode,
        revenueByCode, offCampusDepartment, abnDate);
  }

  /**
   * These options with the unique tracking number of the prior-authorization decision, for a
   * hospital outpatient claim ({@code Claim.insurance.preAuthRef}); never on the physician's or
   * an ASC's claim. Null or blank: none.
   */
  public FacilityOptions withUtn(String utn) {
    return new FacilityOptions(profile, facility, utn == null || utn.isBlank() ? null
        : utn.strip(), priorAuthorizationExempt, revenueCode, revenueByCode, offCampusDepartment,
        abnDate);
  }

  /** These options saying whether the hospital is exempt from prior authorization this cycle. */
  public FacilityOptions withPriorAuthorizationExempt(boolean exempt) {
    return new FacilityOptions(profile, facility, utn, exempt, revenueCode, revenueByCode,
        offCampusDepartment, abnDate);
  }

  /**
   * These options with the revenue code of every line of an institutional claim (four digits,
   * from the facility's chargemaster: for example 0360 operating room, 0361 minor surgery, 0490
   * ambulatory surgical care, 0761 treatment room).
   *
   * @throws IllegalArgumentException when it is not four digits
   */
  public FacilityOptions withRevenueCode(String revenue) {
    return new FacilityOptions(profile, facility, utn, priorAuthorizationExempt,
        checkRevenue(revenue), revenueByCode, offCampusDepartment, abnDate);
  }

  /**
   * These options with the revenue code of the lines of one CPT code, before the facility's
   * general one.
   *
   * @throws IllegalArgumentException when it is not four digits
   */
  public FacilityOptions withRevenueCode(String cpt, String revenue) {
    Map<String, String> m = new HashMap<>(revenueByCode);
    m.put(Objects.requireNonNull(cpt, "cpt").strip(), checkRevenue(revenue));
    return new FacilityOptions(profile, facility, utn, priorAuthorizationExempt, revenueCode, m,
        offCampusDepartment, abnDate);
  }

  private static String checkRevenue(String revenue) {
    if (revenue == null || !REVENUE.matcher(revenue.strip()).matches()) {
      throw new IllegalArgumentException("a revenue code is four digits, such as 0361");
    }
    return revenue.strip();
  }

  /**
   * These options saying whether the hospital's off-campus provider-based department (place of
   * service 19) is excepted (PO on every line of its claim) or not (PN, whose reduced payment
   * is not modelled: no expected payment, FC-715). Null: not said (FC-714 in an off-campus
   * setting). Not used on campus or in an ASC.
   */
  public FacilityOptions withOffCampusDepartment(OffCampusDepartment d) {
    return new FacilityOptions(profile, facility, utn, priorAuthorizationExempt, revenueCode,
        revenueByCode, d, abnDate);
  }

  /**
   * These options with the date the beneficiary signed the facility's ABN: occurrence code 32
   * on an institutional claim with GA lines (FC-717 when they have GA and no date). Null: none.
   */
  public FacilityOptions withAbnDate(LocalDate date) {
    return new FacilityOptions(profile, facility, utn, priorAuthorizationExempt, revenueCode,
        revenueByCode, offCampusDepartment, date);
  }

  /** The ABN's date, or null. */
  public LocalDate abnDate() {
    return abnDate;
  }

  /** Whether the off-campus department is excepted, or null when not said. */
  public OffCampusDepartment offCampusDepartment() {
    return offCampusDepartment;
  }

  /** The facility claim's profile, if one was given. */
  public Optional<PayerProfile> profile() {
    return Optional.ofNullable(profile);
  }

  /** The facility, or null. */
  public Reference facility() {
    return facility;
  }

  /** The UTN, or null. */
  public String utn() {
    return utn;
  }

  /** Whether the hospital is exempt from prior authorization. */
  public boolean priorAuthorizationExempt() {
    return priorAuthorizationExempt;
  }

  /**
   * The revenue code of a line when the facility configured none: 0361 (operating room, minor
   * surgery) on a hospital outpatient (OPPS) claim, 0490 (ambulatory surgical care) on an ASC's
   * UB-04 claim. An assumption, which finding FC-705 names: the revenue code belongs to the
   * facility's chargemaster and cost centre, not to coding (facility-claims spec R-HOPD-REV-1).
   */
  public static String defaultRevenueCode(PayerProfile facilityProfile) {
    return facilityProfile.paymentSystem() == PaymentSystem.OPPS ? "0361" : "0490";
  }

  /** The configured revenue code of a CPT code's lines, if any. */
  public Optional<String> revenueCode(String cpt) {
    String r = revenueByCode.get(cpt);
    return Optional.ofNullable(r != null ? r : revenueCode);
  }
}
