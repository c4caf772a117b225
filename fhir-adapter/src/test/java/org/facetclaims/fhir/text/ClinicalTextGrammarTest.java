package org.facetclaims.fhir.text;

import static org.facetclaims.core.anatomy.Laterality.BILATERAL;
import static org.facetclaims.core.anatomy.Laterality.LEFT;
import static org.facetclaims.core.anatomy.Laterality.RIGHT;
import static org.facetclaims.core.technique.Imaging.CT;
import static org.facetclaims.core.technique.Imaging.FLUOROSCOPY;
import static org.facetclaims.core.technique.Imaging.MRI;
import static org.facetclaims.core.technique.Imaging.NONE;
import static org.facetclaims.core.technique.Imaging.ULTRASOUND;
import static org.facetclaims.core.technique.NeurolyticAgent.AMMONIUM_SALTS;
import static org.facetclaims.core.technique.NeurolyticAgent.ETHYL_ALCOHOL;
import static org.facetclaims.core.technique.NeurolyticAgent.GLYCEROL;
import static org.facetclaims.core.technique.NeurolyticAgent.HYPERTONIC_SALINE;
import static org.facetclaims.core.technique.NeurolyticAgent.HYPOTONIC_SOLUTION;
import static org.facetclaims.core.technique.NeurolyticAgent.PHENOL;
import static org.facetclaims.core.technique.NeurolyticMethod.CHEMICAL;
import static org.facetclaims.core.technique.NeurolyticMethod.COOLED_RF;
import static org.facetclaims.core.technique.NeurolyticMethod.CRYOABLATION;
import static org.facetclaims.core.technique.NeurolyticMethod.ELECTRICAL_HEAT;
import static org.facetclaims.core.technique.NeurolyticMethod.LASER;
import static org.facetclaims.core.technique.NeurolyticMethod.PULSED_RF;
import static org.facetclaims.core.technique.NeurolyticMethod.THERMAL_RF;
import static org.facetclaims.fhir.text.GrammarCase.text;
import static org.facetclaims.fhir.text.OutOfScopeTarget.FACET_INJECTION_OR_BLOCK;
import static org.facetclaims.fhir.text.OutOfScopeTarget.GENICULAR;
import static org.facetclaims.fhir.text.OutOfScopeTarget.INTERCOSTAL;
import static org.facetclaims.fhir.text.OutOfScopeTarget.PERIPHERAL_NERVE;
import static org.facetclaims.fhir.text.OutOfScopeTarget.SACROILIAC_JOINT;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar, table by table: sentences as they appear in procedure notes, code text and
 * body-site displays, each with the complete expected reading (see {@link GrammarCase}).
 */
class ClinicalTextGrammarTest {
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();

  static Stream<GrammarCase> jointNotations() {
    return Stream.of(
        text("Left L4-L5 facet joint").sites("left L4-L5"),
        text("L4-5").sites("L4-L5"),
        text("Right L4/5 facet").sites("right L4-L5"),
        text("L4/L5 joint").sites("L4-L5"),
        text("L4\u2013L5 facet joints, left").sites("left L4-L5"),
        text("Left L4\u2014L5 zygapophyseal joint").sites("left L4-L5"),
        text("C3/4 facet joint").sites("C3-C4"),
        text("Right C2-3 facet joint").sites("right C2-C3"),
        text("C7-T1 facet joint, right").sites("right C7-T1"),
        text("T12-L1 facet").sites("T12-L1"),
        text("at the L5-S1 level").sites("L5-S1"),
        text("C0-C1 joint").sites("C0-C1"),
        text("Right C1-C2 joint").sites("right C1-C2"),
        text("Structure of C2/C3 facet joint").sites("C2-C3"),
        text("Structure of zygapophyseal joint of L4-L5").sites("L4-L5"),
        text("T5-T6 facet joint").sites("T5-T6"),
        text("Left L3-L4 facet joint").sites("left L3-L4"),
        text("Right L5-S1 facet joint").sites("right L5-S1"));
  }

