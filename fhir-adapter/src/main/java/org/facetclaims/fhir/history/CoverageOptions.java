package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CoverageLayout;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageChecker;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.facetclaims.core.coverage.PatientHistory;
import org.facetclaims.core.coverage.TypeOfBill;
import org.facetclaims.core.medicare.MedicareCoverage;
import org.facetclaims.fhir.read.ServiceContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Turns on the Medicare coverage checks for a coding call and says what the input does not: the
 * state where the service was furnished (it chooses the contractor, and with the date of service
 * the version of its LCD), the place of service, the prior authorization tracking number or
 * exemption, whether an ABN is on file, whether the Bundle holds the patient's whole facet
 * history, or a history the caller already has. What the caller gives here overrides what the
 * input says (the state, the place of service, the tracking number). Immutable; start from
 * {@link #standard()}.
 *
 * <pre>{@code
 * CodingOptions o = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN_ABN)
 *     .withCoverageChecks(CoverageOptions.standard()
 *         .withState("OH")
 *         .withPlaceOfService("22")
 *         .withAbn(AbnStatus.ON_FILE)
 *         .withBundleHistoryComplete(true));
 * }</pre>
 */
public final class CoverageOptions {
  private static final CoverageOptions STANDARD = new CoverageOptions(new Settings());

  /** What a type of bill must look like, for the errors of the flag and the parameter. */
  public static final String TYPE_OF_BILL_FORM = "a NUBC type of bill is four characters with"
      + " the leading zero (0131) or the three after it (131): facility type 1-8, bill"
      + " classification digit, frequency digit or letter";

  /** The values, copied for each change. */
  private static final class Settings implements Cloneable {
    MedicareCoverage medicare = MedicareCoverage.standard();
    CoverageChecker checker;
    AbnStatus abn = AbnStatus.UNKNOWN;
    String placeOfService;
    String typeOfBill;
    boolean bundleHistoryComplete;
    PatientHistory history;
    String state;
    String stateElement;
    String utn;
    boolean exempt;

