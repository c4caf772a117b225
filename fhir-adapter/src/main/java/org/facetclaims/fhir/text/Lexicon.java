package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;

/** The grammar's vocabulary: lower-case word sets, built once. */
final class Lexicon {
  private Lexicon() {}

  // ---- methods -------------------------------------------------------------------------------

  /** Words that name radiofrequency itself: a lesion named with them is thermal RF. */
  static final ImmutableSet<String> RF_WORDS = ImmutableSet.of(
      "radiofrequency", "rf", "rfa", "rfn", "rfl", "rfta", "rfs", "thermal", "thermocoagulation",
      "radiofrequencies", "thermoablation", "rftc", "rft", "thermocoagulate", "thermocoagulated",
      "radiofrequncy", "radiofreqency", "radiofrequecy", "radiofrequeny", "mbrf", "mbrfa",
      "mbrfn", "mbnrf", "mbnrfa");

  /** Generic lesion words, read as thermal RF when nothing more specific is named. */
  static final ImmutableSet<String> GENERIC_LESION_WORDS = ImmutableSet.of(
      "ablation", "ablations", "ablated", "ablate", "ablating", "ablative", "neurotomy",
      "neurotomies", "rhizotomy", "rhizotomies", "lesion", "lesions", "lesioned", "lesioning",
      "rhizolysis");

  /** Destruction words that name no method by themselves. */
  static final ImmutableSet<String> DESTRUCTION_ONLY_WORDS = ImmutableSet.of(
      "denervation", "denervations", "denervated", "neurolysis", "neurolyses", "neurolytic",
      "destruction", "destroyed", "neuroablation", "neuroablative");

  /** Words a "chemical" qualifier turns into chemical neurolysis. */
  static final ImmutableSet<String> CHEMICAL_HEADS = ImmutableSet.of(
      "neurolysis", "neurolytic", "denervation", "rhizotomy", "neurotomy", "ablation", "lesion",
      "lesioning", "destruction");

  // ---- sides ---------------------------------------------------------------------------------

  /** Words after "left" that make it a verb or an unrelated adverb ("left in place"). */
  static final ImmutableSet<String> LEFT_VERB_AFTER = ImmutableSet.of(
      "in", "intact", "alone", "untreated", "over", "behind", "undone", "without");
  static final ImmutableSet<String> LEFT_VERB_BEFORE = ImmutableSet.of(
      "was", "were", "is", "are", "been", "be", "being", "then", "had", "has", "have", "get",
      "got");
  static final ImmutableSet<String> RIGHT_ADVERB_AFTER = ImmutableSet.of(
      "away", "after", "before", "now", "here", "there");

  /** Body parts that a side word may describe but that are no spinal site. */
  static final ImmutableSet<String> BODY_PARTS = ImmutableSet.of(
      "arm", "arms", "hand", "hands", "leg", "legs", "knee", "knees", "hip", "hips", "shoulder",
      "shoulders", "foot", "feet", "ankle", "ankles", "wrist", "wrists", "elbow", "elbows",
      "thigh", "thighs", "buttock", "buttocks", "groin", "eye", "eyes", "ear", "ears",
      "antecubital", "forearm", "forearms", "extremity", "extremities", "limb", "limbs", "handed",
      "breast", "chest", "flank", "calf", "heel", "toe", "toes", "finger", "fingers", "radial",
      "femoral", "jugular", "subclavian", "atrium", "ventricle", "lung", "kidney");
  static final ImmutableSet<String> UPPER_LOWER = ImmutableSet.of("upper", "lower");
  static final ImmutableSet<String> LIMB_WORDS = ImmutableSet.of(
      "extremity", "extremities", "limb", "limbs", "leg", "legs", "arm", "arms");

  // ---- nouns ---------------------------------------------------------------------------------

