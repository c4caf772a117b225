package org.facetclaims.core.medicare;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * The policy selections a catalog has made, by state of service (or none) and date of service,
 * so that the sessions of one state and day share one selection: every session asks for it
 * twice (the lines' layout before coding, the checks after), a bulk run asks millions of times
 * for a few thousand distinct days, and making one walks every contractor's versions and writes
 * the texts of its findings (the unknown-state FC-631 names the date, so a selection cannot be
 * shared across days).
 *
 * <p>A direct-mapped table of {@value #SLOTS} entries: the slot is the date's epoch day plus a
 * step per state, so the consecutive days of one state never share a slot (about 22 years of
 * them fit), where hashing {@link LocalDate} in a hash map put the same day of different years
 * into one bucket. Each entry keeps its state and day, so a slot holding another key is a miss,
 * made again and replaced, never another date's or state's answer. Bounded by construction (the
 * table never grows); lock-free and thread-safe: entries are immutable, published through an
 * {@link AtomicReferenceArray}, and two threads making the same selection at once make equal
 * values.
 */
final class SelectionCache {
  static final int SLOTS = 8192;
  private static final int MASK = SLOTS - 1;
  /** Spreads the states over the table: an odd step, far from a year of days. */
  private static final int STATE_STEP = 1601;

  /** One selection with its key. */
  private record Entry(UsState state, long epochDay, PolicySelection selection) {}

  private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

  /**
   * The selection for {@code state} (null: unknown) on {@code date}: the one kept, or {@code
   * make}'s, then kept.
   */
  PolicySelection get(UsState state, LocalDate date,
      BiFunction<UsState, LocalDate, PolicySelection> make) {
    long day = date.toEpochDay();
    int slot = slot(state, day);
    Entry e = slots.get(slot);
    if (e != null && e.epochDay == day && sameState(e.state, state)) {
      return e.selection;
    }
    PolicySelection made = make.apply(state, date);
    slots.set(slot, new Entry(state, day, made));
    return made;
  }

  static int slot(UsState state, long epochDay) {
    int s = state == null ? 0 : state.usps().hashCode() * STATE_STEP;
    return (int) (epochDay + s) & MASK;
  }

  private static boolean sameState(UsState a, UsState b) {
    return a == b || (a != null && a.equals(b));
  }
}
