package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lines from a Reader never hold more than the limit, and end as BufferedReader's do. */
class BoundedLineReaderTest {
  @Test
  void aHugeLineIsNeverHeldWhole() throws IOException {
    // 200 million characters without a line break, then a line: held up to the limit only.
    long huge = 200_000_000L;
    Reader endless = new Reader() {
      long left = huge;
      final char[] tail = "\nnext\r\nlast".toCharArray();
      int t;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (left > 0) {
          int n = (int) Math.min(len, left);
          java.util.Arrays.fill(cbuf, off, off + n, 'x');
          left -= n;
          return n;
        }
        if (t == tail.length) {
          return -1;
        }
        int n = Math.min(len, tail.length - t);
        System.arraycopy(tail, t, cbuf, off, n);
        t += n;
        return n;
      }

      @Override
      public void close() {}
    };
    BufferedReader r = BoundedLineReader.of(new BufferedReader(endless), 1000);
    assertThat(r.readLine()).hasSize(1001).matches("x+");
    assertThat(r.readLine()).isEqualTo("next");
    assertThat(r.readLine()).isEqualTo("last");
    assertThat(r.readLine()).isNull();
  }

  @Test
  void boundedLinesEndLikeBufferedReaderLines() throws IOException {
    String text = "a\nb\r\nc\rd\n\ne\r\r\nf";
    BufferedReader plain = new BufferedReader(new StringReader(text));
    BufferedReader bounded = BoundedLineReader.of(new BufferedReader(new StringReader(text)), 10);
    assertThat(bounded.lines().collect(Collectors.toList()))
        .isEqualTo(plain.lines().collect(Collectors.toList()));
  }
}
