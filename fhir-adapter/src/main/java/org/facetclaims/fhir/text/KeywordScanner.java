package org.facetclaims.fhir.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * The keyword pass: methods, agents, temperatures, imaging, out-of-scope targets and the scope
 * flags. One left-to-right pass (plus one for agents, which the other passes consult per
 * sentence), each token looked at with a bounded window, so the pass is linear.
 */
final class KeywordScanner extends Tokens {
  /** Lowest and highest plausible heat-lesion temperature, °C (pulsed RF runs at 42 °C). */
  static final int MIN_HEAT = 40;
  static final int MAX_HEAT = 100;
  /** Plausible cryoprobe temperatures, °C. */
  static final int MIN_COLD = -150;
  static final int MAX_COLD = -20;

  private static final int ALCOHOL_VETO_WINDOW = 4;
  private static final int CONTEXT_WINDOW = 6;
  private static final int SHORT_LABEL_WORDS = 4;

  final Set<NeurolyticMethod> methods = EnumSet.noneOf(NeurolyticMethod.class);
  final Set<NeurolyticAgent> agents = EnumSet.noneOf(NeurolyticAgent.class);
  final Set<OutOfScopeTarget> outOfScope = EnumSet.noneOf(OutOfScopeTarget.class);
  /** A word that names radiofrequency itself (not only "ablation" or "lesion"). */
  boolean rfWord;
  /** "chemical neurolysis" and the like, without an agent. */
  boolean genericChemical;
  boolean destruction;
  boolean facetTarget;
  /** "facet" or "zygapophyseal": the joint itself is named, not only nerves. */
  boolean facetJointWord;
  /** A medial branch block (MBB, "medial branch nerve blocks") without a neurolytic agent. */
  boolean medialBranchBlock;
  /** Any block or injection word without a neurolytic agent in its sentence. */
  boolean blockOrInjection;
  /** The sacroiliac joint named as what a destruction treats ("SI joint RFA"), not as history. */
  boolean sacroiliacProcedure;
  /** Code families named by region words (cervical, thoracic, neck; lumbar, lumbosacral). */
  Set<JointFamily> families = Set.of();
  /** Each plausible heat temperature: {token index, °C}, in text order (allocated on demand). */
  List<int[]> heatTemperatures = List.of();
  /** Highest plausible heat temperature, or Integer.MIN_VALUE. */
  int heatTemperature = Integer.MIN_VALUE;
  /** First plausible cryo temperature, or Integer.MIN_VALUE. */
  int coldTemperature = Integer.MIN_VALUE;
  private int firstFluoro = Integer.MAX_VALUE;
  private int firstCt = Integer.MAX_VALUE;
  private int firstUltrasound = Integer.MAX_VALUE;
  private int firstMri = Integer.MAX_VALUE;
  private int firstNone = Integer.MAX_VALUE;
  /** Per sentence: a neurolytic agent is named in it. */
  final boolean[] sentenceHasAgent;
  private final boolean[] consumed;
  /** The whole text has at most a few words (a Medication or Substance name). */
  private final boolean shortLabel;
  /** The whole text is an imaging label such as "CT" or "Ultrasound guidance". */
  private final boolean imagingLabel;

  KeywordScanner(Token[] tok) {
    super(tok);
    int sentences = n == 0 ? 1 : tok[n - 1].sentence + 1;
    this.sentenceHasAgent = new boolean[sentences];
    this.consumed = new boolean[n];
    int words = 0;
    for (Token t : tok) {
      if (t.type == Token.Type.WORD && ++words > SHORT_LABEL_WORDS) {
        break;
      }
    }
    this.shortLabel = words <= SHORT_LABEL_WORDS;
    boolean imagingOnly = words > 0;
    for (Token t : tok) {
      if (t.type == Token.Type.WORD && !Lexicon.IMAGING_LABEL_WORDS.contains(t.text)) {
        imagingOnly = false;
        break;
      }
    }
    this.imagingLabel = imagingOnly;
  }

