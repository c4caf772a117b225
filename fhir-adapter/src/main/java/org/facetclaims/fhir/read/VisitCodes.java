package org.facetclaims.fhir.read;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;

/**
 * The UB-04 visit codes an institutional claim needs, as the session's Encounter gives them: the
 * point of origin (FL 15) from {@code hospitalization.admitSource}, the priority (type) of the
 * visit (FL 14) from {@code priority}, the patient discharge status (FL 17) from {@code
 * hospitalization.dischargeDisposition}. A NUBC coding in the element is taken as it is; a FHIR
 * code is mapped only where its meaning is the NUBC code's:
 *
 * <ul>
 *   <li>admit-source {@code gp}, {@code mp} (referral by a general or medical practitioner) →
 *       {@code 2} clinic or physician's office; {@code hosp-trans} → {@code 4} transfer from a
 *       hospital; {@code nursing} → {@code 5} transfer from a skilled nursing or intermediate
 *       care facility; the others ({@code emd}, {@code outp}, {@code psych}, {@code rehab},
 *       {@code born}, {@code other}) say where the patient was in this or another hospital in
 *       words NUBC splits otherwise, and are not mapped;
 *   <li>v3 ActPriority {@code EM} → {@code 1} emergency, {@code UR} → {@code 2} urgent, {@code
 *       EL} → {@code 3} elective; others not mapped;
 *   <li>discharge-disposition {@code home}, {@code alt-home} → {@code 01} home or self care;
 *       {@code snf} → {@code 03}; {@code aadvice} → {@code 07} left against medical advice;
 *       {@code exp} → {@code 20} expired; {@code rehab} → {@code 62} inpatient rehabilitation
 *       facility; {@code psy} → {@code 65} psychiatric hospital; {@code hosp} (hospice: at home
 *       50 or in a facility 51), {@code long} (a long-term care hospital 63 or a nursing
 *       facility 04/64), {@code other-hcf}, {@code oth} are not mapped.
 * </ul>
 *
 * What is not given, not mapped or given differently by two Encounters of one session is left to
 * the claim's default with a warning (FC-716), never guessed. Immutable.
 *
 * @param pointOfOrigin FL 15
 * @param admissionType FL 14
 * @param dischargeStatus FL 17
 */
public record VisitCodes(Code pointOfOrigin, Code admissionType, Code dischargeStatus) {
  /** The NUBC point-of-origin code system. */
  public static final String POINT_OF_ORIGIN = "https://www.nubc.org/CodeSystem/PointOfOrigin";
  /** The NUBC priority (type) of admission or visit code system. */
  public static final String ADMISSION_TYPE =
      "https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit";
  /** The NUBC patient discharge status code system. */
  public static final String DISCHARGE_STATUS =
      "https://www.nubc.org/CodeSystem/PatDischargeStatus";

  private static final String ADMIT_SOURCE =
      "http://terminology.hl7.org/CodeSystem/admit-source";
  private static final String ACT_PRIORITY =
      "http://terminology.hl7.org/CodeSystem/v3-ActPriority";
  private static final String DISPOSITION =
      "http://terminology.hl7.org/CodeSystem/discharge-disposition";
  private static final Map<String, String> ADMIT_SOURCES = Map.of("gp", "2", "mp", "2",
      "hosp-trans", "4", "nursing", "5");
  private static final Map<String, String> PRIORITIES = Map.of("EM", "1", "UR", "2", "EL", "3");
  private static final Map<String, String> DISPOSITIONS = Map.of("home", "01", "alt-home", "01",
      "snf", "03", "aadvice", "07", "exp", "20", "rehab", "62", "psy", "65");

  /** Nothing given. */
  public static final VisitCodes NONE = new VisitCodes(Code.NONE, Code.NONE, Code.NONE);

  /**
   * The codes written when the input gives none (facility-claims spec §2.1, [L]): point of
   * origin 1 (non-health-care point of origin), visit type 3 (elective), discharge status 01
   * (discharged to home or self care), each with warning FC-716.
   */
  public static final VisitCodes DEFAULTS = new VisitCodes(new Code("1", null, null),
      new Code("3", null, null), new Code("01", null, null));

  /**
   * One code as read.
   *
   * @param code the NUBC code, or null
   * @param element the element it came from (or the elements that disagree), or null
   * @param unmapped what was given but not mapped (for example {@code admit-source emd}, or
   *     "different values"), or null
   */
  public record Code(String code, String element, String unmapped) {
    /** Nothing given. */
    public static final Code NONE = new Code(null, null, null);

