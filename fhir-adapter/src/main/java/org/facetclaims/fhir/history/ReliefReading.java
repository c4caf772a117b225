package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;

/**
 * What the {@link ReliefGrammar} read from one text: the relief in percent and how many whole
 * months it lasted, each when the text states exactly one readable value, and what it saw but
 * could not read (a range, an approximation, a negation, a duration in weeks). Immutable.
 */
public final class ReliefReading {
  static final ReliefReading EMPTY = new ReliefReading(OptionalInt.empty(), OptionalInt.empty(),
      ImmutableList.of(), ImmutableList.of());

  private final OptionalInt percent;
  private final OptionalInt months;
  private final ImmutableList<String> unreadPercent;
  private final ImmutableList<String> unreadDuration;

  ReliefReading(OptionalInt percent, OptionalInt months, ImmutableList<String> unreadPercent,
      ImmutableList<String> unreadDuration) {
    this.percent = percent;
    this.months = months;
    this.unreadPercent = unreadPercent;
    this.unreadDuration = unreadDuration;
  }

  /** The relief in percent (0-100), when stated once and readably. */
  public OptionalInt percent() {
    return percent;
  }

  /** How many whole months the relief lasted, when stated once and readably. */
  public OptionalInt months() {
    return months;
  }

  /** Relief statements seen but not read, each with the reason; empty when all were read. */
  public ImmutableList<String> unreadPercent() {
    return unreadPercent;
  }

  /** Duration statements seen but not read, each with the reason. */
  public ImmutableList<String> unreadDuration() {
    return unreadDuration;
  }

  /** True when nothing about relief was seen. */
  public boolean isEmpty() {
    return percent.isEmpty() && months.isEmpty() && unreadPercent.isEmpty()
        && unreadDuration.isEmpty();
  }

  @Override
  public String toString() {
    return "relief " + (percent.isPresent() ? percent.getAsInt() + "%" : "?") + ", "
        + (months.isPresent() ? months.getAsInt() + " months" : "? months")
        + (unreadPercent.isEmpty() && unreadDuration.isEmpty() ? ""
            : ", unread " + unreadPercent + unreadDuration);
  }
}
