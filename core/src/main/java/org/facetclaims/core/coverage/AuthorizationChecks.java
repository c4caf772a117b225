package org.facetclaims.core.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;

/**
 * The same-date checks that depend on where the session was done and what else was billed:
 * hospital outpatient prior authorization and same-day sedation or anesthesia (the 2024 text).
 */
abstract class AuthorizationChecks extends DiagnosisChecks {
  AuthorizationChecks(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    super(policy, beforePolicyTail, session, context);
  }

  // ---- prior authorization ----

  void checkPriorAuthorization() {
    LocalDate from = policy.priorAuthorizationFrom().orElse(null);
    if (from == null || dos.isBefore(from)) {
      return;
    }
    List<Integer> pa = new ArrayList<>();
    for (int i : allFacetLines()) {
      if (policy.needsPriorAuthorization(lines.get(i).code(), dos)) {
        pa.add(i);
      }
    }
    if (pa.isEmpty()) {
      return;
    }
    String pos = context.placeOfService().orElse(null);
    String bill = billType(context.typeOfBill().orElse(null));
    boolean hospitalBill = bill != null && policy.priorAuthorizationBillTypes().contains(bill);
    boolean hospitalPlace = pos != null && policy.priorAuthorizationPlaces().contains(pos);
    if (pos == null && bill == null) {
      add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_PLACE_UNKNOWN, "The place of service is"
          + " not known; if " + lineList(pa) + " on " + dos + (pa.size() == 1 ? " is" : " are")
          + " done in a hospital"
          + " outpatient department (place of service "
          + String.join(" or ", policy.priorAuthorizationPlaces()) + "), prior authorization"
          + " is required from " + from + "."), CoverageRule.PRIOR_AUTHORIZATION);
      return;
    }
    if (!hospitalBill && !hospitalPlace) {
      return;
    }
    String where = hospitalBill ? "type of bill " + context.typeOfBill().get()
        + " (hospital outpatient)" : "place of service " + pos + " (hospital outpatient)";
    if (context.priorAuthorizationExempt()) {
      add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_ON_FILE, notations(pa) + " on " + dos
          + " at " + where + " would need prior authorization, but the hospital is exempt"
          + " this cycle, as the caller says; no tracking number is needed."),
          CoverageRule.PRIOR_AUTHORIZATION);
    } else if (context.priorAuthorizationUtn().isPresent()) {
      add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_ON_FILE, notations(pa) + " on " + dos
          + " at " + where + " need prior authorization; the unique tracking number "
          + context.priorAuthorizationUtn().get() + " was given. It goes on the hospital's"
          + " claim only (837I REF*G1, UB-04 FL 63)."), CoverageRule.PRIOR_AUTHORIZATION);
    } else if (hospitalBill) {
      add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_REQUIRED, notations(pa) + " on " + dos
          + " at " + where + " need prior authorization as a condition of payment (required"
          + " from " + from + "), and no unique tracking number (UTN) or exemption was given:"
          + " the claim will deny without it.").onLines(pa), CoverageRule.PRIOR_AUTHORIZATION);
    } else {
      add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_REQUIRED, notations(pa) + " on " + dos
          + " at place of service " + pos + " (hospital outpatient) need prior authorization"
          + " as a condition of payment (required from " + from + ").").onLines(pa),
          CoverageRule.PRIOR_AUTHORIZATION);
    }
  }

  /** "0131", "131", "13X" give "13"; null or shorter than two digits gives null. */
  String billType(String tob) {
    if (tob == null) {
      return null;
    }
    String t = tob.strip();
    while (t.length() > 2 && t.charAt(0) == '0') {
      t = t.substring(1);
    }
    return t.length() >= 2 ? t.substring(0, 2) : null;
  }

  // ---- same-day sedation and anesthesia (2024) ----

  void checkSedation() {
    if (policy.sedationCodes().isEmpty()) {
      return;
    }
    Set<String> found = new TreeSet<>();
    for (String c : session.otherCodes()) {
      if (policy.sedationCodes().contains(c)) {
        found.add(c);
      }
    }
    for (String c : context.sameDayCodes()) {
      if (policy.sedationCodes().contains(c)) {
        found.add(c);
      }
    }
    if (!found.isEmpty()) {
      add(Finding.of(FindingCode.SEDATION_REVIEW, String.join(", ", found) + " on " + dos
          + " with " + lineList(allFacetLines()) + ": sedation or anesthesia is not routinely"
          + " necessary for facet procedures under " + policy.name() + "; expect review, and"
          + " make sure the record documents why it was needed."), CoverageRule.SEDATION);
    }
  }

}
