package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.NeedleTarget;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.fhir.text.ListElements.Element;
import org.facetclaims.fhir.text.ListElements.ElementType;
import org.facetclaims.fhir.text.NounPhrases.NounKind;
import org.facetclaims.fhir.text.NounPhrases.NounMatch;
import org.facetclaims.fhir.text.SidePhrases.Side;

/**
 * The site pass: finds site lists and the sides that belong to them.
 *
 * <p>A small state machine walks the tokens once. Outside a list it remembers a pending side
 * ("Left ...") and a prefix noun ("medial branches of ...", "levels ...", "transverse process of
 * ...", "history of ...") for a bounded number of filler tokens. At a level notation it reads one
 * list: elements (joint notations, single levels, ranges, the third occipital nerve, the sacral
 * ala) joined by connectors, each element with its own noun if one follows, and sides before,
 * inside and after the list. Every element is read with its effective noun: its own, else the
 * next one to its right in the list ("L3 and L4 medial branches"), else the prefix, else the
 * default (joint notation = joint, single levels = a level list). All lookahead is bounded, so
 * the pass is linear in the number of tokens.
 */
final class SiteParser extends Tokens {
  /** Filler tokens a pending side or a prefix noun survives. */
  private static final int MAX_AGE = 10;
  /** Tokens a history word ("prior", "s/p") reaches forward. */
  private static final int MAX_HISTORY_AGE = 4;

  private static final ImmutableSet<String> METHOD_FILLERS = ImmutableSet.<String>builder()
      .addAll(Lexicon.RF_WORDS).addAll(Lexicon.GENERIC_LESION_WORDS)
      .addAll(Lexicon.DESTRUCTION_ONLY_WORDS)
      .add("pulsed", "cooled", "radio", "frequency", "conventional", "continuous", "chemical",
          "cryoablation", "cryoneurolysis", "laser", "neurotomies", "ablations", "phenol",
          "alcohol", "ethanol", "glycerol", "glycerin", "ammonium", "injected", "injection",
          "injections", "block", "blocks", "aqueous", "dehydrated")
      .build();
  private static final ImmutableSet<String> PUNCT_FILLERS = ImmutableSet.of(
      ":", "(", ")", "-", "/", "&", "\"", "'", "[", "]", "*", "#", "•", "+");
  private final SidePhrases sides;
  private final NounPhrases nouns;
  private final ListElements elements;
  private final SiteEmitter emitter;

  final List<TreatedSite> sites;
  final List<String> unplaced;
  final List<Laterality> unboundSides = new ArrayList<>();
  private final String text;
  /** The last list, while a joint or nerve list may follow it as what it was for. */
  private SiteEmitter.ListResult targetList;
  private int targetListEnd;

  private Laterality pending;
  private int pendingAge;
  private NounMatch prefix;
  private int prefixAge;

  /** Each plausible heat temperature of the text: {token, °C}. */
  private final List<int[]> heat;
  /**
   * After the pass: the lesion temperature tied to each site, or LesionTemperatures.NONE; null
   * when the text states fewer than two temperatures (nothing can differ).
   */
  List<Integer> temperatures;

  SiteParser(String text, Token[] tok, boolean[] sentenceHasAgent, List<int[]> heat) {
    super(tok);
    this.text = text;
    this.heat = heat;
    this.sides = new SidePhrases(tok);
    this.nouns = new NounPhrases(tok, sentenceHasAgent);
    this.elements = new ListElements(tok, nouns, sides);
    this.emitter = new SiteEmitter(text, tok);
    this.sites = emitter.sites;
    this.unplaced = emitter.unplaced;
  }

  /** True when sacral lateral branches were named (the sacroiliac joint, out of scope). */
  boolean sacroiliac() {
    return emitter.sacroiliac;
  }

  /** The side phrases of this text (for the template scan, which shares them). */
  SidePhrases sides() {
    return sides;
  }


  /** Unplaced fragments that name only sacral levels (sacroiliac targets in an SI text). */
  Set<String> sacralFragments() {
    return emitter.sacralFragments;
  }

  /** Questions the lists raised: hyphenated ranges, targets that disagree with joints. */
  List<TextQuestion> questions() {
    return emitter.questions;
  }

