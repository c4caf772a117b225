package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;

/**
 * Noun phrases that tell what a site list names: medial branch, dorsal ramus, facet joint,
 * level, needle-target words, lateral branch, and the noise nouns that make a notation something
 * other than a treated site ("L4-5 disc", "medial branch blocks"). Bounded lookahead only.
 */
final class NounPhrases extends Tokens {
  private static final ImmutableSet<String> SYMPTOM_WORDS = ImmutableSet.of(
      "pain", "painful", "tenderness", "mediated", "related", "distribution", "sensation",
      "reflex", "dermatomal", "myotome");
  private static final ImmutableSet<String> ROOTS = ImmutableSet.of("root", "roots");

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

  private final boolean[] sentenceHasAgent;

  NounPhrases(Token[] tok, boolean[] sentenceHasAgent) {
    super(tok);
    this.sentenceHasAgent = sentenceHasAgent;
  }

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
}
