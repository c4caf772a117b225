package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits clinical text into {@link Token tokens} in one left-to-right pass over the characters
 * (linear time, no regular expressions).
 *
 * <ul>
 *   <li>Runs of letters and digits form one token: "L4" and "t12" are LEVEL tokens (one region
 *       letter C, T, L or S and one to three digits, not directly followed by "." and a letter
 *       or digit as in the ICD-10 code "S32.0XXA"), "80" is a NUMBER ("0.5" keeps its decimal
 *       part), "80c" is the NUMBER 80 followed by the WORD "c", everything else is a WORD.
 *   <li>Hyphen, en dash, em dash, minus sign and the other Unicode dashes become the PUNCT "-";
 *       the degree sign and masculine ordinal become "°"; "℃" becomes "℃".
 *   <li>Newlines and ".", ";", "!", "?" are BREAK tokens and start a new sentence, except a "."
 *       directly after an abbreviation such as "Rt", "Lt", "bilat", "approx".
 * </ul>
 */
final class Tokenizer {
  /** Words after which a "." is an abbreviation point, not a sentence end. */
  private static final ImmutableSet<String> ABBREVIATIONS = ImmutableSet.of(
      "rt", "lt", "bilat", "approx", "dr", "vs", "e", "g", "i", "ie", "eg", "hx", "pt", "mr",
      "mrs", "ms", "st", "fig");

  /** Words that cannot end a phrase: a line break after them does not end the sentence. */
  private static final ImmutableSet<String> OPEN_ENDED = ImmutableSet.of(
      "at", "of", "the", "and", "to", "right", "left", "bilateral", "with", "for", "on",
      "from", "including", "targeting", "through", "thru", "rt", "lt");

  private Tokenizer() {}

