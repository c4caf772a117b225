package org.facetclaims.core.codeset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Nerve;

/**
 * A set of units of service on one side: facet joints (current edition) or nerves (legacy
 * edition), in spinal order, the most cranial first. Immutable; the set algebra ({@link #and},
 * {@link #minus}, {@link #first}) is what a billing convention needs to pair sides and pick a
 * primary.
 *
 * <pre>{@code
 * UnitSet right = UnitSet.ofJoints(FacetJoint.L4_L5, FacetJoint.L5_S1);
 * UnitSet left = UnitSet.ofJoints(FacetJoint.L4_L5);
 * right.and(left);          // [L4-L5]: the bilateral level
 * right.minus(left);        // [L5-S1]: right only
 * UnitSet.ofNerves(Nerve.L3, Nerve.L4, Nerve.L5_DORSAL_RAMUS).completedJoints();  // [L4-L5, L5-S1]
 * }</pre>
 */
public final class UnitSet {
  private static final FacetJoint[] JOINTS = FacetJoint.values();
  private static final Nerve[] NERVES = Nerve.values();
  private static final UnitOfService[] UNITS = UnitOfService.values();
  /** Per joint: its nerves as a nerve bit set (none for C0-C1 and C1-C2). */
  private static final int[] JOINT_NERVES = new int[JOINTS.length];
  /** Per unit of service and family: the units of that family (nerves by their legacy family). */
  private static final int[][] FAMILY_BITS = new int[UNITS.length][JointFamily.values().length];
  /** Per unit of service: the empty set, then each single-unit set by ordinal. */
  private static final UnitSet[] EMPTY = new UnitSet[UNITS.length];
  private static final UnitSet[][] SINGLE = new UnitSet[UNITS.length][];

  static {
    for (FacetJoint j : JOINTS) {
      for (Nerve n : j.nerves()) {
        JOINT_NERVES[j.ordinal()] |= 1 << n.ordinal();
      }
      if (j.family().isPresent()) {
        FAMILY_BITS[UnitOfService.JOINT.ordinal()][j.family().get().ordinal()] |= 1 << j.ordinal();
      }
    }
    for (Nerve n : NERVES) {
      FAMILY_BITS[UnitOfService.NERVE.ordinal()][n.legacyFamily().ordinal()] |= 1 << n.ordinal();
    }
    for (UnitOfService u : UNITS) {
      EMPTY[u.ordinal()] = new UnitSet(u, 0);
      int count = u == UnitOfService.JOINT ? JOINTS.length : NERVES.length;
      SINGLE[u.ordinal()] = new UnitSet[count];
      for (int i = 0; i < count; i++) {
        SINGLE[u.ordinal()][i] = new UnitSet(u, 1 << i);
      }
    }
  }

  private final UnitOfService unit;
  /** Bit i: {@code FacetJoint.values()[i]} or {@code Nerve.values()[i]}, by {@link #unit}. */
  private final int bits;

  private UnitSet(UnitOfService unit, int bits) {
    this.unit = unit;
    this.bits = bits;
  }

  /** The set of {@code unit} with these bits; shared instances for none and one unit. */
  static UnitSet of(UnitOfService unit, int bits) {
    if (bits == 0) {
      return EMPTY[unit.ordinal()];
    }
    if ((bits & (bits - 1)) == 0) {
      return SINGLE[unit.ordinal()][Integer.numberOfTrailingZeros(bits)];
    }
    return new UnitSet(unit, bits);
  }

  /** No units of the given kind. */
  public static UnitSet none(UnitOfService unit) {
    return EMPTY[Objects.requireNonNull(unit, "unit").ordinal()];
  }

  /** These facet joints as units (current edition). */
  public static UnitSet ofJoints(FacetJoint... joints) {
    return ofJoints(Arrays.asList(joints));
  }

  /** These facet joints as units (current edition). */
  public static UnitSet ofJoints(Iterable<FacetJoint> joints) {
    int b = 0;
    for (FacetJoint j : joints) {
      b |= 1 << j.ordinal();
    }
    return of(UnitOfService.JOINT, b);
  }

  /** These nerves as units (legacy edition). */
  public static UnitSet ofNerves(Nerve... nerves) {
    int b = 0;
    for (Nerve n : nerves) {
      b |= 1 << n.ordinal();
    }
    return of(UnitOfService.NERVE, b);
  }

  /** What each unit of the set counts: a facet joint or a nerve. */
  public UnitOfService unit() {
    return unit;
  }

  public boolean isEmpty() {
    return bits == 0;
  }

  /** The number of units. */
  public int size() {
    return Integer.bitCount(bits);
  }

  /** True when the joint is in this set of joints (false for a set of nerves). */
  public boolean contains(FacetJoint joint) {
    return unit == UnitOfService.JOINT && (bits & (1 << joint.ordinal())) != 0;
  }

  /** True when the nerve is in this set of nerves (false for a set of joints). */
  public boolean contains(Nerve nerve) {
    return unit == UnitOfService.NERVE && (bits & (1 << nerve.ordinal())) != 0;
  }

  /** True when every unit of {@code other} is in this set. */
  public boolean containsAll(UnitSet other) {
    check(other);
    return (bits & other.bits) == other.bits;
  }