  static Stream<GrammarCase> listsAndRanges() {
    return Stream.of(
        text("L3-L4, L4-L5 and L5-S1 facet joints").sites("L3-L4", "L4-L5", "L5-S1"),
        text("Bilateral L3-4 through L5-S1 facet joints")
            .sites("bilateral L3-L4", "bilateral L4-L5", "bilateral L5-S1"),
        text("L2 through L4 medial branches")
            .sites("L2 medial branch", "L3 medial branch", "L4 medial branch"),
        text("Right L3-4 thru L4-5").sites("right L3-L4", "right L4-L5"),
        text("medial branches from L3 to L5")
            .sites("L3 medial branch", "L4 medial branch", "L5 dorsal ramus"),
        text("L4-5 & L5-S1 facets").sites("L4-L5", "L5-S1"),
        text("T12-L1 through L2-L3 facet joints").sites("T12-L1", "L1-L2", "L2-L3"),
        text("C2-3 through C4-5 facet joints, left").sites("left C2-C3", "left C3-C4", "left C4-C5"),
        text("L4-L5/L5-S1 facet joints").sites("L4-L5", "L5-S1"),
        text("C6 through T1 medial branches").sites("C6 medial branch", "C7 medial branch",
            "C8 medial branch", "T1 medial branch"));
  }

  static Stream<GrammarCase> nerves() {
    return Stream.of(
        text("L3 and L4 medial branches").sites("L3 medial branch", "L4 medial branch"),
        text("medial branches of L3 and L4").sites("L3 medial branch", "L4 medial branch"),
        text("L4 medial branch and L5 dorsal ramus").sites("L4 medial branch", "L5 dorsal ramus"),
        text("L5 dorsal ramus/rami").sites("L5 dorsal ramus"),
        text("Left L5 dorsal rami").sites("left L5 dorsal ramus"),
        text("L5 medial branch").sites("L5 dorsal ramus"),
        text("third occipital nerve").sites("third occipital nerve"),
        text("Right TON").sites("right third occipital nerve"),
        text("C3 medial branch").sites("C3 medial branch"),
        text("C3 superficial medial branch").sites("third occipital nerve"),
        text("T12 MBN").sites("T12 medial branch"),
        text("L4-L5 medial branches").sites("L3 medial branch", "L4 medial branch"),
        text("L4-5 MBN").sites("L3 medial branch", "L4 medial branch"),
        text("L5-S1 medial branch nerves").sites("L4 medial branch", "L5 dorsal ramus"),
        text("C2-3 medial branch").sites("third occipital nerve"),
        text("C7-T1 medial branches").sites("C7 medial branch", "C8 medial branch"),
        text("RIGHT L3,4,5 medial branches")
            .sites("right L3 medial branch", "right L4 medial branch", "right L5 dorsal ramus"),
        text("L3/L4/L5 medial branch nerves")
            .sites("L3 medial branch", "L4 medial branch", "L5 dorsal ramus"),
        text("Dorsal rami of L3, L4 and L5 on the right were lesioned.")
            .sites("right L3 medial branch", "right L4 medial branch", "right L5 dorsal ramus")
            .methods(THERMAL_RF),
        text("TON and C3, C4 medial branches, right side")
            .sites("right third occipital nerve", "right C3 medial branch",
                "right C4 medial branch"));
  }

  static Stream<GrammarCase> levelsAndTargets() {
    return Stream.of(
        text("at the L4, L5 and S1 levels").sites("levels L4, L5, S1"),
        text("levels L3, L4, L5").sites("levels L3, L4, L5"),
        text("Lesions were performed at T10, T11 and T12 levels on the left.")
            .sites("left levels T10, T11, T12").methods(THERMAL_RF),
        text("Levels: L3 through L5").sites("levels L3, L4, L5"),
        text("transverse process of L4 and L5").sites("L3 medial branch", "L4 medial branch"),
        text("L4 and L5 transverse processes and the sacral ala")
            .sites("L3 medial branch", "L4 medial branch", "L5 dorsal ramus"),
        text("junction of the superior articular process and transverse process of L5")
            .sites("L4 medial branch"),
        text("Needles were placed at the junction of the superior articular process and "
            + "transverse process of L4 and L5 and at the sacral ala on the right.")
            .sites("right L3 medial branch", "right L4 medial branch", "right L5 dorsal ramus"),
        text("sacral ala").sites("L5 dorsal ramus"),
        text("L1 transverse process").sites("T12 medial branch"),
        text("The L5 transverse process and the S1 superior articular process were targeted.")
            .sites("L4 medial branch", "L5 dorsal ramus"),
        text("Left L2 and L3 TPs").sites("left L1 medial branch", "left L2 medial branch"),
        text("transverse processes of L3 through L5")
            .sites("L2 medial branch", "L3 medial branch", "L4 medial branch"),
        text("T6 transverse process").unplaced("T6 transverse process"),
        text("C5 transverse process RF").unplaced("C5 transverse process").methods(THERMAL_RF));
  }

