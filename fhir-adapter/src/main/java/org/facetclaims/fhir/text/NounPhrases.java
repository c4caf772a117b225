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
  /** Adjectives between a list and its noun: "C3/4/5 diagnostic medial branch blocks". */
  private static final ImmutableSet<String> ADJECTIVES = ImmutableSet.of(
      "diagnostic", "therapeutic", "confirmatory", "comparative", "prognostic", "repeat");

  /** What a noun makes of the elements it applies to. */
  enum NounKind {
    NERVE, JOINT, LEVEL, TRANSVERSE_PROCESS, ARTICULAR_PROCESS, ALA, LATERAL_BRANCH, NOISE,
    HISTORY,
    /**
     * "Targets:", "Target sites:": single levels are needle targets (as transverse processes),
     * joint notations stay joints.
     */
    TARGET,
    /**
     * "lesion(s)": "the C6 lesion", "lesions at C4 and C5": a single level is the nerve lesioned
     * there; a joint notation stays the joint.
     */
    LESION
  }

  /** A noun phrase: what it makes of a list, where it ends, and two qualifiers. */
  record NounMatch(NounKind kind, int end, boolean superficial, boolean symptom) {}

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
    if (ADJECTIVES.contains(w)) {
      // "diagnostic medial branch blocks", "therapeutic facet injection": the noun after it.
      NounMatch m = i + 1 < n && !ADJECTIVES.contains(word(i + 1)) ? noun(i + 1) : null;
      return m;
    }
    if (w.equals("dorsal") && (isWord(i + 1, "root") || isWord(i + 1, "roots"))) {
      int end = isWord(i + 2, "ganglion") || isWord(i + 2, "ganglia") ? i + 3 : i + 2;
      return new NounMatch(NounKind.NOISE, end, false, false); // "L5 dorsal root ganglion"
    }
    int j = i;
    boolean superficial = false;
    if (w.equals("deep") || w.equals("superficial")) {
      if (!(inSet(i + 1, Lexicon.MEDIAL) && inSet(i + 2, Lexicon.BRANCH))) {
        return null;
      }
      superficial = w.equals("superficial");
      j = i + 1;
      w = "medial";
    }
    NounKind kind;
    int end;
    int r;
    if ((r = medialBranchEnd(j)) > j) {
      kind = NounKind.NERVE;
      end = nerveTail(r);
    } else if (Lexicon.MB_ABBREVIATIONS.contains(w)) {
      kind = NounKind.NERVE;
      end = j + 1;
      if (isPunct(end, "/") && inSet(end + 1, Lexicon.RAMUS_ABBREVIATIONS)) {
        end += 2; // "MB/DR"
      }
    } else if (w.equals("dpr")) {
      kind = NounKind.NERVE;
      end = j + 1;
    } else if ((w.equals("lesion") || w.equals("lesions"))
        && (isWord(j + 1, "at") || isWord(j + 1, "of") || isWord(j + 1, "on"))) {
      return new NounMatch(NounKind.LESION, j + 1, false, false);
    } else if ((w.equals("target") || w.equals("targets")) && targetHeadEnd(j) > j) {
      return new NounMatch(NounKind.TARGET, targetHeadEnd(j), false, false);
    } else if (Lexicon.MBB_ABBREVIATIONS.contains(w)) {
      return sentenceHasAgent[tok[j].sentence]
          ? new NounMatch(NounKind.NERVE, j + 1, false, false)
          : new NounMatch(NounKind.NOISE, j + 1, false, false);
    } else if ((r = ramusEnd(j)) > j) {
      kind = NounKind.NERVE;
      end = r;
      if (isPunct(end, "/") && medialBranchEnd(end + 1) > end + 1) {
        end = nerveTail(medialBranchEnd(end + 1)); // "dorsal ramus/medial branch"
      } else if (medialBranchEnd(end) > end) {
        end = nerveTail(medialBranchEnd(end));
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
      } else if (medialBranchEnd(end) > end) {
        kind = NounKind.NERVE;
        end = nerveTail(medialBranchEnd(end));
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
    } else if (w.equals("lateral") && (inSet(j + 1, Lexicon.BRANCH)
        || isWord(j + 1, "sacral") && inSet(j + 2, Lexicon.BRANCH))) {
      kind = NounKind.LATERAL_BRANCH;
      end = inSet(j + 1, Lexicon.BRANCH) ? j + 2 : j + 3;
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

  /**
   * The end of a medial-branch noun at k, or k: "medial branch", "median branch", "medial
   * brach", "medial/dorsal branch", "medial/lateral branches", "medial and lateral branches".
   */
  int medialBranchEnd(int k) {
    if (!inSet(k, Lexicon.MEDIAL)) {
      return k;
    }
    if (inSet(k + 1, Lexicon.BRANCH)) {
      return k + 2;
    }
    if ((isPunct(k + 1, "/") || isWord(k + 1, "and") || isPunct(k + 1, "&"))
        && inSet(k + 2, Lexicon.SECOND_BRANCH) && inSet(k + 3, Lexicon.BRANCH)) {
      return k + 4;
    }
    return k;
  }

  /** "Targets:", "Target sites:", "TARGET SITE -": the end of the heading, or k. */
  private int targetHeadEnd(int k) {
    int j = k + 1;
    if (isWord(j, "site") || isWord(j, "sites")) {
      j++;
    }
    return isPunct(j, ":") || isDash(j) ? j + 1 : k;
  }

  /**
   * A noun right after a list element: {@link #noun} and the dorsal ramus abbreviations that
   * only mean a nerve there ("L5 DR"; before a list "Dr." is a doctor).
   */
  NounMatch ownNoun(int i) {
    NounMatch m = noun(i);
    if (m == null && inSet(i, Lexicon.RAMUS_ABBREVIATIONS)) {
      return new NounMatch(NounKind.NERVE, i + 1, false, false);
    }
    if (m == null && (isWord(i, "lesion") || isWord(i, "lesions"))) {
      return new NounMatch(NounKind.LESION, i + 1, false, false);
    }
    return m;
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
