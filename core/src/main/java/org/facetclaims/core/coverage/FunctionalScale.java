package org.facetclaims.core.coverage;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A disability or function scale a record may use to measure "the ability to perform previously
 * painful movements and activities of daily living": its name, its range, and which way is
 * better. The repeat-RF rule of the 2024 LCD text compares a follow-up with the baseline on the
 * same scale. Immutable; the standard scales are constants, others come from {@link #of}.
 *
 * <pre>{@code
 * FunctionalScale odi = FunctionalScale.parse("Oswestry").orElseThrow();   // ODI
 * odi.isImprovement(42, 24);   // true: lower is better
 * }</pre>
 */
public final class FunctionalScale {
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

  /** Oswestry Disability Index, 0-100 %, lower is better. */
  public static final FunctionalScale ODI = new FunctionalScale("ODI", 0, 100, false);
  /** Neck Disability Index, 0-100 % (or 0-50 points scaled), lower is better. */
  public static final FunctionalScale NDI = new FunctionalScale("NDI", 0, 100, false);
  /** Roland-Morris Disability Questionnaire, 0-24, lower is better. */
  public static final FunctionalScale ROLAND_MORRIS =
      new FunctionalScale("Roland-Morris", 0, 24, false);
  /** PROMIS Physical Function, T-score 10-90, higher is better. */
  public static final FunctionalScale PROMIS_PHYSICAL_FUNCTION =
      new FunctionalScale("PROMIS Physical Function", 10, 90, true);

  private final String name;
  private final double min;
  private final double max;
  private final boolean higherIsBetter;

  private FunctionalScale(String name, double min, double max, boolean higherIsBetter) {
    this.name = name;
    this.min = min;
    this.max = max;
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * Another scale.
   *
   * @throws IllegalArgumentException for a blank name or an empty range
   */
  public static FunctionalScale of(String name, double min, double max, boolean higherIsBetter) {
    if (Objects.requireNonNull(name, "name").isBlank() || !(max > min)) {
      throw new IllegalArgumentException("A scale needs a name and a range: " + name);
    }
    return new FunctionalScale(name.strip(), min, max, higherIsBetter);
  }

  /**
   * A standard scale named anywhere in a text, as records name an Observation ("Oswestry
   * Disability Index score", "PROMIS physical function T-score", "RMDQ total"); words in any case.
   */
  public static Optional<FunctionalScale> namedIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = " " + NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    if (t.contains(" oswestry ") || t.contains(" odi ")) {
      return Optional.of(ODI);
    }
    if (t.contains(" neck disability ") || t.contains(" ndi ")) {
      return Optional.of(NDI);
    }
    if (t.contains(" roland ") || t.contains(" rmdq ")) {
      return Optional.of(ROLAND_MORRIS);
    }
    if (t.contains(" promis ") && t.contains(" physical function")) {
      return Optional.of(PROMIS_PHYSICAL_FUNCTION);
    }
    return Optional.empty();
  }

  /**
   * A standard scale by a name records use: ODI / Oswestry, NDI / Neck Disability Index,
   * Roland-Morris / RMDQ, PROMIS PF / PROMIS Physical Function (case and punctuation ignored).
   */
  public static Optional<FunctionalScale> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    switch (t) {
      case "odi":
      case "oswestry":
      case "oswestrydisabilityindex":
        return Optional.of(ODI);
      case "ndi":
      case "neckdisabilityindex":
        return Optional.of(NDI);
      case "rolandmorris":
      case "rmdq":
      case "rolandmorrisdisabilityquestionnaire":
        return Optional.of(ROLAND_MORRIS);
      case "promispf":
      case "promisphysicalfunction":
        return Optional.of(PROMIS_PHYSICAL_FUNCTION);
      default:
        return Optional.empty();
    }
  }

  public String name() {
    return name;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  /** True when a higher score means better function. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** True when {@code score} is within the scale's range. */
  public boolean inRange(double score) {
    return score >= min && score <= max;
  }

  /** True when the follow-up score is better than the baseline (any improvement). */
  public boolean isImprovement(double baseline, double followUp) {
    return higherIsBetter ? followUp > baseline : followUp < baseline;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FunctionalScale)) {
      return false;
    }
    FunctionalScale s = (FunctionalScale) o;
    return name.equalsIgnoreCase(s.name) && min == s.min && max == s.max
        && higherIsBetter == s.higherIsBetter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name.toLowerCase(Locale.ROOT), min, max, higherIsBetter);
  }

  @Override
  public String toString() {
    return name;
  }
}