  /** The most cranial unit alone, or the empty set. */
  public UnitSet first() {
    return of(unit, Integer.lowestOneBit(bits));
  }

  /** The units in both sets (for two sides: the bilateral levels). */
  public UnitSet and(UnitSet other) {
    check(other);
    return same(bits & other.bits, other);
  }

  /** The units in either set. */
  public UnitSet or(UnitSet other) {
    check(other);
    return same(bits | other.bits, other);
  }

  /** The units of this set that are not in {@code other}. */
  public UnitSet minus(UnitSet other) {
    check(other);
    return same(bits & ~other.bits, other);
  }

  /** The set of {@code result}, reusing this set or {@code other} when it is one of them. */
  private UnitSet same(int result, UnitSet other) {
    return result == bits ? this : result == other.bits ? other : of(unit, result);
  }

  /**
   * The units reported in a code family: joints by their CPT family (never C0-C1 or C1-C2),
   * nerves by the family of their own level ({@link Nerve#legacyFamily()}).
   */
  public UnitSet inFamily(JointFamily family) {
    int in = bits & familyBits(unit, family);
    return in == bits ? this : of(unit, in);
  }

  /** The joints of this set in spinal order; empty for a set of nerves. */
  public ImmutableSet<FacetJoint> joints() {
    if (unit != UnitOfService.JOINT || bits == 0) {
      return ImmutableSet.of();
    }
    // An enum set iterates in ordinal (spinal) order and needs no hashing.
    if ((bits & (bits - 1)) == 0) {
      return ImmutableSet.of(JOINTS[Integer.numberOfTrailingZeros(bits)]);
    }
    EnumSet<FacetJoint> s = EnumSet.noneOf(FacetJoint.class);
    for (int m = bits; m != 0; m &= m - 1) { // each set bit, lowest first
      s.add(JOINTS[Integer.numberOfTrailingZeros(m)]);
    }
    return Sets.immutableEnumSet(s);
  }

  /** The nerves of this set in spinal order; empty for a set of joints. */
  public ImmutableSet<Nerve> nerves() {
    if (unit != UnitOfService.NERVE || bits == 0) {
      return ImmutableSet.of();
    }
    EnumSet<Nerve> s = EnumSet.noneOf(Nerve.class);
    for (int m = bits; m != 0; m &= m - 1) {
      s.add(NERVES[Integer.numberOfTrailingZeros(m)]);
    }
    return Sets.immutableEnumSet(s);
  }

  /**
   * For a set of joints: the nerves that supply them, a nerve shared by two joints once (legacy
   * units, coding-rules §3). A set of nerves is returned as it is.
   */
  public UnitSet supplyingNerves() {
    if (unit == UnitOfService.NERVE) {
      return this;
    }
    // Set bits only: scanning all bits per side for every session gave a bulk run enough loop
    // back-edges for the JIT to compile the enclosing methods a second time, on-stack.
    int nerves = 0;
    for (int m = bits; m != 0; m &= m - 1) {
      nerves |= JOINT_NERVES[Integer.numberOfTrailingZeros(m)];
    }
    return of(UnitOfService.NERVE, nerves);
  }

  /**
   * For a set of nerves: the joints all of whose nerves are in the set ("a joint counts when all
   * of its nerves on that side are documented", coding-rules §3). A set of joints is returned as
   * it is.
   */
  public UnitSet completedJoints() {
    if (unit == UnitOfService.JOINT) {
      return this;
    }
    int joints = 0;
    if (bits != 0) {
      for (int k = 0; k < JOINTS.length; k++) {
        int need = JOINT_NERVES[k];
        if (need != 0 && (bits & need) == need) {
          joints |= 1 << k;
        }
      }
    }
    return of(UnitOfService.JOINT, joints);
  }

  /** Each unit as a coder names it, in spinal order: "L4-L5", or "L3 medial branch". */
  public ImmutableList<String> labels() {
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(size());
    addLabels(b, "");
    return b.build();
  }

  /** Adds {@code prefix} and the label of each unit, in spinal order. */
  void addLabels(ImmutableList.Builder<String> out, String prefix) {
    for (int m = bits; m != 0; m &= m - 1) {
      out.add(prefix + label(Integer.numberOfTrailingZeros(m)));
    }
  }

  private String label(int ordinal) {
    return unit == UnitOfService.JOINT ? JOINTS[ordinal].notation() : NERVES[ordinal].label();
  }

  /** The units of {@code unit} in {@code family}, as bits. */
  static int familyBits(UnitOfService unit, JointFamily family) {
    return FAMILY_BITS[unit.ordinal()][family.ordinal()];
  }

  int bits() {
    return bits;
  }

  private void check(UnitSet other) {
    if (other.unit != unit) {
      throw new IllegalArgumentException("A set of " + unit.label() + "s cannot be combined with a"
          + " set of " + other.unit.label() + "s");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitSet && ((UnitSet) o).unit == unit && ((UnitSet) o).bits == bits;
  }

  @Override
  public int hashCode() {
    return 31 * unit.ordinal() + bits;
  }

  /** The labels, comma-separated: {@code "L4-L5, L5-S1"}. */
  @Override
  public String toString() {
    return String.join(", ", labels());
  }
}
