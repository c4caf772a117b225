package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;

/**
 * The CMS place-of-service code set (the two-digit codes of the CMS-1500 item 24B and the 837P),
 * with each code's name, so that a place of service given on a command line or to the operation
 * is checked before the coverage checks rely on it: an unknown code would otherwise read as "not
 * a hospital outpatient department" and silently drop a prior-authorization finding. Source: CMS,
 * Place of Service Code Set (codes 27 and 66 added in 2023 and 2024); codes not in the set are
 * unassigned. Immutable.
 */
public final class PlaceOfService {
  private static final ImmutableSortedMap<String, String> CODES =
      ImmutableSortedMap.<String, String>naturalOrder()
          .put("01", "Pharmacy")
          .put("02", "Telehealth provided other than in patient's home")
          .put("03", "School")
          .put("04", "Homeless shelter")
          .put("05", "Indian Health Service free-standing facility")
          .put("06", "Indian Health Service provider-based facility")
          .put("07", "Tribal 638 free-standing facility")
          .put("08", "Tribal 638 provider-based facility")
          .put("09", "Prison/correctional facility")
          .put("10", "Telehealth provided in patient's home")
          .put("11", "Office")
          .put("12", "Home")
          .put("13", "Assisted living facility")
          .put("14", "Group home")
          .put("15", "Mobile unit")
          .put("16", "Temporary lodging")
          .put("17", "Walk-in retail health clinic")
          .put("18", "Place of employment/worksite")
          .put("19", "Off campus-outpatient hospital")
          .put("20", "Urgent care facility")
          .put("21", "Inpatient hospital")
          .put("22", "On campus-outpatient hospital")
          .put("23", "Emergency room-hospital")
          .put("24", "Ambulatory surgical center")
          .put("25", "Birthing center")
          .put("26", "Military treatment facility")
          .put("27", "Outreach site/street")
          .put("31", "Skilled nursing facility")
          .put("32", "Nursing facility")
          .put("33", "Custodial care facility")
          .put("34", "Hospice")
          .put("41", "Ambulance - land")
          .put("42", "Ambulance - air or water")
          .put("49", "Independent clinic")
          .put("50", "Federally qualified health center")
          .put("51", "Inpatient psychiatric facility")
          .put("52", "Psychiatric facility-partial hospitalization")
          .put("53", "Community mental health center")
          .put("54", "Intermediate care facility/individuals with intellectual disabilities")
          .put("55", "Residential substance abuse treatment facility")
          .put("56", "Psychiatric residential treatment center")
          .put("57", "Non-residential substance abuse treatment facility")
          .put("58", "Non-residential opioid treatment facility")
          .put("60", "Mass immunization center")
          .put("61", "Comprehensive inpatient rehabilitation facility")
          .put("62", "Comprehensive outpatient rehabilitation facility")
          .put("65", "End-stage renal disease treatment facility")
          .put("66", "Programs of All-Inclusive Care for the Elderly (PACE) center")
          .put("71", "Public health clinic")
          .put("72", "Rural health clinic")
          .put("81", "Independent laboratory")
          .put("99", "Other place of service")
          .build();

  private PlaceOfService() {}

  /** Every code of the set, in order, with its name. */
  public static ImmutableSortedMap<String, String> codes() {
    return CODES;
  }

  /** The name of a code of the set ({@code "22"}), or empty for a code CMS has not assigned. */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(code == null ? null : CODES.get(code));
  }

  /** True for a code of the set. */
  public static boolean isValid(String code) {
    return code != null && CODES.containsKey(code);
  }
}
