package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.fhir.text.NounPhrases.NounMatch;

/**
 * The elements of a site list and the connectors between them: joint notations ("L4-5",
 * "C7-T1"), single levels, bare numbers that take the region of the element before ("L3, 4 and
 * 5"), the third occipital nerve, the sacral ala; commas, "and", "&", "+", "/", "as well as".
 */
final class ListElements extends Tokens {
  private static final ImmutableSet<String> CONNECTOR_WORDS = ImmutableSet.of("and", "plus");
  static final ImmutableSet<String> CONNECTOR_PUNCT = ImmutableSet.of(",", "&", "+", "/");
  static final ImmutableSet<String> RANGE_WORDS = ImmutableSet.of(
      "through", "thru", "to", "till", "until");
  private static final ImmutableSet<String> AFTER_CONNECTOR = ImmutableSet.of(
      "the", "at", "also", "of", "then", "from");

  enum ElementType {
    JOINT, BAD_JOINT, LEVEL, TON, ALA, RANGE,
    /** A hyphenated range of single vertebrae: "L2-L4", "C2-6", "L3-S1". */
    VERTEBRAL_RANGE
  }

  static final class Element {
    final ElementType type;
    final int start;
    int end;
    FacetJoint joint;
    char region;
    char lowerRegion;
    int number;
    /** For a notation: the number of its lower level ("S3" in "S1-S3"). */
    int lowerNumber;
    boolean allSacral;
    /** For a vertebral range: its first and last vertebra. */
    Vertebra upper;
    Vertebra lower;
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
      return noun != null && noun.end() > end ? noun.end() : end;
    }

    boolean isLevels() {
      return type == ElementType.LEVEL
          || type == ElementType.RANGE && from.type == ElementType.LEVEL
          && to.type == ElementType.LEVEL;
    }
  }

  private final NounPhrases nouns;
  private final SidePhrases sides;

  ListElements(Token[] tok, NounPhrases nouns, SidePhrases sides) {
    super(tok);
    this.nouns = nouns;
    this.sides = sides;
  }

  private boolean isSep(int i) {
    return isDash(i) || isPunct(i, "/");
  }

  boolean elementStartAt(int i, Element prev) {
    if (i >= n) {
      return false;
    }
    Token t = tok[i];
    if (t.type == Token.Type.LEVEL) {
      return !deviceName(i);
    }
    if (t.type == Token.Type.NUMBER) {
      return prev != null && numberElement(i, prev) != null;
    }
    String w = word(i);
    if (w == null) {
      return false;
    }
    switch (w) {
      case "sa":
        // "SA" (sacral ala) only inside a list: "L4, L5, SA", "L5-SA and SA-S1".
        return prev != null;
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

  /**
   * A level-like code that is part of a device or drug name, not a site: "SMK-C10" (a word
   * joined to it by a dash), "a C10 cannula" (no such vertebra, and a device word after it).
   */
  private boolean deviceName(int i) {
    if (isDash(i - 1) && !tok[i].spaceBefore && !tok[i - 1].spaceBefore
        && isType(i - 2, Token.Type.WORD) && !OCCIPUT.contains(tok[i - 2].text)
        && sides.plainSide(i - 2) == null && !inSet(i - 2, Lexicon.REGION_WORDS)
        && !inSet(i - 2, Lexicon.FILLERS)) {
      return true;
    }
    return Vertebra.of(tok[i].region, tok[i].number).isEmpty()
        && inSet(i + 1, Lexicon.DEVICE_WORDS);
  }

  private static final ImmutableSet<String> OCCIPUT = ImmutableSet.of("occiput", "oc", "occ");
  private static final ImmutableSet<String> SACRAL_ALA_WORDS = ImmutableSet.of(
      "sa", "ala", "sacrum");

  Element parseElement(int i, Element prev) {
    Token t = tok[i];
    if (t.type == Token.Type.LEVEL && isSep(i + 1) && inSet(i + 2, SACRAL_ALA_WORDS)
        && !tok[i + 1].spaceBefore && !tok[i + 2].spaceBefore) {
      // "L5-SA", "L5/ala": the L5-S1 joint (the sacral ala is the top of S1).
      return notation(t.region, t.number, 'S', 1, i, i + 3);
    }
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
      case "sa":
        if (isSep(i + 1) && isType(i + 2, Token.Type.LEVEL)) {
          // "SA-S1": the ala and S1 are one bone; no facet joint.
          Element e = new Element(ElementType.BAD_JOINT, i, i + 3);
          e.region = 'S';
          e.number = 1;
          e.lowerRegion = tok[i + 2].region;
          e.lowerNumber = tok[i + 2].number;
          e.allSacral = tok[i + 2].region == 'S';
          return e;
        }
        return new Element(ElementType.ALA, i, i + 1);
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
    if ((prev.type == ElementType.JOINT || prev.type == ElementType.BAD_JOINT
        || prev.type == ElementType.VERTEBRAL_RANGE) && prev.lowerRegion != 0 && isSep(i + 1) && isType(i + 2, Token.Type.NUMBER)
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
        || sides.plainSide(k) != null || nouns.noun(k) != null || t.text.equals("on");
  }

  static Element level(char region, int number, int start, int end) {
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
    } else if (up.isPresent() && low.isPresent() && up.get() != Vertebra.C0
        && low.get().ordinal() > up.get().ordinal() + 1) {
      e = new Element(ElementType.VERTEBRAL_RANGE, start, end);
      e.upper = up.get();
      e.lower = low.get();
    } else {
      e = new Element(ElementType.BAD_JOINT, start, end);
      e.allSacral = upperRegion == 'S' && lowerRegion == 'S';
    }
    e.region = upperRegion;
    e.lowerRegion = lowerRegion;
    e.number = upperNumber;
    e.lowerNumber = lowerNumber;
    return e;
  }

  // ---- lists ---------------------------------------------------------------------------------

  /** Index after a list connector (and "the"/"at" after it) at i, or -1. */
  int connectorAt(int i) {
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
  }}
