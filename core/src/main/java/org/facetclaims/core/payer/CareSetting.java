package org.facetclaims.core.payer;

import java.util.Optional;

/**
 * Where the procedure was done, as it changes the claims: the physician's place of service and
 * rate (non-facility in the office, facility elsewhere), and whether a facility bills a claim of
 * its own (facility-claims spec §1). Read from a CMS place-of-service code with
 * {@link #fromPlaceOfService(String)}; the library does not guess a setting the input or the
 * caller does not give.
 */
public enum CareSetting {
  /** Physician's office (POS 11): one professional claim at the non-facility rate. */
  OFFICE("office", "11", "office"),
  /**
   * Hospital outpatient department, on campus (POS 22): an institutional claim (type of bill
   * 013x) under OPPS beside the physician's claim at the facility rate.
   */
  HOSPITAL_OUTPATIENT_ON_CAMPUS("hospital-outpatient", "22", "hospital outpatient, on campus"),
  /**
   * Hospital outpatient department, off campus (POS 19): as on campus, with PO or PN on every
   * line of the hospital's claim as its {@link OffCampusDepartment} says.
   */
  HOSPITAL_OUTPATIENT_OFF_CAMPUS("hospital-outpatient-off-campus", "19",
      "hospital outpatient, off campus"),
  /** Ambulatory surgical center (POS 24): the ASC's claim beside the physician's. */
  AMBULATORY_SURGICAL_CENTER("asc", "24", "ambulatory surgical center");

  private final String id;
  private final String placeOfService;
  private final String label;

  CareSetting(String id, String placeOfService, String label) {
    this.id = id;
    this.placeOfService = placeOfService;
    this.label = label;
  }

  /** The stable name, for example {@code "hospital-outpatient"}. */
  public String id() {
    return id;
  }

  /** The CMS place-of-service code of the physician's claim in this setting. */
  public String placeOfService() {
    return placeOfService;
  }

  /** A plain description. */
  public String label() {
    return label;
  }

  /** True when a facility bills a claim of its own (every setting but the office). */
  public boolean hasFacilityClaim() {
    return this != OFFICE;
  }

  /** True for the hospital outpatient department, on or off campus (OPPS, type of bill 013x). */
  public boolean isHospitalOutpatient() {
    return this == HOSPITAL_OUTPATIENT_ON_CAMPUS || this == HOSPITAL_OUTPATIENT_OFF_CAMPUS;
  }

  /**
   * The standard profile of the facility's own claim to Medicare in this setting: {@code
   * medicare-opps} in a hospital outpatient department, {@code medicare-asc} in an ASC; empty
   * in the office.
   */
  public Optional<PayerProfile> medicareFacilityProfile() {
    if (isHospitalOutpatient()) {
      return Optional.of(PayerProfile.MEDICARE_OPPS);
    }
    return this == AMBULATORY_SURGICAL_CENTER ? Optional.of(PayerProfile.MEDICARE_ASC)
        : Optional.empty();
  }

  /**
   * The setting of a CMS place-of-service code: 11 office, 19 and 22 hospital outpatient, 24
   * ASC; empty for any other code (an inpatient stay, a code this library does not model).
   */
  public static Optional<CareSetting> fromPlaceOfService(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip();
    for (CareSetting s : values()) {
      if (s.placeOfService.equals(c)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The setting with this name ({@link #id()}) or place-of-service code. */
  public static Optional<CareSetting> parse(String idOrPlaceOfService) {
    if (idOrPlaceOfService == null) {
      return Optional.empty();
    }
    for (CareSetting s : values()) {
      if (s.id.equals(idOrPlaceOfService.strip())) {
        return Optional.of(s);
      }
    }
    return fromPlaceOfService(idOrPlaceOfService);
  }
}