  KeywordScanner run() {
    scanAgents();
    for (int i = 0; i < n; i++) {
      Token t = tok[i];
      if (t.type == Token.Type.NUMBER) {
        temperature(i);
        continue;
      }
      if (t.type != Token.Type.WORD) {
        continue;
      }
      methods(i, t.text);
      imaging(i, t.text);
      outOfScope(i, t.text);
      facetWords(i, t.text);
      regions(i, t.text);
    }
    if (!agents.isEmpty()) {
      methods.add(NeurolyticMethod.CHEMICAL);
      destruction = true;
    }
    return this;
  }

  Imaging imaging() {
    if (firstFluoro != Integer.MAX_VALUE || firstCt != Integer.MAX_VALUE) {
      return firstFluoro <= firstCt ? Imaging.FLUOROSCOPY : Imaging.CT;
    }
    if (firstUltrasound != Integer.MAX_VALUE || firstMri != Integer.MAX_VALUE) {
      return firstUltrasound <= firstMri ? Imaging.ULTRASOUND : Imaging.MRI;
    }
    return firstNone != Integer.MAX_VALUE ? Imaging.NONE : null;
  }

  // ---- methods -------------------------------------------------------------------------------

  private void methods(int i, String w) {
    if ((w.equals("pulsed") || w.equals("pulse")) && isDash(i - 1) && isWord(i - 2, "non")) {
      return; // "non-pulsed"
    }
    if (w.equals("pulsed") || w.equals("prf")) {
      methods.add(NeurolyticMethod.PULSED_RF);
      destruction = true;
      consumeNext(i, Lexicon.RF_WORDS);
      return;
    }
    if (w.equals("cooled") && isWord(i + 1, "to")) {
      return; // "the needle tips had cooled to 45 degrees": a verb, not cooled RF
    }
    if (w.equals("cooled") || w.equals("coolief")) {
      methods.add(NeurolyticMethod.COOLED_RF);
      destruction = true;
      if (!consumeNext(i, Lexicon.RF_WORDS)) {
        consumeNext(i, Lexicon.GENERIC_LESION_WORDS);
      }
      return;
    }
    if (w.startsWith("cryo")) {
      methods.add(NeurolyticMethod.CRYOABLATION);
      destruction = true;
      consumeNext(i, Lexicon.GENERIC_LESION_WORDS);
      return;
    }
    if (w.equals("laser")) {
      methods.add(NeurolyticMethod.LASER);
      destruction = true;
      consumeNext(i, Lexicon.GENERIC_LESION_WORDS);
      return;
    }
    if (w.equals("electrocoagulation") || w.equals("electrocoagulated")
        || ((w.equals("electrical") || w.equals("electric")) && isWord(i + 1, "heat"))) {
      methods.add(NeurolyticMethod.ELECTRICAL_HEAT);
      destruction = true;
      int k = w.startsWith("electrocoag") ? i : i + 1;
      consumeNext(k, Lexicon.GENERIC_LESION_WORDS);
      return;
    }
    if (w.equals("chemical") || w.equals("chemically")) {
      for (int k = i + 1; k <= i + 3 && k < n && tok[k].type != Token.Type.BREAK; k++) {
        if (inSet(k, Lexicon.CHEMICAL_HEADS)) {
          methods.add(NeurolyticMethod.CHEMICAL);
          genericChemical = true;
          destruction = true;
          consumed[k] = true;
          return;
        }
      }
      return;
    }
    if (w.equals("radio") && isWord(skipDash(i + 1), "frequency")) {
      consumed[skipDash(i + 1)] = true;
      w = "radiofrequency";
    }
    if (consumed[i]) {
      return;
    }
    if (Lexicon.RF_WORDS.contains(w)) {
      methods.add(NeurolyticMethod.THERMAL_RF);
      rfWord = true;
      destruction = true;
    } else if (Lexicon.GENERIC_LESION_WORDS.contains(w)) {
      methods.add(NeurolyticMethod.THERMAL_RF);
      destruction = true;
    } else if (Lexicon.DESTRUCTION_ONLY_WORDS.contains(w)) {
      destruction = true;
    }
  }

