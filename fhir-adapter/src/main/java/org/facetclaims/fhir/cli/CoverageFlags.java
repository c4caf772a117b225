package org.facetclaims.fhir.cli;

import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import picocli.CommandLine.Option;

/** The Medicare coverage-check options, the same for {@code code} and {@code bulk}. */
final class CoverageFlags {
  @Option(names = "--coverage-checks", negatable = true,
      description = "Medicare coverage findings (2021 facet LCDs), with history from the Bundle."
          + " Default: on for the Medicare profiles, off for the others.")
  Boolean coverageChecks;

  @Option(names = "--abn", paramLabel = "on-file|none|unknown", defaultValue = "unknown",
      description = "With --coverage-checks: whether a signed ABN is on file (GA/GZ when the"
          + " profile asks for coverage modifiers).")
  String abn;

  @Option(names = "--place-of-service", paramLabel = "CODE",
      description = "The CMS place-of-service code: 11 office, 19/22 hospital outpatient (prior"
          + " authorization applies), 24 ASC. Used by --coverage-checks and by --claims.")
  String placeOfService;

  @Option(names = "--history-complete",
      description = "With --coverage-checks: the Bundle holds the patient's whole facet history.")
  boolean historyComplete;

  /**
   * The checks to run under {@code profile}, or null when they are off.
   *
   * @throws IllegalArgumentException when {@code --abn} is not one of its three values
   */
  CoverageOptions resolve(PayerProfile profile) {
    AbnStatus status = AbnStatus.byCode(abn).orElseThrow(
        () -> new IllegalArgumentException("--abn takes on-file, none or unknown"));
    boolean on = coverageChecks != null ? coverageChecks : profile.medicareCoverage();
    if (!on) {
      return null;
    }
    return CoverageOptions.standard().withAbn(status).withPlaceOfService(placeOfService)
        .withBundleHistoryComplete(historyComplete);
  }
}
