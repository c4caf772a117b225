package org.facetclaims.fhir.cli;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.coverage.PlaceOfService;
import org.facetclaims.core.coverage.TypeOfBill;
import org.facetclaims.core.medicare.PolicyCatalog;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import picocli.CommandLine.Option;

/** The Medicare coverage-check options, the same for {@code code} and {@code bulk}. */
final class CoverageFlags {
  @Option(names = "--coverage-checks", negatable = true,
      description = "Medicare coverage findings (the facet LCD of the contractor and date of"
          + " service), with history from the Bundle. Default: on for the Medicare profiles, off"
          + " for the others.")
  Boolean coverageChecks;

  @Option(names = "--abn", paramLabel = "on-file|none|unknown",
      description = "With --coverage-checks: whether a signed ABN is on file (GA/GZ when the"
          + " profile asks for coverage modifiers). Default: unknown.")
  String abn;

  @Option(names = "--place-of-service", paramLabel = "CODE",
      description = "The CMS place-of-service code: 11 office, 19/22 hospital outpatient (prior"
          + " authorization applies), 24 ASC. Used by --coverage-checks and by --claims.")
  String placeOfService;

  @Option(names = "--type-of-bill", paramLabel = "TOB",
      description = "With --coverage-checks: the NUBC type of bill of the hospital's claim"
          + " (0131 or 131: hospital outpatient, prior authorization applies), over the input's"
          + " Claim.")
  String typeOfBill;

  @Option(names = "--state", paramLabel = "STATE",
      description = "With --coverage-checks: the state where the service was furnished (USPS"
          + " code such as OH, or a name such as Ohio), over the input's Location address; it"
          + " chooses the Medicare contractor and its LCD version by date of service.")
  String state;

  @Option(names = "--utn", paramLabel = "UTN",
      description = "With --coverage-checks: the hospital outpatient prior authorization unique"
          + " tracking number, over the input's Claim.insurance.preAuthRef.")
  String utn;

  @Option(names = "--prior-auth-exempt",
      description = "With --coverage-checks: the hospital is exempt from outpatient prior"
          + " authorization this cycle.")
  boolean priorAuthExempt;

  @Option(names = "--history-complete",
      description = "With --coverage-checks: the Bundle holds the patient's whole facet history.")
  boolean historyComplete;

  /**
   * The checks to run under {@code profile}, or null when they are off.
   *
   * @throws IllegalArgumentException when {@code --abn} is not one of its three values
   *     (FCC-003), {@code --place-of-service} not a CMS code (FCC-005), {@code --state} not a
   *     state (FCC-011)
   */
  CoverageOptions resolve(PayerProfile profile) {
    AbnStatus status = AbnStatus.byCode(abn == null ? "unknown" : abn).orElseThrow(
        () -> new IllegalArgumentException("FCC-003: --abn takes on-file, none or unknown, not '"
            + abn + "'"));
    if (placeOfService != null && !PlaceOfService.isValid(placeOfService)) {
      throw new IllegalArgumentException("FCC-005: --place-of-service '" + placeOfService
          + "' is not a CMS place-of-service code: two digits of the CMS code set, such as 11"
          + " (office), 19 or 22 (hospital outpatient), 24 (ambulatory surgical center)");
    }
    if (state != null && PolicyCatalog.bundled().state(state).isEmpty()) {
      throw new IllegalArgumentException("FCC-011: --state '" + state + "' is not a US state,"
          + " the District of Columbia or a US territory: give its USPS code (OH) or its name"
          + " (Ohio)");
    }
    if (typeOfBill != null && !TypeOfBill.isValid(typeOfBill)) {
      throw new IllegalArgumentException("FCC-003: --type-of-bill '" + typeOfBill + "' is not a"
          + " type of bill: " + CoverageOptions.TYPE_OF_BILL_FORM);
    }
    boolean on = coverageChecks != null ? coverageChecks : profile.medicareCoverage();
    if (!on) {
      return null;
    }
    return CoverageOptions.standard().withAbn(status).withPlaceOfService(placeOfService)
        .withTypeOfBill(typeOfBill)
        .withState(state, "--state").withPriorAuthorizationUtn(utn)
        .withPriorAuthorizationExempt(priorAuthExempt)
        .withBundleHistoryComplete(historyComplete);
  }

  /**
   * Warnings for the options given that do not apply because the checks are off under
   * {@code profile}: an option that changes nothing is said, not silently dropped.
   */
  List<String> unused(PayerProfile profile) {
    boolean on = coverageChecks != null ? coverageChecks : profile.medicareCoverage();
    List<String> given = new ArrayList<>();
    if (abn != null) {
      given.add("--abn");
    }
    if (placeOfService != null) {
      given.add("--place-of-service");
    }
    if (typeOfBill != null) {
      given.add("--type-of-bill");
    }
    if (historyComplete) {
      given.add("--history-complete");
    }
    if (on || given.isEmpty()) {
      return List.of();
    }
    return List.of(String.join(", ", given) + (given.size() == 1 ? " has" : " have")
        + " no effect: the coverage checks are off (" + (coverageChecks != null
            ? "--no-coverage-checks" : "profile " + profile.name())
        + "; --coverage-checks turns them on)");
  }
}
