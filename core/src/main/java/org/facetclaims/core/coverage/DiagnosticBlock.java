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
import org.facetclaims.core.technique.Imaging;

/**
 * An earlier diagnostic medial branch block (MBB) of the patient: its date, its region (joint
 * family), the joints whose nerves were blocked if recorded, and the relief it gave in percent if
 * documented. Immutable; build with {@link #builder(LocalDate, JointFamily)}.
 *
 * <pre>{@code
 * DiagnosticBlock b = DiagnosticBlock.builder(LocalDate.of(2025, 9, 1), JointFamily.LUMBAR_SACRAL)
 *     .joints(FacetJoint.L4_L5)
 *     .reliefPercent(85)
 *     .build();
 * }</pre>
 */
public final class DiagnosticBlock {
  private final LocalDate date;
  private final JointFamily family;
  private final ImmutableSet<FacetJoint> joints;
  private final OptionalInt reliefPercent;
  private final String reference;
  private final Imaging imaging;
  private final boolean spacingException;
  private final ImmutableList<String> problems;

  private DiagnosticBlock(Builder b) {
    this.date = b.date;
    this.family = b.family;
    this.joints = ImmutableSet.copyOf(b.joints);
    this.reliefPercent = b.reliefPercent;
    this.reference = b.reference;
    this.imaging = b.imaging;
    this.spacingException = b.spacingException;
    this.problems = ImmutableList.copyOf(b.problems);
  }

  /** A builder for a block on {@code date} in the region {@code family}. */
  public static Builder builder(LocalDate date, JointFamily family) {
    return new Builder(Objects.requireNonNull(date, "date"), Objects.requireNonNull(family,
        "family"));
  }

  /** The date of the block. */
  public LocalDate date() {
    return date;
  }

  /** The region (CPT joint family) blocked. */
  public JointFamily family() {
    return family;
  }

  /** The joints whose nerves were blocked, in spinal order; empty when the record does not say. */
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

  /** The caller's reference for the record, for example {@code "Procedure/123"}. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /** The guidance used, if documented ({@link Imaging#UNKNOWN} otherwise). */
  public Imaging imaging() {
    return imaging;
  }

  /**
   * True when the record documents why this block was done sooner than the policy's spacing
   * after the previous one (the 2024 text allows such exceptions "on an individual basis").
   */
  public boolean spacingExceptionDocumented() {
    return spacingException;
  }

  /** Values recorded for this block that could not be used (relief above 100 %), in words. */
  public ImmutableList<String> problems() {
    return problems;
  }

  /** "block of 2025-09-01 (lumbar/sacral: L4-L5)". */
  public String describe() {
    return "block of " + date + " (" + Histories.where(family, joints) + ")";
  }

  @Override
  public String toString() {
    return describe() + ", relief " + Histories.relief(reliefPercent, OptionalInt.empty());
  }

  /** Builds a {@link DiagnosticBlock}. Not thread-safe. */
  public static final class Builder {
    private final LocalDate date;
    private final JointFamily family;
    private final EnumSet<FacetJoint> joints = EnumSet.noneOf(FacetJoint.class);
    private OptionalInt reliefPercent = OptionalInt.empty();
    private String reference;
    private Imaging imaging = Imaging.UNKNOWN;
    private boolean spacingException;
    private final List<String> problems = new ArrayList<>(1);

    private Builder(LocalDate date, JointFamily family) {
      this.date = date;
      this.family = family;
    }

    /**
     * Adds joints blocked.
     *
     * @throws IllegalArgumentException for a joint outside the block's family
     */
    public Builder joints(FacetJoint... joints) {
      return joints(Arrays.asList(joints));
    }

    /** Adds joints blocked (see {@link #joints(FacetJoint...)}). */
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
     * The relief percent as the record gives it: a value outside 0-100 is kept as a {@link
     * DiagnosticBlock#problems() problem}, not an exception, and the relief counts as not
     * documented.
     */
    public Builder recordedReliefPercent(double percent) {
      this.reliefPercent = Histories.recordedPercent(percent, "relief", problems);
      return this;
    }

    /**
     * The guidance used (ultrasound-guided facet injections, 0213T-0218T, are blocks under
     * guidance the LCDs do not cover, so they do not count toward an initial RF).
     */
    public Builder imaging(Imaging imaging) {
      this.imaging = Objects.requireNonNull(imaging, "imaging");
      return this;
    }

    /** Whether the record documents the reason this block came sooner than the spacing. */
    public Builder spacingExceptionDocumented(boolean documented) {
      this.spacingException = documented;
      return this;
    }

    /** The caller's reference for the record, echoed in findings. */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public DiagnosticBlock build() {
      return new DiagnosticBlock(this);
    }
  }
}
