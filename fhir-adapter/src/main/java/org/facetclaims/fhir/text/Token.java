package org.facetclaims.fhir.text;

/**
 * One token of clinical text. Immutable. Offsets point into the (possibly truncated) text that was
 * tokenized, so a fragment can be reported verbatim.
 */
final class Token {
  /** What a token is. */
  enum Type {
    /** A run of letters (or letters and digits that is not a level), lower-cased. */
    WORD,
    /** A vertebral level notation such as "L4", "t12", "S2" or "L6" (which may not exist). */
    LEVEL,
    /** A number, possibly with a decimal part. */
    NUMBER,
    /** One punctuation character; all dashes are "-", degree signs are "°". */
    PUNCT,
    /** A sentence or line boundary: newline, ".", ";", "!", "?". */
    BREAK
  }

  final Type type;
  /** Lower-cased word, level ("l4"), digits, or the normalized punctuation character. */
  final String text;
  final int start;
  final int end;
  /** The sentence (counted by BREAK tokens) the token belongs to. */
  final int sentence;
  /** For LEVEL: the region letter in upper case ('C', 'T', 'L', 'S'). */
  final char region;
  /** For LEVEL and NUMBER: the value, or -1 when it has too many digits. */
  final int number;
  /** For NUMBER: true when a decimal part was present (the value is rounded). */
  final boolean decimal;
  /** True when whitespace or the start of the text comes directly before this token. */
  final boolean spaceBefore;

  Token(Type type, String text, int start, int end, int sentence, char region, int number,
      boolean decimal, boolean spaceBefore) {
    this.type = type;
    this.text = text;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.region = region;
    this.number = number;
    this.decimal = decimal;
    this.spaceBefore = spaceBefore;
  }

  @Override
  public String toString() {
    return type + ":" + text;
  }
}
