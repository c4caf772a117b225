package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.Severity;
import org.facetclaims.core.anatomy.FacetJoint;

/**
 * Something a text says that a coder must confirm with the physician, as the grammar reads it:
 * what it is, the words it is about (verbatim, at most {@value #MAX_FRAGMENT} characters), the
 * finding it becomes, a message and the question to ask, and, where the text allows several
 * readings, the joints of each reading. Immutable.
 *
 * <p>The FHIR reader turns each question into a finding at the element the text came from. The
 * severity is the finding's: a question about a site that is coded anyway is a warning; only a
 * reading that cannot be coded at all is an error (and the core raises those itself, for example
 * FC-206 for a level list whose readings give different lines).
 *
 * @param kind what the question is about
 * @param fragment the words it is about, verbatim and cut at {@value #MAX_FRAGMENT} characters
 * @param code the finding it becomes
 * @param message what the grammar read, for a coder
 * @param question what to ask the physician
 * @param readings the joints of each reading the text allows, in the order the message names
 *     them (empty when the question has no alternative readings)
 */
public record TextQuestion(Kind kind, String fragment, FindingCode code, String message,
    String question, List<Set<FacetJoint>> readings) {
  /** Longest fragment quoted; notes are patient records and are never copied whole. */
  public static final int MAX_FRAGMENT = 60;

  /** What a question is about. */
  public enum Kind {
    /**
     * A hyphenated range of single vertebrae ("L2-L4", "C2-6"): read as vertebrae it names the
     * joints between them, read as medial-branch nerves it names other joints. The site is a
     * level list ({@code TreatedSite.levels}); the core compares the readings (FC-205 when the
     * lines agree, FC-206 when they differ). Readings: [as vertebrae, as nerves] (the second
     * empty when a level names no facet nerve, as S1 or C2).
     */
    HYPHENATED_RANGE,
    /**
     * A list of needle targets and a list of joints stated with it ("L4, L5, sacral ala (to
     * denerve the joints at L3-4, L4-5 and L5-S1)") that name different joints. The targets
     * are coded; the stated joints they do not reach are in {@link TextReading#unplaced()}.
     * Readings: [joints of the targets, joints stated].
     */
    TARGETS_DISAGREE,
    /** Template text not filled in: "right/left", "***", "[ ]", "[LEVEL]", "{{side}}", "___". */
    TEMPLATE_LEFTOVER,
    /**
     * Different lesion temperatures for different sites ("80 °C at C4 and C5; the C6 lesion at
     * 60 °C"); see {@link TextReading#lesionTemperatures()}.
     */
    LESION_TEMPERATURES_DIFFER,
    /**
     * L4/L5 dorsal rami or the sacral ala named with the sacroiliac joint or the S1-S3 lateral
     * branches: sacroiliac joint targets (64625), not facet sites; see {@link
     * TextReading#sacroiliacTargets()}.
     */
    SACROILIAC_TARGETS
  }

  public TextQuestion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(question, "question");
    fragment = fragment == null ? "" : fragment.length() > MAX_FRAGMENT
        ? fragment.substring(0, MAX_FRAGMENT) + "..." : fragment;
    ImmutableList.Builder<Set<FacetJoint>> b = ImmutableList.builder();
    if (readings != null) {
      for (Set<FacetJoint> r : readings) {
        b.add(ImmutableSet.copyOf(r));
      }
    }
    readings = b.build();
  }

  /** The severity of the finding the question becomes. */
  public Severity severity() {
    return code.severity();
  }
}
