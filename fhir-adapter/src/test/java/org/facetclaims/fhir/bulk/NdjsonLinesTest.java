package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bulk file reader: lines as bytes, each decoded on its own, none over the limit. */
class NdjsonLinesTest {
  static List<Object> lines(byte[] bytes, int limit) throws IOException {
    return lines(new ByteArrayInputStream(bytes), limit);
  }

  /** The lines in text mode: a String for a text line, its byte[] for a refused one. */
  static List<Object> lines(InputStream in, int limit) throws IOException {
    NdjsonLines r = new NdjsonLines(in, limit);
    List<Object> out = new ArrayList<>();
    for (NdjsonLine l; (l = r.next()) != null; ) {
      out.add(plain(l));
    }
    return out;
  }

  /** A line as a String (text), a byte[] (refused), or itself (UTF-8 bytes). */
  static Object plain(NdjsonLine l) {
    if (l instanceof NdjsonLine.Text t) {
      return t.text();
    }
    if (l instanceof NdjsonLine.Refused r) {
      return r.bytes();
    }
    return l;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void linesEndAsBufferedReaderEndsThem() throws IOException {
    for (String text : new String[] {"a\nb\r\nc\rd\n\ne\r\r\nf", "", "\n", "x", "x\n", "\r\n\r\n",
        "é\r\n€\r𝄞\n", "\uFEFF{\"a\":1}\n"}) {
      List<String> expected = new BufferedReader(new StringReader(text)).lines()
          .collect(Collectors.toList());
      assertThat(lines(utf8(text), 100)).as(text).isEqualTo(new ArrayList<Object>(expected));
    }
  }

  @Test
  void oneByteAtATimeEveryBoundaryFallsEverywhere() throws IOException {
    String text = "a\r\nb\rc\n\r\n\u00e9\u20ac\r\r\n\ud834\udd1e\nlast";
    byte[] bytes = utf8(text);
    InputStream oneByOne = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    List<String> expected = new BufferedReader(new StringReader(text)).lines()
        .collect(Collectors.toList());
    assertThat(lines(oneByOne, 100)).isEqualTo(new ArrayList<Object>(expected));
  }

  @Test
  void aLineThatIsNotUtf8IsGivenAsItsBytesAndTheNextLinesGoOn() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8("first\n"));
    byte[] bad = {'{', '"', 'x', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    b.writeBytes(bad);
    b.writeBytes(utf8("\nthird \uFFFD is valid\n"));
    b.writeBytes(new byte[] {'a', (byte) 0xe2, (byte) 0x82}); // cut three-byte sequence at end
    List<Object> got = lines(b.toByteArray(), 100);
    assertThat(got).hasSize(4);
    assertThat(got.get(0)).isEqualTo("first");
    assertThat((byte[]) got.get(1)).isEqualTo(bad);
    assertThat(got.get(2)).isEqualTo("third \uFFFD is valid");
    assertThat((byte[]) got.get(3)).containsExactly('a', (byte) 0xe2, (byte) 0x82);
  }

