package org.facetclaims.core.coverage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of dates of service, {@code [from, to)}: from a first date (inclusive) to an end date
 * (exclusive), either of which may be open. ICD-10-CM validity is a DateRange from one 1 October
 * (the start of a fiscal year) to another. Immutable.
 */
public final class DateRange {
  private static final DateRange ALWAYS = new DateRange(null, null);

  private final LocalDate from;
  private final LocalDate to;

  private DateRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException("Empty date range: " + from + " to " + to);
    }
    this.from = from;
    this.to = to;
  }

  /**
   * The dates from {@code from} (inclusive, null: open) up to {@code to} (exclusive, null: open).
   *
   * @throws IllegalArgumentException when {@code to} is not after {@code from}
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return from == null && to == null ? ALWAYS : new DateRange(from, to);
  }

  /** Every date. */
  public static DateRange always() {
    return ALWAYS;
  }

  /**
   * The ICD-10-CM fiscal years {@code firstYear} through {@code lastYear} (null: still valid):
   * fiscal year 2016 runs from 2015-10-01 to 2016-09-30.
   */
  public static DateRange fiscalYears(int firstYear, Integer lastYear) {
    return of(LocalDate.of(firstYear - 1, 10, 1),
        lastYear == null ? null : LocalDate.of(lastYear, 10, 1));
  }

  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** The first date no longer in the range. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /** True when {@code date} is in the range. */
  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange && Objects.equals(from, ((DateRange) o).from)
        && Objects.equals(to, ((DateRange) o).to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /** "2015-10-01 to 2024-09-30", "from 2015-10-01", "every date". */
  @Override
  public String toString() {
    if (from == null && to == null) {
      return "every date";
    }
    if (to == null) {
      return "from " + from;
    }
    return (from == null ? "until " : from + " to ") + to.minusDays(1);
  }
}
