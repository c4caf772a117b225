package org.facetclaims.core.coverage;

import java.util.Map;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * Which region a session keeps under "one spinal region per session" (the 2024 text): the region
 * with more units (primary, add-on and unlisted lines), and on a tie the cervical/thoracic one
 * (the first family in CPT order). The choice depends only on the units, never on the order of
 * the lines. One implementation for the coverage checks and the claims audit.
 */
public final class RegionChoice {
  private RegionChoice() {}

  /**
   * The region kept among the session's regions and their units.
   *
   * @throws IllegalArgumentException when there is no region
   */
  public static JointFamily kept(Map<JointFamily, Integer> unitsByRegion) {
    JointFamily keep = null;
    int most = -1;
    for (JointFamily f : JointFamily.values()) {
      Integer u = unitsByRegion.get(f);
      if (u != null && u > most) {
        keep = f;
        most = u;
      }
    }
    if (keep == null) {
      throw new IllegalArgumentException("A session with no region");
    }
    return keep;
  }

  /** The words of the rule, for messages. */
  public static String rule() {
    return "the region with more units is kept, the cervical/thoracic one on a tie";
  }
}