  /**
   * Marks the words after a qualifier as consumed when they name the lesion it qualifies:
   * "pulsed radiofrequency", "cooled RF ablation", "cryo-ablation", "phenol neurolysis". The
   * first word must be in {@code first}; up to two more RF or lesion words follow.
   */
  private boolean consumeNext(int i, Set<String> first) {
    int k = skipDash(i + 1);
    if (isWord(k, "radio") && isWord(skipDash(k + 1), "frequency")) {
      consumed[k] = true;
      k = skipDash(k + 1);
      if (!first.contains("radiofrequency")) {
        return false;
      }
    } else if (!(k < n && tok[k].type == Token.Type.WORD && first.contains(tok[k].text))) {
      return false;
    }
    consumed[k] = true;
    for (int m = 0; m < 2; m++) {
      k = skipDash(k + 1);
      if (inSet(k, Lexicon.RF_WORDS) || inSet(k, Lexicon.GENERIC_LESION_WORDS)) {
        consumed[k] = true;
      } else {
        break;
      }
    }
    return true;
  }

  // ---- agents --------------------------------------------------------------------------------

  private void scanAgents() {
    boolean glycerol = false;
    for (int i = 0; i < n; i++) {
      String w = word(i);
      if (w == null) {
        continue;
      }
      NeurolyticAgent a = null;
      switch (w) {
        case "phenol":
        case "phenolic":
          a = NeurolyticAgent.PHENOL;
          break;
        case "glycerol":
        case "glycerin":
        case "glycerine":
          a = NeurolyticAgent.GLYCEROL;
          break;
        case "ammonium":
          a = NeurolyticAgent.AMMONIUM_SALTS;
          break;
        case "ethanol":
        case "alcohol":
        case "alcohols":
        case "etoh":
          a = alcohol(i, w) ? NeurolyticAgent.ETHYL_ALCOHOL : null;
          break;
        case "hypertonic":
          a = wordWithin(i + 1, i + 3, tok[i].sentence, Lexicon.SALINE_WORDS)
              ? NeurolyticAgent.HYPERTONIC_SALINE : null;
          break;
        case "hypotonic":
          a = NeurolyticAgent.HYPOTONIC_SOLUTION;
          break;
        case "sterile":
          a = isWord(i + 1, "water")
              && !wordWithin(i - CONTEXT_WINDOW, i + CONTEXT_WINDOW, tok[i].sentence,
                  Lexicon.WATER_VETO) ? NeurolyticAgent.HYPOTONIC_SOLUTION : null;
          break;
        default:
          break;
      }
      if (a == null || negated(i)) {
        continue;
      }
      // "phenol neurolysis", "glycerol rhizotomy", "alcohol ablation": the agent's lesion.
      consumeNext(i, Lexicon.GENERIC_LESION_WORDS);
      if (a == NeurolyticAgent.GLYCEROL) {
        glycerol = true;
      } else {
        agents.add(a);
      }
      sentenceHasAgent[tok[i].sentence] = true;
    }
    // Glycerin is the vehicle of phenol ("phenol 6% in glycerin"): then the agent is phenol.
    if (glycerol && !agents.contains(NeurolyticAgent.PHENOL)) {
      agents.add(NeurolyticAgent.GLYCEROL);
    }
  }

  /** "no phenol", "without alcohol", "phenol was not used": the agent is denied. */
  private boolean negated(int i) {
    int s = tok[i].sentence;
    return wordWithin(i - 3, i - 1, s, Lexicon.NEGATIONS)
        || wordWithin(i + 1, i + 3, s, Lexicon.AGENT_NEGATIONS_AFTER);
  }

  /**
   * Whether an alcohol word at i names the neurolytic agent: never isopropyl alcohol; always
   * dehydrated, absolute or ethyl alcohol; otherwise not near prep or social-history words, and
   * either near a concentration or an injection/neurolysis word, or the whole text is a short
   * label such as a Medication name ("Ethanol", "Alcohol 98%").
   */
  private boolean alcohol(int i, String w) {
    int s = tok[i].sentence;
    if (isWord(i - 1, "isopropyl") || isWord(i - 1, "rubbing") || isWord(i - 1, "benzyl")
        || isWord(i - 1, "polyvinyl")) {
      return false;
    }
    if (inSet(i - 1, Lexicon.ALCOHOL_QUALIFIERS)) {
      return true;
    }
    if (wordWithin(i - ALCOHOL_VETO_WINDOW, i + ALCOHOL_VETO_WINDOW, s, Lexicon.ALCOHOL_VETO)) {
      return false;
    }
    if (w.equals("ethanol")) {
      return true;
    }
    for (int k = i - 2; k <= i + 2; k++) {
      if (k != i && isPunct(k, "%")) {
        return true;
      }
    }
    if (shortLabel) {
      return true;
    }
    return wordWithin(i - CONTEXT_WINDOW, i + CONTEXT_WINDOW, s, Lexicon.NEUROLYTIC_CONTEXT);
  }

