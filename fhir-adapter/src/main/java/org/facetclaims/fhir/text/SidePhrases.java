package org.facetclaims.fhir.text;

import org.facetclaims.core.anatomy.Laterality;

/**
 * Side phrases: "right", "Lt.", "bilaterally", "B/L", "both sides", "right and left", with a
 * "-sided" tail; a side right after a list element ("(left)", "on the right"). Words that only
 * look like sides ("left in place", "right-handed", "left leg") are not sides.
 */
final class SidePhrases extends Tokens {
  static final class Side {
    final Laterality side;
    final int end;

    Side(Laterality side, int end) {
      this.side = side;
      this.end = end;
    }
  }

  SidePhrases(Token[] tok) {
    super(tok);
  }

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

  /** A side right after a list element: "left", "on the right", "(bilateral)", "bilaterally". */
  Side trailingSideAt(int i) {
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
}
