package org.facetclaims.fhir.text;

import static org.facetclaims.core.anatomy.Laterality.BILATERAL;
import static org.facetclaims.core.anatomy.Laterality.LEFT;
import static org.facetclaims.core.anatomy.Laterality.RIGHT;
import static org.facetclaims.core.technique.NeurolyticMethod.THERMAL_RF;
import static org.facetclaims.fhir.text.GrammarCase.text;
import static org.facetclaims.fhir.text.OutOfScopeTarget.FACET_INJECTION_OR_BLOCK;
import static org.facetclaims.fhir.text.OutOfScopeTarget.SACROILIAC_JOINT;
import static org.facetclaims.fhir.text.TextQuestion.Kind.HYPHENATED_RANGE;
import static org.facetclaims.fhir.text.TextQuestion.Kind.LESION_TEMPERATURES_DIFFER;
import static org.facetclaims.fhir.text.TextQuestion.Kind.SACROILIAC_TARGETS;
import static org.facetclaims.fhir.text.TextQuestion.Kind.TEMPLATE_LEFTOVER;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms clinicians write that the grammar reads as of this release, one table per form
 * (docs/text-grammar.md shows each with an example). Sentences written for the test; the
 * corpus of published sentences is {@link ClinicalCorpusTest}.
 */
class ClinicianFormsTest {
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();