  // ---- temperature ---------------------------------------------------------------------------

  private void temperature(int i) {
    Token t = tok[i];
    if (t.number < 0) {
      return;
    }
    int j = i + 1;
    boolean explicit = false;
    boolean degreesOnly = false;
    if (isPunct(j, "℃")) {
      explicit = true;
      j++;
    } else if (isWord(j, "c")) {
      if (isDash(j + 1) && isWord(j + 2, "arm") || isWord(j + 1, "arm")) {
        return;
      }
      explicit = true;
      j++;
    } else if (inSet(j, Lexicon.CELSIUS)) {
      explicit = true;
      j++;
    } else if (isPunct(j, "°") || inSet(j, Lexicon.DEGREES)) {
      // "°", "degrees" or "degrees °", then the scale if named.
      boolean word = !isPunct(j, "°");
      j++;
      if (word && isPunct(j, "°")) {
        j++;
      }
      if (inSet(j, Lexicon.CELSIUS)) {
        explicit = true;
        j++;
      } else if (inSet(j, Lexicon.FAHRENHEIT)) {
        return;
      } else {
        degreesOnly = true;
      }
    } else {
      return;
    }
    if (degreesOnly && (inSet(j, Lexicon.ANGLE_WORDS)
        || wordWithin(i - 3, i - 1, t.sentence, Lexicon.ANGLE_WORDS))) {
      return;
    }
    if (isWord(i - 1, "to") && (isWord(i - 2, "cooled") || isWord(i - 2, "cool")
        || isWord(i - 2, "cooling"))) {
      return; // "cooled to 45 degrees": the needle after the lesion, not a lesion temperature
    }
    int value = t.number;
    boolean negative = (isDash(i - 1) && !t.spaceBefore
        && (i < 2 || tok[i - 1].spaceBefore || (tok[i - 2].type != Token.Type.NUMBER
            && tok[i - 2].type != Token.Type.LEVEL)))
        || isWord(i - 1, "minus");
    if (negative) {
      value = -value;
    }
    if (value >= MIN_HEAT && value <= MAX_HEAT) {
      heatTemperature = Math.max(heatTemperature, value);
      if (heatTemperatures.isEmpty()) {
        heatTemperatures = new ArrayList<>(2);
      }
      heatTemperatures.add(new int[] {i, value});
    } else if (value >= MIN_COLD && value <= MAX_COLD && coldTemperature == Integer.MIN_VALUE) {
      coldTemperature = value;
    }
  }

  // ---- imaging -------------------------------------------------------------------------------

