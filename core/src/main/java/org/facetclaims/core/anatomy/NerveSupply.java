package org.facetclaims.core.anatomy;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * The nerve-to-joint table of coding-rules section 3, in both directions. One table, so that the
 * two directions can never disagree.
 */
final class NerveSupply {
  static final ImmutableSet<FacetJoint> REPORTABLE;
  private static final Map<FacetJoint, ImmutableSet<Nerve>> NERVES_OF_JOINT =
      new EnumMap<>(FacetJoint.class);
  private static final Map<Nerve, ImmutableSet<FacetJoint>> JOINTS_OF_NERVE =
      new EnumMap<>(Nerve.class);

  static {
    ImmutableSet.Builder<FacetJoint> reportable = ImmutableSet.builder();
    for (FacetJoint j : FacetJoint.values()) {
      if (j.isReportable()) {
        reportable.add(j);
      }
      NERVES_OF_JOINT.put(j, supplying(j));
    }
    REPORTABLE = reportable.build();
    for (Nerve n : Nerve.values()) {
      ImmutableSet.Builder<FacetJoint> joints = ImmutableSet.builder();
      for (FacetJoint j : REPORTABLE) {
        if (NERVES_OF_JOINT.get(j).contains(n)) {
          joints.add(j);
        }
      }
      JOINTS_OF_NERVE.put(n, joints.build());
    }
  }

  private NerveSupply() {}

  static ImmutableSet<Nerve> nervesOf(FacetJoint joint) {
    return NERVES_OF_JOINT.get(joint);
  }

  static ImmutableSet<FacetJoint> jointsOf(Nerve nerve) {
    return JOINTS_OF_NERVE.get(nerve);
  }

  /** The table itself, one rule per row of the spec. */
  private static ImmutableSet<Nerve> supplying(FacetJoint j) {
    Vertebra up = j.upper();
    switch (up.region()) {
      case OCCIPUT:
        return ImmutableSet.of();
      case CERVICAL:
        if (up == Vertebra.C1) {
          return ImmutableSet.of();
        }
        if (up == Vertebra.C2) {
          // C2-C3: the third occipital nerve alone counts as the joint.
          return ImmutableSet.of(Nerve.THIRD_OCCIPITAL);
        }
        if (up == Vertebra.C7) {
          return ImmutableSet.of(Nerve.C7, Nerve.C8);
        }
        // C(n)-C(n+1): medial branches C(n) and C(n+1).
        return ImmutableSet.of(Nerve.valueOf("C" + up.number()),
            Nerve.valueOf("C" + (up.number() + 1)));
      case THORACIC:
        if (up == Vertebra.T1) {
          return ImmutableSet.of(Nerve.C8, Nerve.T1);
        }
        // T(n)-T(n+1), including T12-L1: medial branches T(n-1) and T(n).
        return ImmutableSet.of(Nerve.valueOf("T" + (up.number() - 1)),
            Nerve.valueOf("T" + up.number()));
      case LUMBAR:
        if (up == Vertebra.L1) {
          return ImmutableSet.of(Nerve.T12, Nerve.L1);
        }
        if (up == Vertebra.L5) {
          // L5-S1: L4 medial branch and the L5 dorsal ramus.
          return ImmutableSet.of(Nerve.L4, Nerve.L5_DORSAL_RAMUS);
        }
        // L(n)-L(n+1): medial branches L(n-1) and L(n).
        return ImmutableSet.of(Nerve.valueOf("L" + (up.number() - 1)),
            Nerve.valueOf("L" + up.number()));
      default:
        return ImmutableSet.of();
    }
  }
}
