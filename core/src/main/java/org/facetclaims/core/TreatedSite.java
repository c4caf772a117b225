package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.NeedleTarget;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;

/**
 * One documented treatment target with its side: a facet joint, a nerve, or a list of vertebral
 * levels (whose meaning is ambiguous; see coding-rules §3). Immutable.
 *
 * <pre>{@code
 * TreatedSite.joint(FacetJoint.parse("L4-L5"), Laterality.BILATERAL);
 * TreatedSite.nerve(Nerve.L5_DORSAL_RAMUS, Laterality.LEFT);
 * TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, Laterality.LEFT);   // the L5 dorsal ramus
 * TreatedSite.levels(Laterality.RIGHT, Vertebra.L4, Vertebra.L5, Vertebra.S1);
 * }</pre>
 */
public final class TreatedSite {
  /** What a site names. */
  public enum Kind {
    JOINT, NERVE, VERTEBRAL_LEVELS
  }

  private final Kind kind;
  private final Laterality laterality;
  private final FacetJoint joint;
  private final Nerve nerve;
  private final ImmutableList<Vertebra> levels;
  private final String element;

  private TreatedSite(Kind kind, Laterality laterality, FacetJoint joint, Nerve nerve,
      ImmutableList<Vertebra> levels, String element) {
    this.kind = kind;
    this.laterality = Objects.requireNonNull(laterality, "laterality");
    this.joint = joint;
    this.nerve = nerve;
    this.levels = levels;
    this.element = element;
  }

  /** A facet joint treated on the given side(s). */
  public static TreatedSite joint(FacetJoint joint, Laterality laterality) {
    return new TreatedSite(Kind.JOINT, laterality, Objects.requireNonNull(joint, "joint"), null,
        ImmutableList.of(), null);
  }

  /** A nerve treated on the given side(s). */
  public static TreatedSite nerve(Nerve nerve, Laterality laterality) {
    return new TreatedSite(Kind.NERVE, laterality, null, Objects.requireNonNull(nerve, "nerve"),
        ImmutableList.of(), null);
  }

  /** The nerve lesioned at a needle-target position. */
  public static TreatedSite needleTarget(NeedleTarget target, Laterality laterality) {
    return nerve(Objects.requireNonNull(target, "target").nerve(), laterality);
  }

  /**
   * A list of single vertebral levels ("at the L4, L5 and S1 levels"). Read as vertebrae (the
   * joints between adjacent listed levels) with a warning, and compared with the nerve reading.
   *
   * @throws IllegalArgumentException when no level is given
   */
  public static TreatedSite levels(Laterality laterality, Vertebra... levels) {
    if (levels.length == 0) {
      throw new IllegalArgumentException("A level list needs at least one level");
    }
    Vertebra[] sorted = levels.clone();
    for (Vertebra v : sorted) {
      Objects.requireNonNull(v, "level");
    }
    Arrays.sort(sorted);
    ImmutableList.Builder<Vertebra> b = ImmutableList.builder();
    Vertebra prev = null;
    for (Vertebra v : sorted) {
      if (v != prev) {
        b.add(v);
      }
      prev = v;
    }
    return new TreatedSite(Kind.VERTEBRAL_LEVELS, laterality, null, null, b.build(), null);
  }

  /** This site on the given side(s): the same joint, nerve or levels, and the same element. */
  public TreatedSite withLaterality(Laterality laterality) {
    return laterality == this.laterality ? this
        : new TreatedSite(kind, laterality, joint, nerve, levels, element);
  }

  /** This site, naming the input element it was read from (used in findings). */
  public TreatedSite at(String element) {
    return new TreatedSite(kind, laterality, joint, nerve, levels, element);
  }

  public Kind kind() {
    return kind;
  }

  public Laterality laterality() {
    return laterality;
  }

  /** The joint, for a joint site. */
  public Optional<FacetJoint> joint() {
    return Optional.ofNullable(joint);
  }

  /** The nerve, for a nerve site. */
  public Optional<Nerve> nerve() {
    return Optional.ofNullable(nerve);
  }

  /** The levels in spinal order without repeats, for a level list; empty otherwise. */
  public ImmutableList<Vertebra> levels() {
    return levels;
  }

  /** The input element the site was read from, if known. */
  public Optional<String> element() {
    return Optional.ofNullable(element);
  }

  FacetJoint jointOrNull() {
    return joint;
  }

  Nerve nerveOrNull() {
    return nerve;
  }

  String elementOrNull() {
    return element;
  }

  /** A coder's wording: "left L4-L5", "right L3 medial branch", "bilateral levels L4, L5, S1". */
  public String describe() {
    String side = laterality == Laterality.UNKNOWN ? "" : laterality.label() + " ";
    switch (kind) {
      case JOINT:
        return side + joint.notation();
      case NERVE:
        return side + nerve.label();
      default:
        StringBuilder sb = new StringBuilder(side).append("levels ");
        for (int i = 0; i < levels.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(levels.get(i));
        }
        return sb.toString();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TreatedSite)) {
      return false;
    }
    TreatedSite s = (TreatedSite) o;
    return kind == s.kind && laterality == s.laterality && joint == s.joint && nerve == s.nerve
        && levels.equals(s.levels) && Objects.equals(element, s.element);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, laterality, joint, nerve, levels, element);
  }

  @Override
  public String toString() {
    return describe();
  }
}
