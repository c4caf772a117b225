package org.facetclaims.fhir.bulk;

import java.nio.charset.StandardCharsets;

/**
 * One line of NDJSON input, as {@link NdjsonLines} or a {@code Reader} gives it: its text, its
 * bytes checked to be valid UTF-8, or bytes to refuse.
 */
sealed interface NdjsonLine {
  /** True when the line is empty or only whitespace ({@link String#isBlank()} of its text). */
  boolean isBlank();

  /** A line as text (from a {@code Reader}, or decoded). */
  record Text(String text) implements NdjsonLine {
    @Override
    public boolean isBlank() {
      return text.isBlank();
    }
  }

  /**
   * A line as its bytes, checked to be valid UTF-8 and within the limit: what the fast decoder
   * parses with Jackson's byte parser, and what SafeParser gets when the line is outside the
   * decoder's subset.
   *
   * <p>Why not a String: Jackson's parser over a String first copies it into a {@code char[]}
   * ({@code String.getChars}, JDK-internal {@code StringLatin1.inflate}), and in about one run in
   * four on a 2-core machine the JVM never compiled {@code inflate}: it ran interpreted for the
   * whole run, 1.2-1.4 s of CPU in a 100,000-line run. The bytes need no such copy, and
   * SafeParser wants bytes anyway.
   */
  record Utf8(byte[] bytes) implements NdjsonLine {
    @Override
    public boolean isBlank() {
      for (byte b : bytes) {
        if (b < 0) {
          return text().isBlank(); // not ASCII: decoded to tell
        }
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
      return true;
    }

    /** The line's text. */
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * A line's bytes that are not valid UTF-8, or the first {@code limit + 1} bytes of a line over
   * the limit: SafeParser refuses them with its usual error and id (FCA-010 not UTF-8, FCA-002
   * too large), so the message is the same as for a single input.
   */
  record Refused(byte[] bytes) implements NdjsonLine {
    @Override
    public boolean isBlank() {
      return false;
    }
  }
}
