package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The element budget holds at the heap sizes docs/limits.md states: the real jar at
 * {@code -Xmx512m} ({@code code}) and {@code -Xmx256m} ({@code bulk}), with inputs of tiny
 * elements, the costliest per byte. Just under the budget is coded; far over it is refused in
 * one line (not an OutOfMemoryError), and in bulk it is one line's finding.
 */
class HeapBudgetIT {
  @TempDir
  static Path dir;

  static final String HEAD = "{\"resourceType\":\"Procedure\",\"id\":\"tiny\","
      + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/1\"},"
      + "\"performedDateTime\":\"2026-02-02\","
      + "\"code\":{\"text\":\"Radiofrequency ablation under fluoroscopy\"},"
      + "\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}";

  /** A Procedure of one-word site texts (2 elements each) up to about {@code elements}. */
  static String tinyElements(int elements, String word) {
    StringBuilder sb = new StringBuilder(elements * 8).append(HEAD);
    for (int n = 12; n + 2 <= elements; n += 2) {
      sb.append(",{\"text\":\"").append(word).append("\"}");
    }
    return sb.append("]}").toString();
  }

  /** One-word site texts up to {@code bytes}. */
  static String tinyBytes(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 64).append(HEAD);
    while (sb.length() < bytes - 20) {
      sb.append(",{\"text\":\"x\"}");
    }
    return sb.append("]}").toString();
  }

  @Test
  void sixteenMegabytesOfTinyElementsAreRefusedAt512m() throws Exception {
    Path input = dir.resolve("tiny-16m.json");
    Files.writeString(input, tinyBytes(16 * 1024 * 1024 - 64));
    JarProcess r = JarProcess.run(null, 120, "code", input.toString());
    assertThat(r.exit).as(r.err).isEqualTo(2);
    assertThat(r.err.strip()).startsWith("facet-claims: ").contains("FCA-013")
        .doesNotContain("OutOfMemory").doesNotContain("\tat ");
    assertThat(r.err.strip().lines().count()).isEqualTo(1);
  }

  @Test
  void justUnderTheDefaultBudgetIsCodedAt512m() throws Exception {
    // The limit of a 480 MiB heap: under whatever a 512 MB JVM's collector reports as its
    // maximum (G1 all of it, the serial collector less its survivor space).
    int budget = InputLimits.elementsFor(480L << 20);
    for (String word : new String[] {"x", "L9-L10"}) {
      Path input = dir.resolve("tiny-under-" + word + ".json");
      Files.writeString(input, tinyElements(budget - 2, word));
      JarProcess r = JarProcess.run(null, 180, "code", input.toString());
      assertThat(r.exit).as("%s: %s", word, r.err).isZero();
      assertThat(r.out).contains("\"resourceType\": \"Claim\"");
    }
  }

  @Test
  void anOversizedLineIsOneFindingInBulkAt256m() throws Exception {
    Path input = dir.resolve("bulk-tiny.ndjson");
    String good = HEAD + "]}";
    StringBuilder sb = new StringBuilder().append(good).append('\n')
        .append(tinyBytes(8 * 1024 * 1024).replace("\"id\":\"tiny\"", "\"id\":\"big\""))
        .append('\n').append(good.replace("2026-02-02", "2026-03-03")).append('\n');
    Files.writeString(input, sb);
    Path out = dir.resolve("bulk-tiny-out");
    JarProcess r = JarProcess.run(List.of("-Xmx256m"), null, 120, "bulk", "--input",
        input.toString(), "--output", out.toString(), "--threads", "2", "--quiet");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(Files.readString(out.resolve("OperationOutcome.ndjson")))
        .contains("line 2: FCA-013");
    assertThat(Files.readString(out.resolve("Claim.ndjson")).lines().count()).isEqualTo(2);
  }

  @Test
  void codeToAFullDiskExits4() throws Exception {
    Path full = Path.of("/dev/full");
    if (!Files.isWritable(full)) {
      return; // not a Linux system
    }
    ProcessBuilder pb = JarProcess.builder(List.of(), "code", "examples/ex1-text-sites.json");
    pb.redirectOutput(full.toFile());
    Path err = Files.createTempFile("facet-err", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    String message = Files.readString(err);
    Files.delete(err);
    assertThat(p.exitValue()).as(message).isEqualTo(4);
    assertThat(message.strip()).startsWith("facet-claims: FCO-002");
  }
}
