package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;

/**
 * One claim line as the coverage rules see it: its position, code, modifiers, units, region
 * (CPT joint family) and role, and, when known, the facet joints it covers on each side and the
 * procedures it codes. A line coded by the engine knows its joints ({@link #of(ClaimLine, int)});
 * a line read from a claim ({@link #builder(int, String, int)}) knows only what the claim says,
 * and the rules then count levels from its units. Immutable.
 *
 * <pre>{@code
 * CoverageLine l = CoverageLine.builder(0, "64636", 2).modifiers("50").build();
 * l.family();      // Optional[LUMBAR_SACRAL], from the code
 * l.kind();        // ADD_ON
 * }</pre>
 */
public final class CoverageLine {
  private final int index;
  private final String code;
  private final int units;
  private final JointFamily family;
  private final LineKind kind;
  /** The engine's line this one reads, or null for a claim line. */
  private final ClaimLine source;
  // A claim line's values; for an engine line they are read from the source when first asked
  // (immutable values cached without locking, like String.hashCode).
  private ImmutableList<String> modifiers;
  private ImmutableSet<FacetJoint> right;
  private ImmutableSet<FacetJoint> left;
  private ImmutableSet<FacetJoint> unsided;
  private ImmutableSet<FacetJoint> all;
  private final ImmutableList<Integer> procedureIndexes;
  private String notation;

  private CoverageLine(Builder b) {
    this.index = b.index;
    this.code = b.code;
    this.source = null;
    this.modifiers = ImmutableList.copyOf(b.modifiers);
    this.units = b.units;
    this.family = b.family != null ? b.family : FacetCodes.family(code).orElse(null);
    this.kind = FacetCodes.kind(code);
    this.right = ImmutableSet.copyOf(b.right);
    this.left = ImmutableSet.copyOf(b.left);
    this.unsided = ImmutableSet.copyOf(b.unsided);
    this.procedureIndexes = ImmutableList.of();
    this.notation = notation(code, modifiers, units);
  }

  private CoverageLine(ClaimLine line, int index) {
    this.index = index;
    this.source = line;
    this.code = line.code();
    this.units = line.quantity();
    this.family = line.family().orElse(null);
    this.kind = line.kind();
    this.procedureIndexes = line.procedureIndexes();
  }

