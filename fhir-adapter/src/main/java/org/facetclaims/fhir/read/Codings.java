package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.codeset.Modifier;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** What the reader takes from codings: whether a code is there, CPT codes, code systems. */
public final class Codings {
  /** ICD-10-CM, the diagnoses a Claim carries. */
  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
  /** SNOMED CT. */
  public static final String SNOMED = "http://snomed.info/sct";

  private Codings() {}

  /**
   * True when the Coding has a code value that is not blank. Not {@code hasCode()}: that is also
   * true for a code with only extensions (a data-absent-reason, for example) and no value, which
   * is no code to bill or compare.
   */
  public static boolean hasCodeValue(Coding c) {
    String v = c.getCode();
    return v != null && !v.isBlank();
  }

  /** The CPT codes of a concept, stripped, in order. */
  static List<String> cptCodes(CodeableConcept code) {
    List<String> out = new ArrayList<>(1);
    for (Coding c : code.getCoding()) {
      if (hasCodeValue(c) && Modifier.CPT_SYSTEM.equals(c.getSystem())) {
        out.add(c.getCode().strip());
      }
    }
    return out;
  }
}
