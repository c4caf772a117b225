package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;

/** Read-only helpers over a token array, shared by the grammar's passes. */
class Tokens {
  final Token[] tok;
  final int n;

  Tokens(Token[] tok) {
    this.tok = tok;
    this.n = tok.length;
  }

  /** The word at i, or null when i is out of range or not a WORD. */
  final String word(int i) {
    return i >= 0 && i < n && tok[i].type == Token.Type.WORD ? tok[i].text : null;
  }

  final boolean isWord(int i, String w) {
    return w.equals(word(i));
  }

  final boolean inSet(int i, ImmutableSet<String> set) {
    String w = word(i);
    return w != null && set.contains(w);
  }

  final boolean isPunct(int i, String p) {
    return i >= 0 && i < n && tok[i].type == Token.Type.PUNCT && tok[i].text.equals(p);
  }

  final boolean isDash(int i) {
    return isPunct(i, "-");
  }

  final boolean isType(int i, Token.Type t) {
    return i >= 0 && i < n && tok[i].type == t;
  }

  final boolean isBreakOrEnd(int i) {
    return i >= n || (i >= 0 && tok[i].type == Token.Type.BREAK);
  }

  /** i, or i + 1 when a dash is at i ("cryo-ablation", "US-guided"). */
  final int skipDash(int i) {
    return isDash(i) ? i + 1 : i;
  }

  /** True when a token of the same sentence within [from, to] is a word of the set. */
  final boolean wordWithin(int from, int to, int sentence, ImmutableSet<String> set) {
    for (int k = Math.max(0, from); k <= to && k < n; k++) {
      if (tok[k].sentence == sentence && tok[k].type == Token.Type.WORD
          && set.contains(tok[k].text)) {
        return true;
      }
    }
    return false;
  }
}
