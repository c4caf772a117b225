package org.facetclaims.core.anatomy;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paravertebral facet (zygapophyseal) joint on one side, named by the two vertebrae it joins.
 *
 * <p>There are 23 reportable joints per side: C2-C3 through C7-T1 (6), T1-T2 through T12-L1 (12)
 * and L1-L2 through L5-S1 (5). {@link #C0_C1} (atlanto-occipital) and {@link #C1_C2}
 * (atlanto-axial) are recognised but are not medial-branch facet joints: they are coded with the
 * unlisted code 64999 and a review finding.
 *
 * <pre>{@code
 * FacetJoint j = FacetJoint.parse("L4-5");      // L4_L5
 * j.family();                                    // Optional[LUMBAR_SACRAL]
 * j.nerves();                                    // [L3 medial branch, L4 medial branch]
 * }</pre>
 */
public enum FacetJoint {
  C0_C1(Vertebra.C0, Vertebra.C1, null),
  C1_C2(Vertebra.C1, Vertebra.C2, null),
  C2_C3(Vertebra.C2, Vertebra.C3, JointFamily.CERVICAL_THORACIC),
  C3_C4(Vertebra.C3, Vertebra.C4, JointFamily.CERVICAL_THORACIC),
  C4_C5(Vertebra.C4, Vertebra.C5, JointFamily.CERVICAL_THORACIC),
  C5_C6(Vertebra.C5, Vertebra.C6, JointFamily.CERVICAL_THORACIC),
  C6_C7(Vertebra.C6, Vertebra.C7, JointFamily.CERVICAL_THORACIC),
  C7_T1(Vertebra.C7, Vertebra.T1, JointFamily.CERVICAL_THORACIC),
  T1_T2(Vertebra.T1, Vertebra.T2, JointFamily.CERVICAL_THORACIC),
  T2_T3(Vertebra.T2, Vertebra.T3, JointFamily.CERVICAL_THORACIC),
  T3_T4(Vertebra.T3, Vertebra.T4, JointFamily.CERVICAL_THORACIC),
  T4_T5(Vertebra.T4, Vertebra.T5, JointFamily.CERVICAL_THORACIC),
  T5_T6(Vertebra.T5, Vertebra.T6, JointFamily.CERVICAL_THORACIC),
  T6_T7(Vertebra.T6, Vertebra.T7, JointFamily.CERVICAL_THORACIC),
  T7_T8(Vertebra.T7, Vertebra.T8, JointFamily.CERVICAL_THORACIC),
  T8_T9(Vertebra.T8, Vertebra.T9, JointFamily.CERVICAL_THORACIC),
  T9_T10(Vertebra.T9, Vertebra.T10, JointFamily.CERVICAL_THORACIC),
  T10_T11(Vertebra.T10, Vertebra.T11, JointFamily.CERVICAL_THORACIC),
  T11_T12(Vertebra.T11, Vertebra.T12, JointFamily.CERVICAL_THORACIC),
  T12_L1(Vertebra.T12, Vertebra.L1, JointFamily.CERVICAL_THORACIC),
  L1_L2(Vertebra.L1, Vertebra.L2, JointFamily.LUMBAR_SACRAL),
  L2_L3(Vertebra.L2, Vertebra.L3, JointFamily.LUMBAR_SACRAL),
  L3_L4(Vertebra.L3, Vertebra.L4, JointFamily.LUMBAR_SACRAL),
  L4_L5(Vertebra.L4, Vertebra.L5, JointFamily.LUMBAR_SACRAL),
  L5_S1(Vertebra.L5, Vertebra.S1, JointFamily.LUMBAR_SACRAL);

  private static final FacetJoint[] VALUES = values();

  /**
   * Level notations: L4-L5, L4-5, L4/5, L4/L5, L4–L5 (en dash), L4—L5, "L4 to L5", C0-C1,
   * occiput-C1 (O-C1, Oc-C1). Whitespace around the separator is allowed.
   */
  private static final Pattern NOTATION = Pattern.compile(
      "(?i)^\\s*(occiput|oc|o|[ctls]\\s?\\d{1,2})\\s*(?:-|/|\\u2013|\\u2014|\\u2212|\\bto\\b)\\s*"
          + "([ctls])?\\s?(\\d{1,2})\\s*$");

  private final Vertebra upper;
  private final Vertebra lower;
  private final JointFamily family;

  FacetJoint(Vertebra upper, Vertebra lower, JointFamily family) {
    this.upper = upper;
    this.lower = lower;
    this.family = family;
  }

  /** The upper vertebra (C0 stands for the occiput). */
  public Vertebra upper() {
    return upper;
  }

  /** The lower vertebra. */
  public Vertebra lower() {
    return lower;
  }

  /** The code family, or empty for C0-C1 and C1-C2, which no facet destruction code covers. */
  public Optional<JointFamily> family() {
    return Optional.ofNullable(family);
  }

  /** True for the 23 joints (per side) that 64633-64636 and their legacy codes report. */
  public boolean isReportable() {
    return family != null;
  }

  /**
   * The nerves that supply this joint on one side (empty for C0-C1 and C1-C2). Under the current
   * edition a joint documented only by its nerves counts when all of these are documented.
   */
  public ImmutableSet<Nerve> nerves() {
    return NerveSupply.nervesOf(this);
  }

  /** The usual notation, for example {@code "L4-L5"} (C0-C1 is written "C0-C1"). */
  public String notation() {
    return upper.name() + "-" + lower.name();
  }

  @Override
  public String toString() {
    return notation();
  }

  /** The joint whose upper vertebra is {@code upper}: {@code of(Vertebra.L4)} is L4-L5. */
  public static FacetJoint of(Vertebra upper) {
    for (FacetJoint j : VALUES) {
      if (j.upper == upper) {
        return j;
      }
    }
    throw new IllegalArgumentException("No facet joint below " + upper
        + ": below S1 the sacrum is fused (S1-S2 is not a facet joint)");
  }

  /**
   * The joint between two adjacent vertebrae, in either order.
   *
   * @throws IllegalArgumentException when the vertebrae are not adjacent
   */
  public static FacetJoint between(Vertebra a, Vertebra b) {
    Vertebra up = a.ordinal() < b.ordinal() ? a : b;
    Vertebra down = up == a ? b : a;
    if (down.ordinal() != up.ordinal() + 1) {
      throw new IllegalArgumentException(
          a + " and " + b + " are not adjacent vertebrae, so no single facet joint joins them");
    }
    return of(up);
  }

  /**
   * Parses a level notation: {@code L4-L5}, {@code L4-5}, {@code L4/5}, {@code L4/L5},
   * {@code L4–L5}, {@code C3/4}, {@code C7-T1}, {@code T12-L1}, {@code L5-S1}, {@code C0-C1},
   * {@code occiput-C1}; case and spacing do not matter.
   *
   * @throws IllegalArgumentException with the reason when the text is not a facet joint
   *     (for example "L5-L6": there is no L6; "L3-L5": not adjacent; "S1-S2": the sacrum is fused)
   */
  public static FacetJoint parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("Not a facet joint: null");
    }
    Matcher m = NOTATION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a facet joint notation (expected e.g. L4-L5, L4-5, "
          + "L4/5, C7-T1): \"" + text + "\"");
    }
    String first = m.group(1).toUpperCase(Locale.ROOT).replace(" ", "");
    Vertebra upper = first.startsWith("O") ? Vertebra.C0 : Vertebra.tryParse(first)
        .orElseThrow(() -> new IllegalArgumentException(
            "Not a facet joint: \"" + text + "\" (" + first + " is not a vertebra)"));
    char lowerRegion = m.group(2) == null ? upper.name().charAt(0) : m.group(2).charAt(0);
    if (upper == Vertebra.C0 && m.group(2) == null) {
      lowerRegion = 'C';
    }
    int lowerNumber = Integer.parseInt(m.group(3));
    Optional<Vertebra> lower = Vertebra.of(lowerRegion, lowerNumber);
    if (lower.isEmpty()) {
      String name = Character.toUpperCase(lowerRegion) + Integer.toString(lowerNumber);
      if (upper == Vertebra.S1 || name.startsWith("S")) {
        throw new IllegalArgumentException("Not a facet joint: \"" + text
            + "\" (below L5-S1 the sacrum is fused; sacral lateral branches belong to the SI joint)");
      }
      throw new IllegalArgumentException(
          "Not a facet joint: \"" + text + "\" (" + name + " is not a vertebra)");
    }
    if (lower.get().ordinal() != upper.ordinal() + 1) {
      throw new IllegalArgumentException("Not a facet joint: \"" + text + "\" ("
          + upper + " and " + lower.get() + " are not adjacent)");
    }
    return of(upper);
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  public static Optional<FacetJoint> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** All 23 reportable joints in spinal order. */
  public static ImmutableSet<FacetJoint> reportable() {
    return NerveSupply.REPORTABLE;
  }
}
