package org.facetclaims.core.coverage;

import java.time.LocalDate;
import java.time.Period;

/**
 * The diagnostic blocks that count toward an initial RF, offered in date order: each qualifying
 * block counts unless it comes sooner than the policy's spacing after the last one counted (the
 * 2024 text: the second block at least 2 weeks after the first), where the record documents no
 * exception; the requirement is met at {@link CoveragePolicy#diagnosticBlocksRequired()} blocks.
 * Blocks beyond the diagnostic-session limit are left out by the caller ({@link
 * RollingWindows#overLimit}). One implementation for the coverage checks (blocks with their
 * relief) and the claims audit (KX blocks). Not thread-safe: one per judgement.
 */
public final class BlockSequence {
  private final int required;
  private final Period spacing;
  private LocalDate lastCounted;
  private int counted;

  /** A sequence under the policy's block count and spacing. */
  public BlockSequence(CoveragePolicy policy) {
    this.required = policy.diagnosticBlocksRequired();
    this.spacing = policy.diagnosticBlockSpacing().orElse(null);
  }

  /**
   * Offers a qualifying block (dates ascending).
   *
   * @param spacingException true when the record documents an exception to the spacing
   * @return true when it counts; false when it is too soon after the last one counted
   */
  public boolean offer(LocalDate date, boolean spacingException) {
    if (spacing != null && lastCounted != null && !spacingException
        && date.isBefore(lastCounted.plus(spacing))) {
      return false;
    }
    counted++;
    lastCounted = date;
    return true;
  }

  /**
   * True when a block of {@code date} would come sooner than the spacing after the last one
   * counted (it then counts only with a documented exception).
   */
  public boolean tooSoon(LocalDate date) {
    return spacing != null && lastCounted != null && date.isBefore(lastCounted.plus(spacing));
  }

  /** The blocks counted so far. */
  public int counted() {
    return counted;
  }

  /** The blocks the policy requires before an initial RF (0: no requirement). */
  public int required() {
    return required;
  }

  /** True when enough blocks counted. */
  public boolean met() {
    return counted >= required;
  }
}
