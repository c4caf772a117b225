package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The kept escaped bytes of a repeated text are exactly its escaping, every time; a text that
 * UTF-8 cannot hold is never kept, so every write of it still marks the buffer lossy.
 */
class EscapedTextsTest {
  private static byte[] escaped(String s) {
    JsonBytes b = new JsonBytes(16);
    b.escaped(s);
    return b.copyOf(0);
  }

  private static byte[] written(EscapedTexts texts, String s) {
    JsonBytes b = new JsonBytes(16);
    b.raw("x");
    texts.write(s, b);
    return java.util.Arrays.copyOfRange(b.copyOf(0), 1, b.length());
  }

  @Test
  void repeatedTextsAreTheirEscaping() {
    EscapedTexts texts = new EscapedTexts();
    String source = "CMS hospital OPD prior authorization (facility-claims §2.6 R-PA-1) \"quoted\""
        + " \\ tab\t end ✓ 😀";
    String other = new String(source.toCharArray()); // equal, not the same object
    String shortText = "M47.816";
    for (int i = 0; i < 5; i++) {
      assertThat(written(texts, source)).isEqualTo(escaped(source));
      assertThat(written(texts, other)).isEqualTo(escaped(source));
      assertThat(written(texts, shortText)).isEqualTo(escaped(shortText));
    }
    // many texts through the table: each written as its own escaping, whatever shares a slot
    String[] many = new String[EscapedTexts.SLOTS * 3];
    for (int k = 0; k < many.length; k++) {
      many[k] = "text number " + k + " of the table, long enough to be kept: §" + k;
    }
    for (int round = 0; round < 3; round++) {
      for (String s : many) {
        assertThat(written(texts, s)).as(s).isEqualTo(escaped(s));
      }
    }
  }

  @Test
  void aTextWithAnUnpairedSurrogateIsLossyEveryTime() {
    EscapedTexts texts = new EscapedTexts();
    String lone = "a text long enough to be kept, with a lone high surrogate \uD83D here";
    for (int i = 0; i < 4; i++) {
      JsonBytes b = new JsonBytes(16);
      texts.write(lone, b);
      assertThat(b.lossy()).as("write %d", i).isTrue();
      assertThat(b.copyOf(0)).isEqualTo(escaped(lone));
    }
  }
}
