package org.facetclaims.core.codeset;

import java.util.Objects;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;

/**
 * Units of service per side: the joints (or, under the legacy edition, the nerves) treated on
 * the right, on the left, and without a documented side. A joint treated on both sides is in the
 * right and in the left set; units without a side never pair with sided ones (coding-rules §4).
 * Immutable; collect with {@link #builder(UnitOfService)}.
 *
 * <pre>{@code
 * SidedUnits units = SidedUnits.builder(UnitOfService.JOINT)
 *     .add(Laterality.BILATERAL, FacetJoint.L4_L5)
 *     .add(Laterality.RIGHT, FacetJoint.L5_S1)
 *     .build();
 * units.right();                          // L4-L5, L5-S1
 * units.side(Laterality.BILATERAL);       // L4-L5
 * }</pre>
 */
public final class SidedUnits {
  private static final UnitOfService[] UNITS = UnitOfService.values();
  /**
   * Shared instances of one unit on some sides, [unit][sides][unit ordinal], where bit 0 of sides
   * is the right, bit 1 the left and bit 2 no side; sides 0 is the empty set. A primary line
   * covers one unit, so its units are never allocated.
   */
  private static final SidedUnits[][][] ONE_UNIT = new SidedUnits[UNITS.length][8][];

  static {
    for (UnitOfService u : UNITS) {
      int count = u == UnitOfService.JOINT ? FacetJoint.values().length : Nerve.values().length;
      for (int sides = 0; sides < 8; sides++) {
        ONE_UNIT[u.ordinal()][sides] = new SidedUnits[count];
        for (int i = 0; i < count; i++) {
          int bit = sides == 0 ? 0 : 1 << i;
          ONE_UNIT[u.ordinal()][sides][i] = new SidedUnits(u, (sides & 1) != 0 ? bit : 0,
              (sides & 2) != 0 ? bit : 0, (sides & 4) != 0 ? bit : 0);
        }
      }
    }
  }

  // The sets themselves, so that reading a side allocates nothing.
  private final UnitSet right;
  private final UnitSet left;
  private final UnitSet unsided;

  private SidedUnits(UnitOfService unit, int right, int left, int unsided) {
    this(UnitSet.of(unit, right), UnitSet.of(unit, left), UnitSet.of(unit, unsided));
  }

  private SidedUnits(UnitSet right, UnitSet left, UnitSet unsided) {
    this.right = right;
    this.left = left;
    this.unsided = unsided;
  }

  private static SidedUnits of(UnitSet right, UnitSet left, UnitSet unsided, boolean check) {
    if (check && (right.unit() != left.unit() || left.unit() != unsided.unit())) {
      throw new IllegalArgumentException("The sides hold units of different kinds");
    }
    int r = right.bits();
    int l = left.bits();
    int u = unsided.bits();
    int any = r | l | u;
    if ((any & (any - 1)) == 0) { // none, or one unit on one or more sides
      int sides = (r != 0 ? 1 : 0) | (l != 0 ? 2 : 0) | (u != 0 ? 4 : 0);
      return ONE_UNIT[right.unit().ordinal()][sides]
          [any == 0 ? 0 : Integer.numberOfTrailingZeros(any)];
    }
    return new SidedUnits(right, left, unsided);
  }

  /** No units of the given kind on any side. */
  public static SidedUnits none(UnitOfService unit) {
    return ONE_UNIT[Objects.requireNonNull(unit, "unit").ordinal()][0][0];
  }

  /** These units on the right, on the left and without a side (all of one kind). */
  public static SidedUnits of(UnitSet right, UnitSet left, UnitSet unsided) {
    return of(right, left, unsided, true);
  }

  /** These units on the right only. */
  public static SidedUnits right(UnitSet units) {
    UnitSet none = UnitSet.none(units.unit());
    return of(units, none, none, false);
  }

  /** These units on the left only. */
  public static SidedUnits left(UnitSet units) {
    UnitSet none = UnitSet.none(units.unit());
    return of(none, units, none, false);
  }

  /** These units on both sides: bilateral levels. */
  public static SidedUnits bilateral(UnitSet units) {
    return of(units, units, UnitSet.none(units.unit()), false);
  }

  /** These units without a documented side. */
  public static SidedUnits unsided(UnitSet units) {
    UnitSet none = UnitSet.none(units.unit());
    return of(none, none, units, false);
  }

  /** A builder that collects units of {@code unit} side by side. */
  public static Builder builder(UnitOfService unit) {
    return new Builder(Objects.requireNonNull(unit, "unit"));
  }

  /** What each unit counts: a facet joint or a nerve. */
  public UnitOfService unit() {
    return right.unit();
  }

  /** The units on the right. */
  public UnitSet right() {
    return right;
  }

  /** The units on the left. */
  public UnitSet left() {
    return left;
  }

  /** The units without a documented side. */
  public UnitSet unsided() {
    return unsided;
  }

