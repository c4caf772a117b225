package org.facetclaims.fhir.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of compact JSON as UTF-8 bytes: what {@link JsonRenderer} writes a Claim or
 * OperationOutcome into, so that a bulk line goes to its file without being built as a String,
 * copied out of it and encoded again (three copies of some 2.8 KB a record, and in a short run
 * three more methods for the JIT to compile).
 *
 * <p>The bytes are exactly those of {@code s.getBytes(UTF_8)} for the JSON text {@code s} that
 * HAPI's encoder (Jackson's generator) would write for the same strings, including an unpaired
 * surrogate written as {@code ?} (and then {@link #lossy}); {@code JsonBytesTest} checks that on
 * odd and random strings.
 *
 * <p>Not thread-safe: one per thread, reused.
 */
public final class JsonBytes {
  private byte[] buf;
  private int n;
  /** An unpaired surrogate was written (as {@code ?}) since the last {@link #clear}. */
  private boolean lossy;

  public JsonBytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  public void clear() {
    n = 0;
    lossy = false;
  }

  /**
   * True when text written since {@link #clear} had an unpaired surrogate, which UTF-8 cannot
   * hold and which was written as {@code ?}: the bytes are still those of the text's
   * {@code getBytes(UTF_8)}, but the text itself is not theirs.
   */
  public boolean lossy() {
    return lossy;
  }

  /** Forgets the bytes from {@code length} on. */
  public void truncate(int length) {
    n = length;
  }

  /** Forgets that an unpaired surrogate was written (the bytes stay). */
  public void clearLossy() {
    lossy = false;
  }

  /** Writes the bytes to {@code out}, without a copy. */
  public void writeTo(java.io.OutputStream out) throws java.io.IOException {
    out.write(buf, 0, n);
  }

  public int length() {
    return n;
  }

  /** The buffer's size. */
  public int capacity() {
    return buf.length;
  }

  /** The last byte written (the buffer is not empty). */
  byte last() {
    return buf[n - 1];
  }

  @Override
  public String toString() {
    return new String(buf, 0, n, StandardCharsets.UTF_8);
  }

  private void ensure(int more) {
    if (n + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }
  }

  /**
   * ASCII text as it is, in one array copy: a literal of the source code (JSON punctuation and
   * element names) or a value ASCII by construction (a name-based UUID, an ISO date or
   * date-time). Never a value from input or data (see {@link #text}); the tests, which run with
   * assertions on, check every call.
   */
  JsonBytes raw(String literal) {
    assert literal.chars().allMatch(c -> c < 0x80) : "not ASCII";
    ensure(literal.length());
    copyAscii(literal, 0, literal.length());
    return this;
  }

  /** Writes again the bytes written from {@code from} to {@code to}. */
  JsonBytes again(int from, int to) {
    return copy(buf, from, to - from);
  }

  /** Bytes written before (by {@link #copyOf}), again. */
  JsonBytes append(byte[] bytes) {
    return copy(bytes, 0, bytes.length);
  }

  private JsonBytes copy(byte[] src, int from, int length) {
    ensure(length); // when this replaces buf, src (the old one) still holds the bytes
    System.arraycopy(src, from, buf, n, length);
    n += length;
    return this;
  }

  /** A copy of the bytes written from {@code from} on. */
  byte[] copyOf(int from) {
    return Arrays.copyOfRange(buf, from, n);
  }

  public JsonBytes raw(char c) {
    ensure(1);
    buf[n++] = (byte) c;
    return this;
  }

  /** A non-negative number as decimal digits; any other as {@link Integer#toString}. */
  JsonBytes number(int v) {
    if (v >= 0 && v < 10) {
      return raw((char) ('0' + v));
    }
    return raw(Integer.toString(v));
  }

  /**
   * A date of a year 1000-9999 as {@code YYYY-MM-DD}, what {@link java.time.LocalDate#toString}
   * gives, written digit by digit: that method's compiled code was one of the larger the bulk
   * path made C2 compile. Returns false, writing nothing, for other years.
   */
  boolean date(java.time.LocalDate d) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      return false;
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    ensure(10);
    buf[n++] = (byte) ('0' + y / 1000);
    buf[n++] = (byte) ('0' + y / 100 % 10);
    buf[n++] = (byte) ('0' + y / 10 % 10);
    buf[n++] = (byte) ('0' + y % 10);
    buf[n++] = '-';
    buf[n++] = (byte) ('0' + m / 10);
    buf[n++] = (byte) ('0' + m % 10);
    buf[n++] = '-';
    buf[n++] = (byte) ('0' + day / 10);
    buf[n++] = (byte) ('0' + day % 10);
    return true;
  }

  /** Text written as it is (no JSON escaping), as UTF-8: a value HAPI writes unescaped. */
  public JsonBytes text(String s) {
    return write(s, false);
  }

  /**
   * {@code s} as a JSON string in quotes, escaped as HAPI's encoder escapes it
   * ({@link JsonText#escapeOf}).
   */
  JsonBytes string(String s) {
    raw('"');
    escaped(s);
    return raw('"');
  }

  /** {@code s} escaped as inside a JSON string, without the quotes. */
  JsonBytes escaped(String s) {
    return write(s, true);
  }

  /** {@code s} as UTF-8, JSON-escaped when {@code escape}. */
  private JsonBytes write(String s, boolean escape) {
    int len = s.length();
    int i = plainRun(s, 0, len, escape);
    if (i == len) { // the usual case: ASCII with nothing to escape, in one copy
      ensure(len);
      copyAscii(s, 0, len);
      return this;
    }
    ensure(len * 6); // at most 6 bytes (an escape) a char; UTF-8 takes 3
    copyAscii(s, 0, i);
    // Run by run: a text with an occasional other character (the "§" of every rule a rationale
    // note or a finding's source cites) is still copied in runs, not encoded char by char.
    while (i < len) {
      i = encodeRun(s, i, len, escape);
      int plain = plainRun(s, i, len, escape);
      copyAscii(s, i, plain);
      i = plain;
    }
    return this;
  }

  /**
   * The end of the run of chars from {@code from} on that are written as they are: ASCII, and
   * when {@code escape}, no control character, quote or backslash.
   */
  private static int plainRun(String s, int from, int len, boolean escape) {
    int i = from;
    if (escape) {
      // Compares, not a table: this loop sees every character the bulk command writes.
      for (; i < len; i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
          break;
        }
      }
    } else {
      for (; i < len && s.charAt(i) < 0x80; i++) {
        // ASCII goes as it is
      }
    }
    return i;
  }

  /** Chars {@code [from, to)} of {@code s}, ASCII, as they are. Capacity is ensured. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low byte of each char
  private void copyAscii(String s, int from, int to) {
    s.getBytes(from, to, buf, n);
    n += to - from;
  }

  /**
   * Chars from {@code from} on as UTF-8, JSON-escaped when {@code escape}, up to the next char
   * that {@link #plainRun} takes (or the end); returns where it stopped. Capacity is ensured.
   */
  private int encodeRun(String s, int from, int len, boolean escape) {
    byte[] b = buf;
    int at = n;
    int i = from;
    for (; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        String e = escape ? JsonText.escapeOf(c) : null;
        if (e == null) {
          break; // a plain char: the next run
        }
        for (int k = 0; k < e.length(); k++) {
          b[at++] = (byte) e.charAt(k);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xc0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < len
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          b[at++] = (byte) (0xf0 | (cp >> 18));
          b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          b[at++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          b[at++] = '?'; // an unpaired surrogate, as String.getBytes(UTF_8) writes it
          lossy = true;
        }
      } else {
        b[at++] = (byte) (0xe0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[at++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    n = at;
    return i;
  }
}
