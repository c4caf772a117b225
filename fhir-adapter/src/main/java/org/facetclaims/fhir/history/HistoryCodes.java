package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.medicare.CodeCategory;
import org.facetclaims.core.medicare.CodeInfo;
import org.facetclaims.core.medicare.PolicyCatalog;

/**
 * What an earlier record's CPT code says it was, from the core's data only: facet RF codes (both
 * editions) from the code-set editions; facet injections and medial branch blocks (64490-64495)
 * and the ultrasound-guided injections (0213T-0218T) from the policy catalog's code table, which
 * holds the library's one list of them with their regions and sources.
 */
final class HistoryCodes {
  /** A known code: an RF session or a block, its region, and whether it is ultrasound-guided. */
  record Known(HistoryReader.Kind kind, JointFamily family, boolean ultrasound) {}

  private static final ImmutableMap<String, Known> BY_CODE;

  static {
    Map<String, Known> m = new HashMap<>();
    for (CodeSetEdition e : CodeSetEditions.standard().all()) {
      for (JointFamily f : JointFamily.values()) {
        Known rf = new Known(HistoryReader.Kind.RF, f, false);
        m.put(e.primaryCode(f), rf);
        m.put(e.addOnCode(f), rf);
      }
    }
    for (CodeInfo c : PolicyCatalog.bundled().codes()) {
      boolean ultrasound = c.category() == CodeCategory.ULTRASOUND_FACET_INJECTION;
      if ((ultrasound || c.category() == CodeCategory.FACET_INJECTION) && c.region() != null) {
        m.put(c.code(), new Known(HistoryReader.Kind.BLOCK, c.region(), ultrasound));
      }
    }
    BY_CODE = ImmutableMap.copyOf(m);
  }

  private HistoryCodes() {}

  /** What the code is; null when it is neither a facet RF nor a facet block code. */
  static Known of(String code) {
    return BY_CODE.get(code);
  }

  /** The first of {@code codes} that is known; null when none is. */
  static Known first(Set<String> codes) {
    for (String c : codes) {
      Known k = BY_CODE.get(c);
      if (k != null) {
        return k;
      }
    }
    return null;
  }

  /** The codes of one kind, {@code ultrasound} ones or not. */
  static ImmutableSet<String> codes(HistoryReader.Kind kind, boolean ultrasound) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    BY_CODE.forEach((code, k) -> {
      if (k.kind() == kind && k.ultrasound() == ultrasound) {
        b.add(code);
      }
    });
    return b.build();
  }
}