  /** A line with an encoded surrogate (CESU-8) is not UTF-8: never text, never UTF-8 bytes. */
  @Test
  void noLineStringHoldsAnUnpairedSurrogate() throws IOException {
    byte[][] surrogates = {{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // U+D800 alone, as CESU-8
        {(byte) 0xed, (byte) 0xbf, (byte) 0xbf}, // U+DFFF alone
        {(byte) 0xed, (byte) 0xa0, (byte) 0xb4, (byte) 0xed, (byte) 0xb4, (byte) 0x9e}}; // a pair
    for (byte[] sur : surrogates) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes(utf8("{\"a\":\"x"));
      b.writeBytes(sur);
      b.writeBytes(utf8("\"}\n"));
      assertThat(lines(b.toByteArray(), 100)).singleElement().isInstanceOf(byte[].class);
    }
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(13);
    byte[] alphabet = {'a', '\n', (byte) 0xed, (byte) 0xa0, (byte) 0xb0, (byte) 0xbf,
        (byte) 0x80, (byte) 0xf0, (byte) 0x9d, (byte) 0x84, (byte) 0x9e, (byte) 0xc3, (byte) 0xa9};
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = new byte[rnd.nextInt(1, 40)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = alphabet[rnd.nextInt(alphabet.length)];
      }
      for (Object line : lines(bytes, 100)) {
        if (line instanceof String) {
          String t = (String) line;
          for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < t.length()
                && Character.isLowSurrogate(t.charAt(k + 1))) {
              k++;
            } else {
              assertThat(Character.isSurrogate(c)).as("%s", t).isFalse();
            }
          }
        }
      }
    }
  }

  /** Bytes mode gives the same lines: valid ones as their bytes, the others as before. */
  @Test
  void bytesModeGivesEachValidLineAsItsBytes() throws IOException {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(17);
    byte[] alphabet = {'a', '{', ' ', '\t', '\n', '\r', (byte) 0xc3, (byte) 0xa9, (byte) 0xe2,
        (byte) 0x80, (byte) 0x83, (byte) 0xed, (byte) 0xa0, (byte) 0xff, (byte) 0xf0, (byte) 0x9d,
        (byte) 0x84, (byte) 0x9e};
    int utf8Lines = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] input = new byte[rnd.nextInt(0, 60)];
      for (int k = 0; k < input.length; k++) {
        input[k] = alphabet[rnd.nextInt(alphabet.length)];
      }
      List<Object> text = lines(input, 40);
      List<Object> bytes = new ArrayList<>();
      NdjsonLines r = new NdjsonLines(new ByteArrayInputStream(input), 40, true);
      for (NdjsonLine o; (o = r.next()) != null; ) {
        bytes.add(plain(o));
      }
      assertThat(bytes).hasSameSizeAs(text);
      for (int k = 0; k < text.size(); k++) {
        if (text.get(k) instanceof String) {
          NdjsonLine.Utf8 line = (NdjsonLine.Utf8) bytes.get(k);
          assertThat(line.text()).isEqualTo(text.get(k));
          assertThat(line.isBlank()).isEqualTo(((String) text.get(k)).isBlank());
          utf8Lines++;
        } else {
          assertThat((byte[]) bytes.get(k)).isEqualTo((byte[]) text.get(k));
        }
      }
    }
    assertThat(utf8Lines).isGreaterThan(1000);
    // U+2003 (em space) is whitespace to String.isBlank, and so to UTF-8 bytes
    assertThat(new NdjsonLine.Utf8(utf8(" \u2003\t")).isBlank()).isTrue();
    assertThat(new NdjsonLine.Utf8(utf8(" \u00a0")).isBlank()).isFalse();
  }

  @Test
  void aLineOverTheLimitIsCutAtLimitPlusOneBytesAndTheRestSkipped() throws IOException {
    String atLimit = "y".repeat(10);
    String over = "z".repeat(25);
    List<Object> got = lines(utf8(atLimit + "\n" + over + "\r\nnext"), 10);
    assertThat(got).hasSize(3);
    assertThat(got.get(0)).isEqualTo(atLimit);
    assertThat(new String((byte[]) got.get(1), StandardCharsets.US_ASCII)).isEqualTo(
        "z".repeat(11));
    assertThat(got.get(2)).isEqualTo("next");
  }

  @Test
  void anEndlessLineIsNeverHeld() throws IOException {
    // 200 MB without a line break, then two lines: memory holds 1,001 bytes of it.
    long size = 200L << 20;
    InputStream endless = new InputStream() {
      long n;
      final byte[] tail = utf8("\nnext\nlast");
      int t;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (n < size) {
          int k = (int) Math.min(len, size - n);
          java.util.Arrays.fill(b, off, off + k, (byte) 'x');
          n += k;
          return k;
        }
        if (t == tail.length) {
          return -1;
        }
        int k = Math.min(len, tail.length - t);
        System.arraycopy(tail, t, b, off, k);
        t += k;
        return k;
      }
    };
    List<Object> got = lines(endless, 1000);
    assertThat((byte[]) got.get(0)).hasSize(1001);
    assertThat(got.subList(1, 3)).containsExactly("next", "last");
  }

  @Test
  void multiByteCharactersAcrossBlockBoundaries() throws IOException {
    // Lines longer than the 64 KB read block, of one- to four-byte characters, in small reads.
    Random rnd = new Random(7);
    String[] chars = {"a", "é", "€", "𝄞", " ", "\""};
    StringBuilder text = new StringBuilder();
    List<Object> expected = new ArrayList<>();
    for (int l = 0; l < 6; l++) {
      StringBuilder line = new StringBuilder();
      int n = 20_000 + rnd.nextInt(60_000);
      for (int i = 0; i < n; i++) {
        line.append(chars[rnd.nextInt(chars.length)]);
      }
      expected.add(line.toString());
      text.append(line).append(l % 2 == 0 ? "\n" : "\r\n");
    }
    byte[] bytes = utf8(text.toString());
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + rnd.nextInt(70_000)));
      }
    };
    assertThat(lines(trickle, 1 << 20)).isEqualTo(expected);
  }
}
