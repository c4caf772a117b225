package org.facetclaims.fhir.read;

import com.google.common.collect.ImmutableSet;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;

/**
 * The CPT codes that name facet joint nerve destruction, from the engine's code-set editions
 * (the primary and add-on code of each family of each edition: 64633-64636 and 64622/64623/
 * 64626/64627 in the standard editions), so that an edition added to the engine is recognised
 * on a Procedure too, and the adapter keeps no list of its own.
 */
final class FacetCodes {
  private FacetCodes() {}

  static ImmutableSet<String> of(CodeSetEditions editions) {
    ImmutableSet.Builder<String> codes = ImmutableSet.builder();
    for (CodeSetEdition e : editions.all()) {
      for (JointFamily f : JointFamily.values()) {
        codes.add(e.primaryCode(f), e.addOnCode(f));
      }
    }
    return codes.build();
  }
}
