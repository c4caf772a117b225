package org.facetclaims.fhir;

import java.nio.charset.StandardCharsets;

/**
 * One NDJSON line as its bytes, checked to be valid UTF-8 ({@link NdjsonLines} in bytes mode):
 * what the fast decoder parses, with Jackson's byte parser, and what {@link SafeParser} gets when
 * the line is outside the decoder's subset.
 *
 * <p>Why not a String: Jackson's parser over a String first copies it into a {@code char[]}
 * ({@code String.getChars}, JDK-internal {@code StringLatin1.inflate}), and in about one run in
 * four on the 2-core machine the JVM never compiled {@code inflate}: it ran interpreted for the
 * whole run, 1.2-1.4 s of CPU in a 100,000-line run (async-profiler, docs/performance.md). The
 * bytes need no such copy, and SafeParser wants bytes anyway.
 */
final class Utf8Line {
  final byte[] bytes;

  Utf8Line(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * True when the line is empty or only whitespace ({@link String#isBlank()} of its text; a line
   * with a byte that is not ASCII is decoded to tell).
   */
  boolean isBlank() {
    for (byte b : bytes) {
      if (b < 0) {
        return text().isBlank();
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
