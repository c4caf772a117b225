package org.facetclaims.core.coverage;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;

/** Shared validation and wording for history entries. */
final class Histories {
  private Histories() {}

  static void addJoints(EnumSet<FacetJoint> into, Collection<FacetJoint> joints,
      JointFamily family) {
    for (FacetJoint j : joints) {
      Objects.requireNonNull(j, "joint");
      if (j.family().orElse(null) != family) {
        throw new IllegalArgumentException(j + " is not in the " + family.label() + " family");
      }
      into.add(j);
    }
  }

  static int percent(int p) {
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("Relief must be 0-100 %: " + p);
    }
    return p;
  }

  static int months(int m) {
    if (m < 0 || m > 1200) {
      throw new IllegalArgumentException("Relief duration must be 0-1200 months: " + m);
    }
    return m;
  }

  /**
   * A relief percent as recorded (maybe fractional or out of range): the whole percent (rounded
   * down, so "at least" values never overstate) when it is 0-100, else a problem in {@code
   * problems} and empty.
   */
  static OptionalInt recordedPercent(double value, String what, List<String> problems) {
    if (Double.isNaN(value) || value < 0 || value > 100) {
      problems.add(what + " " + number(value) + "% is outside 0-100%");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) Math.floor(value));
  }

  /** A duration in months as recorded: whole months (rounded down) when 0-1200, else a problem. */
  static OptionalInt recordedMonths(double value, String what, List<String> problems) {
    if (Double.isNaN(value) || value < 0 || value > 1200) {
      problems.add(what + " of " + number(value) + " months is outside 0-1200 months");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) Math.floor(value));
  }

  static String number(double d) {
    return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d)
        : Double.toString(d);
  }

  static String where(JointFamily family, Set<FacetJoint> joints) {
    if (joints.isEmpty()) {
      return family.label() + ", joints not recorded";
    }
    return family.label() + ": " + joints(joints);
  }

  static String joints(Collection<FacetJoint> joints) {
    StringBuilder sb = new StringBuilder();
    for (FacetJoint j : joints) {
      sb.append(sb.length() == 0 ? "" : ", ").append(j.notation());
    }
    return sb.toString();
  }

  static String relief(OptionalInt percent, OptionalInt months) {
    String p = percent.isPresent() ? percent.getAsInt() + "%" : "% not documented";
    if (months.isPresent()) {
      return p + " lasting " + months.getAsInt() + " months";
    }
    return p;
  }
}
