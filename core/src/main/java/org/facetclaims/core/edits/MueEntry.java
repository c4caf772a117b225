package org.facetclaims.core.edits;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One Medically Unlikely Edit: the most units of a code a provider would report for one patient on
 * one date of service, with the dates it is in force and where the value comes from.
 */
public final class MueEntry {
  private final String code;
  private final int maxUnits;
  private final int adjudicationIndicator;
  private final String rationale;
  private final LocalDate effectiveFrom;
  private final LocalDate effectiveThrough;
  private final String source;

  /**
   * An entry.
   *
   * @param adjudicationIndicator CMS's MAI: 1 line edit, 2 date-of-service policy, 3 date-of-service
   *     clinical; 0 when unknown
   * @param effectiveFrom first date of service, or null for no start
   * @param effectiveThrough last date of service, or null while in force
   */
  public MueEntry(String code, int maxUnits, int adjudicationIndicator, String rationale,
      LocalDate effectiveFrom, LocalDate effectiveThrough, String source) {
    this.code = Objects.requireNonNull(code, "code");
    if (maxUnits < 0) {
      throw new IllegalArgumentException("MUE value for " + code + " is negative");
    }
    this.maxUnits = maxUnits;
    this.adjudicationIndicator = adjudicationIndicator;
    this.rationale = rationale == null ? "" : rationale;
    this.effectiveFrom = effectiveFrom;
    this.effectiveThrough = effectiveThrough;
    this.source = source == null ? "" : source;
  }

  public String code() {
    return code;
  }

  /** The MUE value. */
  public int maxUnits() {
    return maxUnits;
  }

  /** The MUE adjudication indicator (1, 2 or 3; 0 when unknown). */
  public int adjudicationIndicator() {
    return adjudicationIndicator;
  }

  public String rationale() {
    return rationale;
  }

  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(effectiveFrom);
  }

  public Optional<LocalDate> effectiveThrough() {
    return Optional.ofNullable(effectiveThrough);
  }

  /** Where the value comes from. */
  public String source() {
    return source;
  }

  /** True when the entry is in force on {@code date}. */
  public boolean appliesTo(LocalDate date) {
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveThrough == null || !date.isAfter(effectiveThrough));
  }

  @Override
  public String toString() {
    return code + " MUE " + maxUnits;
  }
}