  /**
   * The units on one side: {@link Laterality#RIGHT}, {@link Laterality#LEFT}, {@link
   * Laterality#UNKNOWN} (no documented side), or {@link Laterality#BILATERAL} (on both sides).
   */
  public UnitSet side(Laterality side) {
    switch (side) {
      case RIGHT:
        return right;
      case LEFT:
        return left;
      case BILATERAL:
        return right.and(left);
      default:
        return unsided;
    }
  }

  /** Every unit whatever its side, a bilateral level once. */
  public UnitSet anySide() {
    return right.or(left).or(unsided);
  }

  /** True when no side holds a unit. */
  public boolean isEmpty() {
    return right.isEmpty() && left.isEmpty() && unsided.isEmpty();
  }

  /** True when a unit is on the right or the left (not counting units without a side). */
  public boolean hasSidedUnits() {
    return !(right.isEmpty() && left.isEmpty());
  }

  /** The number of units: a bilateral level counts two. */
  public int size() {
    return right.size() + left.size() + unsided.size();
  }

  /** The units of one code family on each side (see {@link UnitSet#inFamily}). */
  public SidedUnits inFamily(JointFamily family) {
    return same(right.inFamily(family), left.inFamily(family), unsided.inFamily(family));
  }

  /** The units of both, side by side. */
  public SidedUnits or(SidedUnits other) {
    return same(right.or(other.right), left.or(other.left), unsided.or(other.unsided));
  }

  /** These sides, reusing this instance when they are its own. */
  private SidedUnits same(UnitSet r, UnitSet l, UnitSet u) {
    return r == right && l == left && u == unsided ? this : of(r, l, u, false);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SidedUnits)) {
      return false;
    }
    SidedUnits s = (SidedUnits) o;
    return right.equals(s.right) && left.equals(s.left) && unsided.equals(s.unsided);
  }

  @Override
  public int hashCode() {
    return (right.hashCode() * 31 + left.hashCode()) * 31 + unsided.hashCode();
  }

  /** For example {@code "right: L4-L5, L5-S1; left: L4-L5"}; {@code "none"} when empty. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    String[] words = {"right", "left", "side not documented"};
    UnitSet[] sides = {right, left, unsided};
    for (int s = 0; s < 3; s++) {
      if (!sides[s].isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "; ").append(words[s]).append(": ").append(sides[s]);
      }
    }
    return sb.length() == 0 ? "none" : sb.toString();
  }

  /** Collects units side by side. Not thread-safe; the {@link SidedUnits} it builds is. */
  public static final class Builder {
    private final UnitOfService unit;
    private int right;
    private int left;
    private int unsided;

    private Builder(UnitOfService unit) {
      this.unit = unit;
    }

    /**
     * Adds a joint on {@code side} ({@link Laterality#BILATERAL}: on both sides).
     *
     * @throws IllegalArgumentException when the builder collects nerves
     */
    public Builder add(Laterality side, FacetJoint joint) {
      expect(UnitOfService.JOINT);
      return add(side, 1 << joint.ordinal());
    }

    /**
     * Adds a nerve on {@code side} ({@link Laterality#BILATERAL}: on both sides).
     *
     * @throws IllegalArgumentException when the builder collects joints
     */
    public Builder add(Laterality side, Nerve nerve) {
      expect(UnitOfService.NERVE);
      return add(side, 1 << nerve.ordinal());
    }

    /** True when the joint is already on {@code side} (bilateral: on both sides). */
    public boolean contains(Laterality side, FacetJoint joint) {
      return unit == UnitOfService.JOINT && contains(side, 1 << joint.ordinal());
    }

    /** True when the nerve is already on {@code side} (bilateral: on both sides). */
    public boolean contains(Laterality side, Nerve nerve) {
      return unit == UnitOfService.NERVE && contains(side, 1 << nerve.ordinal());
    }

    private Builder add(Laterality side, int bit) {
      switch (side) {
        case RIGHT:
          right |= bit;
          break;
        case LEFT:
          left |= bit;
          break;
        case BILATERAL:
          right |= bit;
          left |= bit;
          break;
        default:
          unsided |= bit;
      }
      return this;
    }

    private boolean contains(Laterality side, int bit) {
      switch (side) {
        case RIGHT:
          return (right & bit) != 0;
        case LEFT:
          return (left & bit) != 0;
        case BILATERAL:
          return (right & left & bit) != 0;
        default:
          return (unsided & bit) != 0;
      }
    }

    private void expect(UnitOfService kind) {
      if (unit != kind) {
        throw new IllegalArgumentException("This builder collects " + unit.label() + "s");
      }
    }

    public SidedUnits build() {
      UnitSet r = UnitSet.of(unit, right);
      // Bilateral levels only: both sides are one set.
      UnitSet l = left == right ? r : UnitSet.of(unit, left);
      return of(r, l, UnitSet.of(unit, unsided), false);
    }
  }
}
