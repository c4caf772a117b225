package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;

/**
 * The region and role of a facet destruction code, read from the standard code-set editions
 * (64633-64636 and legacy 64622/64623, 64626/64627), so a claim line needs only its code.
 */
final class FacetCodes {
  private static final ImmutableMap<String, JointFamily> FAMILY;
  private static final ImmutableMap<String, LineKind> KIND;

  static {
    Map<String, JointFamily> family = new HashMap<>();
    Map<String, LineKind> kind = new HashMap<>();
    for (CodeSetEdition e : CodeSetEditions.standard().all()) {
      for (JointFamily f : JointFamily.values()) {
        family.put(e.primaryCode(f), f);
        family.put(e.addOnCode(f), f);
        kind.put(e.primaryCode(f), LineKind.PRIMARY);
        kind.put(e.addOnCode(f), LineKind.ADD_ON);
      }
      kind.put(e.unlistedCode(), LineKind.UNLISTED);
    }
    FAMILY = ImmutableMap.copyOf(family);
    KIND = ImmutableMap.copyOf(kind);
  }

  private FacetCodes() {}

  /** The family of a facet destruction code; empty for 64999 and other codes. */
  static Optional<JointFamily> family(String code) {
    return Optional.ofNullable(FAMILY.get(code));
  }

  /** PRIMARY, ADD_ON or UNLISTED for facet codes; IMAGING (not a facet line) for others. */
  static LineKind kind(String code) {
    return KIND.getOrDefault(code, LineKind.IMAGING);
  }
}