  static Stream<GrammarCase> sides() {
    return Stream.of(
        text("Right L2 and L3 medial branches treated.")
            .sites("right L2 medial branch", "right L3 medial branch"),
        text("left L4-L5 and right L5-S1").sites("left L4-L5", "right L5-S1"),
        text("Rt L4-5, Lt L5-S1").sites("right L4-L5", "left L5-S1"),
        text("Rt. L4-5 facet").sites("right L4-L5"),
        text("B/L L4/5 and L5/S1 facet joints").sites("bilateral L4-L5", "bilateral L5-S1"),
        text("Left lumbar radiofrequency neurotomy").side(LEFT).methods(THERMAL_RF),
        text("RF ablation was performed bilaterally.").side(BILATERAL).methods(THERMAL_RF),
        text("L4-5 and L5-S1 facet joints on both sides")
            .sites("bilateral L4-L5", "bilateral L5-S1"),
        text("Right and left L4-L5 facet joints").sites("bilateral L4-L5"),
        text("Left-sided L3-4, L4-5 and right L5-S1 facet RFA.")
            .sites("left L3-L4", "left L4-L5", "right L5-S1").methods(THERMAL_RF),
        text("Facet joints treated: L4-5 (left), L5-S1 (bilateral)")
            .sites("left L4-L5", "bilateral L5-S1"),
        text("L3 and L4 medial branches bilaterally")
            .sites("bilateral L3 medial branch", "bilateral L4 medial branch"),
        text("L4-5 left, L5-S1 right").sites("left L4-L5", "right L5-S1"),
        text("The needles were left in place. Left L4-5 RF.")
            .sites("left L4-L5").methods(THERMAL_RF),
        text("Left leg pain. Right L4-5 RFA").sites("right L4-L5").methods(THERMAL_RF),
        text("Left L4-5 and L5-S1 RF neurotomy. On the right side, L3-4 was treated.")
            .sites("left L4-L5", "left L5-S1", "right L3-L4").methods(THERMAL_RF),
        text("Procedure: RFA. Side: Left. Levels: L4-5, L5-S1.")
            .sites("L4-L5", "L5-S1").side(LEFT).methods(THERMAL_RF),
        text("Right L5-S1 and left L4-L5; performed bilaterally")
            .sites("right L5-S1", "left L4-L5").side(BILATERAL),
        text("Left L4-5. Right lumbar facet RF.")
            .sites("left L4-L5").side(RIGHT).methods(THERMAL_RF).facetTarget(true),
        text("Left lumbar RF. The right side was not treated.")
            .methods(THERMAL_RF),
        text("Left").side(LEFT),
        text("Right and left").side(BILATERAL),
        text("Patient is right-handed. Left L4-5 RFA.").sites("left L4-L5").methods(THERMAL_RF));
  }

