package org.facetclaims.fhir.text;

import static org.facetclaims.core.anatomy.Laterality.BILATERAL;
import static org.facetclaims.core.anatomy.Laterality.LEFT;
import static org.facetclaims.core.anatomy.Laterality.RIGHT;
import static org.facetclaims.core.technique.Imaging.FLUOROSCOPY;
import static org.facetclaims.core.technique.NeurolyticAgent.ETHYL_ALCOHOL;
import static org.facetclaims.core.technique.NeurolyticAgent.GLYCEROL;
import static org.facetclaims.core.technique.NeurolyticAgent.HYPERTONIC_SALINE;
import static org.facetclaims.core.technique.NeurolyticAgent.PHENOL;
import static org.facetclaims.core.technique.NeurolyticMethod.CHEMICAL;
import static org.facetclaims.core.technique.NeurolyticMethod.COOLED_RF;
import static org.facetclaims.core.technique.NeurolyticMethod.CRYOABLATION;
import static org.facetclaims.core.technique.NeurolyticMethod.PULSED_RF;
import static org.facetclaims.core.technique.NeurolyticMethod.THERMAL_RF;
import static org.facetclaims.fhir.text.GrammarCase.text;
import static org.facetclaims.fhir.text.OutOfScopeTarget.FACET_INJECTION_OR_BLOCK;
import static org.facetclaims.fhir.text.OutOfScopeTarget.SACROILIAC_JOINT;
import static org.facetclaims.fhir.text.TextQuestion.Kind.HYPHENATED_RANGE;
import static org.facetclaims.fhir.text.TextQuestion.Kind.LESION_TEMPERATURES_DIFFER;
import static org.facetclaims.fhir.text.TextQuestion.Kind.SACROILIAC_TARGETS;
import static org.facetclaims.fhir.text.TextQuestion.Kind.TARGETS_DISAGREE;
import static org.facetclaims.fhir.text.TextQuestion.Kind.TEMPLATE_LEFTOVER;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of sentences as clinicians, coders and reviewers wrote them in public sources
 * (operative note templates, forum posts by coders, utilization-review determinations, case
 * reports and articles), each quoted as written, typos included, with its source and its
 * complete expected reading. Every field of a reading is checked exactly (see {@link
 * GrammarCase}).
 *
 * <p>{@link #corpus()} holds the sentences the grammar reads as a careful coder would.
 * {@link #corpusLimits()} holds the few whose reading is a documented limit of the grammar
 * (docs/text-grammar.md, "Limits"): the rows state what the grammar reads today, so that a
 * change to a limit is seen. The procedures that need several texts read together are in
 * {@code CorpusEndToEndTest}.
 */
class ClinicalCorpusTest {
  static final String PG_CERV =
      "https://theprocedureguide.com/sample-opnote-cervical-medial-branch-rad"
      + "iofrequency-ablation/";
  static final String PG_LUMB =
      "https://theprocedureguide.com/sample-opnote-thoracic-lumbar-medial-bra"
      + "nch-radiofrequency-ablation/";
  static final String PG_MBB =
      "https://theprocedureguide.com/diagnostic-lumbar-medial-branch-block-op"
      + "note/";
  static final String PG_TECH =
      "https://theprocedureguide.com/fluoroscopic-guided-thoracic-lumbar-medi"
      + "al-branch-radiofrequency-ablation-technique-and-overview/";
  static final String PG_SIJ =
      "https://theprocedureguide.com/fluoroscopic-guided-sacroiliac-sij-joint"
      + "-dorsal-ramus-and-lateral-branch-radiofrequency-ablation-technique-and"
      + "-overview/";
  static final String AAPC_UNITS =
      "https://aapc.com (forum thread \"64633-64636 billable units\", tschrad"
      + "er, 2015-02-20)";
  static final String AAPC_PULSED =
      "https://aapc.com (forum thread \"Radiofrequency vs. Pulsed Radiofreque"
      + "ncy\", MMOLM4 and dwaldman, 2013-10-29)";
  static final String AAPC_LEVELS =
      "https://aapc.com (forum thread \"How to determine levels in spine\", K"
      + "Beaulieu and KMCFADYEN, 2016-09-13)";
  static final String AAPC_SA =
      "https://aapc.com (forum thread \"RF of SA-S1?\", kseeg23 and dwaldman,"
      + " 2014-07-01)";
  static final String AAPC_L5S123 =
      "https://www.aapc.com/discuss/threads/rfa-of-l5-s1-s2-s3.122210/post-34"
      + "7420";
  static final String AAPC_FIRST =
      "https://aapc.com (forum thread \"Coding my first RFA-Help please!\", J"
      + "inx75 and capricew, 2013-09-09)";
  static final String AAPC_PRF =
      "https://aapc.com (forum thread \"Radiofrequency pulsed lesioning\", dy"
      + "oungberg, 2012-01-17)";
  static final String AAPC_RADIO =
      "https://www.aapc.com/discuss/threads/radio-frequency.126992/post-35968"
      + "9";
  static final String AAPC_T9 =
      "https://www.aapc.com/discuss/threads/how-to-code-rfa--t9t10t11.122823/"
      + "post-349077";
  static final String AAPC_NEEDHELP =
      "https://www.aapc.com/discuss/threads/need-help-coding-rfas.89641/post-"
      + "262280";
  static final String AAPC_SIJ =
      "https://www.aapc.com/memberarea/forums/160139-rfa-sacroliliac-joint.ht"
      + "ml";
  static final String AAPC_RFTC =
      "https://aapc.com/codes/coding-newsletters/my-neurosurgery-coding-alert"
      + "/you-be-the-coder-radiofrequency-thermal-coagulation-article";
  static final String AAPC_ALERT =
      "https://www.aapc.com/codes/coding-newsletters/my-anesthesia-coding-ale"
      + "rt/use-specific-nerve-destroyed-as-key-to-radiofrequency-coding-articl"
      + "e";
  static final String AAPC_SIUNL =
      "https://aapc.com/codes/coding-newsletters/my-anesthesia-coding-alert/r"
      + "eader-questions-unlisted-could-be-best-for-si-radiofrequency-article";
  static final String AAPC_RFA2010 =
      "https://aapc.com (forum thread \"Radiofrequency Ablation\", jaldrich a"
      + "nd rkmcoder, 2010-03-16)";
  static final String MCN =
      "https://medicalcodingnews.org/?p=597";
  static final String DO_C2C5 =
      "https://www.droracle.ai/articles/681227/is-right-and-left-c2-c3-c4-and"
      + "-c5";
  static final String DO_C26 =
      "https://www.droracle.ai/articles/636609/were-procedures-64633-destruct"
      + "ion-by-neurolytic-agent-paravertebral-facet";
  static final String DO_C456 =
      "https://www.droracle.ai/articles/575726/is-right-c4-c5-c6-radiofrequen"
      + "cy-ablation-rfa-under";
  static final String DO_L3S1 =
      "https://www.droracle.ai/articles/554586/is-bilateral-l3-s1-radiofreque"
      + "ncy-ablation-rfa-medically-necessary-for";
  static final String DO_L3S1B =
      "https://www.droracle.ai/articles/500571/is-bilateral-l3-4-l4-5-l5-s1-r"
      + "adiofrequency-ablation-rfa-considered";
  static final String DO_L4DRG =
      "https://www.droracle.ai/articles/694607/is-lumbar-radiofrequency-ablat"
      + "ion-of-the-l4-medial-branches";
  static final String DO_L3L5 =
      "https://www.droracle.ai/articles/640150/is-radiofrequency-facet-denerv"
      + "ation-medically-necessary-for-a-patient";
  static final String DO_L4S1 =
      "https://www.droracle.ai/articles/709159/is-bilateral-lumbar-radiofrequ"
      + "ency-ablation-destruction-by-neurolytic-agent";
  static final String DO_RFT =
      "https://www.droracle.ai/articles/606549/is-bilateral-radiofrequency-th"
      + "ermocoagulation-rft-of-mediallateral-branch-nerves";
  static final String DO_REPEAT =
      "https://www.droracle.ai/articles/591271/is-a-repeat-cervical-radiofreq"
      + "uency-ablation-rfa-medically-necessary";
  static final String DO_T912 =
      "https://www.droracle.ai/articles/567977/is-cervicalthoracic-radiofrequ"
      + "ency-facet-joint-denervation-rfa-with-procedures";
  static final String DO_LT =
      "https://www.droracle.ai/articles/578104/are-the-requested-codes-for-ra"
      + "diofrequency-ablation-j2003-a4649";
  static final String DO_L2S1 =
      "https://www.droracle.ai/articles/620410/is-radiofrequency-ablation-rfa"
      + "-or-surgery-medically-indicated-for";
  static final String DO_MN =
      "https://www.droracle.ai/articles/671177/is-radiofrequency-ablation-of-"
      + "medial-branch-nerves-medically-necessary";
  static final String DO_L3L5B =
      "https://www.droracle.ai/articles/508203/is-medical-necessity-met-for-r"
      + "adiofrequency-facet-denervation-rfd";
  static final String DO_C345 =
      "https://www.droracle.ai/articles/655946/is-radiofrequency-ablation-cod"
      + "es-64633-and-64634-medically-necessary";
  static final String DO_C345B =
      "https://www.droracle.ai/articles/660158/is-radiofrequency-ablation-rfa"
      + "-medically-necessary-for-a-patient";
  static final String DO_C25 =
      "https://www.droracle.ai/articles/655858/is-destruction-by-neurolytic-a"
      + "gent-of-paravertebral-facet-joint";
  static final String DO_TL =
      "https://www.droracle.ai/articles/575145/is-a-thoraco-lumbar-diagnostic"
      + "-medial-branch-block-procedure-medically";
  static final String DO_BLMB =
      "https://www.droracle.ai/articles/585861/is-bilateral-lumbar-medial-bra"
      + "nch-radiofrequency-ablation-64635-64636";
  static final String RADKEY =
      "https://radiologykey.com/cervical-zygapophysial-joint-nerve-medial-bra"
      + "nch-radiofrequency-neurotomy-and-nerve-injection-posterior-approach";
  static final String SPRINGER_CH =
      "https://springerlink.bibliotecabuap.elogim.com/chapter/10.1007/978-3-0"
      + "30-31741-6_3";
  static final String ACCESSANES =
      "http://accessanesthesiology.mhmedical.com/content.aspx?bookid=1158&sec"
      + "tionid=64177092";
  static final String DENVER =
      "http://www.denverbackpainspecialists.com/sacroiliac-joint-rf-ablation-"
      + "l5dr-s1-3-lb/";
  static final String STELZER =
      "https://ar.scribd.com/document/193105009/5 (Stelzer et al., Pain Medic"
      + "ine 2013;14:29-35)";
  static final String RAMASUBBA =
      "https://studylib.net/doc/18841625/cooled-sacroiliac-radiofrequency-den"
      + "ervation-for (Ramasubba and Cohen, Pain Physician 2013;16:1-8)";
  static final String SALMAN =
      "https://ro.scribd.com/document/336101122/Randomized-Controlled-Blind-S"
      + "tudy-Comparing-Sacroiliac-Intra-Articular-Steroid-Injection-to-Radiofr"
      + "equency-Denervation-for-Sacroiliac-Joint-Pain (Salman et al., Egyptian"
      + " Journal of Anaesthesia 2016;32:219-225)";
  static final String PMC5245915 =
      "https://pmc.ncbi.nlm.nih.gov/articles/PMC5245915";
  static final String PMC2267642 =
      "https://pmc.ncbi.nlm.nih.gov/articles/PMC2267642";
  static final String AFIFI =
      "http://ijssurgery.com/content/16/1/33.full.txt";
  static final String YEUNG =
      "http://ijssurgery.com/content/8/23.full.txt";
  static final String PACETTI =
      "https://link.springer.com/article/10.1007%2Fs00701-016-2759-7";
  static final String PAINSPA =
      "https://www.painspa.co.uk/procedure/lumbar-cooled-radiofrequency/";
  static final String ANTHEM =
      "http://www.readbag.com/anthem-medicalguidelines-va-f5-s10-t2-pw-a03888"
      + "6";
  static final String FINDACODE =
      "https://www.findacode.com/articles/nerve-radiofrequency-ablations-3759"
      + "5.html";
  static final String JUSTMYPASSION =
      "http://www.justmypassion.com/FacetJointNerveDestruction-PainManagement"
      + ".html";
  static final String NSWIKI =
      "https://neurosurgerywiki.com/wiki/doku.php?do=export_xhtml&id=lumbar_f"
      + "acet_joint_denervation_technique";

  static Stream<GrammarCase> corpus() {
    return Stream.of(
        text("Procedure: Cervical Radiofrequency Ablation")
            .source(PG_CERV).methods(THERMAL_RF),
        text("Levels Treated: C3-C4,C4-C5,C5-C6")
            .source(PG_CERV).sites("C3-C4", "C4-C5", "C5-C6"),
        text("Laterality: Right")
            .source(PG_CERV).side(RIGHT),
        text("[Written as if right sided at C3-C4, C4-C5, C5-C6. Full procedure technique "
            + "and overview here.]")
            .source(PG_CERV).sites("right C3-C4", "right C4-C5", "right C5-C6"),
        text("Indication: To ablate the nerves involved in the transmission of pain from "
            + "arthritic facet joints.")
            .source(PG_CERV).methods(THERMAL_RF).facetTarget(true),
        text("Based on the results of these two blocks, the patient is an ideal candidate "
            + "for radiofrequency ablation of the same medial branch nerves, which should "
            + "provide significant long-term relief of the facet mediated pain.")
            .source(PG_CERV).methods(THERMAL_RF).facetTarget(true),
        text("The brackets {{ }} are used in the body as placeholders for dynamic variables.")
            .source(PG_CERV).question(TEMPLATE_LEFTOVER, "{{ }}"),
        text("Procedure: Lumbosacral Radiofrequency Ablation")
            .source(PG_LUMB).methods(THERMAL_RF),
        text("Levels Treated: L3-L4,L4-L5,L5-S1")
            .source(PG_LUMB).sites("L3-L4", "L4-L5", "L5-S1"),
        text("Laterality: Left")
            .source(PG_LUMB).side(LEFT),
        text("The patient has undergone two separate diagnostic medial branch blocks/facet "
            + "blocks, both of which produced at least 80% improvement in the patient’s "
            + "usual pain for the expected duration of time.")
            .source(PG_LUMB).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("Procedure: Diagnostic Lumbar Medial Branch Block")
            .source(PG_MBB).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("[Written as if right sided at L3-L4, L4-L5, L5-S1. some {{ }} present for "
            + "placeholders for other information. Full procedure technique and overview "
            + "here.]")
            .source(PG_MBB)
            .sites("right L3-L4", "right L4-L5", "right L5-S1")
            .question(TEMPLATE_LEFTOVER, "{{ }}"),
        text("Thoracic or lumbar medial branch nerve radiofrequency ablation (TRFA or LRFA)")
            .source(PG_TECH).methods(THERMAL_RF).facetTarget(true),
        text("Neurotomy, rhizotomy, “nerve burn”, RFA")
            .source(PG_TECH).methods(THERMAL_RF),
        text("For example, an L4-L5 facet joint is innervated by a branch from the L3 and "
            + "L4 spinal nerve.")
            .source(PG_TECH).sites("L4-L5", "L3 medial branch", "L4 medial branch"),
        text("L4-L5 facet in red. L3 and L4 originating branches in green going to "
            + "innervate that joint.")
            .source(PG_TECH).sites("L4-L5", "levels L3, L4"),
        text("To ablate the medial branch nerves that innervate the facet joints of the "
            + "lumbar or thoracic spine to provide long term relief for facet arthritis.")
            .source(PG_TECH).methods(THERMAL_RF).facetTarget(true),
        text("Sacroiliac Joint (SIJ) Radiofrequency Ablation (RFA)")
            .source(PG_SIJ).methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT),
        text("L4 and L5 dorsal ramus/medial branch and S1, S2, S3 lateral branch "
            + "radiofrequency ablation")
            .source(PG_SIJ)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L4 medial branch, L5 dorsal ramus")
            .sacroiliacTargets("L4 medial branch", "L5 dorsal ramus"),
        text("This means that the L4 dorsal ramus/medial branch sits at the L5 TP/SAP.")
            .source(PG_SIJ).sites("L4 medial branch"),
        text("The L5 dorsal ramus/medial branch sits at the sacral ala.")
            .source(PG_SIJ).sites("L5 dorsal ramus"),
        text("EXAMPLE: See the L3 medial branch circled in green: to block the medial "
            + "branch from the L3 dorsal ramus, you target the TP/SAP junction at L4.")
            .source(PG_SIJ).sites("L3 medial branch"),
        text("This leaves the lateral branches from S1-3 which sit variably lateral to the "
            + "S1-S3 neuroforamen.")
            .source(PG_SIJ).outOfScope(SACROILIAC_JOINT),
        text("So if t5-T6, T6-T7, and T7-T8 is injected I am seeing this as 64633x1 64634x2.")
            .source(AAPC_UNITS).sites("T5-T6", "T6-T7", "T7-T8"),
        text("1. left T5, T6, T7 and T8 Radio-Frequency Ablation (RFA)")
            .source(AAPC_UNITS).sites("left levels T5, T6, T7, T8").methods(THERMAL_RF),
        text("AP fluoroscopy was used to identify the T5, T6, T7 and T8 vertebral bodies.")
            .source(AAPC_UNITS).imaging(FLUOROSCOPY),
        text("The image was optimized to visualize the junctions of the _left_ superior "
            + "articular processes with the transverse processes at the target levels.")
            .source(AAPC_UNITS).side(LEFT),
        text("A 20-gauge RF Stryker needle was then advanced percutaneously through the "
            + "anesthetized skin tracts under fluoroscopic guidance until the non-insulated "
            + "portion of the needles lie at the junctions of the above men")
            .source(AAPC_UNITS).methods(THERMAL_RF).imaging(FLUOROSCOPY),
        text("Doctor preformed bilateral L3 and L4 Radiofrequency under Fluoroscopy, L3 "
            + "nerve lesioning was preformed at 80 degree C for 90 seconds on both sides "
            + "while L4 nerve lesioning was done at 44 degrees for 120 seconds on both sides.")
            .source(AAPC_PULSED)
            .sites("bilateral L3 medial branch", "bilateral L4 medial branch").side(BILATERAL)
            .methods(THERMAL_RF).temperature(80).imaging(FLUOROSCOPY)
            .question(LESION_TEMPERATURES_DIFFER,
                "bilateral L3 medial branch at 80 °C; bilateral L4 medial bra...")
            .lesionTemperatures("bilateral L3 medial branch at 80 °C",
                "bilateral L4 medial branch at 44 °C"),
        text("T11, T12 medial branch facet  nerves innervate the T12-L1 Joint")
            .source(AAPC_PULSED).sites("T11 medial branch", "T12 medial branch", "T12-L1"),
        text("L3, L4 innervate L4-5 Joint")
            .source(AAPC_PULSED).sites("levels L3, L4", "L4-L5"),
        text("L4, L5 innervate L5-S1 Joint")
            .source(AAPC_PULSED).sites("levels L4, L5", "L5-S1"),
        text("What was performed does not appear to be the full procedure note, but appears "
            + "L3, L4 were ablated thru Radiofrequency bilaterally.")
            .source(AAPC_PULSED)
            .sites("levels L3, L4").side(BILATERAL).methods(THERMAL_RF),
        text("You would want to confirm with the physician that the procedure was a "
            + "non-pulsed procedure to report 64635 64636.")
            .source(AAPC_PULSED),
        text("I have a physician who documented radio-frequency ablation for \"levels L4, "
            + "L5 and S1.\"")
            .source(AAPC_LEVELS).sites("levels L4, L5, S1").methods(THERMAL_RF),
        text("CPT 64633-64636 are not coded by level but by facet joint so if the physician "
            + "states he did L4-S1, there are only 2 joints included if unilateral and 4 if "
            + "bilateral.")
            .source(AAPC_LEVELS)
            .sites("levels L4, L5, S1").side(BILATERAL)
            .question(HYPHENATED_RANGE, "L4-S1"),
        text("Ideally, L4, L5, S1 should be documented as L4/L5, L5/S1 with the side or "
            + "sides ablated")
            .source(AAPC_LEVELS)
            .sites("levels L4, L5, S1", "L4-L5", "L5-S1").methods(THERMAL_RF),
        text("LUMBAR RADIOFREQUENCY ABLATION WITH FLUOROSCOPY")
            .source(AAPC_SA).methods(THERMAL_RF).imaging(FLUOROSCOPY),
        text("TARGET SITES: L4, L5, SACRAL ALA AND S1 (to denerve the joints at L3-4, "
            + "L4-5,L5-SA and SA-S1) Right")
            .source(AAPC_SA)
            .sites("L3 medial branch", "L4 medial branch", "L5 dorsal ramus").side(RIGHT)
            .unplaced("S1", "SA-S1", "L3-4")
            .question(TARGETS_DISAGREE, "L3-4, L4-5,L5-SA and SA-S1"),
        text("The joints that are be treated are L4-L5 and L5-S1.")
            .source(AAPC_SA).sites("L4-L5", "L5-S1"),
        text("L3,L4 medial branches would innervate the L4-L5 facet joint.")
            .source(AAPC_SA).sites("L3 medial branch", "L4 medial branch", "L4-L5"),
        text("L5 dorsal ramus would be blocked at the sacral ala.")
            .source(AAPC_SA).sites("L5 dorsal ramus"),
        text("If RF is done on the L4 nerve, how many needle injections is that exactly.")
            .source(AAPC_SA).sites("L4 medial branch").methods(THERMAL_RF),
        text("So medial branches from L2-L5 (4 separate needles unilaterally) ((or L2-S1)) "
            + "would be the three level block of the lower lumbar levels L3-4, L4-5, L5-S1")
            .source(AAPC_SA)
            .sites("levels L2, L3, L4, L5", "levels L2, L3, L4, L5, S1", "L3-L4", "L4-L5", "L5-S1")
            .question(HYPHENATED_RANGE, "L2-L5")
            .question(HYPHENATED_RANGE, "L2-S1"),
        text("You are correct in that there are guidelines on how to code L5 dorsal ramus, "
            + "S1, S2, S3 ablations and they instruct you to code 64640 with four units of "
            + "service.")
            .source(AAPC_L5S123)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus, S1, S2, S3")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("For blockade and lesioning of the L4 and L5 dorsal rami, 22-gauge SMK-C10 "
            + "cannulae (Radionics, Burlington, MA) with 5-mm active tips were inserted "
            + "parallel to the course of the nerve until bone was contacted just superior "
            + "and medial to the junction between the superior border of the transverse and "
            + "superior articular processes for procedures done at L4, and at the junction "
            + "of the ala and articular process of the sacrum for L5 procedures, similar to "
            + "previously publis")
            .source(AAPC_L5S123)
            .sites("L4 medial branch", "L5 dorsal ramus").methods(THERMAL_RF),
        text("64635 and 64636 would never be used for sacral RF.")
            .source(AAPC_L5S123).methods(THERMAL_RF),
        text("Procedure: Radiofrequency lesioning od right L5 dorsal ramus")
            .source(AAPC_FIRST).sites("right L5 dorsal ramus").methods(THERMAL_RF),
        text("Radiofrequency lesioning of S1, S2, S3 lateral branches")
            .source(AAPC_FIRST).methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT),
        text("Continuous radiofrequency was then performed at 80 degrees C for 90 seconds.")
            .source(AAPC_FIRST).methods(THERMAL_RF).temperature(80),
        text("For lateral branch radiofrequency lesioning a 150mm, 20 gauge (with 15mm "
            + "active tip) curved radiofrequency needle was guided using oblique "
            + "fluoroscopic views to make boney contact between the appropriate sacral "
            + "foramen and the sacroiliac joint.")
            .source(AAPC_FIRST)
            .methods(THERMAL_RF).imaging(FLUOROSCOPY).outOfScope(SACROILIAC_JOINT),
        text("the last i knew was that si joint RFA was to be coded as an unlisted code "
            + "because it is different than the codes supplied by 64435, 66436")
            .source(AAPC_FIRST).methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT),
        text("1.  THERAPEUTIC RADIOFREQUENCY PULSED LESIONING FOR THE DORSAL ROOT GANGLION "
            + "OF C2 ON THE RIGHT")
            .source(AAPC_PRF).methods(THERMAL_RF, PULSED_RF),
        text("2.  RHIZOTOMY OF THE MEDIAL BRANCH OF C3 ON THE RIGHT")
            .source(AAPC_PRF).sites("right C3 medial branch").methods(THERMAL_RF),
        text("Subsequently, lesioning was done at 42 degrees for 90 seconds then the needle "
            + "was removed.")
            .source(AAPC_PRF).methods(THERMAL_RF).temperature(42),
        text("PREPROCEDURE DIAGNOSIS:        OCCIPITAL NEURALGIA, CERVICAL FACET DISEASE ")
            .source(AAPC_PRF).facetTarget(true),
        text("Absence of lower extremity motor fasciculation was noted at 4 volts at 2 Hz "
            + "stimulation during testing of the L3, L4 and L5 medial branch nerves, "
            + "respectively.")
            .source(AAPC_RADIO)
            .sites("L3 medial branch", "L4 medial branch", "L5 dorsal ramus"),
        text("After a 30 second delay, lesions were performed at a temperature of 80 "
            + "degrees centigrade for a total of 90 seconds.")
            .source(AAPC_RADIO).methods(THERMAL_RF).temperature(80),
        text("After the needle tips had cooled to 45 degrees centigrade they were "
            + "sequentially removed")
            .source(AAPC_RADIO),
        text("What is pulsed, non-pulsed, cool, thermal, electrical, and chemical "
            + "destructions?")
            .source(AAPC_RADIO).methods(THERMAL_RF, PULSED_RF),
        text("10 cm radiofrequency needles were advanced under fluoroscopic guidance at "
            + "each level indicated, to the final position.")
            .source(AAPC_RADIO).methods(THERMAL_RF).imaging(FLUOROSCOPY),
        text("Procedure: 1. Radiofrequency Ablation of thoracic medial branches at "
            + "Right\nT9, T10, T11")
            .source(AAPC_T9)
            .sites("right T9 medial branch", "right T10 medial branch", "right T11 medial branch")
            .methods(THERMAL_RF),
        text("a set of 20 gauge 10mm active tip RFK needle was advanced toward the junction "
            + "between the superior articular process and transverse process of right T9, "
            + "T10 & T11 levels using standard techniques as set forth by the ISIS and ASIPP "
            + "guidelines.")
            .source(AAPC_T9).unplaced("T9", "T10", "T11 levels"),
        text("I think it would be 64633x1 and 64634x2.")
            .source(AAPC_T9),
        text("Pre Procedure Diagnosis: mid back pain/posterior element pain secondary to "
            + "facet disease")
            .source(AAPC_T9).facetTarget(true),
        text("PROCEDURE TYPE: Radiofrequency ablation right L3, L4, L5 and S1 medial "
            + "branches with the use of fluoroscopy.")
            .source(AAPC_NEEDHELP)
            .sites("right L3 medial branch", "right L4 medial branch", "right L5 dorsal ramus")
            .methods(THERMAL_RF).imaging(FLUOROSCOPY)
            .unplaced("S1 medial branches"),
        text("INDICATION FOR PROCEDURE: Right-sided low back pain, spondylosis without "
            + "myelopathy.")
            .source(AAPC_NEEDHELP).side(RIGHT),
        text("Using oblique fluoroscopy, 20 gauge Kimberly-Clark Radiofrequency Ablation "
            + "probes, 10 cm in length with 10 mm active tip were advanced to right L4 and "
            + "L5 levels for the L3 and L4 median branches.")
            .source(AAPC_NEEDHELP)
            .sites("right L3 medial branch", "right L4 medial branch").methods(THERMAL_RF)
            .imaging(FLUOROSCOPY),
        text("A needle was advanced to Barton's point at the transitional S1-2 level "
            + "through the L5 dorsal ramus and to the sacral ala for the S1 lateral branch.")
            .source(AAPC_NEEDHELP)
            .outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus, S1-2 level")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("Procedure: Left Radio-frequency ablation sacroiliac joint, specifically the "
            + "dorsal ramus of L5 and lateral branches of S1, S2 and S3")
            .source(AAPC_SIJ)
            .side(LEFT).methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("I advanced the needle until I had good position of the junction between the "
            + "sacral ala and the superior articular process of the left S1.")
            .source(AAPC_SIJ).sites("left L5 dorsal ramus"),
        text("The following technique was used to confirm placement at the median branch "
            + "nerves.")
            .source(AAPC_SIJ).facetTarget(true),
        text("After completion of each nerve block, a lesion was created at that level with "
            + "a temperature of 80 degrees Celsius for 90 seconds.")
            .source(AAPC_SIJ).methods(THERMAL_RF).temperature(80),
        text("This one has me a little stumped.. My doctor wants to code: 64635, 64640 x 3; "
            + "I'm seeing 64635/64636 x2;")
            .source(AAPC_SIJ),
        text("Question: I recently received a procedure note outlining \"RFTC for nerve "
            + "destruction.\"")
            .source(AAPC_RFTC).methods(THERMAL_RF),
        text("RFTC is an abbreviation for \"radiofrequency thermal coagulation,\" which is "
            + "also known as rhizotomy or medial branch neurotomy.")
            .source(AAPC_RFTC).methods(THERMAL_RF).facetTarget(true),
        text("This technique involves creating a lesion or burn in the medial branch of the "
            + "posterior primary ramus nerve to treat facet joint pain, and thus improve "
            + "function and patient comfort.")
            .source(AAPC_RFTC).methods(THERMAL_RF).facetTarget(true),
        text("This treatment (also known as facet neurotomy, facet rhizotomy or articular "
            + "rhizolysis) relieves pain caused by degenerative changes in the posterior "
            + "lumbar facet joints that cause lower back pain (that may radiate to the leg).")
            .source(AAPC_ALERT).methods(THERMAL_RF).facetTarget(true),
        text("The treatment may be indicated if facet joint or median branch injections "
            + "relieve the patient's pain.")
            .source(AAPC_ALERT).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("RF facet denervation can stop the pain, and is often more effective than "
            + "other neurolytic (nerve-destroying) agents, such as phenol, alcohol and "
            + "hypertonic saline, because it lasts longer and does not diffuse randomly.")
            .source(AAPC_ALERT)
            .methods(THERMAL_RF, CHEMICAL).agents(PHENOL, HYPERTONIC_SALINE).facetTarget(true),
        text("Question: How should I bill radiofrequency for the S1, S2 and S3 nerves that "
            + "innervate the sacroiliac joint?")
            .source(AAPC_SIUNL)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "S1, S2, S3 nerves"),
        text("In your example, you would report three units of 64640 for radiofrequency of "
            + "the S1, S2 and S3 nerves.")
            .source(AAPC_SIUNL)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "S1, S2, S3 nerves"),
        text("Thus, although injection of the left L3 and L4 medial (facet joint) nerve "
            + "would be code as 64475, destruction of the L3 and L4 medial branch nerves "
            + "would be coded as 64622 and 64623.")
            .source(AAPC_RFA2010)
            .sites("left L3 medial branch", "left L4 medial branch").destruction(true),
        text("Can radiofrequency ablation be billed by the nerve or the level.")
            .source(AAPC_RFA2010).methods(THERMAL_RF),
        text("Question: A provider is doing RFA’s of the left L4, L5, S1, S2, S3 and SA.")
            .source(MCN)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "left L5 dorsal ramus, L4, L5, S1, S2, S3")
            .sacroiliacTargets("left L5 dorsal ramus"),
        text("He is billing 64622 x 1 and 64623 x 4.")
            .source(MCN),
        text("Is right and left C2, C3, C4, and C5 medial branch radiofrequency ablation "
            + "medically necessary for a patient with a history of chronic neck pain, "
            + "cervical spondylosis, and previous cervical spine fusion, who has tried "
            + "various conservative treatments and had significant relief from diagnostic "
            + "and confirmatory cervical medial branch blocks?")
            .source(DO_C2C5)
            .sites("bilateral C3 medial branch", "bilateral C4 medial branch",
                "bilateral C5 medial branch")
            .methods(THERMAL_RF).outOfScope(FACET_INJECTION_OR_BLOCK)
            .unplaced("C2"),
        text("Medical Necessity Determination for Bilateral C2-C5 Medial Branch "
            + "Radiofrequency Ablation")
            .source(DO_C2C5)
            .sites("bilateral levels C2, C3, C4, C5").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "C2-C5"),
        text("The requested bilateral C2, C3, C4, and C5 medial branch radiofrequency "
            + "ablation (CPT 64633-50 and 64634-50) is medically necessary for this patient")
            .source(DO_C2C5)
            .sites("bilateral C3 medial branch", "bilateral C4 medial branch",
                "bilateral C5 medial branch")
            .methods(THERMAL_RF)
            .unplaced("C2"),
        text("The patient has a history of C5-C6 fusion; however, the proposed "
            + "radiofrequency ablation targets only the C2-C3, C3-C4, and C4-C5 facet joints "
            + "(levels above the fusion), not the fused segment itself")
            .source(DO_C2C5).sites("C2-C3", "C3-C4", "C4-C5").methods(THERMAL_RF),
        text("The criterion requiring no prior fusion \"at the level to be treated\" is "
            + "satisfied because the C2-C5 medial branches innervating joints above the "
            + "fusion are being targeted")
            .source(DO_C2C5)
            .sites("levels C2, C3, C4, C5")
            .question(HYPHENATED_RANGE, "C2-C5"),
        text("The left-sided cervical C2-6 radiofrequency ablation performed on this "
            + "patient was medically necessary and meets established clinical criteria.")
            .source(DO_C26)
            .sites("left levels C2, C3, C4, C5, C6").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "C2-6"),
        text("Appropriate anatomic levels: The procedure targeted C2-6 medial branch nerves "
            + "on the left side (5 levels), which is within acceptable limits as guidelines "
            + "permit treatment of multiple levels when clinically indicated")
            .source(DO_C26)
            .sites("left levels C2, C3, C4, C5, C6")
            .question(HYPHENATED_RANGE, "C2-6"),
        text("Radiofrequency ablation of the cervical medial branch nerves at C4, C5, and "
            + "C6 is medically indicated for this patient with cervical spondylosis "
            + "(M47.812) when facet-mediated pain has been confirmed through diagnostic "
            + "medial branch blocks and conservative treatments have failed.")
            .source(DO_C456)
            .sites("C4 medial branch", "C5 medial branch", "C6 medial branch").methods(THERMAL_RF)
            .outOfScope(FACET_INJECTION_OR_BLOCK),
        text("Is bilateral L3-S1 radiofrequency ablation (RFA) medically necessary for a "
            + "patient with spondylosis without myelopathy or radiculopathy in the lumbar "
            + "region, who had 80% pain relief after medial branch blocks (MBB), but without "
            + "confirmation of two separate sets of MBB?")
            .source(DO_L3S1)
            .sites("bilateral levels L3, L4, L5, S1").methods(THERMAL_RF)
            .outOfScope(FACET_INJECTION_OR_BLOCK)
            .question(HYPHENATED_RANGE, "L3-S1"),
        text("The bilateral L3-S1 radiofrequency ablation is NOT medically necessary at "
            + "this time because the insurance criteria explicitly require TWO separate "
            + "positive diagnostic medial branch blocks with ≥80% relief, and documentation "
            + "confirms only ONE set of MBBs was performed.")
            .source(DO_L3S1)
            .sites("bilateral levels L3, L4, L5, S1").methods(THERMAL_RF)
            .outOfScope(FACET_INJECTION_OR_BLOCK)
            .question(HYPHENATED_RANGE, "L3-S1"),
        text("The clinical documentation indicates only one set of bilateral L3, L4, L5, "
            + "and sacral ala medial branch blocks was performed, with the patient reporting "
            + ">80% relief.")
            .source(DO_L3S1).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("Is bilateral L3-4, L4-5, L5-S1 Radiofrequency Ablation (RFA) considered "
            + "medically necessary for a patient with chronic low back pain?")
            .source(DO_L3S1B)
            .sites("bilateral L3-L4", "bilateral L4-L5", "bilateral L5-S1").methods(THERMAL_RF),
        text("The patient has demonstrated consistent, substantial pain relief (75-90%) "
            + "from bilateral L3-4, L4-5, L5-S1 RFA procedures performed twice yearly since "
            + "2022, with relief duration of 5-5.5 months per procedure")
            .source(DO_L3S1B)
            .sites("bilateral L3-L4", "bilateral L4-L5", "bilateral L5-S1").methods(THERMAL_RF),
        text("Is Lumbar Radiofrequency ablation of the L4 medial branches nerves, L5 Dorsal "
            + "Root Ganglion (DRG) bilaterally with x-ray guidance medically indicated for a "
            + "patient with spondylosis without myelopathy or radiculopathy, lumbar region, "
            + "who has tried conservative treatments and has had two positive diagnostic "
            + "facet joint injections, with ongoing worsening low back pain and a diffuse "
            + "disc bulge at L5-S1 with bilateral lateral recess stenosis and an annular "
            + "tear at L5-S1?")
            .source(DO_L4DRG)
            .sites("L4 medial branch").side(BILATERAL).methods(THERMAL_RF)
            .outOfScope(FACET_INJECTION_OR_BLOCK),
        text("Since this patient has \"all axial, nonradicular\" pain and positive facet "
            + "blocks, the appropriate target should be the L4 and L5 medial b")
            .source(DO_L4DRG)
            .sites("levels L4, L5").outOfScope(FACET_INJECTION_OR_BLOCK),
        text("Medical Necessity Determination for Left L3-L5 Radiofrequency Ablation")
            .source(DO_L3L5)
            .sites("left levels L3, L4, L5").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "L3-L5"),
        text("The MRI from [DATE] explicitly documents \"central disc herniation at L4-5,\" "
            + "which is one of the levels targeted for denervation")
            .source(DO_L3L5).destruction(true),
        text("Is bilateral Lumbar Radiofrequency Ablation (destruction by neurolytic agent, "
            + "paravertebral facet joint nerve(s), with imaging guidance) of L4-S1, for a "
            + "patient with a history of Lumbar Spondylosis (M47.817), who has experienced "
            + "significant improvement with similar procedures and currently has severe low "
            + "back pain, medically necessary?")
            .source(DO_L4S1)
            .sites("levels L4, L5, S1").side(BILATERAL).methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "L4-S1"),
        text("This bilateral lumbar radiofrequency ablation (RFA) at L4-S1 is medically "
            + "necessary and meets all established criteria based on the patient's "
            + "documented response to prior treatment and adherence to evidence-based "
            + "selection protocols.")
            .source(DO_L4S1)
            .sites("bilateral levels L4, L5, S1").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "L4-S1"),
        text("The patient received prior RFA at L4-S1 that provided >50% pain relief for "
            + ">12 months (documented relief lasting over 1 year from previous ablation)")
            .source(DO_L4S1).methods(THERMAL_RF),
        text("Is Bilateral Radiofrequency Thermocoagulation (RFT) of Medial/Lateral Branch "
            + "Nerves L3-L4 medically necessary for a patient with Spondylosis without "
            + "Myelopathy or Radiculopathy, Lumbar Region?")
            .source(DO_RFT)
            .sites("bilateral L2 medial branch", "bilateral L3 medial branch").methods(THERMAL_RF),
        text("The bilateral radiofrequency thermocoagulation of medial/lateral branch "
            + "nerves at L3-L4 (CPT 64635) for lumbar spondylosis without myelopathy or "
            + "radiculopathy (M47.816) is medically necessary if—and only if—the patient met "
            + "all four critical criteria")
            .source(DO_RFT)
            .sites("bilateral L2 medial branch", "bilateral L3 medial branch").methods(THERMAL_RF),
        text("Based on the clinical policy bulletin criteria and documented >80% pain "
            + "relief lasting >6 months from prior RFA, this patient meets medical necessity "
            + "criteria for repeat cervical radiofrequency ablation at the right C4-C5 and "
            + "C5-C6 levels.")
            .source(DO_REPEAT).sites("right C4-C5", "right C5-C6").methods(THERMAL_RF),
        text("Positive diagnostic blocks: Two separate bilateral thoracic medial branch "
            + "blocks (MBBs) at T9-12 with >80% pain relief on both occasions (first trial "
            + "85-90%, second trial >80%), meeting the dual positive block requirement")
            .source(DO_T912).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("Based on the clinical documentation provided, the requested cervical/thoracic "
            + "radiofrequency ablation (CPT 64633, 64634x2) is medically necessary and meets "
            + "established criteria")
            .source(DO_T912).methods(THERMAL_RF),
        text("Are the requested codes for radiofrequency ablation (J2003, A4649, 64635-LT, "
            + "64636-LT, J0665) medically necessary for treating chronic low back pain?")
            .source(DO_LT).side(LEFT).methods(THERMAL_RF),
        text("NOT DOCUMENTED: No confirmation that the patient has had no prior spinal "
            + "fusion surgery at L4-L5 or L5-S1 levels")
            .source(DO_LT),
        text("The moderate to severe neural foraminal stenosis at L3-4 on CT could indicate "
            + "radicular pain rather than facet-mediated pain")
            .source(DO_L2S1).facetTarget(true),
        text("This is the most critical criterion - procedure note explicitly documents "
            + "\"greater than 80% relief of low back pain following medial branch blocks of "
            + "bilateral [LEVEL], [LEVEL], and [LEVEL]\"")
            .source(DO_MN)
            .side(BILATERAL).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true)
            .question(TEMPLATE_LEFTOVER, "[LEVEL]")
            .question(TEMPLATE_LEFTOVER, "[LEVEL]")
            .question(TEMPLATE_LEFTOVER, "[LEVEL]"),
        text("Medical necessity is met for bilateral L3-L5 radiofrequency ablation (codes "
            + "64635,64636) in this 59-year-old male with lumbar spondylosis, as he "
            + "satisfies all established criteria including two positive diagnostic medial "
            + "branch blocks with >80% pain relief, failed conservative management, and "
            + "absence of surgical hardware at the treatment levels.")
            .source(DO_L3L5B)
            .sites("bilateral levels L3, L4, L5").methods(THERMAL_RF)
            .outOfScope(FACET_INJECTION_OR_BLOCK)
            .question(HYPHENATED_RANGE, "L3-L5"),
        text("The patient received left C3/4/5 medial branch blocks on a single date with "
            + ">80% pain relief.")
            .source(DO_C345).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("Positive diagnostic medial branch blocks: The patient demonstrated >80% pain "
            + "relief following left C3/4/5 diagnostic medial branch blocks, meeting the "
            + "threshold recommended by multiple guidelines (>50-80% pain relief)")
            .source(DO_C345B).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("While the clinical notes describe cervical pain and prior successful left "
            + "cervical RFA C2-5, the formal diagnosis code submitted for authorization does "
            + "not match this clinical picture.")
            .source(DO_C25)
            .sites("left levels C2, C3, C4, C5").methods(THERMAL_RF)
            .question(HYPHENATED_RANGE, "C2-5"),
        text("The thoraco-lumbar radiofrequency ablation procedure (CPT 64633,64634) "
            + "performed on [DATE] was NOT medically necessary because the patient failed to "
            + "demonstrate adequate positive response to the initial diagnostic medial "
            + "branch block, which is a mandatory prerequisite for proceeding to ablation.")
            .source(DO_TL)
            .methods(THERMAL_RF).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("While the operative report mentions \"positive diagnostic MBB x two,\" the "
            + "actual documentation of these procedures, their results, and pain relief "
            + "percentages are absent from the submitted records")
            .source(DO_BLMB).outOfScope(FACET_INJECTION_OR_BLOCK),
        text("The time and duration of the denervation varies with different practitioners "
            + "(e.g., two to four 90-second cycles at 80° to 85° C).")
            .source(RADKEY).temperature(85).destruction(true),
        text("Cervical radiofrequency denervation (i.e., neurotomy) is typically performed "
            + "after significant pain relief is documented with either an intraarticular "
            + "facet joint injection and/or a medial branch block injection.")
            .source(RADKEY)
            .methods(THERMAL_RF).outOfScope(FACET_INJECTION_OR_BLOCK).facetTarget(true),
        text("The deep medial branch of C3 (which is analogous to the medial branches of "
            + "C4, C5, and C6) courses along the waist of the corresponding articular "
            + "pillars and supplies the adjacent vertebral segments (for instance, the C4 "
            + "and C5 medial branches supply the zygapophyseal joint of C4/5)")
            .source(SPRINGER_CH)
            .sites("C3 medial branch", "C4 medial branch", "C5 medial branch", "C6 medial branch",
                "C4-C5"),
        text("18–22G 100 mm radiofrequency cannula, 5-10 mm active tip")
            .source(SPRINGER_CH).methods(THERMAL_RF),
        text("C2-3 and C5-6 levels are the most common causes of cervicogenic headache and "
            + "neck pain, respectively")
            .source(SPRINGER_CH).sites("C2-C3", "C5-C6"),
        text("A review of the literature demonstrates that the L5 dorsal ramus and the "
            + "lateral branches of the S1-S3 are frequently implicated in SI joint pain.")
            .source(ACCESSANES)
            .outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("The L5 dorsal ramus is reliably accessible at the lateral base of the S1 "
            + "superior articular pillar (Figure 27-1).")
            .source(ACCESSANES).sites("L5 dorsal ramus"),
        text("Thus, the L5 dorsal ramus is lesioned as standard practice, in addit")
            .source(ACCESSANES).sites("L5 dorsal ramus").methods(THERMAL_RF),
        text("Sacroiliac Joint RF Ablation (L5DR, S1-3 LB)")
            .source(DENVER)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus, S1-3")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("Key Words. Chronic Pain; Sacroiliac Joint; Cooled Radiofrequency; "
            + "Intra-articular SIJ Block; L5 Dorsal Ramus (L5DR); Low Back Pain; S1-S3 "
            + "Dorsal Rami")
            .source(STELZER)
            .methods(COOLED_RF).outOfScope(SACROILIAC_JOINT, FACET_INJECTION_OR_BLOCK)
            .question(SACROILIAC_TARGETS, "L5 dorsal ramus, S1-S3 Dorsal Rami")
            .sacroiliacTargets("L5 dorsal ramus"),
        text("Methods: Case-based focused literature review in a patient treated with "
            + "cooled RF ablation of the L4-S3 primary dorsal rami and lateral branches.")
            .source(RAMASUBBA)
            .methods(COOLED_RF).outOfScope(SACROILIAC_JOINT)
            .question(SACROILIAC_TARGETS, "L4-S3 primary dorsal rami"),
        text("Fifteen patients received radiofrequency denervation of L45 primary dorsal "
            + "rami and S13 lateral sacral branch, and 15 patients received steroid under "
            + "fluoroscopy.")
            .source(SALMAN)
            .methods(THERMAL_RF).imaging(FLUOROSCOPY).outOfScope(SACROILIAC_JOINT)
            .unplaced("L45 primary dorsal rami"),
        text("This retrospective original research was designed to illustrate the general "
            + "outcome after radiofrequency (RF) neurotomy of lumbar medial branch (MB) and "
            + "posterior ramus of the sacroiliac joint of 160 patients with chronic low back "
            + "pain (LBP) 1, 6, and 12 months after treatment.")
            .source(PMC5245915)
            .methods(THERMAL_RF).outOfScope(SACROILIAC_JOINT).facetTarget(true),
        text("Percutaneous medial branch cryodenervation was performed using a Lloyd "
            + "Neurostat 2000.")
            .source(PMC2267642).methods(CRYOABLATION).facetTarget(true),
        text("This study was undertaken to examine the effects of medial branch "
            + "cryodenervation in the treatment of lumbar facet joint pain.")
            .source(PMC2267642).methods(CRYOABLATION).facetTarget(true),
        text("The following groups were compared before the intervention and 6 weeks, 6 "
            + "months, and 12 months after the intervention: RFD, chemical neurolysis with "
            + "ethyl alcohol 95% (EA-95), or glycerol 20% (Gly-20).")
            .source(AFIFI).methods(CHEMICAL).agents(ETHYL_ALCOHOL, GLYCEROL),
        text("Conventional fluoroscopically guided continuous radiofrequency (CRF) and "
            + "pulsed Radiofrequency (PRF) lesioning of the medial branch, dorsal ramus, a "
            + "standard technique to treat facet pain, is compared to an endoscopic visually "
            + "guided technique.")
            .source(YEUNG)
            .methods(THERMAL_RF, PULSED_RF).imaging(FLUOROSCOPY).facetTarget(true),
        text("In supine position and under fluoroscopic control, a radiofrequency electrode "
            + "is inserted into different articular zygapophyseal complexes to "
            + "thermocoagulate ramifications of the medial branch of the dorsal primary "
            + "ramus of the spinal nerve.")
            .source(PACETTI)
            .methods(THERMAL_RF).imaging(FLUOROSCOPY).facetTarget(true),
        text("Percutaneous radiofrequency thermocoagulation of dorsal ramus branches as a "
            + "treatment of “lumbar facet syndrome” - How I do it")
            .source(PACETTI).methods(THERMAL_RF).facetTarget(true),
        text("In contrast to conventional thermal radiofrequency ablation (T-RFA) wherein "
            + "the target is heated to 80 degrees C for 90 seconds, cooled radiofrequency "
            + "ablation (C-RFA) uses a constant flow of ambient water circulated through the "
            + "electrode via a peristaltic pump to maintain a lower tissue temperature by "
            + "creating a heat sink, but still allowing neurolysis to occur.")
            .source(PAINSPA).methods(THERMAL_RF, COOLED_RF).temperature(80),
        text("The COOLIEF Lumbar Cooled Radiofrequency System uses revolutionary cooling "
            + "technology for lumbar medial branch neurotomy.")
            .source(PAINSPA).methods(THERMAL_RF, COOLED_RF).facetTarget(true),
        text("These include pulsed radiofrequency (PRF), lasers and chemical neurolysis for "
            + "cervical/lumbosacral facet pain.")
            .source(ANTHEM).methods(PULSED_RF, CHEMICAL).facetTarget(true),
        text("Radiofrequency (RF) neurolysis for cervical and lumbosacral facet pain is "
            + "considered medically necessary when all of the following criteria are met")
            .source(ANTHEM).methods(THERMAL_RF).facetTarget(true),
        text("Radiofrequency ablation of a spinal nerve is performed in the following "
            + "manner:")
            .source(FINDACODE).methods(THERMAL_RF),
        text("Facet Nerve RF Ablation/Rhizotomy: 64622, 64623, 64626, 64627 has been "
            + "DELETED!")
            .source(JUSTMYPASSION).methods(THERMAL_RF).facetTarget(true),
        text("1. Identify the L5-S1 disc interspace. 2. Identify the L5 vertebral body.")
            .source(NSWIKI),
        text("This is in a line directly below curvature at lower border of transverse "
            + "process of the same level.")
            .source(NSWIKI));
  }

  static Stream<GrammarCase> corpusLimits() {
    return Stream.of(
        // Limit: a negated or advised site is still a site.
        text("Posterior fusion at the same levels as the target facet joints (ie, avoid "
            + "L4-L5 facet treatment in a patient with a fusion at L4-L5) (…)")
            .source(PG_TECH).sites("L4-L5"),
        // Limit: a needle position written as "at L4 anatomical target site" stays a level list.
        text("L3 medial branch would be blocked at L4 anatomical target site.")
            .source(AAPC_SA).sites("L3 medial branch", "levels L4"),
        // Limit: a list after a symptom or exam finding ("tenderness at") is read as sites.
        text("The clinical presentation described (axial back pain with facet loading "
            + "tenderness at L2-S1) is suggestive but not diagnostic of facet-mediated pain")
            .source(DO_L2S1)
            .sites("levels L2, L3, L4, L5, S1")
            .question(HYPHENATED_RANGE, "L2-S1"),
        // Limit: a level named in a technique description is read as a site.
        text("The recommended technique includes both a sagittal and oblique pass at each "
            + "level by varying the obliquity and tilt except for C7, which only requires a "
            + "sagittal pass.")
            .source(RADKEY).sites("levels C7"),
        // Limit: "at the C3 level" in an anatomy sentence is read as a level list.
        text("At the C3 level, there is a superficial medial branch (third occipital nerve) "
            + "that is located in close proximity to the C2/3 facet joint and serves to "
            + "innervate the joint as well as the suboccipital area")
            .source(SPRINGER_CH).sites("levels C3", "third occipital nerve", "C2-C3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusSentences(GrammarCase c) {
    c.check(ClinicalTextGrammar.standard().read(c.text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusLimits")
  void corpusSentencesAtTheGrammarsLimits(GrammarCase c) {
    c.check(ClinicalTextGrammar.standard().read(c.text));
  }
}
