package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The rolling-window arithmetic of the session limits (2 RF sessions, 4 diagnostic sessions per
 * region per rolling 12 months), as pure functions over session dates, so that a claims audit
 * can apply the same limits without a coded session. An earlier session on D counts against a
 * session on S when {@code D <= S < D + window} (29 February plus 12 months is 28 February);
 * several records on one date are one session.
 *
 * <pre>{@code
 * RollingWindows.overLimit(List.of(jan1, feb1, mar1, apr1, may1), 4, Period.ofMonths(12));
 * // [may1]: the fifth session in 12 months
 * }</pre>
 */
public final class RollingWindows {
  private RollingWindows() {}

  /**
   * The sessions (distinct dates, ascending) beyond {@code max} in a rolling window: each date
   * counts the sessions on it and before it within the window, and is over the limit when that
   * count exceeds {@code max}.
   *
   * @throws IllegalArgumentException when max is below 1 or the window is not positive
   */
  public static ImmutableList<LocalDate> overLimit(Collection<LocalDate> sessionDates, int max,
      Period window) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("Need a limit of at least 1 and a positive window");
    }
    List<LocalDate> dates = new ArrayList<>(new TreeSet<>(sessionDates));
    ImmutableList.Builder<LocalDate> over = ImmutableList.builder();
    for (int i = 0; i < dates.size(); i++) {
      LocalDate s = dates.get(i);
      int n = 0;
      for (int j = 0; j <= i; j++) {
        if (inWindow(dates.get(j), s, window)) {
          n++;
        }
      }
      if (n > max) {
        over.add(s);
      }
    }
    return over.build();
  }

  /** True when a session on {@code earlier} counts against one on {@code date}. */
  public static boolean inWindow(LocalDate earlier, LocalDate date, Period window) {
    return !earlier.isAfter(date) && date.isBefore(earlier.plus(window));
  }
}