  static Stream<GrammarCase> methodsAndTemperatures() {
    return Stream.of(
        text("Left lumbar radiofrequency medial branch neurotomy under fluoroscopy, 80 \u00b0C x 90 s")
            .side(LEFT).methods(THERMAL_RF).temperature(80).imaging(FLUOROSCOPY)
            .facetTarget(true),
        text("Thoracic facet radiofrequency ablation under CT guidance at 80 degrees Celsius")
            .methods(THERMAL_RF).temperature(80).imaging(CT).facetTarget(true),
        text("Lumbar radiofrequency ablation of facet joint nerves with fluoroscopy at 85 C")
            .methods(THERMAL_RF).temperature(85).imaging(FLUOROSCOPY).facetTarget(true),
        text("Right T10 and T11 medial branches lesioned at 80 C.")
            .sites("right T10 medial branch", "right T11 medial branch").methods(THERMAL_RF)
            .temperature(80),
        text("Lesioned at 90\u00b0C x 90 s at each level").methods(THERMAL_RF).temperature(90),
        text("RFA at 80C x 90s").methods(THERMAL_RF).temperature(80),
        text("lesion 85 degrees for 90 seconds").methods(THERMAL_RF).temperature(85),
        text("lesion at 80 degrees C").methods(THERMAL_RF).temperature(80),
        text("lesion at 80\u2103").methods(THERMAL_RF).temperature(80),
        text("C-arm was positioned 25 degrees oblique. Lesion at 80 degrees for 90 seconds.")
            .methods(THERMAL_RF).temperature(80).imaging(FLUOROSCOPY),
        text("Pulsed radiofrequency of the right C3 and C4 medial branches at 42 \u00b0C")
            .sites("right C3 medial branch", "right C4 medial branch").methods(PULSED_RF)
            .temperature(42),
        text("Cooled radiofrequency ablation of the left L3, L4 medial branches and L5 dorsal "
            + "ramus at 60 C")
            .sites("left L3 medial branch", "left L4 medial branch", "left L5 dorsal ramus")
            .methods(COOLED_RF).temperature(60),
        text("Cryoablation of the L3, L4 medial branches and L5 dorsal ramus on the left under "
            + "ultrasound guidance")
            .sites("left L3 medial branch", "left L4 medial branch", "left L5 dorsal ramus")
            .methods(CRYOABLATION).imaging(ULTRASOUND),
        text("Cryoprobe at -70 \u00b0C for 2 minutes").methods(CRYOABLATION).temperature(-70),
        text("Laser facet denervation L4-5 bilaterally").sites("bilateral L4-L5")
            .methods(LASER),
        text("Electrocoagulation of the left L4 medial branch").sites("left L4 medial branch")
            .methods(ELECTRICAL_HEAT),
        text("Chemical neurolysis of the L4-5 facet joint nerves")
            .sites("L3 medial branch", "L4 medial branch").methods(CHEMICAL),
        text("Radiofrequency facet denervation under fluoroscopy").methods(THERMAL_RF)
            .imaging(FLUOROSCOPY).facetTarget(true),
        text("Facet joint nerve neurolysis, fluoroscopic guidance").destruction(true)
            .imaging(FLUOROSCOPY).facetTarget(true),
        text("Temp 36.8 C, BP 120/80, HR 72"),
        text("Temperature 98.6 F"),
        text("Lesions at 80-90 degrees C").methods(THERMAL_RF).temperature(90),
        text("pulsed RF at 42 C followed by conventional RF lesioning at 80 C")
            .methods(PULSED_RF, THERMAL_RF).temperature(80));
  }

