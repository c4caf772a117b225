package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageChecker;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.coverage.PatientHistory;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Turns on the Medicare coverage checks for a coding call and says what the input does not: the
 * place of service, whether an ABN is on file, whether the Bundle holds the patient's whole facet
 * history, or a history the caller already has. Immutable; start from {@link #standard()}.
 *
 * <pre>{@code
 * CodingOptions o = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN_ABN)
 *     .withCoverageChecks(CoverageOptions.standard()
 *         .withPlaceOfService("22")
 *         .withAbn(AbnStatus.ON_FILE)
 *         .withBundleHistoryComplete(true));
 * }</pre>
 */
public final class CoverageOptions {
  private static final CoverageOptions STANDARD = new CoverageOptions(CoverageChecker.standard(),
      AbnStatus.UNKNOWN, null, false, null);

  private final CoverageChecker checker;
  private final AbnStatus abn;
  private final String placeOfService;
  private final boolean bundleHistoryComplete;
  private final PatientHistory history;

  private CoverageOptions(CoverageChecker checker, AbnStatus abn, String placeOfService,
      boolean bundleHistoryComplete, PatientHistory history) {
    this.checker = checker;
    this.abn = abn;
    this.placeOfService = placeOfService;
    this.bundleHistoryComplete = bundleHistoryComplete;
    this.history = history;
  }

  /**
   * The standard checks ({@link CoverageChecker#standard()}): history read from the Bundle and
   * not taken as complete, place of service and ABN status unknown.
   */
  public static CoverageOptions standard() {
    return STANDARD;
  }

  /** These options with another checker (for a replaced {@code CoveragePolicy}). */
  public CoverageOptions withChecker(CoverageChecker checker) {
    return new CoverageOptions(Objects.requireNonNull(checker, "checker"), abn, placeOfService,
        bundleHistoryComplete, history);
  }

  /** These options with the ABN status (decides GA or GZ when the profile asks). */
  public CoverageOptions withAbn(AbnStatus abn) {
    return new CoverageOptions(checker, Objects.requireNonNull(abn, "abn"), placeOfService,
        bundleHistoryComplete, history);
  }

  /** These options with the CMS place-of-service code ("11", "19", "22"...); null for unknown. */
  public CoverageOptions withPlaceOfService(String code) {
    return new CoverageOptions(checker, abn, code == null || code.isBlank() ? null : code.strip(),
        bundleHistoryComplete, history);
  }

  /**
   * These options saying whether the Bundle holds the patient's whole facet history (default
   * false). Only then does a missing diagnostic block count as missing.
   */
  public CoverageOptions withBundleHistoryComplete(boolean complete) {
    return new CoverageOptions(checker, abn, placeOfService, complete, history);
  }

  /**
   * These options with a history the caller already has; the Bundle is then not read for history.
   * Null goes back to reading the Bundle.
   */
  public CoverageOptions withHistory(PatientHistory history) {
    return new CoverageOptions(checker, abn, placeOfService, bundleHistoryComplete, history);
  }

  /** The checker (and through it the policy) used. */
  public CoverageChecker checker() {
    return checker;
  }

  /** Whether an ABN is on file, as the caller said (unknown by default). */
  public AbnStatus abn() {
    return abn;
  }

  /**
   * Checks one coded session: reads the history (unless given), builds the context from the
   * session's diagnoses and these options, and adds the history and coverage findings to {@code
   * findings}.
   *
   * @param result the coded session
   * @param input the Procedure or Bundle it came from (a Bundle is read for history)
   * @param patient the session's patient, if known
   * @param diagnoses the session's ICD-10-CM codings
   * @param findings where the findings go
   */
  public CoverageAssessment assess(CodingResult result, IBaseResource input, Reference patient,
      List<Coding> diagnoses, List<Finding> findings) {
    PatientHistory h = history;
    if (h == null) {
      HistoryReading read = HistoryReader.standard().read(input, patient,
          result.session().dateOfService(), bundleHistoryComplete);
      findings.addAll(read.findings());
      h = read.history();
    }
    List<String> codes = new ArrayList<>(diagnoses.size());
    for (Coding c : diagnoses) {
      String code = c.getCode(); // a value: hasCode() is true for extensions alone
      if (code != null && !code.isBlank()) {
        codes.add(code);
      }
    }
    CoverageContext context = CoverageContext.builder().history(h).diagnoses(codes)
        .placeOfService(placeOfService).abn(abn).build();
    CoverageAssessment a = checker.assess(result, context);
    findings.addAll(a.findings());
    return a;
  }

  /** The ABN and place of service as a coder reads them. */
  @Override
  public String toString() {
    return ImmutableList.of(checker.policy().name(), abn.label(), "place of service "
        + (placeOfService == null ? "unknown" : placeOfService)).toString();
  }
}
