package org.facetclaims.core.facility;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.coverage.CoverageChecker;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.PaymentSystem;

/**
 * The checks of a facility claim and of the two claims of one session together (findings
 * FC-701 to FC-707): the prior-authorization tracking number of a hospital outpatient claim, 64999
 * on a Medicare ASC claim, and whether the facility and professional claims describe the same
 * joints. Which codes need prior authorization and from when is the coverage policy's data
 * ({@link CoveragePolicy#needsPriorAuthorization}), the same the coverage checks use.
 * Immutable and thread-safe.
 */
public final class FacilityChecks {
  private static final FacilityChecks STANDARD =
      new FacilityChecks(CoverageChecker.standard().policy());

  private final CoveragePolicy policy;

  /** Checks with the prior-authorization data of {@code policy}. */
  public FacilityChecks(CoveragePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Checks with the standard coverage policy's prior-authorization data. */
  public static FacilityChecks standard() {
    return STANDARD;
  }

  /**
   * The findings of a facility claim: FC-701 when a Medicare hospital outpatient (OPPS) claim
   * has codes that need prior authorization on its date and neither a tracking number nor an
   * exemption was given; FC-702 for each 64999 line of a Medicare ASC claim.
   *
   * @param facility the session coded under the facility's profile
   * @param setting where the session was done
   * @param utn the unique tracking number, or null
   * @param exempt the hospital is exempt from prior authorization this cycle
   */
  public ImmutableList<Finding> facilityClaim(CodingResult facility, CareSetting setting,
      String utn, boolean exempt) {
    List<Finding> out = new ArrayList<>(1);
    PaymentSystem system = facility.profile().paymentSystem();
    LocalDate dos = facility.session().dateOfService();
    if (system == PaymentSystem.OPPS && setting.isHospitalOutpatient() && !exempt
        && (utn == null || utn.isBlank())) {
      List<String> pa = paLines(facility, dos);
      if (!pa.isEmpty()) {
        out.add(Finding.of(FindingCode.FACILITY_UTN_MISSING, "The hospital outpatient claim has "
            + String.join(", ", pa) + " on " + dos + ", which need prior authorization from "
            + policy.priorAuthorizationFrom().orElseThrow() + ", and no unique tracking number"
            + " (UTN) or exemption was given: the claim will deny without it."));
      }
    }
    if (system == PaymentSystem.ASC && facility.edition().isPresent()) {
      String unlisted = facility.edition().get().unlistedCode();
      for (ClaimLine l : facility.lines()) {
        if (l.code().equals(unlisted)) {
          out.add(Finding.of(FindingCode.FACILITY_ASC_EXCLUDED, l.notation() + " on the"
              + " ASC claim of profile " + facility.profile().name() + ": " + unlisted
              + " is excluded from ASC payment (Addendum EE)."));
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The findings of the physician's claim in a facility: FC-707 when a Medicare physician's claim
   * (MPFS) is for a hospital outpatient department on a date and with codes that need the
   * hospital's prior authorization.
   */
  public ImmutableList<Finding> professionalClaim(CodingResult professional,
      CareSetting setting) {
    if (setting == null || !setting.isHospitalOutpatient()
        || professional.profile().paymentSystem() != PaymentSystem.MPFS) {
      return ImmutableList.of();
    }
    LocalDate dos = professional.session().dateOfService();
    List<String> pa = paLines(professional, dos);
    if (pa.isEmpty()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(Finding.of(FindingCode.FACILITY_RELATED_PRIOR_AUTHORIZATION,
        String.join(", ", pa) + " at place of service " + setting.placeOfService() + " on "
            + dos + ": the hospital's claim carries the prior-authorization tracking number;"
            + " this claim is not paid if the hospital's fails prior authorization."));
  }

  /**
   * FC-703 when the two claims of one session cover a different number of joints (or nerves) in
   * a code family, or different 64999 or imaging units; otherwise FC-704 when their lines differ,
   * which is expected: a layout may even change which of a family's codes carries a unit (right
   * L3-L4 and left L4-L5 are 64635-RT, 64636-LT under modifier 50 but 64635-RT, 64635-LT as RT
   * and LT lines, each side with its own primary).
   */
  public ImmutableList<Finding> compare(CodingResult professional, CodingResult facility) {
    Map<String, Integer> p = unitsByFamily(professional);
    Map<String, Integer> f = unitsByFamily(facility);
    if (!p.equals(f)) {
      return ImmutableList.of(Finding.of(FindingCode.FACILITY_PROFESSIONAL_DISAGREE,
          "Units differ: physician's claim (" + professional.profile().name() + ") " + p
              + ", facility claim (" + facility.profile().name() + ") " + f + "."));
    }
    List<String> pl = notations(professional);
    List<String> fl = notations(facility);
    if (!pl.equals(fl)) {
      return ImmutableList.of(Finding.of(FindingCode.FACILITY_LAYOUT_DIFFERS,
          "The physician's claim (" + professional.profile().name() + ") has " + pl
              + ", the facility claim (" + facility.profile().name() + ") " + fl
              + ": the same joints, laid out as each payer asks."));
    }
    return ImmutableList.of();
  }

  private List<String> paLines(CodingResult r, LocalDate dos) {
    List<String> pa = new ArrayList<>();
    for (ClaimLine l : r.lines()) {
      if (policy.needsPriorAuthorization(l.code(), dos)) {
        pa.add(l.notation());
      }
    }
    return pa;
  }

  /**
   * Per code family, the units its destruction lines cover on every side (a bilateral level is
   * two); per code, a 64999 or imaging line's quantity: the same under every layout of one
   * coding.
   */
  private static Map<String, Integer> unitsByFamily(CodingResult r) {
    Map<String, Integer> m = new TreeMap<>();
    for (ClaimLine l : r.lines()) {
      if (l.kind() == LineKind.PRIMARY || l.kind() == LineKind.ADD_ON) {
        m.merge(l.family().map(f -> f.label()).orElse(l.code()), l.units().right().size()
            + l.units().left().size() + l.units().unsided().size(), Integer::sum);
      } else {
        m.merge(l.code(), l.quantity(), Integer::sum);
      }
    }
    return m;
  }

  private static List<String> notations(CodingResult r) {
    List<String> out = new ArrayList<>();
    for (ClaimLine l : r.lines()) {
      out.add(l.notation());
    }
    return out;
  }
}