  static Stream<GrammarCase> agents() {
    return Stream.of(
        text("Phenol 6% in glycerin").methods(CHEMICAL).agents(PHENOL),
        text("The skin was prepped with chlorhexidine/alcohol. 0.5 mL of dehydrated alcohol was "
            + "injected at each medial branch.")
            .methods(CHEMICAL).agents(ETHYL_ALCOHOL).facetTarget(true),
        text("Alcohol swab was used. Lidocaine 1% and bupivacaine 0.25% with Depo-Medrol were "
            + "injected."),
        text("Social history: drinks alcohol occasionally. Left L4-5 RFA.")
            .sites("left L4-L5").methods(THERMAL_RF),
        text("After skin prep, 1 mL of 50% alcohol was injected at the L3 medial branch")
            .sites("L3 medial branch").methods(CHEMICAL).agents(ETHYL_ALCOHOL),
        text("70% isopropyl alcohol").destruction(false),
        text("Ethanol").methods(CHEMICAL).agents(ETHYL_ALCOHOL),
        text("Dehydrated Alcohol Injection").methods(CHEMICAL).agents(ETHYL_ALCOHOL),
        text("ethyl alcohol neurolysis").methods(CHEMICAL).agents(ETHYL_ALCOHOL),
        text("Glycerol rhizotomy C3 medial branch").sites("C3 medial branch").methods(CHEMICAL)
            .agents(GLYCEROL),
        text("Ammonium sulfate injection of the L3 and L4 medial branches")
            .sites("L3 medial branch", "L4 medial branch").methods(CHEMICAL)
            .agents(AMMONIUM_SALTS),
        text("10% hypertonic saline was injected at the L3 and L4 medial branches")
            .sites("L3 medial branch", "L4 medial branch").methods(CHEMICAL)
            .agents(HYPERTONIC_SALINE),
        text("Sterile water 1 mL injected").methods(CHEMICAL).agents(HYPOTONIC_SOLUTION),
        text("Hypotonic solution").methods(CHEMICAL).agents(HYPOTONIC_SOLUTION),
        text("Methylprednisolone reconstituted with sterile water"),
        text("Phenol neurolysis of the L3 and L4 medial branches with 0.5 mL 6% phenol at each "
            + "level under fluoroscopy")
            .sites("L3 medial branch", "L4 medial branch").methods(CHEMICAL).agents(PHENOL)
            .imaging(FLUOROSCOPY),
        text("Medial branch block with phenol at L3 and L4")
            .sites("L3 medial branch", "L4 medial branch").methods(CHEMICAL).agents(PHENOL),
        text("Lidocaine 1%, bupivacaine 0.5% and triamcinolone 40 mg"));
  }

  static Stream<GrammarCase> imaging() {
    return Stream.of(
        text("CT fluoroscopy guided thoracic RFA at T5-6").sites("T5-T6").methods(THERMAL_RF)
            .imaging(CT),
        text("Ultrasound-guided third occipital nerve RFA").sites("third occipital nerve")
            .methods(THERMAL_RF).imaging(ULTRASOUND),
        text("US-guided C3 medial branch ablation").sites("C3 medial branch")
            .methods(THERMAL_RF).imaging(ULTRASOUND),
        text("MRI of the lumbar spine showed L4-5 facet arthropathy. Fluoroscopically guided "
            + "L4-5 RFA.").sites("L4-L5").methods(THERMAL_RF).imaging(FLUOROSCOPY),
        text("MRI of the lumbar spine showed L4-5 facet arthropathy.").facetTarget(true),
        text("MR-guided L4-5 facet denervation").sites("L4-L5").imaging(MRI).destruction(true),
        text("No fluoroscopy was used; landmark guided.").imaging(NONE),
        text("performed without imaging guidance").imaging(NONE),
        text("Under C arm guidance").imaging(FLUOROSCOPY),
        text("CT").imaging(CT),
        text("T1-weighted MRI"),
        text("under sonographic guidance").imaging(ULTRASOUND));
  }

