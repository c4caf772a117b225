package org.facetclaims.fhir.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.CoverageLayout;
import org.facetclaims.core.Discontinuation;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.facility.FacilityChecks;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.ClaimType;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.PaymentSystem;
import org.facetclaims.core.payment.PaymentEstimate;
import org.facetclaims.core.payment.PaymentEstimator;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.FacilityOptions;
import org.facetclaims.fhir.read.ExistingClaimLines;
import org.facetclaims.fhir.history.CoverageOptions;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ServiceContext;
import org.facetclaims.fhir.read.ServiceContextReader;
import org.facetclaims.fhir.read.VisitCodes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Codes one session's procedures with the engine and runs the session's checks, up to the Claim:
 * the procedure limit, the engine, CPT codes the input carries that the coding did not give
 * (FC-509), the Medicare coverage checks, and the Claim's parties (FC-508). Thread-safe.
 */
public final class SessionCoding {
  private static final FacilityChecks FACILITY_CHECKS = FacilityChecks.standard();

  private final FacetCodingEngine engine;
  private final PaymentEstimator estimator;

  public SessionCoding(FacetCodingEngine engine) {
    this(engine, PaymentEstimator.standard());
  }

  /** Coding with expected payments from {@code estimator}'s fee tables. */
  public SessionCoding(FacetCodingEngine engine, PaymentEstimator estimator) {
    this.engine = engine;
    this.estimator = estimator;
  }

  /**
   * Codes a session; every finding is added to {@code findings}.
   *
   * @param key the session key
   * @param procedures the session's codable procedures, in input order
   * @param coverage the Claim's Coverage, or null
   * @param input the Procedure or Bundle the session came from, where the coverage checks read
   *     history; null when there is none (a bulk line)
   * @return the coded session, or null when it has no line (nothing billable: the findings say
   *     why)
   */
  public CodedSession code(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings, IBaseResource input) {
    return code(key, procedures, options, coverage, findings, input, ServiceContext.NONE);
  }

  /**
   * Codes a session whose service context (state, place of service, type of bill, UTN) the
   * input gave; the coverage checks choose the policy from it, and the policy's layout (levels
   * beyond the covered ones on lines of their own, a contractor's thoracolumbar rule) is the
   * engine's before it codes.
   */
  public CodedSession code(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings, IBaseResource input, ServiceContext service) {
    Stops stops = stops(withinLimit(procedures, findings), options, findings);
    List<ReadProcedure> ps = stops.procedures();
    ReadProcedure first = ps.get(0);
    CoverageOptions checks = options.coverageChecks();
    ServiceContext svc = ServiceContext.NONE;
    CoverageLayout layout = CoverageLayout.NONE;
    if (checks != null || options.claims() != ClaimSelection.PROFESSIONAL
        || options.expectedPayment()) { // the place of service chooses the physician's rate
      svc = service.and(ServiceContextReader.claim(options.existingClaim()));
    }
    if (checks != null) {
      layout = checks.layout(svc, first.date());
    }
    CodingResult result = engine.code(session(ps, options, layout, stops.discontinuation(),
        null), options.profile());
    findings.addAll(result.findings());
    compareHints(ps, result, findings);
    if (result.lines().isEmpty()) {
      return null;
    }
    CoverageAssessment covered = null;
    if (options.coverageChecks() != null) {
      List<Coding> dx = new ArrayList<>();
      for (ReadProcedure r : ps) {
        dx.addAll(r.diagnoses());
      }
      covered = checks.assess(result, input, first.patient(), dx, svc, findings);
    }
    SessionParties parties = SessionParties.of(ps, coverage);
    boolean complete = parties.check(first.path(), findings);
    FacilityPart facility = null;
    if (options.claims() != ClaimSelection.PROFESSIONAL || options.expectedPayment()) {
      facility = facility(ps, options, svc, result, parties, stops.discontinuation(),
          new Coverage(layout, covered), findings);
    }
    return new CodedSession(key, result, options.profile(), ps, parties, complete, covered,
        facility);
  }

