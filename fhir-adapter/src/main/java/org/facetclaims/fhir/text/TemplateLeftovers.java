package org.facetclaims.fhir.text;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.FindingCode;

/**
 * Template text that was never filled in: a side choice left as "right/left", "***", "___",
 * an empty box "[ ]" (unless another box is ticked, "[X] Right [ ] Left"), bracketed
 * placeholders "[LEVEL]", "[SIDE]", and "{{...}}". None of it is ever read as a side or a
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
    return placeholder && isPunct(k, "]") && upperCase(i + 1, k) ? k + 1 : -1;
  }

  /** Placeholders are written in capitals ("[LEVEL]"); "[levels treated]" is prose. */
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
          // Closest existing finding; proposed FC-515 "Template text not filled in".
          FindingCode.SIDE_NOT_DOCUMENTED,
          "The text still holds the template's choice \"" + fragment + "\": it is read as no"
              + " side, never as bilateral.",
          "Which side was treated: right, left or both?", List.of()));
    } else {
      questions.add(new TextQuestion(TextQuestion.Kind.TEMPLATE_LEFTOVER, fragment,
          // Closest existing finding; proposed FC-515 "Template text not filled in".
          FindingCode.TEXT_UNPLACED,
          "The text still holds template text that was not filled in (\"" + fragment
              + "\"); nothing is read from it.",
          "The note still holds template text (\"" + fragment + "\"): which joints and sides"
              + " were treated?", List.of()));
    }
  }
}
