package org.facetclaims.fhir.text;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.FindingCode;

/**
 * Template text that was never filled in: a side choice left as "right/left", "***", "___",
 * a level left blank ("L__-L__"), an empty box "[ ]" (unless another box is ticked, "[X] Right
 * [ ] Left"), bracketed placeholders "[LEVEL]", "[SIDE]", "[level]", and "{{...}}". None of it is ever read as a side or a
 * site; each becomes a {@link TextQuestion.Kind#TEMPLATE_LEFTOVER} question.
 */
final class TemplateLeftovers extends Tokens {
  private static final int MAX_PLACEHOLDER_TOKENS = 10;

  private final String text;
  private final SidePhrases sides;
  /** The questions, in text order; empty (and not allocated) for a text without templates. */
  List<TextQuestion> questions = List.of();

  TemplateLeftovers(String text, Token[] tok, SidePhrases sides) {
    super(tok);
    this.text = text;
    this.sides = sides;
  }

  TemplateLeftovers run() {
    if (!mayHoldTemplate()) {
      return this;
    }
    boolean ticked = false;
    for (int i = 0; i + 2 < n; i++) {
      ticked |= isPunct(i, "[") && (isWord(i + 1, "x") || isPunct(i + 1, "✓"))
          && isPunct(i + 2, "]");
    }
    int i = 0;
    while (i < n) {
      int end = sides.templatePairEnd(i);
      if (end > i) {
        add(i, end, true);
        i = end;
        continue;
      }
      end = run(i, "*");
      if (end < 0) {
        end = run(i, "_");
      }
      if (end < 0) {
        end = blankLevel(i);
      }
      if (end < 0) {
        end = bracket(i, ticked);
      }
      if (end < 0) {
        end = braces(i);
      }
      if (end > i) {
        add(i, end, false);
        i = end;
        continue;
      }
      i++;
    }
    return this;
  }

  /** Every template form has a slash, "*", "_", "[" or "{": most texts have none of them. */
  private boolean mayHoldTemplate() {
    for (int i = 0; i < n; i++) {
      if (tok[i].type == Token.Type.PUNCT) {
        String p = tok[i].text;
        if (p.equals("/") || p.equals("*") || p.equals("_") || p.equals("[") || p.equals("{")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Three or more of a character in a row: "***", "____". */
  private int run(int i, String c) {
    int k = i;
    while (isPunct(k, c)) {
      k++;
    }
    return k - i >= 3 && !(i > 0 && isPunct(i - 1, c)) ? k : -1;
  }

  /**
   * A level left blank: a region letter with two or more underscores right after it, "L__",
   * "C__-C__", "L__/L__" (the whole notation).
   */
  private int blankLevel(int i) {
    int k = blankAfterLetter(i);
    if (k < 0) {
      return -1;
    }
    if ((isDash(k) || isPunct(k, "/")) && blankAfterLetter(k + 1) > 0) {
      return blankAfterLetter(k + 1);
    }
    return k;
  }

  private int blankAfterLetter(int i) {
    if (!(isType(i, Token.Type.WORD) && tok[i].text.length() == 1
        && "ctls".indexOf(tok[i].text.charAt(0)) >= 0)) {
      return -1;
    }
    int k = i + 1;
    while (isPunct(k, "_") && tok[k].start == tok[k - 1].end) {
      k++;
    }
    return k - i - 1 >= 2 ? k : -1;
  }

  /** "[ ]" (unless a box is ticked elsewhere), "[LEVEL]", "[SIDE]", "[x]" is a ticked box. */
  private int bracket(int i, boolean ticked) {
    if (!isPunct(i, "[")) {
      return -1;
    }
    if (isPunct(i + 1, "]")) {
      return ticked ? -1 : i + 2;
    }
    int k = i + 1;
    boolean placeholder = false;
    while (k < n && k - i <= 3 && tok[k].type == Token.Type.WORD) {
      placeholder |= Lexicon.PLACEHOLDER_WORDS.contains(tok[k].text)
          && !(tok[k].text.equals("x") && k == i + 1 && isPunct(k + 1, "]"));
      k++;
    }
    return placeholder && isPunct(k, "]") && (k == i + 2 || upperCase(i + 1, k)) ? k + 1 : -1;
  }

  /**
   * Placeholders of several words are written in capitals ("[LEVEL SIDE]"); "[levels treated]"
   * is prose. One placeholder word alone in brackets is a placeholder in any case ("[level]").
   */
  private boolean upperCase(int from, int to) {
    String s = text.substring(tok[from].start, tok[to - 1].end);
    return s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  /** "{{ side }}", "{{LEVELS}}". */
  private int braces(int i) {
    if (!(isPunct(i, "{") && isPunct(i + 1, "{"))) {
      return -1;
    }
    for (int k = i + 2; k < n && k <= i + MAX_PLACEHOLDER_TOKENS; k++) {
      if (isPunct(k, "}") && isPunct(k + 1, "}")) {
        return k + 2;
      }
    }
    return -1;
  }

  private void add(int from, int to, boolean side) {
    String fragment = text.substring(tok[from].start, tok[to - 1].end);
    if (questions.isEmpty()) {
      questions = new ArrayList<>(2);
    }
    if (side) {
      questions.add(new TextQuestion(TextQuestion.Kind.TEMPLATE_LEFTOVER, fragment,
          FindingCode.TEMPLATE_NOT_FILLED,
          "The text still holds the template's choice \"" + fragment + "\": it is read as no"
              + " side, never as bilateral.",
          "Which side was treated: right, left or both?", List.of()));
    } else {
      questions.add(new TextQuestion(TextQuestion.Kind.TEMPLATE_LEFTOVER, fragment,
          FindingCode.TEMPLATE_NOT_FILLED,
          "The text still holds template text that was not filled in (\"" + fragment
              + "\"); nothing is read from it.",
          "The note still holds template text (\"" + fragment + "\"): which joints and sides"
              + " were treated?", List.of()));
    }
  }
}
