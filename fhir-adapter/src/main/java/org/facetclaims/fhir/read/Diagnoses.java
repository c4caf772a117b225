package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/** A Procedure's ICD-10-CM diagnoses: its reasonCode, then the Conditions of reasonReference. */
final class Diagnoses {
  private Diagnoses() {}

  static List<Coding> of(Procedure p, ResourceIndex index, String path, List<Finding> findings) {
    List<Coding> out = new ArrayList<>(2);
    for (CodeableConcept c : p.getReasonCode()) {
      addIcd10(c, out);
    }
    for (int i = 0; i < p.getReasonReference().size(); i++) {
      Resource r = index.resolve(p.getReasonReference().get(i), p);
      if (r instanceof Condition) {
        addIcd10(((Condition) r).getCode(), out);
      } else if (r == null) {
        findings.add(Finding.of(FindingCode.REFERENCE_UNRESOLVED, "reasonReference does not"
            + " resolve to a Condition in the input.").at(path + ".reasonReference[" + i + "]"));
      }
    }
    return out;
  }

  private static void addIcd10(CodeableConcept c, List<Coding> out) {
    for (Coding cd : c.getCoding()) {
      if (Codings.ICD10CM.equals(cd.getSystem()) && Codings.hasCodeValue(cd)) {
        out.add(cd);
      }
    }
  }
}
