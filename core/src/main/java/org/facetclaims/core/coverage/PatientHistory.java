package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is known of the patient's earlier facet procedures: radiofrequency sessions and diagnostic
 * medial branch blocks. Three states are kept apart, because the coverage rules must never read a
 * gap in the record as "never happened":
 *
 * <ul>
 *   <li>{@link #unknown()}: no history was supplied; no history rule is judged (an information
 *       finding says so).
 *   <li>a history that is not {@link #isComplete() complete} (the builder's default; what a FHIR
 *       Bundle gives): what it shows counts (an earlier session in the 12-month window, the relief
 *       after the last RF), but what it does not show is not taken as absent.
 *   <li>a complete history, {@link #none()} or {@code builder().complete(true)}: the caller says
 *       it lists every earlier facet RF and block, so a missing block is a missing block.
 * </ul>
 *
 * Immutable; entries are kept in date order.
 *
 * <pre>{@code
 * PatientHistory h = PatientHistory.builder()
 *     .complete(true)
 *     .rfSession(PriorRfSession.builder(LocalDate.of(2025, 3, 3), JointFamily.LUMBAR_SACRAL)
 *         .joints(FacetJoint.L4_L5).reliefPercent(70).reliefMonths(8).build())
 *     .build();
 * }</pre>
 */
public final class PatientHistory {
  private static final PatientHistory UNKNOWN =
      new PatientHistory(false, false, ImmutableList.of(), ImmutableList.of());
  private static final PatientHistory NONE =
      new PatientHistory(true, true, ImmutableList.of(), ImmutableList.of());

  private final boolean known;
  private final boolean complete;
  private final ImmutableList<PriorRfSession> rfSessions;
  private final ImmutableList<DiagnosticBlock> diagnosticBlocks;

  private PatientHistory(boolean known, boolean complete,
      ImmutableList<PriorRfSession> rfSessions, ImmutableList<DiagnosticBlock> diagnosticBlocks) {
    this.known = known;
    this.complete = complete;
    this.rfSessions = rfSessions;
    this.diagnosticBlocks = diagnosticBlocks;
  }

  /** No history was supplied: nothing is known, not even that there was nothing. */
  public static PatientHistory unknown() {
    return UNKNOWN;
  }

  /** A complete history with no earlier facet RF session and no diagnostic block. */
  public static PatientHistory none() {
    return NONE;
  }

  /** A builder for a known history (not complete unless {@link Builder#complete(boolean)}). */
  public static Builder builder() {
    return new Builder();
  }

  /** False for {@link #unknown()}. */
  public boolean isKnown() {
    return known;
  }

  /** True when the caller says the history lists every earlier facet RF session and block. */
  public boolean isComplete() {
    return complete;
  }

  /** The earlier RF sessions, oldest first. */
  public ImmutableList<PriorRfSession> rfSessions() {
    return rfSessions;
  }

  /** The earlier diagnostic medial branch blocks, oldest first. */
  public ImmutableList<DiagnosticBlock> diagnosticBlocks() {
    return diagnosticBlocks;
  }

  @Override
  public String toString() {
    if (!known) {
      return "history unknown";
    }
    return (complete ? "complete" : "partial") + " history: RF " + rfSessions + ", blocks "
        + diagnosticBlocks;
  }

  /** Builds a {@link PatientHistory}. Not thread-safe. */
  public static final class Builder {
    private final List<PriorRfSession> rf = new ArrayList<>();
    private final List<DiagnosticBlock> blocks = new ArrayList<>();
    private boolean complete;

    private Builder() {}

    /** Adds an earlier RF session. */
    public Builder rfSession(PriorRfSession session) {
      rf.add(Objects.requireNonNull(session, "session"));
      return this;
    }

    /** Adds an earlier diagnostic medial branch block. */
    public Builder diagnosticBlock(DiagnosticBlock block) {
      blocks.add(Objects.requireNonNull(block, "block"));
      return this;
    }

    /**
     * Whether the history lists every earlier facet RF session and diagnostic block (default
     * false). Only a complete history lets the checker say that blocks are missing.
     */
    public Builder complete(boolean complete) {
      this.complete = complete;
      return this;
    }

    public PatientHistory build() {
      List<PriorRfSession> r = new ArrayList<>(rf);
      r.sort(Comparator.comparing(PriorRfSession::date));
      List<DiagnosticBlock> b = new ArrayList<>(blocks);
      b.sort(Comparator.comparing(DiagnosticBlock::date));
      return new PatientHistory(true, complete, ImmutableList.copyOf(r), ImmutableList.copyOf(b));
    }
  }
}
