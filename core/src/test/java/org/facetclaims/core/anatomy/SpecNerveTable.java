package org.facetclaims.core.anatomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A literal copy of coding-rules §3 "Which nerves supply which joint", written out row by row for
 * tests, so that expected values never come from the main code's own table. Keys are joint
 * notations, values the {@link Nerve} enum names of the joint's nerves on one side.
 */
public final class SpecNerveTable {
  public static final Map<String, Set<String>> JOINT_NERVES;

  static {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    row(m, "C2-C3", "THIRD_OCCIPITAL");   // the TON alone counts as the joint
    row(m, "C3-C4", "C3", "C4");          // C3 = the deep C3 medial branch
    row(m, "C4-C5", "C4", "C5");
    row(m, "C5-C6", "C5", "C6");
    row(m, "C6-C7", "C6", "C7");
    row(m, "C7-T1", "C7", "C8");
    row(m, "T1-T2", "C8", "T1");
    row(m, "T2-T3", "T1", "T2");
    row(m, "T3-T4", "T2", "T3");
    row(m, "T4-T5", "T3", "T4");
    row(m, "T5-T6", "T4", "T5");
    row(m, "T6-T7", "T5", "T6");
    row(m, "T7-T8", "T6", "T7");
    row(m, "T8-T9", "T7", "T8");
    row(m, "T9-T10", "T8", "T9");
    row(m, "T10-T11", "T9", "T10");
    row(m, "T11-T12", "T10", "T11");
    row(m, "T12-L1", "T11", "T12");
    row(m, "L1-L2", "T12", "L1");
    row(m, "L2-L3", "L1", "L2");
    row(m, "L3-L4", "L2", "L3");
    row(m, "L4-L5", "L3", "L4");
    row(m, "L5-S1", "L4", "L5_DORSAL_RAMUS");
    JOINT_NERVES = Collections.unmodifiableMap(m);
  }

  private SpecNerveTable() {}

  private static void row(Map<String, Set<String>> m, String joint, String... nerves) {
    m.put(joint, Collections.unmodifiableSet(new LinkedHashSet<>(List.of(nerves))));
  }
}