  /** "branch" and the misspellings coders meet daily ("medial brach", "median branchs"). */
  static final ImmutableSet<String> BRANCH = ImmutableSet.of(
      "branch", "branches", "br", "brach", "braches", "branchs", "branche", "brances", "brnach");
  /** "medial" and its common misspelling "median" (the median nerve is not a branch). */
  static final ImmutableSet<String> MEDIAL = ImmutableSet.of("medial", "median");
  /** The branch after "medial/" or "medial and": "medial/dorsal branch", "medial and lateral". */
  static final ImmutableSet<String> SECOND_BRANCH = ImmutableSet.of(
      "dorsal", "lateral", "median", "medial", "intermediate");
  static final ImmutableSet<String> NERVE = ImmutableSet.of("nerve", "nerves");
  static final ImmutableSet<String> RAMUS = ImmutableSet.of("ramus", "rami");
  /** Medial branch abbreviations; the MBRF family also names the method (radiofrequency). */
  static final ImmutableSet<String> MB_ABBREVIATIONS = ImmutableSet.of(
      "mb", "mbs", "mbn", "mbns", "mbrf", "mbrfa", "mbrfn", "mbnrf", "mbnrfa");
  /** Dorsal (primary) ramus abbreviations: "L5 DR", "L5 DPR", "MB/DR". */
  static final ImmutableSet<String> RAMUS_ABBREVIATIONS = ImmutableSet.of("dr", "dpr", "ddr");
  static final ImmutableSet<String> MBB_ABBREVIATIONS = ImmutableSet.of(
      "mbb", "mbbs", "mbnb", "mbnbs");
  static final ImmutableSet<String> FACET = ImmutableSet.of("facet", "facets");
  static final ImmutableSet<String> ZYGAPOPHYSEAL = ImmutableSet.of(
      "zygapophyseal", "zygapophysial", "apophyseal", "apophysial");
  static final ImmutableSet<String> JOINT = ImmutableSet.of("joint", "joints", "jt", "jts");
  static final ImmutableSet<String> LEVEL = ImmutableSet.of(
      "level", "levels", "segment", "segments");
  /** "process", and "pillar" as in "the S1 superior articular pillar". */
  static final ImmutableSet<String> PROCESS = ImmutableSet.of(
      "process", "processes", "pillar", "pillars");
  static final ImmutableSet<String> TP = ImmutableSet.of("tp", "tps");
  static final ImmutableSet<String> SAP = ImmutableSet.of("sap", "saps");
  static final ImmutableSet<String> ALA = ImmutableSet.of("ala", "alae", "alar");

  /** Words that make the site before them a block or an injection, not a destruction. */
  static final ImmutableSet<String> BLOCK_WORDS = ImmutableSet.of(
      "block", "blocks", "blockade", "blockades", "injection", "injections", "inj");

