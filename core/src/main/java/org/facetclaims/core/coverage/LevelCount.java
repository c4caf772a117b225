package org.facetclaims.core.coverage;

/**
 * The level limit counted from claim lines, which say their units and side modifiers but not
 * their joints: a primary unit is the first level of its sides, and each add-on unit the next
 * level of its side (of both sides under modifier 50), after the first level even when no primary
 * line is billed (an add-on is "each additional joint"). The units at levels beyond the limit are
 * the add-on units after the first levels, in the order the lines are given. One implementation
 * for the coverage checks (claim lines that do not say their joints) and the claims audit.
 *
 * <pre>{@code
 * int[] beyond = new int[2];
 * int levels = LevelCount.count(new boolean[] {false, true}, new int[] {1, 2},
 *     new int[] {LevelCount.BOTH, LevelCount.BOTH}, 2, beyond);
 * // 64635-50 x1, 64636-50 x2: levels 3, beyond [0, 1]
 * }</pre>
 */
public final class LevelCount {
  /** The line's units are of the right side (RT). */
  public static final int RIGHT = 1;
  /** The line's units are of the left side (LT). */
  public static final int LEFT = 2;
  /** Modifier 50: each unit is a level of both sides. */
  public static final int BOTH = RIGHT | LEFT;
  /** No side modifier: the units count on a side of their own. */
  public static final int NO_SIDE = 4;
  /** RT and LT on one line without 50: the units alternate right, left, right, ... */
  public static final int ALTERNATING = 8;

  private static final int[] COUNTED = {RIGHT, LEFT, NO_SIDE};

  private LevelCount() {}

  /** The sides code of a line from its modifiers (50 wins over RT and LT). */
  public static int sides(boolean bilateral, boolean right, boolean left) {
    if (bilateral) {
      return BOTH;
    }
    if (right && left) {
      return ALTERNATING;
    }
    return right ? RIGHT : left ? LEFT : NO_SIDE;
  }

  /** The side of a line's k-th unit (0-based): {@link #RIGHT}, {@link #LEFT}, both or none. */
  public static int unitSides(int sides, int k) {
    return sides == ALTERNATING ? (k % 2 == 0 ? RIGHT : LEFT) : sides;
  }

  /**
   * Counts the levels of one region in one session.
   *
   * @param addOn per line, true for an add-on line (false for a primary)
   * @param units per line, its units
   * @param sides per line, its {@link #sides} code
   * @param max the most levels covered
   * @param beyond receives, per line, its units at levels beyond {@code max}
   * @return the number of levels
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static int count(boolean[] addOn, int[] units, int[] sides, int max, int[] beyond) {
    int n = addOn.length;
    if (units.length != n || sides.length != n || beyond.length < n) {
      throw new IllegalArgumentException("One entry per line in every array");
    }
    int[] counter = new int[NO_SIDE + 1];
    int levels = 0;
    for (int i = 0; i < n; i++) {
      int over = 0;
      for (int k = 0; k < units[i]; k++) {
        int s = unitSides(sides[i], k);
        int level = 1;
        for (int side : COUNTED) {
          if ((s & side) != 0) {
            counter[side] = addOn[i] ? Math.max(counter[side], 1) + 1
                : Math.max(counter[side], 1);
            level = Math.max(level, counter[side]);
          }
        }
        if (level > max) {
          over++;
        }
        levels = Math.max(levels, level);
      }
      beyond[i] = over;
    }
    return levels;
  }
}