  private void imaging(int i, String w) {
    if (w.startsWith("fluoroscop") || w.equals("fluoro") || w.equals("fluoroscopically")) {
      if (isWord(i - 1, "ct") || isDash(i - 1) && isWord(i - 2, "ct")) {
        return; // "CT fluoroscopy": counted at "ct"
      }
      mark(i, Imaging.FLUOROSCOPY);
      return;
    }
    if (w.equals("carm") || w.equals("c") && (isDash(i + 1) && isWord(i + 2, "arm")
        || isWord(i + 1, "arm"))) {
      mark(i, Imaging.FLUOROSCOPY);
      return;
    }
    if (w.equals("ct") || w.equals("computed") && (isWord(i + 1, "tomography")
        || isWord(i + 1, "tomographic"))) {
      int next = skipDash(i + 1);
      if (guided(i, w.equals("ct") ? i : i + 1) || w.equals("ct") && (isWord(next, "fluoroscopy")
          || isWord(next, "fluoroscopic") || isWord(next, "fluoro"))) {
        mark(i, Imaging.CT);
      }
      return;
    }
    if (w.equals("ultrasound") || w.startsWith("sonograph") || w.startsWith("ultrasonograph")
        || w.equals("ultrasonic")) {
      if (guided(i, i)) {
        mark(i, Imaging.ULTRASOUND);
      }
      return;
    }
    if (w.equals("us")) {
      if (inSet(skipDash(i + 1), Lexicon.GUIDE_AFTER)) {
        mark(i, Imaging.ULTRASOUND);
      }
      return;
    }
    if (w.equals("mri") || w.equals("mr") || w.equals("magnetic") && isWord(i + 1, "resonance")) {
      int last = w.equals("magnetic") ? i + 1 : i;
      if (w.equals("mr") ? inSet(skipDash(i + 1), Lexicon.GUIDE_AFTER) : guided(i, last)) {
        mark(i, Imaging.MRI);
      }
      return;
    }
    if (w.equals("landmark") || w.equals("landmarks")) {
      firstNone = Math.min(firstNone, i);
      return;
    }
    if (w.equals("without") || w.equals("w/o")) {
      for (int k = i + 1; k <= i + 2 && k < n; k++) {
        if (inSet(k, Lexicon.NONE_AFTER_WITHOUT)) {
          firstNone = Math.min(firstNone, i);
          return;
        }
      }
    }
  }

  /** Guidance context around a CT/ultrasound/MRI word spanning tokens [first, last]. */
  private boolean guided(int first, int last) {
    int s = tok[first].sentence;
    return imagingLabel
        || wordWithin(first - 3, first - 1, s, Lexicon.GUIDE_BEFORE)
        || wordWithin(last + 1, last + 3, s, Lexicon.GUIDE_AFTER);
  }

  private void mark(int i, Imaging imaging) {
    int s = tok[i].sentence;
    if (wordWithin(i - 2, i - 1, s, Lexicon.NEGATIONS)) {
      firstNone = Math.min(firstNone, i);
      return;
    }
    switch (imaging) {
      case FLUOROSCOPY:
        firstFluoro = Math.min(firstFluoro, i);
        break;
      case CT:
        firstCt = Math.min(firstCt, i);
        break;
      case ULTRASOUND:
        firstUltrasound = Math.min(firstUltrasound, i);
        break;
      default:
        firstMri = Math.min(firstMri, i);
        break;
    }
  }

  // ---- out of scope --------------------------------------------------------------------------

  private void outOfScope(int i, String w) {
    int s = tok[i].sentence;
    switch (w) {
      case "sacroiliac":
      case "sij":
      case "sijs":
        outOfScope.add(OutOfScopeTarget.SACROILIAC_JOINT);
        sacroiliacProcedure |= sacroiliacTreated(i, i);
        return;
      case "sacro":
        if (isWord(skipDash(i + 1), "iliac")) {
          outOfScope.add(OutOfScopeTarget.SACROILIAC_JOINT);
          sacroiliacProcedure |= sacroiliacTreated(i, skipDash(i + 1));
        }
        return;
      case "si":
        int k = skipDash(i + 1);
        String next = word(k);
        if (next != null && (Lexicon.JOINT.contains(next) || Lexicon.RF_WORDS.contains(next)
            || Lexicon.GENERIC_LESION_WORDS.contains(next) || next.equals("denervation")
            || next.equals("lateral"))) {
          outOfScope.add(OutOfScopeTarget.SACROILIAC_JOINT);
          sacroiliacProcedure |= sacroiliacTreated(i, k);
        }
        return;
      case "lateral":
        if (inSet(i + 1, Lexicon.BRANCH) && sacralNear(i, s)) {
          outOfScope.add(OutOfScopeTarget.SACROILIAC_JOINT);
        }
        return;
      case "genicular":
        outOfScope.add(OutOfScopeTarget.GENICULAR);
        return;
      case "intercostal":
        outOfScope.add(OutOfScopeTarget.INTERCOSTAL);
        return;
      case "peripheral":
        if (inSet(i + 1, Lexicon.NERVE)) {
          outOfScope.add(OutOfScopeTarget.PERIPHERAL_NERVE);
        }
        return;
      default:
        break;
    }
    boolean medial = Lexicon.MEDIAL.contains(w) && inSet(i + 1, Lexicon.BRANCH);
    boolean blockable = Lexicon.FACET.contains(w) || Lexicon.ZYGAPOPHYSEAL.contains(w) || medial;
    boolean block = blockable && wordWithin(i + 1, i + 3, s, Lexicon.BLOCK_WORDS);
    if (block || Lexicon.MBB_ABBREVIATIONS.contains(w)
        || w.equals("intraarticular")
        || w.equals("intra") && isWord(skipDash(i + 1), "articular")) {
      if (!sentenceHasAgent[s]) {
        outOfScope.add(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK);
        medialBranchBlock |= medial && block || Lexicon.MBB_ABBREVIATIONS.contains(w);
      }
    }
    if ((Lexicon.BLOCK_WORDS.contains(w) || Lexicon.MBB_ABBREVIATIONS.contains(w))
        && !sentenceHasAgent[s]) {
      blockOrInjection = true;
    }
  }