  /**
   * Nouns that make a level notation something other than a treated site: discs, pathology,
   * surgery, nerve roots, MRI weighting ("L4-5 disc", "L5 radiculopathy", "C5-6 fusion").
   */
  static final ImmutableSet<String> NOISE_WORDS = ImmutableSet.of(
      "disc", "disk", "discs", "disks", "discal", "herniation", "herniations", "herniated",
      "protrusion", "protrusions", "bulge", "bulges", "bulging", "extrusion", "stenosis",
      "fusion", "fusions", "fused", "laminectomy", "laminotomy", "hemilaminectomy", "discectomy",
      "diskectomy", "microdiscectomy", "foraminotomy", "decompression", "acdf", "tlif", "plif",
      "alif", "xlif", "arthrodesis", "instrumentation", "hardware", "screw", "screws", "rod",
      "rods", "cage", "foramen", "foramina", "foraminal", "neuroforamen", "neuroforaminal",
      "neuroforamina", "radiculopathy", "radiculitis", "radicular", "root", "roots", "dermatome",
      "dermatomal", "dermatomes", "spondylolisthesis", "listhesis", "anterolisthesis",
      "retrolisthesis", "spondylolysis", "pars", "fracture", "fractures", "body", "bodies",
      "endplate", "endplates", "pedicle", "pedicles", "spinous", "lamina", "laminae",
      "interspace", "epidural", "esi", "interlaminar", "transforaminal", "vertebroplasty",
      "kyphoplasty", "weighted", "spondylosis", "arthropathy", "arthropathies", "arthrosis",
      "arthritis", "osteoarthritis", "hypertrophy", "hypertrophic", "degeneration",
      "degenerative", "ddd", "djd", "syndrome", "pain", "painful", "tenderness", "cyst", "cysts",
      "effusion", "effusions", "mediated", "related", "dysfunction", "osteophyte", "osteophytes",
      "annular", "annulus", "tear", "canal", "cord", "myelopathy", "schmorl", "vertebra",
      "vertebrae", "vertebral", "sclerosis", "edema", "spondylitis", "disease", "ligamentum",
      "flavum", "distribution", "compression", "burst", "wedge", "grade", "scoliosis",
      "levoscoliosis", "dextroscoliosis", "kyphosis", "lordosis", "intercostal", "genicular", "sacroiliac",
      "splanchnic", "suprascapular", "pudendal", "trigeminal", "ganglion", "stellate", "myotome", "reflex", "sensation", "nucleus",
      "space", "surgery", "surgeries", "surgical", "drg", "ganglia");

  /** Words naming nerves or joints of other procedures; the nerve noun after them is noise. */
  static final ImmutableSet<String> FOREIGN_TARGETS = ImmutableSet.of(
      "intercostal", "genicular", "peripheral", "sacroiliac", "si", "sij", "iliac", "radial",
      "ulnar", "median", "sciatic", "femoral", "obturator", "saphenous", "suprascapular",
      "splanchnic", "pudendal", "trigeminal", "occipital", "ilioinguinal", "iliohypogastric",
      "genitofemoral", "cluneal", "sural", "tibial", "peroneal", "sympathetic", "stellate",
      "ganglion", "celiac", "hypogastric", "vagus", "phrenic", "cutaneous",
      "glossopharyngeal", "sphenopalatine");

  /** Words that mark what follows as history, not the procedure being documented. */
  static final ImmutableSet<String> HISTORY_WORDS = ImmutableSet.of(
      "prior", "previous", "previously", "history", "hx", "remote", "failed");

  // ---- fillers between a side or a noun and the list it introduces ---------------------------

  static final ImmutableSet<String> REGION_WORDS = ImmutableSet.of(
      "lumbar", "lumbosacral", "cervical", "thoracic", "thoracolumbar", "cervicothoracic",
      "sacral", "spine", "spinal", "paravertebral", "paraspinal", "low", "lower", "upper", "mid",
      "back", "neck", "axial");

  static final ImmutableSet<String> FILLERS = ImmutableSet.of(
      "of", "at", "the", "a", "an", "on", "in", "for", "from", "and", "to", "involving",
      "including", "targeting", "targeted", "target", "targets", "side", "sides", "sided", "was",
      "were", "is", "are", "been", "be", "being", "then", "also", "performed", "done", "treated",
      "lesioned", "ablated", "denervated", "coagulated", "identified", "localized", "located",
      "placed", "positioned", "advanced", "needle", "needles", "electrode", "electrodes",
      "cannula", "cannulas", "cannulae", "probe", "probes", "tip", "tips", "each", "both",
      "following", "these", "all", "via", "under", "with", "respectively", "nerve",
      "nerves", "joint", "joints", "site", "sites", "procedure", "visualized", "confirmed",
      "s", "structure", "entire", "over", "onto", "along", "upon", "area", "region", "between",
      "overlying", "gauge", "using", "as", "follows", "planned", "intended");

  /** Fillers allowed between a history word and the list it makes history. */
  static final ImmutableSet<String> TIGHT_FILLERS = ImmutableSet.of(
      "of", "at", "the", "a", "an", "on", "side", "sides", "sided", "lumbar", "cervical",
      "thoracic", "lumbosacral", "sacral");