  /** The line of the engine's result at position {@code index}, with its joints and procedures. */
  public static CoverageLine of(ClaimLine line, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("A line position is 0 or more: " + index);
    }
    return new CoverageLine(line, index);
  }

  /**
   * A builder for a line read from a claim: position, CPT/HCPCS code and units.
   *
   * @throws IllegalArgumentException for a blank code or units below 1
   */
  public static Builder builder(int index, String code, int units) {
    return new Builder(index, code, units);
  }

  /** The position of the line on its claim or in its result (0-based). */
  public int index() {
    return index;
  }

  /** The CPT or HCPCS code, upper case. */
  public String code() {
    return code;
  }

  /** The modifiers as written, upper case, in claim order. */
  public ImmutableList<String> modifiers() {
    ImmutableList<String> m = modifiers;
    if (m == null) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (Modifier x : source.modifiers()) {
        b.add(x.code());
      }
      m = b.build();
      modifiers = m;
    }
    return m;
  }

  /** True when the line carries this modifier. */
  public boolean has(Modifier modifier) {
    return source != null ? source.modifiers().contains(modifier)
        : modifiers.contains(modifier.code());
  }

  /** The units of service. */
  public int units() {
    return units;
  }

  /**
   * The region: the CPT joint family of a facet destruction code (64633/64634 and legacy
   * 64626/64627 cervical/thoracic, 64635/64636 and 64622/64623 lumbar/sacral), or what the
   * engine coded a 64999 line for; empty for other codes.
   */
  public Optional<JointFamily> family() {
    return Optional.ofNullable(family);
  }

  /** The line's role: primary, add-on, unlisted (64999) or imaging; other codes are IMAGING. */
  public LineKind kind() {
    return kind;
  }

  /** True for a facet destruction line (a primary, add-on or 64999 line of a region). */
  public boolean isFacetLine() {
    return family != null && kind != LineKind.IMAGING;
  }

  /**
   * The joints covered on one side ({@link Laterality#RIGHT}, {@link Laterality#LEFT}, or
   * {@link Laterality#UNKNOWN} for joints without a side), in spinal order; empty when not known.
   */
  public ImmutableSet<FacetJoint> joints(Laterality side) {
    if (source != null) {
      return source.joints(side);
    }
    switch (side) {
      case RIGHT:
        return right;
      case LEFT:
        return left;
      case BILATERAL:
        return ImmutableSet.copyOf(com.google.common.collect.Sets.intersection(right, left));
      default:
        return unsided;
    }
  }

  /** Every joint the line covers, whatever the side, in spinal order; empty when not known. */
  public ImmutableSet<FacetJoint> joints() {
    ImmutableSet<FacetJoint> a = all;
    if (a == null) {
      if (source != null) {
        a = source.joints();
      } else {
        Set<FacetJoint> s = EnumSet.noneOf(FacetJoint.class);
        s.addAll(right);
        s.addAll(left);
        s.addAll(unsided);
        a = ImmutableSet.copyOf(s);
      }
      all = a;
    }
    return a;
  }

  /** True when the line says which joints it covers (lines coded by the engine). */
  public boolean jointsKnown() {
    return !joints().isEmpty();
  }

  /** The positions of the session's procedures this line codes (empty for claim lines). */
  public ImmutableList<Integer> procedureIndexes() {
    return procedureIndexes;
  }

  /** The line as a coder writes it: {@code 64635-50 x1}. */
  public String notation() {
    String n = notation;
    if (n == null) {
      n = source.notation();
      notation = n;
    }
    return n;
  }

  static String notation(String code, List<String> modifiers, int units) {
    StringBuilder sb = new StringBuilder(code);
    for (String m : modifiers) {
      sb.append('-').append(m);
    }
    return sb.append(" x").append(units).toString();
  }

  @Override
  public String toString() {
    return notation();
  }

  /** Builds a {@link CoverageLine} read from a claim. Not thread-safe. */
  public static final class Builder {
    private final int index;
    private final String code;
    private final int units;
    private final List<String> modifiers = new ArrayList<>(2);
    private JointFamily family;
    private final Set<FacetJoint> right = EnumSet.noneOf(FacetJoint.class);
    private final Set<FacetJoint> left = EnumSet.noneOf(FacetJoint.class);
    private final Set<FacetJoint> unsided = EnumSet.noneOf(FacetJoint.class);

    private Builder(int index, String code, int units) {
      if (index < 0) {
        throw new IllegalArgumentException("A line position is 0 or more: " + index);
      }
      String c = Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT);
      if (c.isEmpty()) {
        throw new IllegalArgumentException("A line needs a code");
      }
      if (units < 1) {
        throw new IllegalArgumentException("Units must be at least 1, not " + units);
      }
      this.index = index;
      this.code = c;
      this.units = units;
    }

    /** Adds modifiers as written on the claim ("50", "rt"); blanks are skipped. */
    public Builder modifiers(String... codes) {
      return modifiers(java.util.Arrays.asList(codes));
    }

    /** Adds modifiers as written on the claim; blanks are skipped. */
    public Builder modifiers(Collection<String> codes) {
      for (String m : codes) {
        if (m != null && !m.isBlank()) {
          modifiers.add(m.strip().toUpperCase(Locale.ROOT));
        }
      }
      return this;
    }

    /** The region, for a 64999 line whose code does not say it. */
    public Builder family(JointFamily family) {
      this.family = family;
      return this;
    }

    /**
     * Joints the line covers on one side, when the claim's source knows them.
     *
     * @throws IllegalArgumentException for {@link Laterality#BILATERAL} (give each side)
     */
    public Builder joints(Laterality side, FacetJoint... joints) {
      Set<FacetJoint> into;
      switch (side) {
        case RIGHT:
          into = right;
          break;
        case LEFT:
          into = left;
          break;
        case UNKNOWN:
          into = unsided;
          break;
        default:
          throw new IllegalArgumentException("Give the joints of each side, not BILATERAL");
      }
      into.addAll(java.util.Arrays.asList(joints));
      return this;
    }

    public CoverageLine build() {
      return new CoverageLine(this);
    }
  }
}