  /**
   * Whether a sacroiliac mention at [first, last] names the joint a destruction treats: a
   * destruction word in its sentence, no history word right before it ("history of SI joint
   * RFA"), and no pathology word right after it ("SI joint pain").
   */
  private boolean sacroiliacTreated(int first, int last) {
    int s = tok[first].sentence;
    int after = last + 1;
    if (inSet(after, Lexicon.JOINT)) {
      after++;
    }
    if (inSet(after, Lexicon.NOISE_WORDS) || inSet(after, Lexicon.BLOCK_WORDS)
        || wordWithin(first - 3, first - 1, s, Lexicon.HISTORY_WORDS)) {
      return false;
    }
    return wordWithin(first - 12, last + 12, s, Lexicon.RF_WORDS)
        || wordWithin(first - 12, last + 12, s, Lexicon.GENERIC_LESION_WORDS)
        || wordWithin(first - 12, last + 12, s, Lexicon.DESTRUCTION_ONLY_WORDS);
  }

  private void regions(int i, String w) {
    if (Lexicon.CERVICAL_THORACIC_WORDS.contains(w)) {
      family(JointFamily.CERVICAL_THORACIC);
    }
    if (Lexicon.LUMBAR_SACRAL_WORDS.contains(w)
        || w.equals("low") && isWord(i + 1, "back")) {
      family(JointFamily.LUMBAR_SACRAL);
    }
  }

  private void family(JointFamily f) {
    if (families.isEmpty()) {
      families = EnumSet.noneOf(JointFamily.class);
    }
    families.add(f);
  }

  /** "sacral" or a sacral level in the same sentence within a few tokens. */
  private boolean sacralNear(int i, int s) {
    for (int k = Math.max(0, i - 8); k <= i + 8 && k < n; k++) {
      Token t = tok[k];
      if (t.sentence == s && (t.type == Token.Type.LEVEL && t.region == 'S'
          || t.type == Token.Type.WORD && (t.text.equals("sacral") || t.text.equals("sacrum")))) {
        return true;
      }
    }
    return false;
  }

  // ---- facet target words --------------------------------------------------------------------

  private void facetWords(int i, String w) {
    facetJointWord |= Lexicon.FACET_JOINT_WORDS.contains(w);
    if (Lexicon.FACET_TARGET_WORDS.contains(w)
        || Lexicon.MEDIAL.contains(w) && inSet(i + 1, Lexicon.BRANCH)
        || Lexicon.MEDIAL.contains(w) && (isPunct(i + 1, "/") || isWord(i + 1, "and"))
            && inSet(i + 2, Lexicon.SECOND_BRANCH) && inSet(i + 3, Lexicon.BRANCH)
        || (w.equals("dorsal") || w.equals("posterior") || w.equals("primary"))
            && (inSet(i + 1, Lexicon.RAMUS) || inSet(i + 2, Lexicon.RAMUS))
        || w.equals("third") && isWord(i + 1, "occipital")
        || w.equals("z") && isDash(i + 1) && inSet(i + 2, Lexicon.JOINT)) {
      facetTarget = true;
    }
  }
}