  /**
   * Hyphenated vertebral ranges: ambiguous without a noun or with a nerve noun (a level list, with
   * both readings in a question); joints with a joint noun; targets with a needle-target noun.
   */
  static Stream<GrammarCase> hyphenatedRanges() {
    return Stream.of(
        text("bilateral L2-L4 RFA")
            .sites("bilateral levels L2, L3, L4").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "L2-L4"),
        text("L3-S1 radiofrequency")
            .sites("levels L3, L4, L5, S1").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "L3-S1"),
        text("C4-C7 on the left")
            .sites("left levels C4, C5, C6, C7")
            .question(HYPHENATED_RANGE, "C4-C7"),
        text("L2-4 medial branch RFA")
            .sites("levels L2, L3, L4").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "L2-4"),
        text("T12-L2 facet RFA")
            .sites("T12-L1", "L1-L2").methods(THERMAL_RF),
        text("L3-L5 facet joints, right")
            .sites("right L3-L4", "right L4-L5"),
        text("Right L3-L5 transverse processes lesioned at 80 C")
            .sites("right L2 medial branch", "right L3 medial branch", "right L4 medial branch")
            .methods(THERMAL_RF).temperature(80),
        text("fusion at L4-L5 or L5-S1"));
  }

  /** Slashed and paired nouns, misspellings and abbreviations coders meet daily. */
  static Stream<GrammarCase> nounsAndSpellings() {
    return Stream.of(
        text("medial/dorsal branch nerves at L2-3")
            .sites("L1 medial branch", "L2 medial branch"),
        text("Left medial and lateral branches of L4 and L5 RFA")
            .sites("left L4 medial branch", "left L5 dorsal ramus").methods(THERMAL_RF),
        text("Right L4 MB/DR RFA")
            .sites("right L4 medial branch").methods(THERMAL_RF),
        text("Right L3 and L4 median branch RFA")
            .sites("right L3 medial branch", "right L4 medial branch").methods(THERMAL_RF),
        text("Left L3 and L4 medial brach RFA")
            .sites("left L3 medial branch", "left L4 medial branch").methods(THERMAL_RF),
        text("RFTC of the left L4-5 facet")
            .sites("left L4-L5").methods(THERMAL_RF),
        text("L4-5 RFL bilaterally")
            .sites("L4-L5").side(BILATERAL).methods(THERMAL_RF),
        text("Right L3, L4 MBRFA")
            .sites("right L3 medial branch", "right L4 medial branch").methods(THERMAL_RF),
        text("Bilateral L4-5 and L5-S1 facet rhizotomy")
            .sites("bilateral L4-L5", "bilateral L5-S1").methods(THERMAL_RF),
        text("Left L3, L4 and L5 neurotomies")
            .sites("left levels L3, L4, L5").methods(THERMAL_RF),
        text("L3 and L4 dorsal primary ramus and L5 DPR, right")
            .sites("right L3 medial branch", "right L4 medial branch", "right L5 dorsal ramus"),
        text("Left L5DR and L4 MB RFA")
            .sites("left L5 dorsal ramus", "left L4 medial branch").methods(THERMAL_RF),
        text("Left TON and C3 RFA")
            .sites("left third occipital nerve", "left C3 medial branch").methods(THERMAL_RF));
  }

  /**
   * Needle targets with the joints the same list states: the joints win when the targets agree;
   * "SA" and "L5-SA", "L5/ala".
   */
  static Stream<GrammarCase> targetsWithJoints() {
    return Stream.of(
        text("TARGETS: L3 and L4 transverse processes (L3-4 joint)")
            .sites("L3-L4"),
        text("TARGET SITES: L4, L5, SA (L4-5 and L5-S1 joints) Left")
            .sites("L4-L5", "L5-S1").side(LEFT),
        text("Targets: L4 and L5 transverse processes and sacral ala (to denerve "
            + "the L4-5 and L5-S1 joints)")
            .sites("L4-L5", "L5-S1"),
        text("Right L5-SA facet RFA")
            .sites("right L5-S1").methods(THERMAL_RF),
        text("Right L5/ala RFA")
            .sites("right L5-S1").methods(THERMAL_RF));
  }

  /** Template text not filled in is a question, never a side (and never bilateral). */
  static Stream<GrammarCase> templateLeftovers() {
    return Stream.of(
        text("Right/left L4-5 RFA")
            .sites("L4-L5").methods(THERMAL_RF)
            .question(TEMPLATE_LEFTOVER, "Right/left"),
        text("Side: *** Levels: L4-5 RFA")
            .sites("L4-L5").methods(THERMAL_RF)
            .question(TEMPLATE_LEFTOVER, "***"),
        text("[ ] Right [X] Left L4-5 facet RFA")
            .sites("left L4-L5").methods(THERMAL_RF),
        text("[ ] Right [ ] Left L4-5 facet RFA")
            .sites("L4-L5").methods(THERMAL_RF)
            .question(TEMPLATE_LEFTOVER, "[ ]")
            .question(TEMPLATE_LEFTOVER, "[ ]"),
        text("Medial branch RFA at [LEVEL] on the [SIDE]").methods(THERMAL_RF).facetTarget(true)
            .question(TEMPLATE_LEFTOVER, "[LEVEL]")
            .question(TEMPLATE_LEFTOVER, "[SIDE]"),
        text("{{side}} L4-5 RFA")
            .sites("L4-L5").methods(THERMAL_RF)
            .question(TEMPLATE_LEFTOVER, "{{side}}"),
        // A level left blank, and one placeholder word in brackets in lower case.
        text("Left L__-L__ facet RFA")
            .side(LEFT).methods(THERMAL_RF).facetTarget(true)
            .question(TEMPLATE_LEFTOVER, "L__-L__"),
        text("Medial branch RFA at [level], C__ and C__/C__")
            .methods(THERMAL_RF).facetTarget(true)
            .question(TEMPLATE_LEFTOVER, "[level]")
            .question(TEMPLATE_LEFTOVER, "C__")
            .question(TEMPLATE_LEFTOVER, "C__/C__"),
        // Two words in lower case are prose, not a placeholder; "L_" is not a blank level.
        text("Right L4-5 RFA [levels treated] L_")
            .sites("right L4-L5").methods(THERMAL_RF));
  }

  /**
   * Compact sides ("R", "L", "(R)", "R-sided") and device names that look like levels.
   */
  static Stream<GrammarCase> compactNotation() {
    return Stream.of(
        text("R C5, C6 MBRF")
            .sites("right C5 medial branch", "right C6 medial branch").methods(THERMAL_RF),
        text("L L3-4 RFA")
            .sites("left L3-L4").methods(THERMAL_RF),
        text("R-sided L4-5 RFA")
            .sites("right L4-L5").methods(THERMAL_RF),
        text("L4-5 (R), L5-S1 (L) RFA")
            .sites("right L4-L5", "left L5-S1").methods(THERMAL_RF),
        text("L4-L5 (left) and L5-S1 (R) facet RFA")
            .sites("left L4-L5", "right L5-S1").methods(THERMAL_RF),
        text("22-gauge SMK-C10 cannulae at L4 and L5 medial branches, right")
            .sites("right L4 medial branch", "right L5 dorsal ramus"),
        text("A C10 cannula was used for the left L3-4 RF")
            .sites("left L3-L4").methods(THERMAL_RF));
  }

  /**
   * Different lesion temperatures for different sites; one text temperature, or a ramp in one
   * clause, is not per site.
   */
  static Stream<GrammarCase> lesionTemperatures() {
    return Stream.of(
        text("Lesions at 80 °C at C4 and C5; the C6 lesion was made at 60 °C.")
            .sites("C4 medial branch", "C5 medial branch", "C6 medial branch").methods(THERMAL_RF)
            .temperature(80)
            .question(LESION_TEMPERATURES_DIFFER,
                "C4 medial branch at 80 °C; C5 medial branch at 80 °C; C6 med...")
            .lesionTemperatures("C4 medial branch at 80 °C", "C5 medial branch at 80 °C",
                "C6 medial branch at 60 °C"),
        text("Lesions at the T12, L1 and L2 levels.").sites("levels T12, L1, L2")
            .methods(THERMAL_RF),
        text("Right L3 and L4 medial branches lesioned at 80 C, then at 90 C.")
            .sites("right L3 medial branch", "right L4 medial branch").methods(THERMAL_RF)
            .temperature(90),
        text("Right L3 and L4 medial branches. L3 lesioned at 80 C; L4 lesioned at 80 C.")
            .sites("right L3 medial branch", "right L4 medial branch").methods(THERMAL_RF)
            .temperature(80),
        text("Right L3 and L4 medial branches. L3 lesioned at 80 C; L4 lesioned at 60 C.")
            .sites("right L3 medial branch", "right L4 medial branch").methods(THERMAL_RF)
            .temperature(80)
            .lesionTemperatures("right L3 medial branch at 80 °C",
                "right L4 medial branch at 60 °C")
            .question(LESION_TEMPERATURES_DIFFER,
                "right L3 medial branch at 80 °C; right L4 medial branch at 6..."));
  }

  /**
   * Sacroiliac procedures name the L4/L5 dorsal rami: their sites are sacroiliac targets, not facet
   * sites.
   */
  static Stream<GrammarCase> sacroiliac() {
    return Stream.of(
        text("Left L4 and L5 dorsal rami and S1-S3 lateral branches were lesioned.")
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "left L4 medial branch, left L5 dorsal ramus")
            .sacroiliacTargets("left L4 medial branch", "left L5 dorsal ramus"),
        text("Right SI joint RFA: L5 dorsal ramus, S1, S2 and S3.").side(RIGHT).methods(THERMAL_RF)
            .outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus, S1, S2 and S3")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("Bilateral L3, L4 medial branches and L5 dorsal ramus RFA. History of SI joint RFA.")
            .sites("bilateral L3 medial branch", "bilateral L4 medial branch",
                "bilateral L5 dorsal ramus")
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT),
        text("medial branch nerve blocks at L3, L4 with diagnostic MBB")
            .outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true));
  }

  /** A line break after a word that cannot end a phrase does not end it. */
  static Stream<GrammarCase> lineBreaks() {
    return Stream.of(
        text("Radiofrequency ablation of thoracic medial branches at Right\nT9, T10, T11")
            .sites("right T9 medial branch", "right T10 medial branch", "right T11 medial branch")
            .methods(THERMAL_RF),
        text("Laterality: Right\nLevels: L4-5, L5-S1")
            .sites("right L4-L5", "right L5-S1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void hyphenatedRanges(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void nounsAndSpellings(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void targetsWithJoints(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void templateLeftovers(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void compactNotation(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void lesionTemperatures(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sacroiliac(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void lineBreaks(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }
}
