package org.facetclaims.fhir.session;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.payer.ClaimType;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.read.ReadProcedure;

/**
 * The coverage modifiers of a facility claim and its ABN occurrence code, from the physician's
 * claim's coverage decision (facility-claims spec R-HOPD-MOD-7, §2.1): when the physician's
 * profile asks for coverage modifiers, a facility line whose every joint and side the physician's
 * claim found non-covered gets the same GA or GZ; when a line of an institutional claim gets GA,
 * the claim carries occurrence code 32 with the date the beneficiary signed the ABN (a Part A
 * claim needs it, as CMS's claims-processing guidance is quoted), or, without the date, none and
 * warning FC-717. A line that mixes covered and non-covered joints gets neither (the coverage
 * layout puts non-covered levels on lines of their own, so this is rare). Immutable.
 *
 * @param modifiers per facility line, the coverage modifiers to append after its own
 * @param occurrenceDate the ABN date of occurrence code 32, or null when none is written
 */
public record FacilityAbn(List<List<Modifier>> modifiers, LocalDate occurrenceDate) {
  /** NUBC occurrence code 32: the date the beneficiary was notified of intent to bill (ABN). */
  public static final String ABN_OCCURRENCE_CODE = "32";

  public FacilityAbn {
    List<List<Modifier>> copy = new ArrayList<>(modifiers.size());
    for (List<Modifier> m : modifiers) {
      copy.add(ImmutableList.copyOf(m));
    }
    modifiers = List.copyOf(copy);
  }

  /**
   * The facility claim's coverage modifiers and ABN occurrence; null when the physician's
   * profile asks for no coverage modifiers, there is no assessment, or no line gets one.
   */
  static FacilityAbn of(CoverageAssessment assessment, PayerProfile professionalProfile,
      CodingResult professional, CodingResult facility, LocalDate abnDate, ReadProcedure first,
      List<Finding> findings) {
    if (assessment == null || !professionalProfile.coverageModifiers()) {
      return null;
    }
    // Each non-covered joint and side of the physician's claim, with the modifier it got.
    Map<String, Modifier> denied = new HashMap<>();
    List<ClaimLine> pl = professional.lines();
    for (int i = 0; i < pl.size(); i++) {
      List<Modifier> m = assessment.appendedModifiers(i);
      if (!m.isEmpty()) {
        for (String unit : units(pl.get(i))) {
          denied.put(unit, m.get(0));
        }
      }
    }
    if (denied.isEmpty()) {
      return null;
    }
    List<List<Modifier>> out = new ArrayList<>(facility.lines().size());
    boolean ga = false;
    boolean any = false;
    for (ClaimLine l : facility.lines()) {
      List<String> units = units(l);
      Modifier m = units.isEmpty() ? null : denied.get(units.get(0));
      for (String u : units) {
        if (denied.get(u) != m) {
          m = null;
        }
      }
      out.add(m == null ? List.of() : List.of(m));
      any |= m != null;
      ga |= m == Modifier.ABN_ON_FILE;
    }
    if (!any) {
      return null;
    }
    LocalDate occurrence = null;
    if (ga && facility.profile().claimType() == ClaimType.INSTITUTIONAL) {
      if (abnDate == null) {
        findings.add(Finding.of(FindingCode.ABN_DATE_MISSING, "The institutional claim has GA"
            + " lines (an ABN is on file) but no ABN date was given: occurrence code 32, which"
            + " needs the date the beneficiary signed the ABN, is not written.")
            .at(first.path()));
      } else {
        occurrence = abnDate;
      }
    }
    return new FacilityAbn(out, occurrence);
  }

  /** The line's joints with their sides, as "R L4-L5"; empty for an imaging line. */
  private static List<String> units(ClaimLine l) {
    List<String> out = new ArrayList<>(4);
    for (Laterality side : new Laterality[] {Laterality.RIGHT, Laterality.LEFT,
        Laterality.UNKNOWN}) {
      for (FacetJoint j : l.joints(side)) {
        out.add(side.name() + " " + j);
      }
    }
    return out;
  }
}