  static Stream<GrammarCase> outOfScopeTargets() {
    return Stream.of(
        text("Bilateral SI joint radiofrequency ablation of the L5 dorsal ramus and S1-S3 "
            + "lateral branches")
            .sacroiliacTargets("L5 dorsal ramus").side(BILATERAL).methods(THERMAL_RF)
            .outOfScope(SACROILIAC_JOINT)
            .question(TextQuestion.Kind.SACROILIAC_TARGETS, "L5 dorsal ramus"),
        text("S1 lateral branch, S2 lateral branch and S3 lateral branch RFA")
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT),
        text("Right sacroiliac joint denervation").side(RIGHT).outOfScope(SACROILIAC_JOINT)
            .destruction(true),
        text("Genicular nerve RFA of the right knee").methods(THERMAL_RF).outOfScope(GENICULAR),
        text("Intercostal nerve cryoablation T6").sites("levels T6").methods(CRYOABLATION)
            .outOfScope(INTERCOSTAL),
        text("peripheral nerve ablation of the superficial radial nerve").methods(THERMAL_RF)
            .outOfScope(PERIPHERAL_NERVE),
        text("Facet joint injections at L4-5 and L5-S1 with steroid")
            .outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("Intra-articular facet injection L4-5").outOfScope(FACET_INJECTION_OR_BLOCK)
            .facetTarget(true),
        text("After two diagnostic medial branch blocks with 80% relief, bilateral L4-5 and "
            + "L5-S1 RFA was performed.")
            .sites("bilateral L4-L5", "bilateral L5-S1").methods(THERMAL_RF)
            .outOfScope(FACET_INJECTION_OR_BLOCK),
        text("MBB at L3, L4").outOfScope(FACET_INJECTION_OR_BLOCK),
        text("Right L3 and L4 medial branch blocks were performed with bupivacaine. Left L4-5 RFA.")
            .sites("left L4-L5").methods(THERMAL_RF).outOfScope(FACET_INJECTION_OR_BLOCK));
  }

  static Stream<GrammarCase> unplacedAndNoise() {
    return Stream.of(
        text("L5-L6 facet joint RFA").unplaced("L5-L6 facet joint").methods(THERMAL_RF),
        text("L5-L6").unplaced("L5-L6"),
        text("S1-S2").unplaced("S1-S2"),
        text("C8 level").unplaced("C8 level"),
        text("L3-L5 medial branches").sites("levels L3, L4, L5")
            .question(TextQuestion.Kind.HYPHENATED_RANGE, "L3-L5"),
        text("L4, L5, L6 levels").unplaced("L4, L5, L6 levels"),
        text("C1-C2 medial branches").unplaced("C1-C2 medial branches"),
        text("S1 medial branch").unplaced("S1 medial branch"),
        text("Right L4-5 and L5-L6 facet joints").sites("right L4-L5")
            .unplaced("L5-L6 facet joints"),
        text("L4-5-S1 facets").unplaced("L4-5-S1 facets"),
        text("L4-5 disc herniation"),
        text("L5 radiculopathy"),
        text("s/p L4-5 fusion. Bilateral L3-4 facet RFA.").sites("bilateral L3-L4")
            .methods(THERMAL_RF),
        text("History of C5-6 ACDF"),
        text("Prior RFA at L3-4 gave relief. Right L4-5 RFA today.").sites("right L4-L5")
            .methods(THERMAL_RF),
        text("Previous medial branch RFA at L3-4 gave relief. Right L4-5 RFA.")
            .sites("right L4-L5").methods(THERMAL_RF),
        text("Prior to lesioning at L4-5, sensory stimulation was performed.").sites("L4-L5")
            .methods(THERMAL_RF),
        text("Patient had L4-5 disc herniation; bilateral L5-S1 facet arthropathy. RF ablation of "
            + "the right L4-5 and L5-S1 facet joints.")
            .sites("right L4-L5", "right L5-S1").methods(THERMAL_RF),
        text("Spinal stenosis at L3-4 and L4-5. Left L5-S1 RFA.").sites("left L5-S1")
            .methods(THERMAL_RF),
        text("  l4-5 AND l5-s1   FACET   JOINTS ,,, BILATERALLY !! ")
            .sites("bilateral L4-L5", "bilateral L5-S1"),
        text("L4 facet joint RFA").sites("levels L4").methods(THERMAL_RF),
        text("Dx: M47.816, S32.0XXA, T84.84XA, C79.51. Right L4-5 RFA.").sites("right L4-L5")
            .methods(THERMAL_RF),
        text("L2 compression fracture. Left L4-5 RFA.").sites("left L4-L5").methods(THERMAL_RF),
        text("L4-5 grade 1 spondylolisthesis"),
        text("T1-weighted images show L4-5 facet effusions").facetTarget(true));
  }

  static Stream<GrammarCase> moreForms() {
    return Stream.of(
        text("transverse processes of L4 and L5 levels")
            .sites("L3 medial branch", "L4 medial branch"),
        text("C2 medial branch").unplaced("C2 medial branch"),
        text("L4-5 Z-joint").sites("L4-L5"),
        text("L5 posterior primary ramus").sites("L5 dorsal ramus"),
        text("needle at the ala of the sacrum").sites("L5 dorsal ramus"),
        text("occiput-C1 joint").sites("C0-C1"),
        text("T12-T13").unplaced("T12-T13"),
        text("S1 transverse process").unplaced("S1 transverse process"),
        text("RF at 85 deg C").methods(THERMAL_RF).temperature(85),
        text("Coolief RFA").methods(COOLED_RF));
  }

  /** Known limits, documented in docs/text-grammar.md; a change here must update the docs. */
  static Stream<GrammarCase> documentedLimits() {
    return Stream.of(
        text("fluoroscopy was not used").imaging(FLUOROSCOPY),
        text("In 2022 the L3-4 joint was ablated.").sites("L3-L4").methods(THERMAL_RF),
        text("Right L4-5, L5-S1 left").sites("right L4-L5", "right L5-S1"),
        text("L4-5 or L5-S1").sites("L4-L5", "L5-S1"),
        text("L4 dorsal ramus").sites("L4 medial branch"));
  }

  static Stream<GrammarCase> procedureNotes() {
    return Stream.of(
        text("PROCEDURE: Bilateral L3, L4 medial branch and L5 dorsal ramus radiofrequency "
            + "ablation. INDICATION: Lumbar spondylosis with >80% relief from two sets of "
            + "diagnostic medial branch blocks. DESCRIPTION: The patient was placed prone. The "
            + "skin was prepped with ChloraPrep and draped in sterile fashion. Under fluoroscopic "
            + "guidance, 18-gauge RF cannulae were advanced to the junction of the superior "
            + "articular process and transverse process of L4 and L5 bilaterally and to the "
            + "sacral ala bilaterally. Sensory stimulation at 50 Hz and motor stimulation at 2 Hz "
            + "confirmed placement. After 1 mL of 2% lidocaine at each level, lesions were "
            + "created at 80 degrees C for 90 seconds. The needles were removed. The patient "
            + "tolerated the procedure well.")
            .sites("bilateral L3 medial branch", "bilateral L4 medial branch",
                "bilateral L5 dorsal ramus")
            .methods(THERMAL_RF).temperature(80).imaging(FLUOROSCOPY)
            .outOfScope(FACET_INJECTION_OR_BLOCK),
        text("Right C3-4 and C4-5 facet RFA. Right third occipital nerve was also lesioned at 80C "
            + "x 60s, 2 cycles. C-arm used.")
            .sites("right C3-C4", "right C4-C5", "right third occipital nerve")
            .methods(THERMAL_RF).temperature(80).imaging(FLUOROSCOPY),
        text("PRE-OP DX: M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region. "
            + "Procedure: left L2, L3, L4 medial branch RFA.")
            .sites("left L2 medial branch", "left L3 medial branch", "left L4 medial branch")
            .methods(THERMAL_RF),
        text("Bilateral C5-6 and C6-7 medial branch radiofrequency ablation at 85 \u00b0C")
            .sites("bilateral C5 medial branch", "bilateral C6 medial branch",
                "bilateral C7 medial branch")
            .methods(THERMAL_RF).temperature(85),
        text("Procedure: Left T11-12 and T12-L1 facet rhizotomy using CT guidance. Phenol was "
            + "not used.")
            .sites("left T11-T12", "left T12-L1").methods(THERMAL_RF).imaging(CT),
        text("No phenol or alcohol was injected. Left L4-5 RFA.").sites("left L4-L5")
            .methods(THERMAL_RF),
        text("Right L4-5 facet RFA. Left L4-5 facet RFA.").sites("right L4-L5", "left L4-L5")
            .methods(THERMAL_RF),
        text("Levels: L4-5, L5-S1. Right L4-5 and L5-S1 RF neurotomy.")
            .sites("right L4-L5", "right L5-S1").methods(THERMAL_RF),
        text("Bilateral lumbar RF. L4-5 and L5-S1. Right L5-S1 repeated.")
            .sites("L4-L5", "L5-S1", "right L5-S1").side(BILATERAL).methods(THERMAL_RF),
        text("Left L4-5 facet RFA. Left L4-5 facet RFA.").sites("left L4-L5")
            .methods(THERMAL_RF));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void jointNotations(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void listsAndRanges(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void nerves(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void levelsAndTargets(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sides(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void methodsAndTemperatures(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void agents(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void imaging(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void outOfScopeTargets(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unplacedAndNoise(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void moreForms(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void documentedLimits(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void procedureNotes(GrammarCase c) {
    c.check(GRAMMAR.read(c.text));
  }
}
