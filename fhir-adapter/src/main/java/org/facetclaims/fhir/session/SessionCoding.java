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
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.facility.FacilityChecks;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.ClaimType;
import org.facetclaims.core.payer.PayerProfile;
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
    List<ReadProcedure> ps = withinLimit(procedures, findings);
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
    CodingResult result = engine.code(session(ps, options, layout), options.profile());
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
      facility = facility(ps, options, svc, result, parties, findings);
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
      List<Finding> findings) {
    // The caller's setting and UTN first, then what the input says (Encounter or Location
    // place of service, a Claim's preAuthRef).
    CareSetting setting = options.setting() != null ? options.setting()
        : CareSetting.fromPlaceOfService(svc.placeOfService()).orElse(null);
    FacilityOptions fo = options.facility();
    if (fo.utn() == null && svc.priorAuthorizationUtn() != null) {
      fo = fo.withUtn(svc.priorAuthorizationUtn());
    }
    CodingResult facility = null;
    boolean facilityComplete = false;
    if (options.claims().facility()) {
      if (setting == null || !setting.hasFacilityClaim()) {
        findings.add(Finding.of(FindingCode.FACILITY_CLAIM_NOT_WRITTEN, "A facility claim was"
            + " asked for, but the setting is " + (setting == null ? "not known"
            : setting.label()) + ": no facility claim for the session of "
            + ps.get(0).date() + ".").at(ps.get(0).path()));
      } else {
        PayerProfile fp = fo.profile().orElseGet(() -> setting.medicareFacilityProfile()
            .orElseThrow());
        facility = engine.code(session(ps, options, CoverageLayout.NONE), fp);
        for (Finding f : facility.findings()) { // the same session: only what is new
          if (!sameFinding(professional.findings(), f)) {
            findings.add(f);
          }
        }
        findings.addAll(FACILITY_CHECKS.facilityClaim(facility, setting, fo.utn(),
            fo.priorAuthorizationExempt()));
        revenueDefaulted(facility, fo, findings);
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
      if (facility != null) {
        fac = payment(facility, setting, "facility claim", findings);
      }
    }
    return new FacilityPart(options.claims(), setting, facility, fo, facilityComplete, pro, fac);
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
      CoverageLayout layout) {
    CodingSession.Builder sb = CodingSession.on(ps.get(0).date()).coverageLayout(layout)
        .discontinued(options.discontinuation());
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
