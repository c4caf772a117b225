package org.facetclaims.fhir.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link BufferedReader#readLine()} (ended by {@code \n}, {@code \r} or
 * {@code \r\n}), but never holds more than a limit of one line: a longer line is returned cut at
 * {@code limit + 1} characters, so that the parser refuses it as too large (FCA-002, with its
 * line number), and the rest of it is skipped. Without this, one line of a few GB without a
 * line break would exhaust the memory of a bulk run before any limit is checked.
 *
 * <p>Only {@link #readLine()}, {@link #read()}, {@link #read(char[], int, int)}, {@link #ready()}
 * and {@link #close()} are supported; mark and reset are not.
 */
final class BoundedLineReader extends BufferedReader {
  private final Reader in;
  private final int limit;
  private final char[] buf = new char[8192];
  private int pos;
  private int end;
  private boolean skipLf;

  private BoundedLineReader(Reader in, int limit) {
    super(in, 1);
    this.in = in;
    this.limit = limit;
  }

  /** {@code in} reading lines of at most {@code limit} characters (plus one to show it was cut). */
  static BufferedReader of(BufferedReader in, int limit) {
    if (in instanceof BoundedLineReader && ((BoundedLineReader) in).limit <= limit) {
      return in;
    }
    return new BoundedLineReader(in, limit);
  }

  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  @Override
  public String readLine() throws IOException {
    StringBuilder line = null;
    boolean cut = false;
    while (true) {
      if (!fill()) {
        return line == null ? null : line.toString();
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (line == null) {
        line = new StringBuilder(Math.min(pos - start + 16, 1024));
      }
      if (!cut) {
        int room = limit + 1 - line.length();
        int take = Math.min(room, pos - start);
        line.append(buf, start, take);
        cut = take < pos - start;
      }
      if (pos < end) {
        skipLf = buf[pos] == '\r';
        pos++;
        return line.toString();
      }
    }
  }

  @Override
  public int read() throws IOException {
    if (skipLf) {
      skipLf = false;
      if (fill() && buf[pos] == '\n') {
        pos++;
      }
    }
    return fill() ? buf[pos++] : -1;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int c = read();
    if (c < 0) {
      return -1;
    }
    cbuf[off] = (char) c;
    int n = Math.min(len - 1, end - pos);
    System.arraycopy(buf, pos, cbuf, off + 1, n);
    pos += n;
    return n + 1;
  }

  @Override
  public boolean ready() throws IOException {
    return pos < end || in.ready();
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void mark(int readAheadLimit) throws IOException {
    throw new IOException("mark is not supported");
  }

  @Override
  public void reset() throws IOException {
    throw new IOException("reset is not supported");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