  SiteParser run() {
    int i = 0;
    while (i < n) {
      Token t = tok[i];
      if (t.type == Token.Type.BREAK) {
        expirePending();
        prefix = null;
        targetList = null;
        i++;
        continue;
      }
      int template = sides.templatePairEnd(i);
      if (template > i) {
        // "right/left": the template's choice was never made; not a side.
        expirePending();
        i = template;
        continue;
      }
      Side side = sides.sideAt(i);
      if (side != null) {
        expirePending();
        pending = side.side();
        pendingAge = 0;
        i = side.end();
        continue;
      }
      if (elements.elementStartAt(i, null)) {
        SiteEmitter.ListResult before = targetList != null && joinsTargets(targetListEnd, i)
            ? targetList : null;
        int start = i;
        NounMatch listPrefix = prefix;
        Parsed list = parseList(i);
        i = list.end();
        if (before != null && list.result().joints() && before.targets()) {
          reconcile(before, list.result(), start);
          targetList = null;
        } else {
          if (before != null) {
            levelsForNerves(before, list.result());
          }
          targetList = list.result();
          targetListEnd = i;
        }
        pending = null;
        prefix = null;
        if (listPrefix != null && (listPrefix.kind() == NounKind.NOISE
            || listPrefix.kind() == NounKind.HISTORY) && isWord(i, "or")
            && elements.elementStartAt(i + 1, null)) {
          // "fusion at L4-L5 or L5-S1": the alternative is the same noise.
          prefix = listPrefix;
          i++;
        }
        continue;
      }
      NounMatch noun = nouns.noun(i);
      if (noun != null) {
        if (prefix != null && prefix.kind() == NounKind.HISTORY) {
          // "prior medial branch RFA at L3-4": the history covers the whole phrase.
          age();
        } else {
          prefix = noun.kind() == NounKind.NOISE && noun.symptom() ? null : noun;
          prefixAge = 0;
          age();
        }
        i = noun.end();
        continue;
      }
      int history = historyEnd(i);
      if (history > i) {
        prefix = new NounMatch(NounKind.HISTORY, history, false, false);
        prefixAge = 0;
        i = history;
        continue;
      }
      if (isFiller(i)) {
        String w = word(i);
        if (w != null && METHOD_FILLERS.contains(w) && prefix != null
            && prefix.kind() == NounKind.NOISE) {
          prefix = null;
        }
        if (prefix != null && prefix.kind() == NounKind.HISTORY && !inSet(i, Lexicon.TIGHT_FILLERS)
            && !inSet(i, METHOD_FILLERS) && !PUNCT_FILLERS.contains(t.text)) {
          prefix = null;
        }
        age();
        i++;
        continue;
      }
      if (isPunct(i, ",")) {
        prefix = null;
        age();
        i++;
        continue;
      }
      expirePending();
      prefix = null;
      i++;
    }
    expirePending();
    dedupe();
    return this;
  }

  /** The side stated for the whole text: the unbound sides when they agree. */
  Optional<Laterality> statedSide() {
    Laterality s = null;
    for (Laterality l : unboundSides) {
      if (s != null && s != l) {
        return Optional.empty();
      }
      s = l;
    }
    return Optional.ofNullable(s);
  }

  // ---- state ---------------------------------------------------------------------------------

  private void age() {
    if (pending != null && ++pendingAge > MAX_AGE) {
      expirePending();
    }
    if (prefix != null && ++prefixAge > (prefix.kind() == NounKind.HISTORY ? MAX_HISTORY_AGE
        : MAX_AGE)) {
      prefix = null;
    }
  }

  private void expirePending() {
    if (pending != null) {
      unboundSides.add(pending);
      pending = null;
    }
  }

  private boolean isFiller(int i) {
    Token t = tok[i];
    if (temperatureToken(i)) {
      return true; // "lesions at 80 °C at C4 and C5": a temperature keeps the phrase together
    }
    if (t.type == Token.Type.PUNCT) {
      return PUNCT_FILLERS.contains(t.text);
    }
    if (t.type != Token.Type.WORD) {
      return false;
    }
    return Lexicon.FILLERS.contains(t.text) || Lexicon.REGION_WORDS.contains(t.text)
        || METHOD_FILLERS.contains(t.text);
  }

  /** A number with a temperature unit, or the unit after such a number. */
  private boolean temperatureToken(int i) {
    if (isType(i, Token.Type.NUMBER)) {
      return isPunct(i + 1, "°") || isPunct(i + 1, "℃") || inSet(i + 1, Lexicon.CELSIUS)
          || inSet(i + 1, Lexicon.DEGREES);
    }
    return (isPunct(i, "°") || isPunct(i, "℃") || inSet(i, Lexicon.CELSIUS)
        || inSet(i, Lexicon.DEGREES)) && (isType(i - 1, Token.Type.NUMBER)
            || temperatureToken(i - 1) && !isType(i - 1, Token.Type.NUMBER) && i >= 2
            && isType(i - 2, Token.Type.NUMBER));
  }

