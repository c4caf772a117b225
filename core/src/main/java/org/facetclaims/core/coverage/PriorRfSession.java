package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * An earlier radiofrequency facet denervation session of the patient, as far as it is known: its
 * date, its region (joint family), the joints treated if recorded, and the relief it gave (percent
 * and how many months it lasted) if documented. Sides are not kept: the LCD's "same site" and
 * "levels" are joint levels. Immutable; build with {@link #builder(LocalDate, JointFamily)}.
 *
 * <pre>{@code
 * PriorRfSession s = PriorRfSession.builder(LocalDate.of(2025, 3, 3), JointFamily.LUMBAR_SACRAL)
 *     .joints(FacetJoint.L4_L5, FacetJoint.L5_S1)
 *     .reliefPercent(70)
 *     .reliefMonths(8)
 *     .reference("Procedure/rf-2025")
 *     .build();
 * }</pre>
 */
public final class PriorRfSession {
  private final LocalDate date;
  private final JointFamily family;
  private final ImmutableSet<FacetJoint> joints;
  private final OptionalInt reliefPercent;
  private final OptionalInt reliefMonths;
  private final String reference;
  private final FunctionalImprovement functionalImprovement;
  private final ImmutableList<String> problems;

  private PriorRfSession(Builder b) {
    this.date = b.date;
    this.family = b.family;
    this.joints = ImmutableSet.copyOf(b.joints);
    this.reliefPercent = b.reliefPercent;
    this.reliefMonths = b.reliefMonths;
    this.reference = b.reference;
    this.functionalImprovement = b.functionalImprovement;
    List<String> p = new ArrayList<>(b.problems);
    if (functionalImprovement != null && functionalImprovement.problem().isPresent()) {
      p.add("functional score: " + functionalImprovement.problem().get());
    }
    this.problems = ImmutableList.copyOf(p);
  }

  /** A builder for a session on {@code date} in the region {@code family}. */
  public static Builder builder(LocalDate date, JointFamily family) {
    return new Builder(Objects.requireNonNull(date, "date"), Objects.requireNonNull(family,
        "family"));
  }

  /** The date of the session. */
  public LocalDate date() {
    return date;
  }

  /** The region (CPT joint family) treated. */
  public JointFamily family() {
    return family;
  }

  /** The joints treated, in spinal order; empty when the record does not say. */
  public ImmutableSet<FacetJoint> joints() {
    return joints;
  }

  /** True when the joints are recorded. */
  public boolean jointsKnown() {
    return !joints.isEmpty();
  }

  /** The relief it gave, in percent (0-100), if documented. */
  public OptionalInt reliefPercent() {
    return reliefPercent;
  }

  /** How many whole months the relief lasted, if documented. */
  public OptionalInt reliefMonths() {
    return reliefMonths;
  }

  /** The caller's reference for the record, for example {@code "Procedure/123"}. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * What the record says about function after this session compared with the baseline, if
   * anything (the 2024 repeat rule's second prong).
   */
  public Optional<FunctionalImprovement> functionalImprovement() {
    return Optional.ofNullable(functionalImprovement);
  }

  /**
   * Values recorded for this session that could not be used (relief above 100 %, a score
   * outside its scale), each in words; the coverage checks report them and treat the value as
   * not documented.
   */
  public ImmutableList<String> problems() {
    return problems;
  }

  /** "RF of 2025-03-03 (lumbar/sacral: L4-L5, L5-S1)". */
  public String describe() {
    return "RF of " + date + " (" + Histories.where(family, joints) + ")";
  }

  @Override
  public String toString() {
    return describe() + ", relief " + Histories.relief(reliefPercent, reliefMonths);
  }

  /** Builds a {@link PriorRfSession}. Not thread-safe. */
  public static final class Builder {
    private final LocalDate date;
    private final JointFamily family;
    private final EnumSet<FacetJoint> joints = EnumSet.noneOf(FacetJoint.class);
    private OptionalInt reliefPercent = OptionalInt.empty();
    private OptionalInt reliefMonths = OptionalInt.empty();
    private String reference;
    private FunctionalImprovement functionalImprovement;
    private final List<String> problems = new ArrayList<>(1);

    private Builder(LocalDate date, JointFamily family) {
      this.date = date;
      this.family = family;
    }

    /**
     * Adds joints treated.
     *
     * @throws IllegalArgumentException for a joint outside the session's family
     */
    public Builder joints(FacetJoint... joints) {
      return joints(Arrays.asList(joints));
    }

    /** Adds joints treated (see {@link #joints(FacetJoint...)}). */
    public Builder joints(Collection<FacetJoint> joints) {
      Histories.addJoints(this.joints, joints, family);
      return this;
    }

    /**
     * The documented relief in percent.
     *
     * @throws IllegalArgumentException outside 0-100
     */
    public Builder reliefPercent(int percent) {
      this.reliefPercent = OptionalInt.of(Histories.percent(percent));
      return this;
    }

    /**
     * How many whole months the relief lasted.
     *
     * @throws IllegalArgumentException when negative or over 1200
     */
    public Builder reliefMonths(int months) {
      this.reliefMonths = OptionalInt.of(Histories.months(months));
      return this;
    }

    /**
     * The relief percent as the record gives it, possibly fractional or out of range: a value
     * outside 0-100 is kept as a {@link PriorRfSession#problems() problem}, not an exception, and
     * the relief counts as not documented.
     */
    public Builder recordedReliefPercent(double percent) {
      this.reliefPercent = Histories.recordedPercent(percent, "relief", problems);
      return this;
    }

    /**
     * How long the relief lasted, in months as the record gives it: a value outside 0-1200 is
     * kept as a problem and the duration counts as not documented.
     */
    public Builder recordedReliefMonths(double months) {
      this.reliefMonths = Histories.recordedMonths(months, "relief duration", problems);
      return this;
    }

    /** What the record says about function after the session compared with the baseline. */
    public Builder functionalImprovement(FunctionalImprovement improvement) {
      this.functionalImprovement = improvement;
      return this;
    }

    /** The caller's reference for the record, echoed in findings. */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public PriorRfSession build() {
      return new PriorRfSession(this);
    }
  }
}
