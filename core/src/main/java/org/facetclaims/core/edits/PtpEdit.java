package org.facetclaims.core.edits;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One NCCI procedure-to-procedure edit: the column-2 code is not separately reportable with the
 * column-1 code for the same patient on the same date, unless the modifier indicator allows a
 * modifier that shows a distinct service.
 */
public final class PtpEdit {
  /** Modifier indicator 0: no modifier allows the pair. */
  public static final int MODIFIER_NOT_ALLOWED = 0;
  /** Modifier indicator 1: a modifier such as 59 or XS allows the pair when clinically right. */
  public static final int MODIFIER_ALLOWED = 1;
  /** Modifier indicator 9: the edit does not apply. */
  public static final int NOT_APPLICABLE = 9;

  private final String column1;
  private final String column2;
  private final LocalDate effectiveFrom;
  private final LocalDate deletedOn;
  private final int modifierIndicator;
  private final String rationale;
  private final String source;

  /**
   * An edit.
   *
   * @param deletedOn the deletion date (the edit no longer applies from that date), or null
   */
  public PtpEdit(String column1, String column2, LocalDate effectiveFrom, LocalDate deletedOn,
      int modifierIndicator, String rationale, String source) {
    this.column1 = Objects.requireNonNull(column1, "column1");
    this.column2 = Objects.requireNonNull(column2, "column2");
    this.effectiveFrom = effectiveFrom;
    this.deletedOn = deletedOn;
    if (modifierIndicator != 0 && modifierIndicator != 1 && modifierIndicator != 9) {
      throw new IllegalArgumentException("Modifier indicator must be 0, 1 or 9, not "
          + modifierIndicator + " (" + column1 + "/" + column2 + ")");
    }
    this.modifierIndicator = modifierIndicator;
    this.rationale = rationale == null ? "" : rationale;
    this.source = source == null ? "" : source;
  }

  public String column1() {
    return column1;
  }

  public String column2() {
    return column2;
  }

  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(effectiveFrom);
  }

  public Optional<LocalDate> deletedOn() {
    return Optional.ofNullable(deletedOn);
  }

  /** 0 (no modifier allows it), 1 (a modifier may) or 9 (not applicable). */
  public int modifierIndicator() {
    return modifierIndicator;
  }

  public String rationale() {
    return rationale;
  }

  public String source() {
    return source;
  }

  /** True when the edit is in force on {@code date}. */
  public boolean appliesTo(LocalDate date) {
    return modifierIndicator != NOT_APPLICABLE
        && (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (deletedOn == null || date.isBefore(deletedOn));
  }

  @Override
  public String toString() {
    return column1 + "/" + column2;
  }
}
