package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.NeedleTarget;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.SpinalRegion;
import org.facetclaims.core.anatomy.Vertebra;

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
  private static final ImmutableSet<String> SYMPTOM_WORDS = ImmutableSet.of(
      "pain", "painful", "tenderness", "mediated", "related", "distribution", "sensation",
      "reflex", "dermatomal", "myotome");
  private static final ImmutableSet<String> ROOTS = ImmutableSet.of("root", "roots");
  private static final ImmutableSet<String> CONNECTOR_WORDS = ImmutableSet.of("and", "plus");
  private static final ImmutableSet<String> CONNECTOR_PUNCT = ImmutableSet.of(
      ",", "&", "+", "/");
  private static final ImmutableSet<String> RANGE_WORDS = ImmutableSet.of(
      "through", "thru", "to", "till", "until");
  private static final ImmutableSet<String> AFTER_CONNECTOR = ImmutableSet.of(
      "the", "at", "also", "of", "then", "from");

  /** What a noun makes of the elements it applies to. */
  enum NounKind {
    NERVE, JOINT, LEVEL, TRANSVERSE_PROCESS, ARTICULAR_PROCESS, ALA, LATERAL_BRANCH, NOISE,
    HISTORY
  }

  static final class NounMatch {
    final NounKind kind;
    final int end;
    final boolean superficial;
    final boolean symptom;

    NounMatch(NounKind kind, int end, boolean superficial, boolean symptom) {
      this.kind = kind;
      this.end = end;
      this.superficial = superficial;
      this.symptom = symptom;
    }
  }

  static final class Side {
    final Laterality side;
    final int end;

    Side(Laterality side, int end) {
      this.side = side;
      this.end = end;
    }
  }

  enum ElementType {
    JOINT, BAD_JOINT, LEVEL, TON, ALA, RANGE
  }

  static final class Element {
    final ElementType type;
    final int start;
    int end;
    FacetJoint joint;
    char region;
    char lowerRegion;
    int number;
    boolean allSacral;
    Element from;
    Element to;
    Laterality side;
    NounMatch noun;
    NounMatch effective;

    Element(ElementType type, int start, int end) {
      this.type = type;
      this.start = start;
      this.end = end;
    }

    int fragmentEnd() {
      return noun != null && noun.end > end ? noun.end : end;
    }

    boolean isLevels() {
      return type == ElementType.LEVEL
          || type == ElementType.RANGE && from.type == ElementType.LEVEL
          && to.type == ElementType.LEVEL;
    }
  }

  private final String text;
  private final boolean[] sentenceHasAgent;

  final List<TreatedSite> sites = new ArrayList<>();
  final List<String> unplaced = new ArrayList<>();
  final List<Laterality> unboundSides = new ArrayList<>();
  boolean sacroiliac;

  private Laterality pending;
  private int pendingAge;
  private NounMatch prefix;
  private int prefixAge;

  SiteParser(String text, Token[] tok, boolean[] sentenceHasAgent) {
    super(tok);
    this.text = text;
    this.sentenceHasAgent = sentenceHasAgent;
  }

  SiteParser run() {
    int i = 0;
    while (i < n) {
      Token t = tok[i];
      if (t.type == Token.Type.BREAK) {
        expirePending();
        prefix = null;
        i++;
        continue;
      }
      Side side = sideAt(i);
      if (side != null) {
        expirePending();
        pending = side.side;
        pendingAge = 0;
        i = side.end;
        continue;
      }
      if (elementStartAt(i, null)) {
        i = parseList(i);
        pending = null;
        prefix = null;
        continue;
      }
      NounMatch noun = noun(i);
      if (noun != null) {
        if (prefix != null && prefix.kind == NounKind.HISTORY) {
          // "prior medial branch RFA at L3-4": the history covers the whole phrase.
          age();
        } else {
          prefix = noun.kind == NounKind.NOISE && noun.symptom ? null : noun;
          prefixAge = 0;
          age();
        }
        i = noun.end;
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
            && prefix.kind == NounKind.NOISE) {
          prefix = null;
        }
        if (prefix != null && prefix.kind == NounKind.HISTORY && !inSet(i, Lexicon.TIGHT_FILLERS)
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
    if (prefix != null && ++prefixAge > (prefix.kind == NounKind.HISTORY ? MAX_HISTORY_AGE
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
    if (t.type == Token.Type.PUNCT) {
      return PUNCT_FILLERS.contains(t.text);
    }
    if (t.type != Token.Type.WORD) {
      return false;
    }
    return Lexicon.FILLERS.contains(t.text) || Lexicon.REGION_WORDS.contains(t.text)
        || METHOD_FILLERS.contains(t.text);
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

  // ---- sides ---------------------------------------------------------------------------------

  /** A side phrase at i, with its "-sided"/"side" tail, or null. */
  Side sideAt(int i) {
    Laterality s = plainSide(i);
    if (s == null) {
      return null;
    }
    String w = word(i);
    int end = i + 1;
    if (w.equals("b")) {
      end = i + 3;
    } else if (w.equals("both")) {
      end = i + 2;
    }
    if (w.equals("left") && (inSet(i - 1, Lexicon.LEFT_VERB_BEFORE)
        || inSet(i + 1, Lexicon.LEFT_VERB_AFTER))) {
      return null;
    }
    if (w.equals("right") && inSet(i + 1, Lexicon.RIGHT_ADVERB_AFTER)) {
      return null;
    }
    if ((w.equals("rt") || w.equals("lt") || w.equals("bilat")) && isPunct(end, ".")) {
      end++;
    }
    if (s != Laterality.BILATERAL && (isWord(end, "and") || isPunct(end, "&")
        || isPunct(end, "/") || isPunct(end, "+"))) {
      Laterality other = plainSide(end + 1);
      if (other != null && other != s && other != Laterality.BILATERAL) {
        s = Laterality.BILATERAL;
        end += 2;
      }
    }
    if (isDash(end) && (isWord(end + 1, "sided") || isWord(end + 1, "side"))) {
      end += 2;
    } else if (isWord(end, "sided") || isWord(end, "side") || isWord(end, "sides")) {
      end++;
    }
    int body = skipDash(end);
    if (inSet(body, Lexicon.BODY_PARTS)
        || inSet(body, Lexicon.UPPER_LOWER) && inSet(body + 1, Lexicon.LIMB_WORDS)
        || isWord(end, "lateral") && (isWord(end + 1, "decubitus") || isWord(end + 1, "position"))
        || isWord(end, "ventricular") || isWord(end, "heart")) {
      return null;
    }
    return new Side(s, end);
  }

  private Laterality plainSide(int i) {
    String w = word(i);
    if (w == null) {
      return null;
    }
    switch (w) {
      case "right":
      case "rt":
        return Laterality.RIGHT;
      case "left":
      case "lt":
        return Laterality.LEFT;
      case "bilateral":
      case "bilaterally":
      case "bilat":
        return Laterality.BILATERAL;
      case "b":
        return isPunct(i + 1, "/") && isWord(i + 2, "l") ? Laterality.BILATERAL : null;
      case "both":
        return isWord(i + 1, "sides") || isWord(i + 1, "side") ? Laterality.BILATERAL : null;
      default:
        return null;
    }
  }

  /** A side right after a list element: "left", "on the right", "(bilateral)", "bilaterally". */
  private Side trailingSideAt(int i) {
    int k = i;
    if (isPunct(k, "(")) {
      k++;
    }
    if (isWord(k, "on")) {
      k++;
      if (isWord(k, "the")) {
        k++;
      }
    }
    Side s = sideAt(k);
    if (s == null) {
      return null;
    }
    int end = s.end;
    if (isPunct(end, ")")) {
      end++;
    }
    return new Side(s.side, end);
  }

  // ---- nouns ---------------------------------------------------------------------------------

  /** The noun phrase at i, or null. */
  NounMatch noun(int i) {
    String w = word(i);
    if (w == null) {
      return null;
    }
    int j = i;
    boolean superficial = false;
    if (w.equals("deep") || w.equals("superficial")) {
      if (!(isWord(i + 1, "medial") && inSet(i + 2, Lexicon.BRANCH))) {
        return null;
      }
      superficial = w.equals("superficial");
      j = i + 1;
      w = "medial";
    }
    NounKind kind;
    int end;
    int r;
    if (w.equals("medial") && inSet(j + 1, Lexicon.BRANCH)) {
      kind = NounKind.NERVE;
      end = nerveTail(j + 2);
    } else if (Lexicon.MB_ABBREVIATIONS.contains(w)) {
      kind = NounKind.NERVE;
      end = j + 1;
    } else if (Lexicon.MBB_ABBREVIATIONS.contains(w)) {
      return sentenceHasAgent[tok[j].sentence]
          ? new NounMatch(NounKind.NERVE, j + 1, false, false)
          : new NounMatch(NounKind.NOISE, j + 1, false, false);
    } else if ((r = ramusEnd(j)) > j) {
      kind = NounKind.NERVE;
      end = r;
      if (isWord(end, "medial") && inSet(end + 1, Lexicon.BRANCH)) {
        end = nerveTail(end + 2);
      }
    } else if (Lexicon.NERVE.contains(w)) {
      if (inSet(j + 1, ROOTS)) {
        return new NounMatch(NounKind.NOISE, j + 2, false, false);
      }
      kind = NounKind.NERVE;
      end = j + 1;
    } else if (w.equals("spinal") && inSet(j + 1, Lexicon.NERVE)) {
      kind = NounKind.NERVE;
      end = j + 2;
    } else if (Lexicon.FACET.contains(w) || Lexicon.ZYGAPOPHYSEAL.contains(w)) {
      kind = NounKind.JOINT;
      end = j + 1;
      if (isDash(end) && inSet(end + 1, Lexicon.JOINT)) {
        end += 2;
      } else if (inSet(end, Lexicon.JOINT)) {
        end++;
      }
      if (inSet(end, Lexicon.NERVE)) {
        kind = NounKind.NERVE;
        end++;
      } else if (isWord(end, "medial") && inSet(end + 1, Lexicon.BRANCH)) {
        kind = NounKind.NERVE;
        end = nerveTail(end + 2);
      }
    } else if (w.equals("z") && isDash(j + 1) && inSet(j + 2, Lexicon.JOINT)) {
      kind = NounKind.JOINT;
      end = j + 3;
    } else if (Lexicon.JOINT.contains(w)) {
      kind = NounKind.JOINT;
      end = j + 1;
      if (inSet(end, Lexicon.NERVE)) {
        kind = NounKind.NERVE;
        end++;
      }
    } else if (Lexicon.LEVEL.contains(w)) {
      return new NounMatch(NounKind.LEVEL, j + 1, false, false);
    } else if ((w.equals("vertebral") || w.equals("spinal")) && inSet(j + 1, Lexicon.LEVEL)) {
      return new NounMatch(NounKind.LEVEL, j + 2, false, false);
    } else if (w.equals("transverse") && inSet(j + 1, Lexicon.PROCESS)) {
      return new NounMatch(NounKind.TRANSVERSE_PROCESS, j + 2, false, false);
    } else if (Lexicon.TP.contains(w) || w.equals("junction")) {
      return new NounMatch(NounKind.TRANSVERSE_PROCESS, j + 1, false, false);
    } else if (w.equals("superior") && isWord(j + 1, "articular")
        && inSet(j + 2, Lexicon.PROCESS)) {
      return new NounMatch(NounKind.ARTICULAR_PROCESS, j + 3, false, false);
    } else if (Lexicon.SAP.contains(w)) {
      return new NounMatch(NounKind.ARTICULAR_PROCESS, j + 1, false, false);
    } else if (Lexicon.ALA.contains(w)) {
      return new NounMatch(NounKind.ALA, j + 1, false, false);
    } else if (w.equals("lateral") && inSet(j + 1, Lexicon.BRANCH)) {
      kind = NounKind.LATERAL_BRANCH;
      end = j + 2;
      if (inSet(end, Lexicon.NERVE)) {
        end++;
      }
    } else if (Lexicon.NOISE_WORDS.contains(w)) {
      return new NounMatch(NounKind.NOISE, j + 1, false, SYMPTOM_WORDS.contains(w));
    } else {
      return null;
    }
    // A nerve of another procedure: "intercostal nerve", "genicular nerves", "SI joint".
    if (inSet(j - 1, Lexicon.FOREIGN_TARGETS)) {
      return new NounMatch(NounKind.NOISE, end, false, false);
    }
    // A block or a pathology word after the noun makes the phrase noise:
    // "medial branch blocks", "facet injection", "facet arthropathy", "facet-mediated pain".
    int k = skipDash(end);
    if (inSet(k, Lexicon.BLOCK_WORDS) && !sentenceHasAgent[tok[k].sentence]) {
      return new NounMatch(NounKind.NOISE, k + 1, false, false);
    }
    if (inSet(k, Lexicon.NOISE_WORDS)) {
      return new NounMatch(NounKind.NOISE, k + 1, false, SYMPTOM_WORDS.contains(word(k)));
    }
    return new NounMatch(kind, end, superficial, false);
  }

  /** After "medial branch": "/branches", "nerve(s)", "of the dorsal ramus". */
  private int nerveTail(int end) {
    if (isPunct(end, "/") && inSet(end + 1, Lexicon.BRANCH)) {
      end += 2;
    }
    if (inSet(end, Lexicon.NERVE)) {
      end++;
    }
    int k = end;
    if (isWord(k, "of")) {
      k++;
      if (isWord(k, "the")) {
        k++;
      }
      int r = ramusEnd(k);
      if (r > k) {
        end = r;
      }
    }
    return end;
  }

  /** "dorsal ramus", "dorsal rami", "dorsal ramus/rami", "(posterior) primary ramus". */
  private int ramusEnd(int k) {
    int j = k;
    if (isWord(j, "primary")) {
      j++;
    }
    if (!(isWord(j, "dorsal") || isWord(j, "posterior"))) {
      return k;
    }
    j++;
    if (isWord(j, "primary")) {
      j++;
    }
    if (!inSet(j, Lexicon.RAMUS)) {
      return k;
    }
    j++;
    if (isPunct(j, "/") && inSet(j + 1, Lexicon.RAMUS)) {
      j += 2;
    }
    return j;
  }

  // ---- elements ------------------------------------------------------------------------------

  private boolean isSep(int i) {
    return isDash(i) || isPunct(i, "/");
  }

  private boolean elementStartAt(int i, Element prev) {
    if (i >= n) {
      return false;
    }
    Token t = tok[i];
    if (t.type == Token.Type.LEVEL) {
      return true;
    }
    if (t.type == Token.Type.NUMBER) {
      return prev != null && numberElement(i, prev) != null;
    }
    String w = word(i);
    if (w == null) {
      return false;
    }
    switch (w) {
      case "occiput":
      case "oc":
      case "occ":
        return isSep(i + 1) && isType(i + 2, Token.Type.LEVEL) && tok[i + 2].region == 'C'
            && tok[i + 2].number == 1;
      case "third":
        return isWord(i + 1, "occipital");
      case "ton":
        return true;
      case "sacral":
        return isWord(i + 1, "ala") || isWord(i + 1, "alar");
      case "ala":
        return true;
      default:
        return false;
    }
  }

  private Element parseElement(int i, Element prev) {
    Token t = tok[i];
    if (t.type == Token.Type.LEVEL) {
      boolean joined = isSep(i + 1) && (isType(i + 2, Token.Type.LEVEL)
          || isType(i + 2, Token.Type.NUMBER) && !tok[i + 2].decimal && tok[i + 2].number >= 0
          && tok[i + 2].number <= 99);
      if (joined) {
        boolean slash = isPunct(i + 1, "/");
        boolean nextJoined = isSep(i + 3) && (isType(i + 4, Token.Type.LEVEL)
            || isType(i + 4, Token.Type.NUMBER));
        if (slash && (nextJoined && isPunct(i + 3, "/")
            || isPunct(i - 1, "/") && (isType(i - 2, Token.Type.LEVEL)
                || isType(i - 2, Token.Type.NUMBER)))) {
          // "L3/L4/L5", "L3/4/5": a slash list of single levels.
          return level(t.region, t.number, i, i + 1);
        }
        if (!slash && nextJoined && isDash(i + 3)) {
          // "L4-5-S1": a chain nobody can place.
          Element e = new Element(ElementType.BAD_JOINT, i, i + 5);
          return e;
        }
        Token b = tok[i + 2];
        char lowerRegion = b.type == Token.Type.LEVEL ? b.region : t.region;
        return notation(t.region, t.number, lowerRegion, b.number, i, i + 3);
      }
      return level(t.region, t.number, i, i + 1);
    }
    if (t.type == Token.Type.NUMBER) {
      return numberElement(i, prev);
    }
    String w = word(i);
    switch (w) {
      case "occiput":
      case "oc":
      case "occ":
        return notation('C', 0, 'C', 1, i, i + 3);
      case "third": {
        int end = i + 2;
        if (inSet(end, Lexicon.NERVE)) {
          end++;
        }
        return new Element(ElementType.TON, i, end);
      }
      case "ton":
        return new Element(ElementType.TON, i, i + 1);
      case "sacral":
        return new Element(ElementType.ALA, i, i + 2);
      default: {
        int end = i + 1;
        if (isWord(end, "of") && isWord(end + 1, "the") && isWord(end + 2, "sacrum")) {
          end += 3;
        }
        return new Element(ElementType.ALA, i, end);
      }
    }
  }

  /** A bare number in a list, taking the region of the element before: "L3, 4 and 5". */
  private Element numberElement(int i, Element prev) {
    Token t = tok[i];
    if (t.decimal || t.number < 0 || t.number > 12) {
      return null;
    }
    if (prev.type == ElementType.LEVEL) {
      if (isDash(i + 1) || !listFollowOk(i + 1)) {
        return null;
      }
      return level(prev.region, t.number, i, i + 1);
    }
    if ((prev.type == ElementType.JOINT || prev.type == ElementType.BAD_JOINT)
        && prev.lowerRegion != 0 && isSep(i + 1) && isType(i + 2, Token.Type.NUMBER)
        && !tok[i + 2].decimal && tok[i + 2].number >= 0 && tok[i + 2].number <= 12
        && listFollowOk(i + 3)) {
      return notation(prev.lowerRegion, t.number, prev.lowerRegion, tok[i + 2].number, i, i + 3);
    }
    return null;
  }

  private boolean listFollowOk(int k) {
    if (isBreakOrEnd(k)) {
      return true;
    }
    Token t = tok[k];
    if (t.type == Token.Type.PUNCT) {
      return CONNECTOR_PUNCT.contains(t.text) || t.text.equals(")") || t.text.equals(":");
    }
    if (t.type != Token.Type.WORD) {
      return false;
    }
    return CONNECTOR_WORDS.contains(t.text) || RANGE_WORDS.contains(t.text)
        || plainSide(k) != null || noun(k) != null || t.text.equals("on");
  }

  private Element level(char region, int number, int start, int end) {
    Element e = new Element(ElementType.LEVEL, start, end);
    e.region = region;
    e.number = number;
    return e;
  }

  private Element notation(char upperRegion, int upperNumber, char lowerRegion, int lowerNumber,
      int start, int end) {
    Optional<Vertebra> up = Vertebra.of(upperRegion, upperNumber);
    Optional<Vertebra> low = Vertebra.of(lowerRegion, lowerNumber);
    Element e;
    if (up.isPresent() && low.isPresent() && low.get().ordinal() == up.get().ordinal() + 1) {
      e = new Element(ElementType.JOINT, start, end);
      e.joint = FacetJoint.between(up.get(), low.get());
    } else {
      e = new Element(ElementType.BAD_JOINT, start, end);
      e.allSacral = upperRegion == 'S' && lowerRegion == 'S';
    }
    e.region = upperRegion;
    e.lowerRegion = lowerRegion;
    return e;
  }

  // ---- lists ---------------------------------------------------------------------------------

  /** Index after a list connector (and "the"/"at" after it) at i, or -1. */
  private int connectorAt(int i) {
    int k = i;
    boolean any = false;
    for (int m = 0; m < 3 && isType(k, Token.Type.PUNCT) && CONNECTOR_PUNCT.contains(tok[k].text);
        m++) {
      k++;
      any = true;
    }
    if (isWord(k, "and") || isWord(k, "plus") || isPunct(k, "&")) {
      k++;
      any = true;
    } else if (isWord(k, "as") && isWord(k + 1, "well") && isWord(k + 2, "as")) {
      k += 3;
      any = true;
    }
    if (!any) {
      return -1;
    }
    for (int m = 0; m < 2 && inSet(k, AFTER_CONNECTOR); m++) {
      k++;
    }
    return k;
  }

  private int parseList(int start) {
    List<Element> els = new ArrayList<>();
    Laterality cur = pending;
    int unsided = 0;
    Element prev = null;
    int i = start;
    while (true) {
      Element e = parseElement(i, prev);
      i = e.end;
      if (inSet(i, RANGE_WORDS)) {
        int r = i + 1;
        if (isWord(r, "the")) {
          r++;
        }
        if (elementStartAt(r, e)) {
          Element b = parseElement(r, e);
          Element range = new Element(ElementType.RANGE, e.start, b.end);
          range.from = e;
          range.to = b;
          e = range;
          i = b.end;
        }
      }
      e.side = cur;
      NounMatch own = noun(i);
      if (own == null && isDash(i)) {
        own = noun(i + 1); // "T1-weighted", "L4-5-level"
      }
      if (own != null && own.kind != NounKind.HISTORY) {
        e.noun = own;
        i = own.end;
      }
      els.add(e);
      prev = e.type == ElementType.RANGE ? e.to : e;
      Side trailing = trailingSideAt(i);
      if (trailing != null) {
        unsided = bindBack(els, unsided, trailing.side);
        i = trailing.end;
        if (e.noun == null) {
          NounMatch late = noun(i);
          if (late != null) {
            e.noun = late;
            i = late.end;
          }
        }
      }
      int c = connectorAt(i);
      if (c < 0) {
        break;
      }
      Side forward = sideAt(c);
      if (forward != null) {
        int k = forward.end;
        if (isWord(k, "the") || isWord(k, "at")) {
          k++;
        }
        if (elementStartAt(k, null)) {
          cur = forward.side;
          unsided = els.size();
          i = k;
          continue;
        }
        // "L4-5 and L5-S1, bilaterally": the side closes the list.
        unsided = bindBack(els, unsided, forward.side);
        i = forward.end;
        break;
      }
      if (elementStartAt(c, prev)) {
        i = c;
        continue;
      }
      break;
    }
    resolve(els);
    return i;
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

  // ---- reading a list ------------------------------------------------------------------------

  private void resolve(List<Element> els) {
    // A noun reaches back over the elements of its own shape: "L3 and L4 medial branches",
    // "L4-5 and L5-S1 facet joints"; a noun after single levels does not turn joint notations
    // earlier in the list into nerves ("left L4-5 and right L3 through L5 medial branches").
    NounMatch carryJoint = null;
    NounMatch carryLevel = null;
    for (int k = els.size() - 1; k >= 0; k--) {
      Element e = els.get(k);
      boolean jointShape = isJointShaped(e);
      if (e.noun != null) {
        if (jointShape) {
          carryJoint = e.noun;
        } else {
          carryLevel = e.noun;
        }
      }
      e.effective = e.noun != null ? e.noun : jointShape ? carryJoint : carryLevel;
    }
    NounKind p = prefix == null ? null : prefix.kind;
    for (Element e : els) {
      if (p == NounKind.NOISE || p == NounKind.HISTORY) {
        e.effective = prefix;
      } else if (e.effective == null) {
        e.effective = prefix;
      } else if (e.effective.kind == NounKind.LEVEL && p != null && p != NounKind.LEVEL) {
        e.effective = prefix;
      }
    }
    int k = 0;
    while (k < els.size()) {
      Element e = els.get(k);
      if (e.isLevels() && levelListKind(e)) {
        int j = k + 1;
        while (j < els.size() && els.get(j).isLevels() && levelListKind(els.get(j))
            && els.get(j).side == e.side) {
          j++;
        }
        emitLevels(els, k, j);
        k = j;
        continue;
      }
      emit(e);
      k++;
    }
  }

  private static boolean isJointShaped(Element e) {
    Element x = e.type == ElementType.RANGE ? e.from : e;
    return x.type == ElementType.JOINT || x.type == ElementType.BAD_JOINT;
  }

  private static boolean levelListKind(Element e) {
    NounKind kind = e.effective == null ? null : e.effective.kind;
    return kind == null || kind == NounKind.LEVEL || kind == NounKind.JOINT;
  }

  private static Laterality side(Element e) {
    return e.side == null ? Laterality.UNKNOWN : e.side;
  }

  private void emitLevels(List<Element> els, int from, int to) {
    List<Vertebra> levels = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Element e = els.get(k);
      if (e.type == ElementType.LEVEL) {
        Optional<Vertebra> v = vertebra(e);
        if (v.isEmpty()) {
          unplaced(els.get(from).start, els.get(to - 1).fragmentEnd());
          return;
        }
        levels.add(v.get());
      } else {
        Optional<Vertebra> a = vertebra(e.from);
        Optional<Vertebra> b = vertebra(e.to);
        if (a.isEmpty() || b.isEmpty() || a.get().ordinal() > b.get().ordinal()) {
          unplaced(els.get(from).start, els.get(to - 1).fragmentEnd());
          return;
        }
        for (int o = a.get().ordinal(); o <= b.get().ordinal(); o++) {
          levels.add(Vertebra.values()[o]);
        }
      }
    }
    sites.add(TreatedSite.levels(side(els.get(from)), levels.toArray(new Vertebra[0])));
  }

  private static Optional<Vertebra> vertebra(Element e) {
    if (e.type != ElementType.LEVEL || e.region == 'C' && e.number == 0) {
      return Optional.empty();
    }
    return Vertebra.of(e.region, e.number);
  }

  private void emit(Element e) {
    NounKind kind = e.effective == null ? null : e.effective.kind;
    if (kind == NounKind.NOISE || kind == NounKind.HISTORY) {
      return;
    }
    Laterality side = side(e);
    switch (e.type) {
      case JOINT:
        if (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL) {
          sites.add(TreatedSite.joint(e.joint, side));
        } else if (kind == NounKind.NERVE && !e.joint.nerves().isEmpty()) {
          for (Nerve nerve : e.joint.nerves()) {
            sites.add(TreatedSite.nerve(nerve, side));
          }
        } else {
          unplaced(e);
        }
        return;
      case BAD_JOINT:
        if (kind == NounKind.LATERAL_BRANCH && e.allSacral) {
          sacroiliac = true;
        } else {
          unplaced(e);
        }
        return;
      case TON:
        sites.add(TreatedSite.nerve(Nerve.THIRD_OCCIPITAL, side));
        return;
      case ALA:
        sites.add(TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, side));
        return;
      case LEVEL: {
        List<TreatedSite> read = readLevel(e, e, kind, side);
        if (read == null) {
          if (!(kind == NounKind.LATERAL_BRANCH && e.region == 'S')) {
            unplaced(e);
          }
        } else {
          sites.addAll(read);
        }
        return;
      }
      default:
        emitRange(e, kind, side);
    }
  }

  /** A single level read with a nerve, needle-target or lateral-branch noun; null if unplaced. */
  private List<TreatedSite> readLevel(Element e, Element nounHolder, NounKind kind,
      Laterality side) {
    switch (kind) {
      case NERVE: {
        Optional<Nerve> nerve = nerve(e);
        if (nerve.isPresent() && nounHolder.effective.superficial) {
          nerve = nerve.get() == Nerve.C3 ? Optional.of(Nerve.THIRD_OCCIPITAL) : Optional.empty();
        }
        return nerve.map(value -> List.of(TreatedSite.nerve(value, side))).orElse(null);
      }
      case TRANSVERSE_PROCESS:
      case ARTICULAR_PROCESS:
      case ALA: {
        Optional<Vertebra> v = vertebra(e);
        if (v.isEmpty()) {
          return null;
        }
        if (v.get() == Vertebra.S1 && kind != NounKind.TRANSVERSE_PROCESS) {
          return List.of(TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, side));
        }
        if (kind == NounKind.ALA || v.get().region() != SpinalRegion.LUMBAR) {
          return null;
        }
        return List.of(TreatedSite.needleTarget(
            NeedleTarget.transverseProcessOf(v.get()).orElseThrow(), side));
      }
      case LATERAL_BRANCH:
        if (e.region == 'S') {
          sacroiliac = true;
          return List.of();
        }
        return null;
      default:
        return null;
    }
  }

  private static Optional<Nerve> nerve(Element e) {
    if (e.type != ElementType.LEVEL || e.number < 0 || e.number > 99) {
      return Optional.empty();
    }
    return Nerve.tryParse(String.valueOf(e.region) + e.number);
  }

  private void emitRange(Element e, NounKind kind, Laterality side) {
    Element a = e.from;
    Element b = e.to;
    if (a.type == ElementType.LEVEL && b.type == ElementType.LEVEL) {
      if (kind == NounKind.NERVE) {
        Optional<Nerve> x = nerve(a);
        Optional<Nerve> y = nerve(b);
        if (x.isPresent() && y.isPresent() && x.get().ordinal() <= y.get().ordinal()
            && x.get() != Nerve.THIRD_OCCIPITAL) {
          for (int o = x.get().ordinal(); o <= y.get().ordinal(); o++) {
            sites.add(TreatedSite.nerve(Nerve.values()[o], side));
          }
          return;
        }
      } else if (kind == NounKind.LATERAL_BRANCH && a.region == 'S' && b.region == 'S') {
        sacroiliac = true;
        return;
      } else {
        Optional<Vertebra> x = vertebra(a);
        Optional<Vertebra> y = vertebra(b);
        if (x.isPresent() && y.isPresent() && x.get().ordinal() <= y.get().ordinal()) {
          List<TreatedSite> all = new ArrayList<>();
          for (int o = x.get().ordinal(); o <= y.get().ordinal() && all != null; o++) {
            Element one = level(Vertebra.values()[o].name().charAt(0),
                Vertebra.values()[o].number(), a.start, a.end);
            List<TreatedSite> read = readLevel(one, e, kind, side);
            if (read == null) {
              all = null;
            } else {
              all.addAll(read);
            }
          }
          if (all != null) {
            sites.addAll(all);
            return;
          }
        }
      }
    } else if (a.type == ElementType.JOINT && b.type == ElementType.JOINT
        && a.joint.ordinal() <= b.joint.ordinal()) {
      FacetJoint[] joints = FacetJoint.values();
      if (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL) {
        for (int o = a.joint.ordinal(); o <= b.joint.ordinal(); o++) {
          sites.add(TreatedSite.joint(joints[o], side));
        }
        return;
      }
      if (kind == NounKind.NERVE) {
        Set<Nerve> nerves = new LinkedHashSet<>();
        boolean complete = true;
        for (int o = a.joint.ordinal(); o <= b.joint.ordinal(); o++) {
          complete &= !joints[o].nerves().isEmpty();
          nerves.addAll(joints[o].nerves());
        }
        if (complete) {
          for (Nerve nerve : nerves) {
            sites.add(TreatedSite.nerve(nerve, side));
          }
          return;
        }
      }
    } else if (kind == NounKind.LATERAL_BRANCH && a.region == 'S' && b.region == 'S') {
      sacroiliac = true;
      return;
    }
    unplaced(e);
  }

  private void unplaced(Element e) {
    unplaced(e.start, e.fragmentEnd());
  }

  private void unplaced(int fromToken, int toToken) {
    unplaced.add(text.substring(tok[fromToken].start, tok[toToken - 1].end));
  }

  /**
   * Removes repeats: an identical site named twice is listed once, and, when the text states no
   * side for the whole text, a site named without a side is dropped when the same target is
   * named with a side ("Levels: L4-5. Right L4-5 RF." is the right L4-L5 joint, not a second,
   * side-less one). With a stated side the side-less site will receive that side, so it stays.
   */
  private void dedupe() {
    Set<TreatedSite> seen = new LinkedHashSet<>(sites);
    Set<Object> sided = new HashSet<>();
    boolean dropTwins = statedSide().isEmpty();
    for (TreatedSite s : seen) {
      if (dropTwins && s.laterality() != Laterality.UNKNOWN) {
        sided.add(target(s));
      }
    }
    List<TreatedSite> out = new ArrayList<>(seen.size());
    for (TreatedSite s : seen) {
      if (s.laterality() == Laterality.UNKNOWN && sided.contains(target(s))) {
        continue;
      }
      out.add(s);
    }
    sites.clear();
    sites.addAll(out);
    Set<String> fragments = new LinkedHashSet<>(unplaced);
    unplaced.clear();
    unplaced.addAll(fragments);
  }

  private static Object target(TreatedSite s) {
    return List.of(s.kind(), s.joint().map(Object.class::cast).orElse(""),
        s.nerve().map(Object.class::cast).orElse(""), s.levels());
  }
}
