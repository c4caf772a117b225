package org.facetclaims.fhir.text;

import org.facetclaims.core.anatomy.Laterality;

/**
 * Side phrases: "right", "Lt.", "bilaterally", "B/L", "both sides", "right and left", with a
 * "-sided" tail; a side right after a list element ("(left)", "on the right"). Words that only
 * look like sides ("left in place", "right-handed", "left leg") are not sides.
 */
final class SidePhrases extends Tokens {
  /** A side phrase and the token after it. */
  record Side(Laterality side, int end) {}

  SidePhrases(Token[] tok) {
    super(tok);
  }

  /** A side phrase at i, with its "-sided"/"side" tail, or null. */
  Side sideAt(int i) {
    Laterality s = plainSide(i);
    if (s == null) {
      s = compactSide(i);
      return s == null ? null : new Side(s, compactEnd(i));
    }
    if (templatePair(i) || uncheckedBox(i)) {
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
        || isPunct(end, "+"))) {
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

  Laterality plainSide(int i) {
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

  /**
   * A template's choice left unmade: "right/left", "Left / Right", "Rt/Lt" (a slash between
   * opposite sides, at either of the two words). Never a side, never bilateral; "right and
   * left" is bilateral.
   */
  boolean templatePair(int i) {
    Laterality s = plainSide(i);
    if (s == null || s == Laterality.BILATERAL) {
      return false;
    }
    Laterality next = isPunct(i + 1, "/") ? plainSide(i + 2) : null;
    Laterality prev = isPunct(i - 1, "/") ? plainSide(i - 2) : null;
    return next != null && next != s && next != Laterality.BILATERAL
        || prev != null && prev != s && prev != Laterality.BILATERAL;
  }

  /** The end of a template side pair starting at i ("right/left"), or i. */
  int templatePairEnd(int i) {
    return templatePair(i) && isPunct(i + 1, "/") ? i + 3 : i;
  }

  /** "[ ] Left": an unchecked box before a side word; the side was not chosen. */
  private boolean uncheckedBox(int i) {
    return isPunct(i - 1, "]") && isPunct(i - 2, "[");
  }

  /**
   * Compact notation: a bare "R" or "L" directly before a level ("R C5, C6 MBRF", "L L3-4"),
   * "R-sided", "L sided". Elsewhere a lone R or L is never a side (it clashes with levels).
   */
  private Laterality compactSide(int i) {
    String w = word(i);
    if (w == null || !(w.equals("r") || w.equals("l")) || i + 1 >= n) {
      return null;
    }
    Laterality s = w.equals("r") ? Laterality.RIGHT : Laterality.LEFT;
    boolean standalone = tok[i].spaceBefore || i == 0 || isPunct(i - 1, "(")
        || isPunct(i - 1, ":") || isType(i - 1, Token.Type.BREAK);
    if (!standalone || isType(i - 1, Token.Type.LEVEL) || isType(i - 1, Token.Type.NUMBER)
        || isDash(i - 1) || isPunct(i - 1, "/")) {
      return null;
    }
    if (isType(i + 1, Token.Type.LEVEL) && tok[i + 1].spaceBefore) {
      return s;
    }
    if (isDash(i + 1) && isWord(i + 2, "sided") || isWord(i + 1, "sided")) {
      return s;
    }
    return null;
  }

  private int compactEnd(int i) {
    if (isDash(i + 1) && isWord(i + 2, "sided")) {
      return i + 3;
    }
    return isWord(i + 1, "sided") ? i + 2 : i + 1;
  }

  /** A side right after a list element: "left", "on the right", "(bilateral)", "bilaterally". */
  Side trailingSideAt(int i) {
    int k = i;
    if (isPunct(k, "(")) {
      k++;
      // "(R)", "(L)": compact sides in parentheses after an element.
      if ((isWord(k, "r") || isWord(k, "l")) && isPunct(k + 1, ")")) {
        return new Side(isWord(k, "r") ? Laterality.RIGHT : Laterality.LEFT, k + 2);
      }
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
    int end = s.end();
    if (isPunct(end, ")")) {
      end++;
    }
    return new Side(s.side(), end);
  }
}
