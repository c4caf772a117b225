package org.facetclaims.core.anatomy;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nerve that facet joint nerve destruction targets on one side: a medial branch of a dorsal
 * ramus, the third occipital nerve (the superficial medial branch of C3), or the L5 dorsal ramus
 * (at L5 the dorsal ramus itself is the target; there is no "L5 medial branch" target).
 *
 * <p>{@link #C3} is the deep C3 medial branch: "C3 medial branch" without a qualifier means it.
 * {@link #C8} exists although there is no C8 vertebra: the C8 nerve exits between C7 and T1.
 */
public enum Nerve {
  THIRD_OCCIPITAL("third occipital nerve"),
  C3("C3 medial branch"), C4("C4 medial branch"), C5("C5 medial branch"),
  C6("C6 medial branch"), C7("C7 medial branch"), C8("C8 medial branch"),
  T1("T1 medial branch"), T2("T2 medial branch"), T3("T3 medial branch"),
  T4("T4 medial branch"), T5("T5 medial branch"), T6("T6 medial branch"),
  T7("T7 medial branch"), T8("T8 medial branch"), T9("T9 medial branch"),
  T10("T10 medial branch"), T11("T11 medial branch"), T12("T12 medial branch"),
  L1("L1 medial branch"), L2("L2 medial branch"), L3("L3 medial branch"),
  L4("L4 medial branch"),
  L5_DORSAL_RAMUS("L5 dorsal ramus");

  private static final Pattern LEVEL = Pattern.compile("(?i)^\\s*([ctl])\\s?(\\d{1,2})\\s*$");
  private static final Pattern TON = Pattern.compile(
      "(?i)^\\s*(?:(?:the\\s+)?third\\s+occipital(?:\\s+nerve)?|ton|c3\\s+superficial(?:\\s+medial)?"
          + "(?:\\s+branch)?)\\s*$");
  private static final Pattern L5DR = Pattern.compile(
      "(?i)^\\s*l\\s?5\\s+(?:dorsal\\s+(?:primary\\s+)?rami|dorsal\\s+(?:primary\\s+)?ramus|"
          + "medial\\s+branch(?:es)?)\\s*$");
  private static final Pattern MEDIAL_BRANCH = Pattern.compile(
      "(?i)^\\s*([ctl])\\s?(\\d{1,2})\\s+(?:deep\\s+)?(?:medial\\s+branch(?:es)?(?:\\s+nerves?)?|mb|mbn)\\s*$");

  private final String label;

  Nerve(String label) {
    this.label = label;
  }

  /** A coder's name: "L3 medial branch", "L5 dorsal ramus", "third occipital nerve". */
  public String label() {
    return label;
  }

  /** The spinal region of the nerve's own level (TON and C3-C8 are cervical). */
  public SpinalRegion region() {
    switch (name().charAt(0)) {
      case 'T':
        return this == THIRD_OCCIPITAL ? SpinalRegion.CERVICAL : SpinalRegion.THORACIC;
      case 'L':
        return SpinalRegion.LUMBAR;
      default:
        return SpinalRegion.CERVICAL;
    }
  }

  /**
   * The code family this nerve is counted in under the legacy (per-nerve, 2007-2011) edition:
   * the family of the nerve's own vertebral level, so T12 is cervical/thoracic (64626/64627) and
   * L1 is lumbar/sacral (64622/64623).
   */
  public JointFamily legacyFamily() {
    return region() == SpinalRegion.LUMBAR ? JointFamily.LUMBAR_SACRAL
        : JointFamily.CERVICAL_THORACIC;
  }

  /** The joints (one or two) this nerve supplies on its side. */
  public ImmutableSet<FacetJoint> joints() {
    return NerveSupply.jointsOf(this);
  }

  /**
   * The facet nerve that a single vertebral level names under the nerve reading of a level list:
   * C3-C7, T1-T12 and L1-L4 name their medial branch, L5 names the L5 dorsal ramus; C0, C1, C2
   * and S1 name no facet nerve of the table.
   */
  public static Optional<Nerve> atLevel(Vertebra level) {
    switch (level) {
      case C0: case C1: case C2: case S1:
        return Optional.empty();
      case L5:
        return Optional.of(L5_DORSAL_RAMUS);
      default:
        return Optional.of(valueOf(level.name()));
    }
  }

  /**
   * Parses a nerve name: "L3" or "L3 medial branch" (a medial branch), "C8", "L5 dorsal ramus",
   * "L5 medial branch" (read as the L5 dorsal ramus), "third occipital nerve", "TON".
   *
   * @throws IllegalArgumentException when the text names no facet nerve (for example "S1" or "L6")
   */
  public static Nerve parse(String text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "Not a facet nerve (expected e.g. \"L3 medial branch\", \"L5 dorsal ramus\", "
            + "\"third occipital nerve\"): \"" + text + "\""));
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  public static Optional<Nerve> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (TON.matcher(text).matches()) {
      return Optional.of(THIRD_OCCIPITAL);
    }
    if (L5DR.matcher(text).matches()) {
      return Optional.of(L5_DORSAL_RAMUS);
    }
    Matcher m = MEDIAL_BRANCH.matcher(text);
    if (!m.matches()) {
      m = LEVEL.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String name = m.group(1).toUpperCase(Locale.ROOT) + Integer.parseInt(m.group(2));
    if (name.equals("L5")) {
      return Optional.of(L5_DORSAL_RAMUS);
    }
    for (Nerve n : values()) {
      if (n.name().equals(name)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
