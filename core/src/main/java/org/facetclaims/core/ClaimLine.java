package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.codeset.Modifier;

/**
 * One CPT claim line: code, modifiers, quantity and date of service, with its plain description
 * and its {@link Rationale}. A 64999 line also carries its {@link #comparator() comparator}: the
 * lines a thermal procedure under fluoroscopy would have had, for pricing (information, not
 * billed). Immutable.
 */
public final class ClaimLine {
  private static final FacetJoint[] JOINTS = FacetJoint.values();
  private static final Nerve[] NERVES = Nerve.values();

  private final String code;
  private final LineKind kind;
  private final JointFamily family;
  private final ImmutableList<Modifier> modifiers;
  private final int quantity;
  private final LocalDate dateOfService;
  private final String description;
  private final ImmutableList<ClaimLine> comparator;
  // What the line covers, as bit sets over FacetJoint or Nerve ordinals: right, left, no side.
  private final int right;
  private final int left;
  private final int unsided;
  private final boolean nerveUnits;
  private final ImmutableList<String> rules;
  private final long procedures;
  private volatile Rationale rationale;

  ClaimLine(String code, LineKind kind, JointFamily family, ImmutableList<Modifier> modifiers,
      int quantity, LocalDate dateOfService, String description, ImmutableList<ClaimLine> comparator,
      int right, int left, int unsided, boolean nerveUnits, ImmutableList<String> rules,
      long procedures) {
    this.code = code;
    this.kind = kind;
    this.family = family;
    this.modifiers = modifiers;
    this.quantity = quantity;
    this.dateOfService = dateOfService;
    this.description = description;
    this.comparator = comparator;
    this.right = right;
    this.left = left;
    this.unsided = unsided;
    this.nerveUnits = nerveUnits;
    this.rules = rules;
    this.procedures = procedures;
  }

  /** The CPT code, for example {@code "64635"}. */
  public String code() {
    return code;
  }

  /** The CPT code system URI. */
  public String codeSystem() {
    return Modifier.CPT_SYSTEM;
  }

  public LineKind kind() {
    return kind;
  }

  /** The joint family, for facet lines (empty for imaging lines). */
  public Optional<JointFamily> family() {
    return Optional.ofNullable(family);
  }

  /** The modifiers in claim order. */
  public ImmutableList<Modifier> modifiers() {
    return modifiers;
  }

  /** The units of service. */
  public int quantity() {
    return quantity;
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  /**
   * A plain description: the library's short description of the code, and for 64999 what was
   * done (method, agent, joints and sides, imaging) and the comparator.
   */
  public String description() {
    return description;
  }

  /** For a 64999 line, the lines that would apply to a thermal procedure under fluoroscopy. */
  public ImmutableList<ClaimLine> comparator() {
    return comparator;
  }

  /**
   * The positions (0-based) of the session's procedures that this line codes, in order; the
   * adapter uses them for {@code procedureSequence}.
   */
  public ImmutableList<Integer> procedureIndexes() {
    long m = procedures;
    if ((m & (m - 1)) == 0) {   // none or one: the usual one-procedure session
      return m == 0 ? ImmutableList.of() : ImmutableList.of(Long.numberOfTrailingZeros(m));
    }
    ImmutableList.Builder<Integer> b = ImmutableList.builderWithExpectedSize(Long.bitCount(m));
    for (; m != 0; m &= m - 1) {
      b.add(Long.numberOfTrailingZeros(m));
    }
    return b.build();
  }

  /** The procedure positions as a bit set (bit i: procedure i), for the engine's own steps. */
  long procedureMask() {
    return procedures;
  }

  /** Why the line is what it is. */
  public Rationale rationale() {
    Rationale r = rationale;
    if (r == null) {
      ImmutableList.Builder<String> covered = ImmutableList.builder();
      addCovered(covered, right, "right ");
      addCovered(covered, left, "left ");
      addCovered(covered, unsided, "side not documented: ");
      r = new Rationale(covered.build(), rules);
      rationale = r;
    }
    return r;
  }

  /**
   * The facet joints this line covers on one side: {@link Laterality#RIGHT}, {@link
   * Laterality#LEFT}, or {@link Laterality#UNKNOWN} for joints coded without a side ({@link
   * Laterality#BILATERAL} gives the joints covered on both sides). Empty for lines whose units are
   * nerves (legacy edition) and for imaging lines.
   */
  public ImmutableSet<FacetJoint> joints(Laterality side) {
    if (nerveUnits) {
      return ImmutableSet.of();
    }
    int mask;
    switch (side) {
      case RIGHT:
        mask = right;
        break;
      case LEFT:
        mask = left;
        break;
      case BILATERAL:
        mask = right & left;
        break;
      default:
        mask = unsided;
    }
    return jointsOf(mask);
  }

  /**
   * Every facet joint this line covers, whatever the side (a bilateral joint level once), in
   * spinal order. Empty for nerve-unit (legacy) lines and imaging lines.
   */
  public ImmutableSet<FacetJoint> joints() {
    return nerveUnits ? ImmutableSet.of() : jointsOf(right | left | unsided);
  }

  private static ImmutableSet<FacetJoint> jointsOf(int mask) {
    // Bit i is FacetJoint ordinal i, so an enum set iterates in the same (spinal) order; it
    // needs no hashing, which a per-claim call (coverage checks, Claim building) would pay.
    int m = mask & (JOINTS.length >= 32 ? -1 : (1 << JOINTS.length) - 1);
    if (m == 0) {
      return ImmutableSet.of();
    }
    if ((m & (m - 1)) == 0) {
      return ImmutableSet.of(JOINTS[Integer.numberOfTrailingZeros(m)]);
    }
    EnumSet<FacetJoint> s = EnumSet.noneOf(FacetJoint.class);
    for (; m != 0; m &= m - 1) {
      s.add(JOINTS[Integer.numberOfTrailingZeros(m)]);
    }
    return Sets.immutableEnumSet(s);
  }

  private void addCovered(ImmutableList.Builder<String> out, int mask, String prefix) {
    for (int m = mask; m != 0; m &= m - 1) { // each set bit, lowest first
      int i = Integer.numberOfTrailingZeros(m);
      out.add(prefix + (nerveUnits ? NERVES[i].label() : JOINTS[i].notation()));
    }
  }

  /** The line as a coder writes it: {@code 64635-50 x1}. */
  public String notation() {
    StringBuilder sb = new StringBuilder(code);
    for (Modifier m : modifiers) {
      sb.append('-').append(m.code());
    }
    return sb.append(" x").append(quantity).toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ClaimLine)) {
      return false;
    }
    ClaimLine l = (ClaimLine) o;
    return code.equals(l.code) && kind == l.kind && family == l.family
        && modifiers.equals(l.modifiers) && quantity == l.quantity
        && dateOfService.equals(l.dateOfService) && description.equals(l.description)
        && comparator.equals(l.comparator) && right == l.right && left == l.left
        && unsided == l.unsided && nerveUnits == l.nerveUnits && procedures == l.procedures;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, kind, family, modifiers, quantity, dateOfService, right, left,
        unsided, procedures);
  }

  @Override
  public String toString() {
    return notation();
  }
}