  private int historyEnd(int i) {
    String w = word(i);
    if (w == null) {
      return i;
    }
    if (Lexicon.HISTORY_WORDS.contains(w)) {
      return i + 1;
    }
    if (w.equals("s") && isPunct(i + 1, "/") && isWord(i + 2, "p")) {
      return i + 3;
    }
    if (w.equals("status") && isWord(i + 1, "post")) {
      return i + 2;
    }
    return i;
  }
  // ---- lists ---------------------------------------------------------------------------------

  /** A parsed list and the token after it. */
  private record Parsed(SiteEmitter.ListResult result, int end) {}

  /**
   * True when only words that tie a target list to its joints lie between them: "(",
   * "to denerve the joints at", "for the", ":" ("L4 and L5 transverse processes (L4-5 joint)").
   */
  private boolean joinsTargets(int from, int to) {
    if (to - from > 8) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!(isPunct(k, "(") || isPunct(k, ":") || isPunct(k, ",") || isDash(k)
          || inSet(k, Lexicon.TARGET_TO_JOINT_WORDS))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A target list followed by the joints it is for: the stated joints win when the targets
   * name exactly them; otherwise the targets stay (they are where the needles were), the stated
   * joints they do not reach are unplaced, and a question names both.
   */
  private void reconcile(SiteEmitter.ListResult targets, SiteEmitter.ListResult joints,
      int jointStart) {
    Set<FacetJoint> implied = new LinkedHashSet<>();
    Set<Nerve> nerves = new LinkedHashSet<>();
    for (int k = targets.firstSite(); k < targets.endSite(); k++) {
      sites.get(k).nerve().ifPresent(nerves::add);
    }
    for (FacetJoint j : FacetJoint.reportable()) {
      if (!j.nerves().isEmpty() && nerves.containsAll(j.nerves())) {
        implied.add(j);
      }
    }
    Set<FacetJoint> stated = new LinkedHashSet<>();
    for (int k = joints.firstSite(); k < joints.endSite(); k++) {
      sites.get(k).joint().ifPresent(stated::add);
    }
    boolean bad = false;
    for (Element e : joints.elements()) {
      bad |= e.type != ElementType.JOINT && e.type != ElementType.RANGE;
    }
    if (!bad && implied.equals(stated)) {
      // The joints win; they take the targets' side where they state none.
      Laterality side = Laterality.UNKNOWN;
      for (int k = targets.firstSite(); k < targets.endSite(); k++) {
        side = sites.get(k).laterality();
      }
      for (int k = joints.firstSite(); k < joints.endSite(); k++) {
        if (sites.get(k).laterality() == Laterality.UNKNOWN) {
          sites.set(k, sites.get(k).withLaterality(side));
        }
      }
      emitter.remove(targets.firstSite(), targets.endSite());
      return;
    }
    List<String> notReached = new ArrayList<>();
    for (int k = joints.firstSite(); k < joints.endSite(); k++) {
      FacetJoint j = sites.get(k).joint().orElse(null);
      if (j != null && !implied.contains(j)) {
        notReached.add(j.notation());
      }
    }
    String fragment = text.substring(tok[jointStart].start,
        tok[Math.max(jointStart, lastToken(joints))].end);
    for (Element e : joints.elements()) {
      if (e.type == ElementType.JOINT && !implied.contains(e.joint)) {
        unplaced.add(text.substring(tok[e.start].start, tok[e.end - 1].end));
      }
    }
    emitter.remove(joints.firstSite(), joints.endSite());
    emitter.question(new TextQuestion(TextQuestion.Kind.TARGETS_DISAGREE, fragment,
        FindingCode.TARGETS_DISAGREE,
        "The needle targets name the joints " + (implied.isEmpty() ? "(none)"
            : SiteEmitter.joints(implied)) + "; the same list states \"" + fragment + "\"."
            + (notReached.isEmpty() ? "" : " The targets do not reach "
                + String.join(", ", notReached) + ", which is not coded."),
        "Which facet joints were treated: " + (implied.isEmpty() ? "none of the targets'"
            : SiteEmitter.joints(implied)) + ", or " + SiteEmitter.joints(stated) + "?",
        List.of(implied, stated)));
  }

  /**
   * "advanced to right L4 and L5 levels for the L3 and L4 medial branches": a level list that
   * is the needle positions of the nerves named right after it (lumbar L(n) is where the
   * L(n-1) medial branch is lesioned). One statement: the nerves, with the level list's side.
   */
  private void levelsForNerves(SiteEmitter.ListResult levels, SiteEmitter.ListResult nerves) {
    if (levels.endSite() - levels.firstSite() != 1 || nerves.endSite() <= nerves.firstSite()
        || levels.endSite() > nerves.firstSite()) {
      return;
    }
    TreatedSite list = sites.get(levels.firstSite());
    if (list.kind() != TreatedSite.Kind.VERTEBRAL_LEVELS) {
      return;
    }
    Set<Nerve> targeted = new LinkedHashSet<>();
    for (Vertebra v : list.levels()) {
      NeedleTarget t = v == Vertebra.S1 ? NeedleTarget.SACRAL_ALA
          : NeedleTarget.transverseProcessOf(v).orElse(null);
      if (t == null) {
        return;
      }
      targeted.add(t.nerve());
    }
    Set<Nerve> named = new LinkedHashSet<>();
    for (int k = nerves.firstSite(); k < nerves.endSite(); k++) {
      Nerve n = sites.get(k).nerve().orElse(null);
      if (n == null) {
        return;
      }
      named.add(n);
    }
    if (!targeted.equals(named)) {
      return;
    }
    for (int k = nerves.firstSite(); k < nerves.endSite(); k++) {
      if (sites.get(k).laterality() == Laterality.UNKNOWN) {
        sites.set(k, sites.get(k).withLaterality(list.laterality()));
      }
    }
    emitter.remove(levels.firstSite(), levels.endSite());
  }

  private static int lastToken(SiteEmitter.ListResult r) {
    int last = 0;
    for (Element e : r.elements()) {
      last = Math.max(last, e.fragmentEnd() - 1);
    }
    return last;
  }

  private Parsed parseList(int start) {
    List<Element> els = new ArrayList<>();
    Laterality cur = pending;
    int unsided = 0;
    Element prev = null;
    int i = start;
    while (true) {
      Element e = elements.parseElement(i, prev);
      i = e.end;
      if (inSet(i, ListElements.RANGE_WORDS)) {
        int r = i + 1;
        if (isWord(r, "the")) {
          r++;
        }
        if (elements.elementStartAt(r, e)) {
          Element b = elements.parseElement(r, e);
          Element range = new Element(ElementType.RANGE, e.start, b.end);
          range.from = e;
          range.to = b;
          e = range;
          i = b.end;
        }
      }
      e.side = cur;
      NounMatch own = nouns.ownNoun(i);
      if (own == null && isDash(i)) {
        own = nouns.ownNoun(i + 1); // "T1-weighted", "L4-5-level"
      }
      if (own != null && own.kind() != NounKind.HISTORY) {
        e.noun = own;
        i = own.end();
      }
      els.add(e);
      prev = e.type == ElementType.RANGE ? e.to : e;
      Side trailing = sides.trailingSideAt(i);
      if (trailing != null) {
        unsided = bindBack(els, unsided, trailing.side());
        i = trailing.end();
        if (e.noun == null) {
          NounMatch late = nouns.noun(i);
          if (late != null) {
            e.noun = late;
            i = late.end();
          }
        }
      }
      int c = elements.connectorAt(i);
      if (c < 0) {
        break;
      }
      Side forward = sides.sideAt(c);
      if (forward != null) {
        int k = forward.end();
        if (isWord(k, "the") || isWord(k, "at")) {
          k++;
        }
        if (elements.elementStartAt(k, null)) {
          cur = forward.side();
          unsided = els.size();
          i = k;
          continue;
        }
        // "L4-5 and L5-S1, bilaterally": the side closes the list.
        unsided = bindBack(els, unsided, forward.side());
        i = forward.end();
        break;
      }
      if (elements.elementStartAt(c, prev)) {
        i = c;
        continue;
      }
      break;
    }
    return new Parsed(emitter.resolve(els, prefix), i);
  }

  /** Gives the side to the elements that have none yet; returns the new first unsided index. */
  private static int bindBack(List<Element> els, int from, Laterality side) {
    for (int k = from; k < els.size(); k++) {
      if (els.get(k).side == null) {
        els.get(k).side = side;
      }
    }
    return els.size();
  }

  /**
   * Removes repeats: an identical site named twice is listed once, and, when the text states no
   * side for the whole text, a site named without a side is dropped when the same target is
   * named with a side ("Levels: L4-5. Right L4-5 RF." is the right L4-L5 joint, not a second,
   * side-less one). With a stated side the side-less site will receive that side, so it stays.
   * A level list whose every level the text also names as a nerve ("bilateral L3 and L4 RF;
   * the L3 nerve at 80 °C, the L4 nerve at 44 °C") is one statement with those nerves: the
   * list goes, and its side goes to the nerves that state none.
   */
  private void dedupe() {
    List<Integer> positions = emitter.positions;
    if (heat.size() >= 2) {
      temperatures = new ArrayList<>(sites.size());
      for (int t : LesionTemperatures.assign(tok, positions, heat)) {
        temperatures.add(t);
      }
    }
    if (sites.size() > 1) {
      restatedLevelLists();
      removeRepeats(positions);
    }
    if (unplaced.size() > 1) {
      Set<String> fragments = new LinkedHashSet<>(unplaced);
      unplaced.clear();
      unplaced.addAll(fragments);
    }
  }

  private void removeRepeats(List<Integer> positions) {
    Set<Object> sided = new HashSet<>();
    boolean dropTwins = statedSide().isEmpty();
    for (TreatedSite s : sites) {
      if (dropTwins && s.laterality() != Laterality.UNKNOWN) {
        sided.add(target(s));
      }
    }
    Set<TreatedSite> seen = new HashSet<>();
    int kept = 0;
    for (int k = 0; k < sites.size(); k++) {
      TreatedSite s = sites.get(k);
      if (!seen.add(s)
          || s.laterality() == Laterality.UNKNOWN && sided.contains(target(s))) {
        continue;
      }
      // Compact in place: sites, positions and temperatures stay in step.
      sites.set(kept, s);
      positions.set(kept, positions.get(k));
      if (temperatures != null) {
        temperatures.set(kept, temperatures.get(k));
      }
      kept++;
    }
    emitter.remove(kept, sites.size());
    if (temperatures != null) {
      temperatures.subList(kept, temperatures.size()).clear();
    }
  }

  private void restatedLevelLists() {
    // Each nerve's sites, so that the pass stays linear in the number of sites.
    Map<Nerve, List<Integer>> byNerve = new EnumMap<>(Nerve.class);
    boolean anyLevels = false;
    for (int m = 0; m < sites.size(); m++) {
      TreatedSite s = sites.get(m);
      anyLevels |= s.kind() == TreatedSite.Kind.VERTEBRAL_LEVELS;
      if (s.nerve().isPresent()) {
        byNerve.computeIfAbsent(s.nerve().get(), x -> new ArrayList<>()).add(m);
      }
    }
    if (!anyLevels || byNerve.isEmpty()) {
      return;
    }
    List<Integer> removed = new ArrayList<>();
    for (int k = 0; k < sites.size(); k++) {
      TreatedSite levels = sites.get(k);
      if (levels.kind() != TreatedSite.Kind.VERTEBRAL_LEVELS) {
        continue;
      }
      List<Integer> nerveSites = new ArrayList<>();
      for (Vertebra v : levels.levels()) {
        int found = -1;
        for (int m : byNerve.getOrDefault(Nerve.atLevel(v).orElse(null), List.of())) {
          Laterality side = sites.get(m).laterality();
          if (side == levels.laterality() || side == Laterality.UNKNOWN
              || levels.laterality() == Laterality.UNKNOWN) {
            found = m;
          }
        }
        if (found < 0) {
          nerveSites = null;
          break;
        }
        nerveSites.add(found);
      }
      if (nerveSites == null) {
        continue;
      }
      for (int m : nerveSites) {
        if (sites.get(m).laterality() == Laterality.UNKNOWN) {
          sites.set(m, sites.get(m).withLaterality(levels.laterality()));
        }
        if (temperatures != null && temperatures.get(m) == LesionTemperatures.NONE) {
          // "L3 lesioned at 80 C; L4 lesioned at 60 C": the restated level's temperature.
          temperatures.set(m, temperatures.get(k));
        }
      }
      removed.add(k);
    }
    for (int r = removed.size() - 1; r >= 0; r--) {
      int k = removed.get(r);
      emitter.remove(k, k + 1);
      if (temperatures != null) {
        temperatures.remove(k);
      }
    }
  }

  private static Object target(TreatedSite s) {
    return List.of(s.kind(), s.joint().map(Object.class::cast).orElse(""),
        s.nerve().map(Object.class::cast).orElse(""), s.levels());
  }
}