    Settings copy() {
      try {
        return (Settings) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Settings s;

  private CoverageOptions(Settings s) {
    this.s = s;
  }

  /**
   * The standard checks: Medicare's policy chosen by contractor and date of service ({@link
   * MedicareCoverage#standard()}), the state read from the input, history read from the Bundle
   * and not taken as complete, place of service and ABN status unknown.
   */
  public static CoverageOptions standard() {
    return STANDARD;
  }

  /**
   * These options with one fixed checker for every state and date (for a replaced {@code
   * CoveragePolicy}); the state then chooses nothing.
   */
  public CoverageOptions withChecker(CoverageChecker checker) {
    Settings c = s.copy();
    c.checker = Objects.requireNonNull(checker, "checker");
    return new CoverageOptions(c);
  }

  /** These options with another dated choice (for example over a replaced catalog file). */
  public CoverageOptions withMedicareCoverage(MedicareCoverage medicare) {
    Settings c = s.copy();
    c.medicare = Objects.requireNonNull(medicare, "medicare");
    c.checker = null;
    return new CoverageOptions(c);
  }

  /** These options with the ABN status (decides GA or GZ when the profile asks). */
  public CoverageOptions withAbn(AbnStatus abn) {
    Settings c = s.copy();
    c.abn = Objects.requireNonNull(abn, "abn");
    return new CoverageOptions(c);
  }

  /**
   * These options with the CMS place-of-service code ("11", "19", "22"...), over the input's;
   * null: the input's, if any.
   */
  public CoverageOptions withPlaceOfService(String code) {
    Settings c = s.copy();
    c.placeOfService = blankToNull(code);
    return new CoverageOptions(c);
  }

  /**
   * These options with the NUBC type of bill of the hospital's claim ("0131" or "131": hospital
   * outpatient, where prior authorization binds), over the input's; null: the input's, if any.
   *
   * @throws IllegalArgumentException when it is not a type of bill ({@link TypeOfBill})
   */
  public CoverageOptions withTypeOfBill(String code) {
    Settings c = s.copy();
    c.typeOfBill = code == null || code.isBlank() ? null : TypeOfBill.normalized(code)
        .orElseThrow(() -> new IllegalArgumentException(TYPE_OF_BILL_FORM));
    return new CoverageOptions(c);
  }

  /**
   * These options with the state where the service was furnished (USPS code "OH" or name
   * "Ohio"), over what the input says; null: the input's. A value that is not a state is a
   * finding (FC-629) naming {@code "state"}, not an exception.
   */
  public CoverageOptions withState(String state) {
    return withState(state, "state");
  }

  /**
   * {@link #withState(String)} naming where the value came from in findings (a command-line
   * flag {@code "--state"}, an operation parameter).
   */
  public CoverageOptions withState(String state, String element) {
    Settings c = s.copy();
    c.state = blankToNull(state);
    c.stateElement = element == null ? "state" : element;
    return new CoverageOptions(c);
  }

  /**
   * These options with the hospital outpatient prior authorization unique tracking number
   * (UTN), over the input's ({@code Claim.insurance.preAuthRef}); null: the input's.
   */
  public CoverageOptions withPriorAuthorizationUtn(String utn) {
    Settings c = s.copy();
    c.utn = blankToNull(utn);
    return new CoverageOptions(c);
  }

  /**
   * These options saying whether the hospital is exempt from outpatient prior authorization this
   * cycle (at least 90 % affirmation on at least 10 requests; the library cannot know it).
   */
  public CoverageOptions withPriorAuthorizationExempt(boolean exempt) {
    Settings c = s.copy();
    c.exempt = exempt;
    return new CoverageOptions(c);
  }

  /**
   * These options saying whether the Bundle holds the patient's whole facet history (default
   * false). Only then does a missing diagnostic block count as missing.
   */
  public CoverageOptions withBundleHistoryComplete(boolean complete) {
    Settings c = s.copy();
    c.bundleHistoryComplete = complete;
    return new CoverageOptions(c);
  }

  /**
   * These options with a history the caller already has; the Bundle is then not read for history.
   * Null goes back to reading the Bundle.
   */
  public CoverageOptions withHistory(PatientHistory history) {
    Settings c = s.copy();
    c.history = history;
    return new CoverageOptions(c);
  }

  /**
   * The fixed checker given with {@link #withChecker}, else the 2021 {@link
   * CoverageChecker#standard()} (the dated choice is {@link #medicareCoverage()}).
   */
  public CoverageChecker checker() {
    return s.checker != null ? s.checker : CoverageChecker.standard();
  }

  /** The dated choice of policy, used unless a fixed checker was given. */
  public MedicareCoverage medicareCoverage() {
    return s.medicare;
  }

  /** Whether an ABN is on file, as the caller said (unknown by default). */
  public AbnStatus abn() {
    return s.abn;
  }

  /**
   * What the policy that will judge a session on {@code date} asks of its lines (the levels
   * beyond the covered ones on lines of their own, a contractor's thoracolumbar rule), for the
   * engine before it codes.
   */
  public CoverageLayout layout(ServiceContext service, LocalDate date) {
    if (s.checker != null) {
      return MedicareCoverage.layout(s.checker.policy(), date);
    }
    return s.medicare.layout(context(service).build(), date);
  }

  /**
   * Checks one coded session: reads the history (unless given), builds the context from the
   * session's diagnoses, what the input says about the service and these options, and adds the
   * history and coverage findings to {@code findings}.
   *
   * @param result the coded session
   * @param input the Procedure or Bundle it came from (a Bundle is read for history)
   * @param patient the session's patient, if known
   * @param diagnoses the session's ICD-10-CM codings
   * @param service where the service was furnished, as the input says it
   * @param findings where the findings go
   */
  public CoverageAssessment assess(CodingResult result, IBaseResource input, Reference patient,
      List<Coding> diagnoses, ServiceContext service, List<Finding> findings) {
    PatientHistory h = s.history;
    if (h == null) {
      HistoryReading read = HistoryReader.standard().read(input, patient,
          result.session().dateOfService(), s.bundleHistoryComplete);
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
    for (Finding f : service.findings()) {
      // the caller's state replaces the input's: what the input lacks there is no news
      if (s.state == null || f.code() != FindingCode.STATE_OF_SERVICE_NOT_FOUND) {
        findings.add(f);
      }
    }
    CoverageContext context = context(service).history(h).diagnoses(codes).build();
    CoverageAssessment a = s.checker != null ? s.checker.assess(result, context)
        : s.medicare.assess(result, context);
    findings.addAll(a.findings());
    return a;
  }

  /** The same, nothing known of the service beyond these options. */
  public CoverageAssessment assess(CodingResult result, IBaseResource input, Reference patient,
      List<Coding> diagnoses, List<Finding> findings) {
    return assess(result, input, patient, diagnoses, ServiceContext.NONE, findings);
  }

  /** The context's state, place, bill type and authorization: the caller's over the input's. */
  private CoverageContext.Builder context(ServiceContext service) {
    CoverageContext.Builder b = CoverageContext.builder().abn(s.abn)
        .priorAuthorizationExempt(s.exempt);
    if (s.state != null) {
      b.stateOfService(s.state, s.stateElement);
    } else {
      for (StateInput in : service.states()) {
        b.stateOfService(in.value(), in.element(), in.locality());
      }
    }
    b.placeOfService(s.placeOfService != null ? s.placeOfService : service.placeOfService());
    b.typeOfBill(s.typeOfBill != null ? s.typeOfBill : service.typeOfBill());
    b.priorAuthorizationUtn(s.utn != null ? s.utn : service.priorAuthorizationUtn());
    for (String code : service.sameDayCodes()) {
      b.sameDayCode(code);
    }
    return b;
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The policy, state, ABN and place of service as a coder reads them. */
  @Override
  public String toString() {
    return ImmutableList.of(s.checker != null ? s.checker.policy().name()
        : "Medicare policy by state and date", "state " + (s.state == null ? "from the input"
        : s.state), s.abn.label(), "place of service "
        + (s.placeOfService == null ? "from the input" : s.placeOfService)).toString();
  }
}
