package org.facetclaims.fhir.read;

import java.util.List;
import org.facetclaims.core.anatomy.Laterality;

/**
 * The texts of one {@code bodySite} or target BodyStructure, with the laterality its codes state
 * (an mCODE laterality qualifier, a post-coordinated SNOMED CT laterality, or the BodyStructure's
 * location qualifiers), if any.
 *
 * @param texts the texts, each read
 * @param qualifier the coded laterality, or null
 * @param qualifierPath where the coded laterality is, or null
 */
record SiteSource(List<ReadText> texts, Laterality qualifier, String qualifierPath) {

  /** A source of one text with no coded laterality (a code text or a note). */
  static SiteSource of(ReadText text) {
    return new SiteSource(List.of(text), null, null);
  }
}