  // ---- agents and their context --------------------------------------------------------------

  static final ImmutableSet<String> ALCOHOL = ImmutableSet.of("alcohol", "alcohols");
  static final ImmutableSet<String> ALCOHOL_QUALIFIERS = ImmutableSet.of(
      "dehydrated", "absolute", "ethyl", "anhydrous");
  /** Words that make an alcohol mention skin preparation or social history. */
  static final ImmutableSet<String> ALCOHOL_VETO = ImmutableSet.of(
      "prep", "prepped", "preps", "prepping", "prepared", "preparation", "swab", "swabs",
      "swabbed", "wipe", "wipes", "wiped", "pad", "pads", "skin", "chlorhexidine", "chg",
      "isopropyl", "isopropanol", "povidone", "betadine", "iodine", "chloraprep", "duraprep",
      "cleansed", "cleaned", "cleanse", "clean", "cleaning", "scrub", "scrubbed", "sterilized",
      "draped", "use", "uses", "abuse", "drinks", "drink", "drinking", "drinker", "social",
      "socially", "denies", "denied", "tobacco", "smoking", "smoker", "smokes", "intake",
      "consumption", "beer", "wine", "liquor", "occasional", "occasionally", "weekly", "daily",
      "allergy", "allergic", "allergies", "intolerance", "withdrawal", "dependence", "disorder",
      "rub", "gel", "sanitizer", "hand", "hands", "tincture", "based");
  /** Words that put an alcohol (or similar) mention in a neurolytic sense. */
  static final ImmutableSet<String> NEUROLYTIC_CONTEXT = ImmutableSet.of(
      "inject", "injected", "injecting", "injection", "injections", "instilled", "infiltrated",
      "administered", "deposited", "neurolysis", "neurolytic", "ablation", "ablated", "lesion",
      "lesioned", "lesioning", "denervation", "rhizotomy", "neurotomy", "ml", "mls", "cc",
      "medial", "branch", "branches", "nerve", "nerves", "chemical", "chemically", "ramus",
      "rami", "facet", "destruction", "aliquot", "aliquots");
  static final ImmutableSet<String> WATER_VETO = ImmutableSet.of(
      "reconstituted", "reconstitute", "reconstitution", "diluted", "dilute", "dilution",
      "mixed", "mix", "mixture", "flush", "flushed", "irrigated", "irrigation", "rinsed",
      "skin", "prep", "prepped", "cleansed", "cleaned", "bath");
  static final ImmutableSet<String> SALINE_WORDS = ImmutableSet.of(
      "saline", "solution", "sodium", "nacl", "salt");

  // ---- imaging -------------------------------------------------------------------------------

  static final ImmutableSet<String> GUIDE_BEFORE = ImmutableSet.of(
      "under", "using", "with", "via", "by");
  static final ImmutableSet<String> GUIDE_AFTER = ImmutableSet.of(
      "guided", "guidance", "guide", "control", "controlled", "assisted", "navigation",
      "navigated", "visualization", "imaging");
  static final ImmutableSet<String> NONE_AFTER_WITHOUT = ImmutableSet.of(
      "imaging", "image", "images", "guidance", "fluoroscopy", "fluoroscopic", "fluoro",
      "radiographic", "radiologic", "radiological", "x");
  /** Words of a text that is only an imaging label ("CT", "Ultrasound guidance"). */
  static final ImmutableSet<String> IMAGING_LABEL_WORDS = ImmutableSet.of(
      "ct", "computed", "tomography", "tomographic", "ultrasound", "sonography", "sonographic",
      "ultrasonography", "ultrasonographic", "mri", "mr", "magnetic", "resonance", "imaging",
      "guidance", "guided", "guide", "image", "us", "fluoroscopy", "fluoroscopic",
      "fluoro", "real", "time", "and", "with", "under", "procedure");
  static final ImmutableSet<String> NEGATIONS = ImmutableSet.of("without", "no", "not", "w/o");
  static final ImmutableSet<String> AGENT_NEGATIONS_AFTER = ImmutableSet.of(
      "not", "never", "declined", "deferred", "unavailable");