    /** True when the input said nothing. */
    public boolean absent() {
      return code == null && unmapped == null;
    }

    /** This code and another's of the same session: one value, or none when they differ. */
    Code and(Code other) {
      if (absent()) {
        return other;
      }
      if (other.absent() || (code != null && code.equals(other.code))) {
        return this;
      }
      return new Code(null, element + ", " + other.element, "different values");
    }
  }

  /**
   * These codes with the default for each one not given (or not mapped), and the names of
   * those defaulted with why, for the finding; empty when none was.
   */
  public VisitCodes withDefaults(java.util.List<String> defaulted) {
    return new VisitCodes(fill(pointOfOrigin, DEFAULTS.pointOfOrigin, "point of origin (FL 15)",
        defaulted), fill(admissionType, DEFAULTS.admissionType, "visit type (FL 14)", defaulted),
        fill(dischargeStatus, DEFAULTS.dischargeStatus, "discharge status (FL 17)", defaulted));
  }

  private static Code fill(Code c, Code d, String name, java.util.List<String> defaulted) {
    if (c.code() != null) {
      return c;
    }
    defaulted.add(name + " " + d.code() + (c.absent() ? " (not given)"
        : " (" + c.element() + ": " + c.unmapped() + (c.unmapped().equals("different values")
            ? ")" : ", not mapped)")));
    return d;
  }

  /** True when the input said nothing of any. */
  public boolean isEmpty() {
    return pointOfOrigin.absent() && admissionType.absent() && dischargeStatus.absent();
  }

  /** These codes and another Encounter's of the same session. */
  public VisitCodes and(VisitCodes other) {
    if (other.isEmpty()) {
      return this;
    }
    return new VisitCodes(pointOfOrigin.and(other.pointOfOrigin),
        admissionType.and(other.admissionType), dischargeStatus.and(other.dischargeStatus));
  }

  /** The codes of an Encounter labelled {@code at} ({@code Encounter/id} or its element). */
  public static VisitCodes of(Encounter e, String at) {
    Code origin = Code.NONE;
    Code discharge = Code.NONE;
    if (e.hasHospitalization()) {
      Encounter.EncounterHospitalizationComponent h = e.getHospitalization();
      if (h.hasAdmitSource()) {
        origin = code(h.getAdmitSource(), POINT_OF_ORIGIN, ADMIT_SOURCE, ADMIT_SOURCES,
            "[0-9A-Z]", at + ".hospitalization.admitSource");
      }
      if (h.hasDischargeDisposition()) {
        discharge = code(h.getDischargeDisposition(), DISCHARGE_STATUS, DISPOSITION,
            DISPOSITIONS, "[0-9]{2}", at + ".hospitalization.dischargeDisposition");
      }
    }
    Code priority = e.hasPriority() ? code(e.getPriority(), ADMISSION_TYPE, ACT_PRIORITY,
        PRIORITIES, "[1-59]", at + ".priority") : Code.NONE;
    return new VisitCodes(origin, priority, discharge);
  }

  /** A NUBC coding as it is, else a mapped FHIR code, else what was given, unmapped. */
  private static Code code(CodeableConcept c, String nubc, String fhir, Map<String, String> map,
      String nubcShape, String element) {
    for (Coding cd : c.getCoding()) {
      String v = cd.getCode() == null ? null : cd.getCode().strip();
      if (nubc.equals(cd.getSystem()) && v != null && v.matches(nubcShape)) {
        return new Code(v, element, null);
      }
    }
    for (Coding cd : c.getCoding()) {
      String v = cd.getCode() == null ? null : cd.getCode().strip();
      if (fhir.equals(cd.getSystem()) && v != null && map.containsKey(v)) {
        return new Code(map.get(v), element, null);
      }
    }
    for (Coding cd : c.getCoding()) {
      String v = cd.getCode();
      if (v != null && !v.isBlank()) {
        String shown = v.strip().length() > 20 ? v.strip().substring(0, 20) + "..." : v.strip();
        String system = cd.getSystem() == null ? "" : cd.getSystem()
            .substring(cd.getSystem().lastIndexOf('/') + 1) + " ";
        return new Code(null, element, system + shown);
      }
    }
    return c.hasText() ? new Code(null, element, "text only") : Code.NONE;
  }
}
