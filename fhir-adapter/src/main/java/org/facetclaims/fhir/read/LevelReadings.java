package org.facetclaims.fhir.read;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;

/**
 * The joints that sites name, as the reader compares the texts of one Procedure: a joint names
 * itself, nerves name the joints they complete, and a list of single vertebral levels names the
 * joints of each of its two readings (coding-rules §3): as vertebrae, the joints between
 * adjacent listed levels; as the medial-branch nerves of those levels, the joints they complete
 * (none when a level names no facet nerve, as S1 or C2). Sides are not compared here.
 */
final class LevelReadings {
  private LevelReadings() {}

  /** The joints of a level list read as vertebrae. */
  static Set<FacetJoint> asVertebrae(List<Vertebra> levels) {
    Set<FacetJoint> out = EnumSet.noneOf(FacetJoint.class);
    for (int k = 1; k < levels.size(); k++) {
      Vertebra a = levels.get(k - 1);
      if (levels.get(k).ordinal() == a.ordinal() + 1) {
        out.add(FacetJoint.of(a));
      }
    }
    return out;
  }

  /** The joints of a level list read as medial-branch nerves; empty when a level has none. */
  static Set<FacetJoint> asNerves(List<Vertebra> levels) {
    Set<Nerve> nerves = EnumSet.noneOf(Nerve.class);
    for (Vertebra v : levels) {
      Nerve n = Nerve.atLevel(v).orElse(null);
      if (n == null) {
        return EnumSet.noneOf(FacetJoint.class);
      }
      nerves.add(n);
    }
    return completed(nerves);
  }

  /** The reportable joints all of whose nerves are in {@code nerves}. */
  static Set<FacetJoint> completed(Set<Nerve> nerves) {
    Set<FacetJoint> out = EnumSet.noneOf(FacetJoint.class);
    for (FacetJoint j : FacetJoint.reportable()) {
      if (!j.nerves().isEmpty() && nerves.containsAll(j.nerves())) {
        out.add(j);
      }
    }
    return out;
  }

  /** The joints that joint and nerve sites name (nerves: the joints they complete together). */
  static Set<FacetJoint> named(List<TreatedSite> sites) {
    Set<FacetJoint> joints = EnumSet.noneOf(FacetJoint.class);
    Set<Nerve> nerves = EnumSet.noneOf(Nerve.class);
    for (TreatedSite s : sites) {
      s.joint().ifPresent(joints::add);
      s.nerve().ifPresent(nerves::add);
    }
    if (!nerves.isEmpty()) {
      joints.addAll(completed(nerves));
    }
    return joints;
  }
}
