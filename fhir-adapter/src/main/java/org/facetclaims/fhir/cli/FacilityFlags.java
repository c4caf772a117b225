package org.facetclaims.fhir.cli;

import java.util.List;
import org.facetclaims.core.Discontinuation;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.FacilityOptions;
import org.hl7.fhir.r4.model.Reference;
import picocli.CommandLine.Option;

/**
 * The facility-claim options, the same for {@code code} and {@code bulk}. The setting comes from
 * {@code --place-of-service}, the tracking number from {@code --utn} ({@link CoverageFlags}).
 */
final class FacilityFlags {
  @Option(names = "--claims", paramLabel = "professional|facility|both",
      defaultValue = "professional",
      description = "Which claims to write per session (default: ${DEFAULT-VALUE}). The facility"
          + " claim needs --place-of-service 19, 22 (hospital outpatient) or 24 (ASC).")
  String claims;

  @Option(names = "--facility", paramLabel = "REFERENCE",
      description = "The facility billing the facility claim, e.g. Organization/hospital.")
  String facility;

  @Option(names = "--facility-profile", paramLabel = "NAME",
      description = "The facility claim's profile (default: medicare-opps in a hospital"
          + " outpatient department, medicare-asc in an ASC; or commercial-asc-ub04).")
  String facilityProfile;

  @Option(names = "--revenue-code", paramLabel = "CODE|CPT=CODE",
      description = "Revenue code of the institutional claim's lines, for all codes or one"
          + " (repeatable; default 0361 on a hospital outpatient claim, with warning FC-705).")
  List<String> revenueCodes;

  @Option(names = "--discontinued", paramLabel = "before-anesthesia|after-anesthesia",
      description = "The session was stopped before completion: the first planned code only,"
          + " with 53 (physician) or 73/74 (facility).")
  String discontinued;

  @Option(names = "--off-campus-department", paramLabel = "excepted|non-excepted",
      description = "At place of service 19: the hospital's off-campus provider-based"
          + " department is excepted (PO on every line of its claim) or non-excepted (PN;"
          + " no expected payment).")
  String offCampusDepartment;

  @Option(names = "--abn-date", paramLabel = "YYYY-MM-DD",
      description = "The date the beneficiary signed the facility's ABN: occurrence code 32 on an"
          + " institutional claim whose lines get GA.")
  String abnDate;

  @Option(names = "--expected-payment", negatable = true,
      description = "Write the expected payment (item.net, total) of each Claim. Default: on"
          + " with facility claims, off for the physician's claim alone.")
  Boolean expectedPayment;

  /**
   * {@code options} with these flags, the setting of {@code placeOfService}, and the prior
   * authorization's tracking number and exemption ({@link CoverageFlags}: one {@code --utn} and
   * one {@code --prior-auth-exempt} for the coverage checks and the hospital outpatient claim).
   *
   * @throws IllegalArgumentException naming the flag whose value is wrong
   */
  CodingOptions apply(CodingOptions options, CoverageFlags coverage) {
    String placeOfService = coverage.placeOfService;
    ClaimSelection selection = ClaimSelection.fromId(claims).orElseThrow(
        () -> new IllegalArgumentException("FCC-003: --claims takes professional, facility or"
            + " both, not '" + claims + "'"));
    FacilityOptions f = FacilityOptions.standard().withUtn(coverage.utn)
        .withPriorAuthorizationExempt(coverage.priorAuthExempt);
    if (facility != null && !facility.isBlank()) {
      f = f.withFacility(new Reference(facility.strip()));
    }
    if (facilityProfile != null) {
      PayerProfile p = PayerProfile.byName(facilityProfile).orElseThrow(
          () -> new IllegalArgumentException("FCC-006: unknown facility profile '" + facilityProfile
              + "'; use one of " + String.join(", ", PayerProfile.standardProfiles().keySet())));
      f = f.withProfile(p);
    }
    if (offCampusDepartment != null) {
      f = f.withOffCampusDepartment(OffCampusDepartment.fromId(offCampusDepartment).orElseThrow(
          () -> new IllegalArgumentException("FCC-003: --off-campus-department takes excepted or"
              + " non-excepted")));
    }
    if (abnDate != null) {
      try {
        f = f.withAbnDate(java.time.LocalDate.parse(abnDate.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("FCC-003: --abn-date takes a date, YYYY-MM-DD");
      }
    }
    if (revenueCodes != null) {
      for (String r : revenueCodes) {
        int eq = r.indexOf('=');
        try {
          f = eq < 0 ? f.withRevenueCode(r) : f.withRevenueCode(r.substring(0, eq),
              r.substring(eq + 1));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("FCC-003: --revenue-code: " + e.getMessage());
        }
      }
    }
    CodingOptions o = options.withClaims(selection).withFacility(f)
        .withSetting(CareSetting.fromPlaceOfService(placeOfService).orElse(null));
    if (discontinued != null) {
      o = o.withDiscontinued(Discontinuation.fromId(discontinued).filter(
          Discontinuation::timed).orElseThrow(() -> new IllegalArgumentException(
              "FCC-003: --discontinued takes before-anesthesia or after-anesthesia")));
    }
    if (expectedPayment != null) {
      o = o.withExpectedPayment(expectedPayment);
    }
    return o;
  }
}