  /**
   * The facility side of a session: the session coded again under the facility's profile (the
   * same engine, so the same joints), the facility checks, and the expected payments.
   */
  private FacilityPart facility(List<ReadProcedure> ps, CodingOptions options,
      ServiceContext svc, CodingResult professional, SessionParties parties,
      Discontinuation discontinued, Coverage coverage, List<Finding> findings) {
    // The caller's setting and UTN first, then what the input says (Encounter or Location
    // place of service, a Claim's preAuthRef).
    CareSetting setting = options.setting() != null ? options.setting()
        : CareSetting.fromPlaceOfService(svc.placeOfService()).orElse(null);
    FacilityOptions fo = options.facility();
    if (fo.utn() == null && svc.priorAuthorizationUtn() != null) {
      fo = fo.withUtn(svc.priorAuthorizationUtn());
    }
    CodingResult facility = null;
    VisitCodes visit = null;
    FacilityAbn abn = null;
    boolean facilityComplete = false;
    boolean departmentNotSaid = false; // at POS 19: PO or PN unknown, so is the payment
    if (options.claims().facility()) {
      if (setting == null || !setting.hasFacilityClaim()) {
        findings.add(Finding.of(FindingCode.FACILITY_CLAIM_NOT_WRITTEN, "A facility claim was"
            + " asked for, but the setting is " + (setting == null ? "not known"
            : setting.label()) + ": no facility claim for the session of "
            + ps.get(0).date() + ".").at(ps.get(0).path()));
      } else {
        PayerProfile fp = fo.profile().orElseGet(() -> setting.medicareFacilityProfile()
            .orElseThrow());
        OffCampusDepartment department = department(setting, fp, fo, ps.get(0), findings);
        departmentNotSaid = department == null
            && setting == CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS
            && fp.paymentSystem() == PaymentSystem.OPPS;
        facility = engine.code(session(ps, options, coverage.layout(), discontinued,
            department), fp);
        abn = FacilityAbn.of(coverage.assessment(), options.profile(), professional, facility,
            fo.abnDate(), ps.get(0), findings);
        for (Finding f : facility.findings()) { // the same session: only what is new
          if (!sameFinding(professional.findings(), f)) {
            findings.add(f);
          }
        }
        findings.addAll(FACILITY_CHECKS.facilityClaim(facility, setting, fo.utn(),
            fo.priorAuthorizationExempt()));
        revenueDefaulted(facility, fo, findings);
        visit = visitCodes(facility, svc, ps.get(0), findings);
        if (options.claims().professional()) {
          findings.addAll(FACILITY_CHECKS.compare(professional, facility));
        }
        facilityComplete = parties.patient() != null && parties.coverage() != null
            && fo.facility() != null;
        if (fo.facility() == null) {
          findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "The facility (billing"
              + " provider of the facility claim) was not supplied; the facility claim is a"
              + " draft.").at(ps.get(0).path()));
        }
      }
    }
    if (options.claims().professional()) {
      findings.addAll(FACILITY_CHECKS.professionalClaim(professional, setting));
    }
    PaymentEstimate pro = null;
    PaymentEstimate fac = null;
    if (options.expectedPayment()) {
      if (options.claims().professional()) {
        pro = payment(professional, setting, "physician's claim", findings);
      }
      if (facility != null && !departmentNotSaid && !nonExcepted(facility, findings)) {
        fac = payment(facility, setting, "facility claim", findings);
      }
    }
    return new FacilityPart(options.claims(), setting, facility, fo, facilityComplete, pro, fac,
        visit, abn);
  }

  /**
   * The off-campus department's status for a hospital outpatient (OPPS) claim at place of
   * service 19, as the facility's options say; not said: none, with FC-714 (Medicare requires
   * PO or PN on every line). Null on campus, in an ASC, or under another payment system.
   */
  private static OffCampusDepartment department(CareSetting setting, PayerProfile facility,
      FacilityOptions fo, ReadProcedure first, List<Finding> findings) {
    if (setting != CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS
        || facility.paymentSystem() != PaymentSystem.OPPS) {
      return null;
    }
    if (fo.offCampusDepartment() == null) {
      findings.add(Finding.of(FindingCode.OFF_CAMPUS_STATUS_UNKNOWN, "The hospital outpatient"
          + " claim is for an off-campus provider-based department (place of service 19), but"
          + " whether it is excepted (PO) or not (PN) was not given: neither is written, and"
          + " Medicare requires one on every line; the facility claim has no expected payment"
          + " (PN lines are paid at a reduced rate).").at(first.path()));
    }
    return fo.offCampusDepartment();
  }

  /**
   * True, with FC-715, when the facility claim's lines carry PN: their reduced payment is not
   * modelled, so the claim gets no estimate rather than a wrong one.
   */
  private static boolean nonExcepted(CodingResult facility, List<Finding> findings) {
    for (ClaimLine l : facility.lines()) {
      if (l.modifiers().contains(Modifier.OFF_CAMPUS_NON_EXCEPTED)) {
        findings.add(Finding.of(FindingCode.NON_EXCEPTED_PAYMENT_NOT_MODELLED, "The hospital"
            + " outpatient claim's lines carry PN (non-excepted off-campus department): Medicare"
            + " pays them at a reduced, physician-fee-schedule-equivalent rate that is not"
            + " modelled; no expected payment is given for the facility claim."));
        return true;
      }
    }
    return false;
  }

  /**
   * An institutional claim's visit codes: the Encounter's, each one not given or not mapped the
   * default with FC-716; null for a professional-format claim (no such fields on a CMS-1500).
   */
  private static VisitCodes visitCodes(CodingResult facility, ServiceContext svc,
      ReadProcedure first, List<Finding> findings) {
    if (facility.profile().claimType() != ClaimType.INSTITUTIONAL) {
      return null;
    }
    List<String> defaulted = new ArrayList<>(3);
    VisitCodes v = svc.visit().withDefaults(defaulted);
    if (!defaulted.isEmpty()) {
      findings.add(Finding.of(FindingCode.VISIT_CODE_DEFAULTED, "The institutional claim's "
          + String.join("; ", defaulted) + ": the default is written, an assumption.")
          .at(first.path() + ".encounter"));
    }
    return v;
  }

  /** FC-705 when an institutional claim's line has no configured revenue code. */
  private static void revenueDefaulted(CodingResult facility, FacilityOptions fo,
      List<Finding> findings) {
    if (facility.profile().claimType() != ClaimType.INSTITUTIONAL) {
      return;
    }
    Set<String> codes = new TreeSet<>();
    for (ClaimLine l : facility.lines()) {
      if (fo.revenueCode(l.code()).isEmpty()) {
        codes.add(l.code());
      }
    }
    if (!codes.isEmpty()) {
      findings.add(Finding.of(FindingCode.FACILITY_REVENUE_CODE_DEFAULTED, "No revenue code is"
          + " configured for " + String.join(", ", codes) + "; the facility claim's lines carry "
          + FacilityOptions.defaultRevenueCode(facility.profile()) + ", an assumption."));
    }
  }

  private PaymentEstimate payment(CodingResult r, CareSetting setting, String which,
      List<Finding> findings) {
    PaymentEstimate e = estimator.estimate(r, setting).orElse(null);
    if (e != null) {
      findings.add(Finding.of(FindingCode.EXPECTED_PAYMENT, "Expected payment of the " + which
          + " (" + r.profile().name() + "): " + e.summary() + "."));
      e.alternativeIfAny().ifPresent(a -> findings.add(Finding.of(
          FindingCode.OPPS_COMPLEXITY_ADJUSTMENT_UNVERIFIED, "The " + which + " is expected to"
              + " be paid " + (e.total() == null ? "an unpriced amount"
              : PaymentEstimate.money(e.total())) + ", or " + a.label() + " if "
              + a.condition() + ".")));
    } else {
      estimator.unavailable(r, setting).ifPresent(why -> findings.add(Finding.of(
          FindingCode.EXPECTED_PAYMENT_UNAVAILABLE, "No expected payment for the " + which
              + " (" + r.profile().name() + "): " + why + ".")));
    }
    return e;
  }

  private static boolean sameFinding(List<Finding> findings, Finding f) {
    for (Finding g : findings) {
      if (g.id().equals(f.id()) && g.message().equals(f.message())) {
        return true;
      }
    }
    return false;
  }

  /** The physician's claim's coverage: the policy's layout and the assessment (or null). */
  private record Coverage(CoverageLayout layout, CoverageAssessment assessment) {}

  /** A session's procedures to code and how it was discontinued. */
  private record Stops(List<ReadProcedure> procedures, Discontinuation discontinuation) {}

  /**
   * How the session was discontinued: the caller's value when given (FC-713 when the record's
   * stopped Procedures say otherwise or less); else, when every Procedure is stopped, what their
   * reasons say (FC-710; reasons that disagree or do not say: unstated); a stopped Procedure
   * beside completed ones is not coded (FC-712): the completed ones are the session.
   */
  private static Stops stops(List<ReadProcedure> ps, CodingOptions options,
      List<Finding> findings) {
    Discontinuation explicit = options.discontinuation();
    List<ReadProcedure> stopped = new ArrayList<>(0);
    Discontinuation recorded = null;
    for (ReadProcedure r : ps) {
      if (r.stop() != null) {
        stopped.add(r);
        recorded = recorded == null || recorded == r.stop().timing() ? r.stop().timing()
            : Discontinuation.UNSTATED;
      }
    }
    if (stopped.isEmpty()) {
      return new Stops(ps, explicit);
    }
    ReadProcedure first = stopped.get(0);
    if (explicit != Discontinuation.NONE) {
      if (recorded != explicit) {
        findings.add(Finding.of(FindingCode.DISCONTINUED_CALLER_OVERRIDES, "The caller says the"
            + " session was stopped " + explicit.describe() + "; " + first.label() + " says "
            + recorded.describe() + ": the caller's value is used.")
            .at(first.stop().element()));
      }
      return new Stops(ps, explicit);
    }
    if (stopped.size() < ps.size()) {
      List<ReadProcedure> completed = new ArrayList<>(ps.size() - stopped.size());
      for (ReadProcedure r : ps) {
        if (r.stop() == null) {
          completed.add(r);
        } else {
          findings.add(Finding.of(FindingCode.DISCONTINUED_PART_OF_SESSION, r.label()
              + " has status stopped in a session with completed procedures: it is not coded;"
              + " the completed ones are.").at(r.path() + ".status"));
        }
      }
      return new Stops(completed, Discontinuation.NONE);
    }
    for (ReadProcedure r : stopped) {
      boolean reason = r.stop().element().endsWith(".statusReason");
      findings.add(Finding.of(FindingCode.DISCONTINUED_FROM_RECORD, r.label() + " has status"
          + " stopped" + (!reason ? " and no statusReason"
              : r.stop().timing() == Discontinuation.UNSTATED
                  ? "; its statusReason does not say whether before or after anesthesia"
                  : "; its statusReason says " + r.stop().timing().describe())
          + ": the session is read as discontinued " + recorded.describe() + ".")
          .at(r.stop().element()));
    }
    return new Stops(ps, recorded);
  }

  /**
   * At most {@code CodingSession.MAX_PROCEDURES} core procedures (a Procedure split by lesion
   * temperature counts each part); the rest are a finding (FC-510).
   */
  private static List<ReadProcedure> withinLimit(List<ReadProcedure> ps, List<Finding> findings) {
    int parts = 0;
    for (int i = 0; i < ps.size(); i++) {
      parts += 1 + ps.get(i).otherParts().size();
      if (parts > CodingSession.MAX_PROCEDURES) {
        findings.add(Finding.of(FindingCode.INPUT_LIMIT, "More than "
            + CodingSession.MAX_PROCEDURES + " procedures in one session; the rest are not"
            + " coded.").at(ps.get(i).path()));
        return ps.subList(0, i);
      }
    }
    return ps;
  }

  /** The core session: the procedures, and the lines of the caller's Claim on that date. */
  private static CodingSession session(List<ReadProcedure> ps, CodingOptions options,
      CoverageLayout layout, Discontinuation discontinued, OffCampusDepartment department) {
    CodingSession.Builder sb = CodingSession.on(ps.get(0).date()).coverageLayout(layout)
        .discontinued(discontinued).offCampusDepartment(department);
    for (ReadProcedure r : ps) {
      sb.add(r.documented());
      for (DocumentedProcedure part : r.otherParts()) {
        sb.add(part);
      }
    }
    for (OtherClaimLine o : ExistingClaimLines.of(options.existingClaim(), ps.get(0).date())) {
      sb.otherLine(o);
    }
    return sb.build();
  }

  /** FC-509 for each CPT code a Procedure carries that is not among the coded lines. */
  private static void compareHints(List<ReadProcedure> ps, CodingResult result,
      List<Finding> findings) {
    for (ReadProcedure r : ps) {
      if (r.cptHints().isEmpty()) {   // the usual case: no set to build
        continue;
      }
      for (String hint : new LinkedHashSet<>(r.cptHints())) {
        boolean found = false;
        for (ClaimLine l : result.lines()) {
          if (l.code().equals(hint)) {
            found = true;
            break;
          }
        }
        if (!found) {
          // The code is the sender's text: quote a code's length of it, not more.
          String shown = hint.length() > 12 ? hint.substring(0, 12) + "..." : hint;
          findings.add(Finding.of(FindingCode.CPT_HINT_DIFFERS, r.label() + " carries CPT "
              + shown + ", which is not among the coded lines " + result.lines() + ".")
              .at(r.path() + ".code"));
        }
      }
    }
  }
}
