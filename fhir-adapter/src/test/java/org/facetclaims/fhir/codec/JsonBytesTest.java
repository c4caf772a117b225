package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The byte buffer the JSON renderer writes into gives exactly the bytes of the String that
 * Jackson's generator (HAPI's JSON encoder) and plain appends would build, encoded as the bulk
 * coder encodes a String line: {@code getBytes(UTF_8)}.
 */
class JsonBytesTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  private static byte[] viaString(String s, boolean escape) {
    StringBuilder sb = new StringBuilder("x");
    if (escape) {
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JACKSON.createGenerator(w)) {
        g.writeString(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sb.append(w);
    } else {
      sb.append(s);
    }
    return sb.append('y').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] viaBytes(String s, boolean escape) {
    JsonBytes b = new JsonBytes(1); // smallest buffer: every write grows it
    b.raw('x');
    if (escape) {
      b.string(s);
    } else {
      b.text(s);
    }
    // Lossy exactly when the text has an unpaired surrogate, which UTF-8 cannot hold.
    assertThat(b.lossy()).as("lossy %s", s).isEqualTo(hasUnpairedSurrogate(s));
    return b.raw('y').copyOf(0);
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void oddStringsAreTheBytesOfTheirHapiText() {
    String[] odd = {"", "plain", "ünïcödé ✓", "tab\there", "quote \" back \\ slash", "\u0001\u001f",
        "\b\f\n\r\t", "😀 pair", "lone high \uD83D end", "lone low \uDE00 x", "\uDE00\uD83D",
        "ends high \uD83D", "\uD83D", "§ 3.2 °", "</script>", "\u007f\u0080\u07ff\u0800\uffff",
        "a".repeat(5000) + "é",
        // runs of plain text between others, as a rationale note or a finding's source has them
        "per side (coding-rules §2, CMS A58350). \"50\": é\tdone §4 ✓😀x\\", "§§\n\"é",
        "é" + "b".repeat(300) + "§"};
    for (String s : odd) {
      assertThat(viaBytes(s, true)).as("string %s", s).isEqualTo(viaString(s, true));
      assertThat(viaBytes(s, false)).as("text %s", s).isEqualTo(viaString(s, false));
    }
  }

  @Property(tries = 2000)
  void anyStringIsTheBytesOfItsHapiText(@ForAll("strings") String s) {
    assertThat(viaBytes(s, true)).isEqualTo(viaString(s, true));
    assertThat(viaBytes(s, false)).isEqualTo(viaString(s, false));
  }

  @Provide
  Arbitrary<String> strings() {
    // Mostly ASCII with escapes, Latin-1, BMP and surrogates (paired or not) mixed in.
    return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u00ff'),
        Arbitraries.chars().range('\u0000', '\u0020'), Arbitraries.chars().with('"', '\\'),
        Arbitraries.chars().range('\u0100', '\uffff'),
        Arbitraries.chars().range('\uD800', '\uDFFF'))
        .list().ofMaxSize(40).map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Test
  void numbersLiteralsAndLengthsAreThoseOfTheText() {
    JsonBytes b = new JsonBytes(4);
    SplittableRandom rnd = new SplittableRandom(3);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      int v = i < 20 ? i - 3 : rnd.nextInt();
      b.raw("{\"n\":").number(v).raw(',');
      expected.append("{\"n\":").append(v).append(',');
    }
    assertThat(b.toString()).isEqualTo(expected.toString());
    assertThat(b.length()).isEqualTo(expected.length());
    assertThat(b.last()).isEqualTo((byte) ',');
    b.text("lone \uD83D");
    assertThat(b.lossy()).isTrue();
    b.clear();
    assertThat(b.length()).isZero();
    assertThat(b.lossy()).isFalse();
    assertThat(b.raw("{}").copyOf(0)).containsExactly('{', '}');
  }

  @Test
  void rawTextMustBeAscii() {
    // raw() copies the low byte of each char: text that is not ASCII would be garbled, so the
    // tests (assertions on) refuse it; the writer passes literals and ASCII values only.
    assertThatThrownBy(() -> new JsonBytes(8).raw("d\u00e9j\u00e0"))
        .isInstanceOf(AssertionError.class);
    assertThat(new JsonBytes(8).text("d\u00e9j\u00e0").toString()).isEqualTo("d\u00e9j\u00e0");
  }

  @Test
  void datesAreLocalDateToStringForFourDigitYearsAndRefusedOtherwise() {
    SplittableRandom rnd = new SplittableRandom(11);
    java.time.LocalDate min = java.time.LocalDate.of(1000, 1, 1);
    java.time.LocalDate max = java.time.LocalDate.of(9999, 12, 31);
    for (int i = 0; i < 20_000; i++) {
      java.time.LocalDate d = i < 3 ? List.of(min, max, java.time.LocalDate.of(2024, 2, 29))
          .get(i) : java.time.LocalDate.ofEpochDay(rnd.nextLong(min.toEpochDay(),
              max.toEpochDay() + 1));
      JsonBytes b = new JsonBytes(1);
      b.raw('x');
      assertThat(b.date(d)).isTrue();
      assertThat(new String(b.copyOf(0), StandardCharsets.UTF_8)).isEqualTo("x" + d);
    }
    for (java.time.LocalDate d : List.of(java.time.LocalDate.of(999, 12, 31),
        java.time.LocalDate.of(10000, 1, 1), java.time.LocalDate.of(-1, 6, 1),
        java.time.LocalDate.of(0, 1, 1))) {
      JsonBytes b = new JsonBytes(4);
      assertThat(b.date(d)).as("%s", d).isFalse();
      assertThat(b.length()).isZero();
    }
  }
}