  // ---- temperature ---------------------------------------------------------------------------

  static final ImmutableSet<String> CELSIUS = ImmutableSet.of("c", "celsius", "centigrade");
  static final ImmutableSet<String> FAHRENHEIT = ImmutableSet.of("f", "fahrenheit");
  static final ImmutableSet<String> DEGREES = ImmutableSet.of("degrees", "degree", "deg", "degs");
  /** Words that make "30 degrees" an angle (C-arm obliquity), not a temperature. */
  static final ImmutableSet<String> ANGLE_WORDS = ImmutableSet.of(
      "oblique", "obliquely", "obliquity", "angle", "angled", "angulation", "angulated",
      "caudal", "caudad", "caudally", "cephalad", "cephalic", "cranial", "cranially", "rotation",
      "rotated", "rotate", "tilt", "tilted", "lateral", "from", "off", "ipsilateral",
      "contralateral", "parallel", "perpendicular", "trajectory", "view", "views", "toward",
      "towards", "medially", "laterally", "arc");

  // ---- facet target words --------------------------------------------------------------------

  static final ImmutableSet<String> FACET_TARGET_WORDS = ImmutableSet.of(
      "facet", "facets", "zygapophyseal", "zygapophysial", "apophyseal", "facetogenic", "mb",
      "mbs", "mbn", "mbns", "ton", "dpr", "mbrf", "mbrfa", "mbrfn", "mbnrf", "mbnrfa");
  /** Words that name the facet joint itself (not only its nerves). */
  static final ImmutableSet<String> FACET_JOINT_WORDS = ImmutableSet.of(
      "facet", "facets", "zygapophyseal", "zygapophysial", "apophyseal", "facetogenic");

  // ---- regions -------------------------------------------------------------------------------

  static final ImmutableSet<String> CERVICAL_THORACIC_WORDS = ImmutableSet.of(
      "cervical", "thoracic", "neck", "cervicothoracic", "thoracolumbar");
  static final ImmutableSet<String> LUMBAR_SACRAL_WORDS = ImmutableSet.of(
      "lumbar", "lumbosacral", "thoracolumbar");

  // ---- sacroiliac, devices, templates --------------------------------------------------------

  /** Words that name the sacroiliac joint; "SI" only before joint or a destruction word. */
  static final ImmutableSet<String> SACROILIAC_WORDS = ImmutableSet.of(
      "sacroiliac", "sij", "sijs");
  /** Words after a level-like code that make it a device ("a C10 cannula"). */
  static final ImmutableSet<String> DEVICE_WORDS = ImmutableSet.of(
      "cannula", "cannulae", "cannulas", "needle", "needles", "electrode", "electrodes", "probe",
      "probes", "kit", "kits", "generator", "model", "catheter", "trocar");
  /** Words in brackets that a template leaves for the writer: "[LEVEL]", "[SIDE]". */
  static final ImmutableSet<String> PLACEHOLDER_WORDS = ImmutableSet.of(
      "level", "levels", "side", "sides", "laterality", "site", "sites", "joint", "joints", "x",
      "xx", "xxx", "nerve", "nerves");
  /** Words that join a target list to the joints it is for: "(to denerve the joints at ...)". */
  static final ImmutableSet<String> TARGET_TO_JOINT_WORDS = ImmutableSet.of(
      "to", "denerve", "denervate", "treat", "the", "joint", "joints", "at", "for", "of", "facet",
      "facets", "innervating", "supplying", "which", "is", "are", "i", "e", "ie", "corresponding",
      "level", "levels");
}
