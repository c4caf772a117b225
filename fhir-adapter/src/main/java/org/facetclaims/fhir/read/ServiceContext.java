package org.facetclaims.fhir.read;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.CoverageContext.StateInput;

/**
 * Where and how a session was furnished, as the input says it: the states of service (each with
 * the element it came from, so that a finding can name it), the CMS place-of-service code, the
 * type of bill of a hospital claim, the prior authorization unique tracking number (UTN), and the
 * findings of reading them (an address without a state, places that disagree). The coverage
 * checks choose the Medicare contractor from the states and judge hospital outpatient prior
 * authorization from the place, the type of bill and the UTN; the facility Claim reads the place
 * of service and the UTN from here too. {@link ServiceContextReader} reads it. Immutable.
 *
 * <p>Internal to the adapter (public for its packages), like the rest of this package.
 *
 * @param states the states of service as given, in input order (several may disagree: the
 *     coverage checks then report the conflict and choose none)
 * @param placeOfService the CMS place-of-service code ("11", "19", "22", "24"), or null
 * @param placeOfServiceElement the element it came from, or null
 * @param typeOfBill the NUBC type of bill as given ("0131", "131"), or null
 * @param typeOfBillElement the element it came from, or null
 * @param priorAuthorizationUtn the UTN ({@code Claim.insurance.preAuthRef}), or null
 * @param priorAuthorizationUtnElement the element it came from, or null
 * @param sameDayCodes CPT/HCPCS codes of the patient's other completed procedures on the
 *     date that the session does not code (a sedation or anesthesia record), in input order
 * @param findings what reading found (FC-634, FC-635), in order
 * @param visit the UB-04 visit codes of the session's Encounters (point of origin, visit type,
 *     discharge status); codes that differ are left to the claim's default, without a finding
 *     here (only an institutional claim needs them)
 */
public record ServiceContext(List<StateInput> states, String placeOfService,
    String placeOfServiceElement, String typeOfBill, String typeOfBillElement,
    String priorAuthorizationUtn, String priorAuthorizationUtnElement,
    List<String> sameDayCodes, List<Finding> findings, VisitCodes visit) {

  /** Nothing known. */
  public static final ServiceContext NONE = new ServiceContext(List.of(), null, null, null, null,
      null, null, List.of(), List.of());

  public ServiceContext {
    states = ImmutableList.copyOf(states);
    sameDayCodes = ImmutableList.copyOf(sameDayCodes);
    findings = ImmutableList.copyOf(findings);
    visit = visit == null ? VisitCodes.NONE : visit;
  }

  /** A context without visit codes. */
  public ServiceContext(List<StateInput> states, String placeOfService,
      String placeOfServiceElement, String typeOfBill, String typeOfBillElement,
      String priorAuthorizationUtn, String priorAuthorizationUtnElement,
      List<String> sameDayCodes, List<Finding> findings) {
    this(states, placeOfService, placeOfServiceElement, typeOfBill, typeOfBillElement,
        priorAuthorizationUtn, priorAuthorizationUtnElement, sameDayCodes, findings,
        VisitCodes.NONE);
  }

  /** Only the codes of the patient's other same-day procedures. */
  public static ServiceContext sameDay(List<String> codes) {
    return codes.isEmpty() ? NONE : new ServiceContext(List.of(), null, null, null, null, null,
        null, codes, List.of());
  }

  /** True when nothing is known and nothing was found. */
  public boolean isEmpty() {
    return states.isEmpty() && placeOfService == null && typeOfBill == null
        && priorAuthorizationUtn == null && sameDayCodes.isEmpty() && findings.isEmpty()
        && visit.isEmpty();
  }

  /**
   * This context and another of the same session together: the states of both (a repeated
   * element once), each other value where one of them has it; two different values of one kind
   * are neither used (FC-635 names both elements), never a guess.
   */
  public ServiceContext and(ServiceContext other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<StateInput> s = new ArrayList<>(states);
    for (StateInput in : other.states) {
      if (!s.contains(in)) {
        s.add(in);
      }
    }
    List<String> codes = new ArrayList<>(sameDayCodes);
    for (String c : other.sameDayCodes) {
      if (!codes.contains(c)) {
        codes.add(c);
      }
    }
    List<Finding> f = new ArrayList<>(findings);
    for (Finding o : other.findings) {
      if (!f.contains(o)) { // two Procedures at one Location: one finding about it
        f.add(o);
      }
    }
    String[] pos = pick("place of service", placeOfService, placeOfServiceElement,
        other.placeOfService, other.placeOfServiceElement, f);
    String[] tob = pick("type of bill", typeOfBill, typeOfBillElement, other.typeOfBill,
        other.typeOfBillElement, f);
    String[] utn = pick("prior authorization tracking number", priorAuthorizationUtn,
        priorAuthorizationUtnElement, other.priorAuthorizationUtn,
        other.priorAuthorizationUtnElement, f);
    return new ServiceContext(s, pos[0], pos[1], tob[0], tob[1], utn[0], utn[1], codes, f,
        visit.and(other.visit));
  }

  /** The one value of two, or none with a finding when they differ. */
  private static String[] pick(String what, String a, String aAt, String b, String bAt,
      List<Finding> findings) {
    if (a == null) {
      return new String[] {b, bAt};
    }
    if (b == null || a.equals(b)) {
      return new String[] {a, aAt};
    }
    if (!conflictReported(findings, aAt, bAt)) {
      findings.add(Finding.of(FindingCode.SERVICE_CONTEXT_CONFLICT, "The input gives different"
          + " values of the " + what + " for one session (" + aAt + ", " + bAt + "); neither"
          + " is used.").at(aAt + ", " + bAt));
    }
    return new String[] {null, null};
  }

  private static boolean conflictReported(List<Finding> findings, String aAt, String bAt) {
    for (Finding f : findings) {
      if (f.code() == FindingCode.SERVICE_CONTEXT_CONFLICT
          && f.element().filter(e -> e.equals(aAt + ", " + bAt)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
