package org.facetclaims.fhir.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an NDJSON file, read as bytes: lines end at {@code \n}, {@code \r} or
 * {@code \r\n}, as {@link java.io.BufferedReader#readLine()} ends them. Each line is decoded on
 * its own, so that <b>one line that is not UTF-8 is one bad line</b>, not the end of the run (a
 * {@code Reader} over the whole file fails on the first bad byte), and no line holds more than a
 * limit.
 *
 * <p>{@link #next()} gives, for each line:
 * <ul>
 *   <li>{@link NdjsonLine.Text}: the line, valid UTF-8, decoded (or, in bytes mode,
 *       {@link NdjsonLine.Utf8}: its bytes, checked to be valid UTF-8, not decoded);
 *   <li>{@link NdjsonLine.Refused}: the line's bytes, when they are not valid UTF-8 or the line
 *       is longer than the limit (then its first {@code limit + 1} bytes; the rest is skipped);
 *   <li>null at the end of the input.
 * </ul>
 *
 * <p>Decoding a line from bytes is also cheaper than a {@code Reader}'s: ASCII and Latin-1 text
 * goes straight into a compact {@code String} without the {@code char[]} in between.
 */
final class NdjsonLines {
  private final InputStream in;
  private final int limit;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  private boolean skipLf;
  /** The line being assembled when it spans buffer refills. */
  private byte[] line = new byte[1024];
  private int lineLength;
  /** Valid lines as {@link NdjsonLine.Utf8}, not text. */
  private final boolean asBytes;

  /**
   * @param in the input, read in blocks (not closed here)
   * @param limit the longest line kept, in bytes
   */
  NdjsonLines(InputStream in, int limit) {
    this(in, limit, false);
  }

  /**
   * @param bytes give a valid line as {@link NdjsonLine.Utf8} (its bytes) instead of text
   */
  NdjsonLines(InputStream in, int limit, boolean bytes) {
    this.in = in;
    this.limit = limit;
    this.asBytes = bytes;
  }

  /** The next line; null at the end. */
  NdjsonLine next() throws IOException {
    lineLength = 0;
    boolean any = false;
    boolean cut = false;
    while (true) {
      if (pos == end && !fill()) {
        return any ? finish(cut) : null;
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (pos < end && lineLength == 0 && !cut && pos - start <= limit) {
        // The whole line is in the buffer (the usual case): decoded from there, not copied.
        skipLf = buf[pos] == '\r';
        return finish(buf, start, pos++ - start, false);
      }
      if (!cut) {
        int take = Math.min(pos - start, limit + 1 - lineLength);
        append(start, take);
        cut = take < pos - start;
      }
      if (pos < end) {
        skipLf = buf[pos] == '\r';
        pos++;
        return finish(cut);
      }
    }
  }

  private NdjsonLine finish(boolean cut) {
    return finish(line, 0, lineLength, cut);
  }

  /** The line in {@code bytes[from, from + length)}. */
  private NdjsonLine finish(byte[] bytes, int from, int length, boolean cut) {
    if (cut || length > limit) {
      return new NdjsonLine.Refused(Arrays.copyOfRange(bytes, from, from + length));
    }
    if (asBytes) {
      byte[] copy = Arrays.copyOfRange(bytes, from, from + length);
      return ascii(copy) || validUtf8(copy, 0, length) ? new NdjsonLine.Utf8(copy)
          : new NdjsonLine.Refused(copy);
    }
    String s = new String(bytes, from, length, StandardCharsets.UTF_8);
    // new String replaces malformed input with U+FFFD; only then check strictly (the character
    // itself, EF BF BD, is valid UTF-8 and may be in the text).
    if (s.indexOf('\uFFFD') >= 0 && !validUtf8(bytes, from, length)) {
      return new NdjsonLine.Refused(Arrays.copyOfRange(bytes, from, from + length));
    }
    return new NdjsonLine.Text(s);
  }

  private static boolean ascii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean validUtf8(byte[] bytes, int from, int length) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void append(int from, int n) {
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + n, Math.min(2 * line.length,
          limit + 1)));
    }
    System.arraycopy(buf, from, line, lineLength, n);
    lineLength += n;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
