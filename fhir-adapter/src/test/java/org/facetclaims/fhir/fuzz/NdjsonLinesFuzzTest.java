package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.facetclaims.fhir.bulk.NdjsonLinesFuzzAccess;

/**
 * Coverage-guided fuzzing of the bulk file reader ({@code NdjsonLines}): any bytes, any line
 * limit. The property, against a plain byte-by-byte split at {@code \n}, {@code \r} and
 * {@code \r\n}: the same number of lines; a line within the limit that is UTF-8 comes back as
 * exactly its decoded text, one that is not as exactly its bytes, one over the limit as its first
 * {@code limit + 1} bytes. Regression inputs: {@code NdjsonLinesFuzzTestInputs/}.
 */
class NdjsonLinesFuzzTest {
  @FuzzTest(maxDuration = "25s")
  void linesAreSplitAndDecodedOneByOne(FuzzedDataProvider data) throws IOException {
    int limit = data.consumeInt(1, 80);
    byte[] bytes = data.consumeRemainingAsBytes();
    List<Object> got = NdjsonLinesFuzzAccess.lines(bytes, limit);
    List<byte[]> expected = split(bytes);
    assertThat(got).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      byte[] e = expected.get(i);
      Object g = got.get(i);
      if (e.length > limit) {
        assertThat(g).isInstanceOf(byte[].class);
        assertThat((byte[]) g).isEqualTo(Arrays.copyOf(e, limit + 1));
      } else if (utf8(e) != null) {
        assertThat(g).isEqualTo(utf8(e));
      } else {
        assertThat(g).isInstanceOf(byte[].class);
        assertThat((byte[]) g).isEqualTo(e);
      }
    }
  }

  /** Lines as BufferedReader ends them, byte by byte: no line after a final terminator. */
  private static List<byte[]> split(byte[] b) {
    List<byte[]> out = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean open = false;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        out.add(line.toByteArray());
        line.reset();
        open = false;
        if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
          i++;
        }
      } else {
        line.write(b[i]);
        open = true;
      }
    }
    if (open) {
      out.add(line.toByteArray());
    }
    return out;
  }

  private static String utf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
