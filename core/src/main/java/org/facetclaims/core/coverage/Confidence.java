package org.facetclaims.core.coverage;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a rule or fact is sourced, with the marks of the coding rules: {@link #H} a primary
 * source or several agreeing, {@link #M} one good secondary source, {@link #L} inference or a
 * weak source, and the two in-between marks the specification also uses.
 */
public enum Confidence {
  /** A primary source, or several agreeing sources. */
  H("H"),
  /** Between one good secondary source and a primary source. */
  M_H("M-H"),
  /** One good secondary source. */
  M("M"),
  /** Between inference and one good secondary source. */
  L_M("L-M"),
  /** Inference or a weak source. */
  L("L");

  private final String mark;

  Confidence(String mark) {
    this.mark = mark;
  }

  /** The mark as the documentation writes it: {@code H}, {@code M-H}, {@code M}, ... */
  public String mark() {
    return mark;
  }

  /** The confidence written as a mark ("H", "m-h", "[M]"); empty for anything else. */
  public static Optional<Confidence> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    for (Confidence c : values()) {
      if (c.mark.equals(t)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return mark;
  }
}
