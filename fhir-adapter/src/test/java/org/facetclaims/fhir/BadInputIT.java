package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken inputs to the real command-line jar under -Xmx512m: each ends within seconds
 * with exit 2 and one clear line, or exit 0 with findings; none prints a stack trace, none reads a
 * local file, none runs out of memory.
 */
class BadInputIT {
  @TempDir
  static Path dir;

  static final String PROCEDURE_HEAD = "{\"resourceType\":\"Procedure\",\"id\":\"bad\","
      + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/1\"},"
      + "\"performedDateTime\":\"2026-02-02\",";

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("empty file", (Maker) p -> Files.write(p, new byte[0]), 2, "FCA-001"),
        Arguments.of("only whitespace", (Maker) p -> Files.writeString(p, "  \n\t "), 2, "FCA-001"),
        Arguments.of("not JSON", (Maker) p -> Files.writeString(p, "hello, world"), 2, "FCA-003"),
        Arguments.of("JSON that is not FHIR", (Maker) p -> Files.writeString(p, "{\"foo\": 1}"), 2,
            "FCA-004"),
        Arguments.of("JSON array", (Maker) p -> Files.writeString(p, "[1,2,3]"), 2, "FCA-004"),
        Arguments.of("wrong resource type", (Maker) p -> Files.writeString(p,
            "{\"resourceType\":\"Patient\",\"id\":\"x\"}"), 2, "FCA-005"),
        Arguments.of("unknown resource type", (Maker) p -> Files.writeString(p,
            "{\"resourceType\":\"Nonsense\"}"), 2, "FCA-004"),
        Arguments.of("wrong element type", (Maker) p -> Files.writeString(p,
            PROCEDURE_HEAD + "\"bodySite\": \"left L4-L5\"}"), 2, "FCA-006"),
        Arguments.of("status is a number", (Maker) p -> Files.writeString(p,
            "{\"resourceType\":\"Procedure\",\"status\":7}"), 2, "FCA-006"),
        Arguments.of("impossible date", (Maker) p -> Files.writeString(p,
            "{\"resourceType\":\"Procedure\",\"status\":\"completed\","
                + "\"performedDateTime\":\"2026-02-30\"}"), 2, "FCA-006"),
        Arguments.of("truncated file", (Maker) p -> Files.writeString(p,
            PROCEDURE_HEAD + "\"note\":[{\"text\":\"Left L4-L5 RF"), 2, "FCA-003"),
        Arguments.of("binary data", (Maker) p -> {
          byte[] b = new byte[4096];
          new Random(7).nextBytes(b);
          b[0] = (byte) 0x89;
          Files.write(p, b);
        }, 2, "FCA-010"),
        Arguments.of("NUL bytes", (Maker) p -> Files.write(p,
            (PROCEDURE_HEAD + "\"note\":[{\"text\":\"a\u0000b\"}]}").getBytes(StandardCharsets.UTF_8)),
            2, "FCA-010"),
        Arguments.of("huge string over the limit (30 MB)", (Maker) p -> writeHugeNote(p, 30), 2,
            "FCA-002"),
        Arguments.of("huge string under the limit (12 MB)", (Maker) p -> writeHugeNote(p, 12), 0,
            null),
        Arguments.of("deeply nested JSON", (Maker) p -> Files.writeString(p,
            "{\"resourceType\":\"Procedure\",\"extension\":" + "[".repeat(50_000)), 2, "FCA-007"),
        Arguments.of("thousands of body sites", (Maker) p -> {
          StringBuilder sb = new StringBuilder(PROCEDURE_HEAD)
              .append("\"code\":{\"text\":\"Radiofrequency ablation under fluoroscopy\"},")
              .append("\"bodySite\":[");
          for (int i = 0; i < 5000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"text\":\"Left L4-L5 facet joint\"}");
          }
          Files.writeString(p, sb.append("]}"));
        }, 0, null),
        // 466,000 texts that look like sites but cannot be placed: before findings were
        // capped (100 per Procedure), one finding each ran this JVM out of memory; now their
        // 932,000 elements are over the element budget of a 512 MB heap and refused at once.
        Arguments.of("8 MB of unplaceable sites", (Maker) p -> {
          StringBuilder sb = new StringBuilder(PROCEDURE_HEAD)
              .append("\"code\":{\"text\":\"Radiofrequency ablation under fluoroscopy\"},")
              .append("\"bodySite\":[{\"text\":\"L9-L10\"}");
          while (sb.length() < 8 * 1024 * 1024) {
            sb.append(",{\"text\":\"L9-L10\"}");
          }
          Files.writeString(p, sb.append("]}"));
        }, 2, "FCA-013"),
        Arguments.of("XML with an external entity", (Maker) p -> Files.writeString(p,
            "<?xml version=\"1.0\"?>\n<!DOCTYPE Procedure [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Procedure xmlns=\"http://hl7.org/fhir\"><status value=\"completed\"/>"
                + "<note><text value=\"&xxe;\"/></note></Procedure>"), 2, "FCA-008"),
        Arguments.of("XML billion laughs", (Maker) p -> Files.writeString(p,
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<Procedure xmlns=\"http://hl7.org/fhir\"><note><text value=\"&lol2;\"/></note>"
                + "</Procedure>"), 2, "FCA-008"),
        Arguments.of("valid XML Procedure", (Maker) p -> Files.writeString(p,
            "<Procedure xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/><status value=\"not-done\"/>"
                + "</Procedure>"), 0, null),
        Arguments.of("100k commas", (Maker) p -> Files.writeString(p,
            PROCEDURE_HEAD + "\"note\":[{\"text\":\"" + ",".repeat(100_000) + "\"}]}"), 0, null));
  }

  interface Maker {
    void make(Path p) throws IOException;
  }

  private static void writeHugeNote(Path p, int megabytes) throws IOException {
    StringBuilder sb = new StringBuilder(megabytes * 1024 * 1024 + 300).append(PROCEDURE_HEAD)
        .append("\"code\":{\"text\":\"Radiofrequency ablation\"},\"note\":[{\"text\":\"");
    String chunk = "Left L4-L5 facet radiofrequency neurotomy at 80 C. ";
    while (sb.length() < megabytes * 1024 * 1024) {
      sb.append(chunk);
    }
    Files.writeString(p, sb.append("\"}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void endsCleanly(String name, Maker maker, int expectedExit, String expectedId)
      throws Exception {
    Path input = dir.resolve(name.replaceAll("[^a-z0-9]+", "-") + ".in");
    maker.make(input);
    JarProcess r = JarProcess.run(null, 60, "code", input.toString());
    assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("root:x:0:0");
    assertThat(r.out).doesNotContain("root:x:0:0");
    assertThat(r.exit).as("exit code; stderr: %s", r.err).isEqualTo(expectedExit);
    if (expectedExit == 2) {
      assertThat(r.err.strip().lines().count()).as("one line: %s", r.err).isEqualTo(1);
      assertThat(r.err).startsWith("facet-claims: ").contains(expectedId);
      assertThat(r.out).isEmpty();
    } else {
      assertThat(r.out).contains("\"resourceType\": \"Bundle\"")
          .contains("\"resourceType\": \"OperationOutcome\"");
      assertThat(r.err).isEmpty();
    }
    assertThat(r.millis).as("a correctness guard against hangs, not a benchmark")
        .isLessThan(30_000);
  }

  /**
   * In bulk, broken lines are findings and the run goes on: a line that is not UTF-8 (which a
   * Reader over the whole file used to turn into exit 2), binary junk, NUL, a truncated record,
   * and a line over the size limit, between good lines.
   */
  @org.junit.jupiter.api.Test
  void bulkGoesOnPastBadLines() throws Exception {
    Path input = dir.resolve("bulk-bad-lines.ndjson");
    String good = PROCEDURE_HEAD + "\"code\":{\"text\":\"Left L4-L5 facet radiofrequency"
        + " ablation under fluoroscopy\"}}\n";
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes(good.getBytes(StandardCharsets.UTF_8));
    b.writeBytes(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
    b.writeBytes(good.getBytes(StandardCharsets.UTF_8));
    b.writeBytes((PROCEDURE_HEAD + "\"note\":[{\"text\":\"a\u0000b\"}]}\n")
        .getBytes(StandardCharsets.UTF_8));
    b.writeBytes((PROCEDURE_HEAD + "\"note\":[{\"text\":\"Left L4\n")
        .getBytes(StandardCharsets.UTF_8));
    b.writeBytes((PROCEDURE_HEAD + "\"note\":[{\"text\":\"" + "x".repeat(21 * 1024 * 1024)
        + "\"}]}\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(good.getBytes(StandardCharsets.UTF_8));
    Files.write(input, b.toByteArray());
    Path out = dir.resolve("bulk-bad-out");
    JarProcess r = JarProcess.run(null, 60, "bulk", "--input", input.toString(), "--output",
        out.toString(), "--threads", "2");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
    String outcomes = Files.readString(out.resolve("OperationOutcome.ndjson"));
    assertThat(outcomes).contains("line 2: FCA-010").contains("line 4: FCA-010")
        .contains("line 5: FCA-003").contains("line 6: FCA-002");
    assertThat(Files.readString(out.resolve("Claim.ndjson")).lines().count()).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void bulkRefusesANegativeTextMemory() throws Exception {
    Path input = dir.resolve("one.ndjson");
    Files.writeString(input, PROCEDURE_HEAD + "\"code\":{\"text\":\"Left L4-L5 facet RFA\"}}\n");
    JarProcess r = JarProcess.run(null, 60, "bulk", "--input", input.toString(), "--output",
        dir.resolve("neg-out").toString(), "--remembered-texts", "-1");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err.strip()).startsWith("facet-claims: ").contains("0 or more")
        .doesNotContain("Exception");
    assertThat(r.err.strip().lines().count()).isEqualTo(1);
    JarProcess abn = JarProcess.run(null, 60, "bulk", "--input", input.toString(), "--output",
        dir.resolve("abn-out").toString(), "--abn", "maybe");
    assertThat(abn.exit).isEqualTo(2);
    assertThat(abn.err.strip()).isEqualTo("facet-claims: FCC-003: --abn takes on-file, none or"
        + " unknown, not 'maybe'");
  }
}