  static Token[] tokenize(String s) {
    List<Token> out = new ArrayList<>(Math.min(s.length() / 3 + 8, 1 << 16));
    int len = s.length();
    int sentence = 0;
    boolean space = true;
    int i = 0;
    while (i < len) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        if (!out.isEmpty() && out.get(out.size() - 1).type == Token.Type.WORD
            && OPEN_ENDED.contains(out.get(out.size() - 1).text)) {
          // "medial branches at Right\nT9, T10, T11": the phrase goes on after the line break.
          i++;
          space = true;
          continue;
        }
        if (out.isEmpty() || out.get(out.size() - 1).type != Token.Type.BREAK) {
          out.add(new Token(Token.Type.BREAK, "\n", i, i + 1, sentence, ' ', -1, false, space));
          sentence++;
        }
        i++;
        space = true;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        i++;
        space = true;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < len && Character.isLetterOrDigit(s.charAt(j))) {
          j++;
        }
        j = word(s, i, j, sentence, space, out);
        i = j;
        space = false;
        continue;
      }
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      String p = punct(cp);
      if (p.equals(".") || p.equals(";") || p.equals("!") || p.equals("?")) {
        boolean abbreviation = p.equals(".") && !space && !out.isEmpty()
            && out.get(out.size() - 1).type == Token.Type.WORD
            && ABBREVIATIONS.contains(out.get(out.size() - 1).text);
        if (!abbreviation) {
          if (out.isEmpty() || out.get(out.size() - 1).type != Token.Type.BREAK) {
            out.add(new Token(Token.Type.BREAK, p, i, i + width, sentence, ' ', -1, false, space));
            sentence++;
          }
          i += width;
          space = false;
          continue;
        }
      }
      out.add(new Token(Token.Type.PUNCT, p, i, i + width, sentence, ' ', -1, false, space));
      i += width;
      space = false;
    }
    return out.toArray(new Token[0]);
  }

  /** Classifies the letter/digit run s[from, to) and appends its token(s); returns the end. */
  private static int word(String s, int from, int to, int sentence, boolean space,
      List<Token> out) {
    int digitsEnd = from;
    while (digitsEnd < to && Character.isDigit(s.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (digitsEnd == to) {
      // A number, perhaps with a decimal part ("0.5", "36.8").
      int end = to;
      boolean decimal = false;
      int value = digits(s, from, to);
      if (end + 1 < s.length() && s.charAt(end) == '.' && Character.isDigit(s.charAt(end + 1))) {
        int k = end + 1;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
          k++;
        }
        decimal = true;
        if (value >= 0 && Character.digit(s.charAt(end + 1), 10) >= 5) {
          value++;
        }
        end = k;
      }
      out.add(new Token(Token.Type.NUMBER, s.substring(from, end), from, end, sentence, ' ',
          value, decimal, space));
      return end;
    }
    if (digitsEnd > from) {
      // "80c", "90s", "22g": a number directly followed by a word.
      out.add(new Token(Token.Type.NUMBER, s.substring(from, digitsEnd), from, digitsEnd,
          sentence, ' ', digits(s, from, digitsEnd), false, space));
      out.add(new Token(Token.Type.WORD, s.substring(digitsEnd, to).toLowerCase(Locale.ROOT),
          digitsEnd, to, sentence, ' ', -1, false, false));
      return to;
    }
    char r = Character.toUpperCase(s.charAt(from));
    int split = levelWithSuffix(s, from, to);
    if (split > 0) {
      // "L5DR", "L4MB": a level run together with a nerve abbreviation.
      out.add(new Token(Token.Type.LEVEL, s.substring(from, split).toLowerCase(Locale.ROOT),
          from, split, sentence, r, digits(s, from + 1, split), false, space));
      out.add(new Token(Token.Type.WORD, s.substring(split, to).toLowerCase(Locale.ROOT), split,
          to, sentence, ' ', -1, false, false));
      return to;
    }
    if ((r == 'C' || r == 'T' || r == 'L' || r == 'S') && to - from >= 2 && to - from <= 4) {
      boolean allDigits = true;
      for (int k = from + 1; k < to; k++) {
        if (!Character.isDigit(s.charAt(k))) {
          allDigits = false;
          break;
        }
      }
      // "S32.0XXA", "T84.84", "C79.51": an ICD-10 code, not a level.
      boolean code = to + 1 < s.length() && s.charAt(to) == '.'
          && Character.isLetterOrDigit(s.charAt(to + 1));
      if (allDigits && !code) {
        out.add(new Token(Token.Type.LEVEL, s.substring(from, to).toLowerCase(Locale.ROOT), from,
            to, sentence, r, digits(s, from + 1, to), false, space));
        return to;
      }
    }
    out.add(new Token(Token.Type.WORD, s.substring(from, to).toLowerCase(Locale.ROOT), from, to,
        sentence, ' ', -1, false, space));
    return to;
  }

  /** Nerve abbreviations that clinicians run together with a level: "L5DR", "L3MB". */
  private static final ImmutableSet<String> LEVEL_SUFFIXES = ImmutableSet.of(
      "dr", "dpr", "mb", "mbs", "mbn");

  /** The end of the level in "L5DR" (region, one or two digits, a nerve suffix), or -1. */
  private static int levelWithSuffix(String s, int from, int to) {
    char r = Character.toUpperCase(s.charAt(from));
    if (!(r == 'C' || r == 'T' || r == 'L' || r == 'S')) {
      return -1;
    }
    int k = from + 1;
    while (k < to && k - from <= 2 && Character.isDigit(s.charAt(k))) {
      k++;
    }
    if (k == from + 1 || k == to || Character.isDigit(s.charAt(k))) {
      return -1;
    }
    return LEVEL_SUFFIXES.contains(s.substring(k, to).toLowerCase(Locale.ROOT)) ? k : -1;
  }

  /** The value of a digit run, or -1 when it is longer than six digits. */
  private static int digits(String s, int from, int to) {
    if (to - from > 6) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      int d = Character.digit(s.charAt(k), 10);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static String punct(int cp) {
    switch (cp) {
      case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return "-";
      case 0x00B0: case 0x00BA: case 0x02DA:
        return "°";
      case 0x2103:
        return "℃";
      case 0xFF0F: case 0x2044: case 0x2215:
        return "/";
      default:
        return new String(Character.toChars(cp));
    }
  }
}
