package org.facetclaims.fhir.session;

import java.util.List;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.read.ResourceIndex;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Reference;

/**
 * The Coverage of a session's Claim: the caller's, else the input's Coverage whose beneficiary is
 * the patient, else the input's only Coverage when it names no beneficiary.
 */
final class CoverageLookup {
  private CoverageLookup() {}

  static Reference find(ResourceIndex index, Reference patient, CodingOptions options) {
    if (options.coverage() != null) {
      return options.coverage();
    }
    List<ResourceIndex.Located> all = index.ofType("Coverage");
    for (ResourceIndex.Located l : all) {
      Coverage c = (Coverage) l.resource();
      if (patient != null && patient.hasReference() && c.hasBeneficiary()
          && patient.getReference().equals(c.getBeneficiary().getReference())) {
        return referenceTo(index, l);
      }
    }
    if (all.size() == 1 && !((Coverage) all.get(0).resource()).hasBeneficiary()) {
      return referenceTo(index, all.get(0));
    }
    return null;
  }

  /** The entry's fullUrl, else {@code Coverage/id}. */
  private static Reference referenceTo(ResourceIndex index, ResourceIndex.Located l) {
    String fullUrl = index.fullUrlOf(l);
    if (fullUrl != null) {
      return new Reference(fullUrl);
    }
    return new Reference(l.resource().fhirType() + "/" + l.resource().getIdElement().getIdPart());
  }
}
