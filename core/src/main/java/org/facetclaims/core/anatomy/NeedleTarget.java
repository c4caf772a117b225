package org.facetclaims.core.anatomy;

import java.util.Optional;

/**
 * Where the needle was placed, in the lumbar spine, and which nerve that position lesions.
 *
 * <p>The L(n) medial branch crosses the junction of the superior articular process and the
 * transverse process of L(n+1); the L5 dorsal ramus is lesioned at the sacral ala. So "needles at
 * the L4 and L5 transverse processes and the sacral ala" means the L3 and L4 medial branches and
 * the L5 dorsal ramus. A list introduced by a needle-target phrase is read as targets, never as a
 * list of vertebral levels.
 */
public enum NeedleTarget {
  L1_TRANSVERSE_PROCESS(Nerve.T12),
  L2_TRANSVERSE_PROCESS(Nerve.L1),
  L3_TRANSVERSE_PROCESS(Nerve.L2),
  L4_TRANSVERSE_PROCESS(Nerve.L3),
  L5_TRANSVERSE_PROCESS(Nerve.L4),
  SACRAL_ALA(Nerve.L5_DORSAL_RAMUS);

  private final Nerve nerve;

  NeedleTarget(Nerve nerve) {
    this.nerve = nerve;
  }

  /** The nerve lesioned at this position. */
  public Nerve nerve() {
    return nerve;
  }

  /**
   * The target at the transverse process of a lumbar vertebra; empty for other levels, whose
   * needle positions this library does not translate (the adapter reports them as unplaced).
   */
  public static Optional<NeedleTarget> transverseProcessOf(Vertebra vertebra) {
    if (vertebra.region() != SpinalRegion.LUMBAR) {
      return Optional.empty();
    }
    return Optional.of(values()[vertebra.number() - 1]);
  }
}
