package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same output bytes, across separate JVM runs and thread counts. {@code
 * BulkCoderTest} checks thread counts inside one JVM; this catches what changes from one JVM to
 * the next (hash seeds: {@code Set.of} and {@code Map.of} iterate in a per-run order). The only
 * field allowed to differ is each Claim's {@code created}, the time the run coded it. One run
 * reads every text afresh ({@code --remembered-texts 0}), the others remember readings.
 */
class BulkDeterminismIT {
  @TempDir
  Path dir;

  @Test
  void threeJvmRunsGiveTheSameBytes() throws Exception {
    Path in = dir.resolve("Procedure.ndjson");
    JarProcess g = JarProcess.run(null, 120, "generate", "--count", "4000", "--seed", "11",
        "--output", in.toString());
    assertThat(g.exit).as(g.err).isZero();
    String[] threads = {"1", "2", "3"};
    String claims0 = null;
    String outcomes0 = null;
    for (String t : threads) {
      Path out = dir.resolve("out-" + t);
      // Coverage history from the Bundle's absence: the Medicare checks run and write
      // information findings whose messages list codes and places of service.
      // The last run also reads every text afresh (no remembered readings).
      JarProcess r = JarProcess.run(null, 180, "bulk", "--quiet", "--threads", t,
          "--remembered-texts", t.equals("3") ? "0" : "8192",
          "--coverage", "Coverage/it", "--input", in.toString(), "--output", out.toString());
      assertThat(r.exit).as(r.err).isZero();
      String claims = JarProcess.claimsWithoutCreated(out.resolve("Claim.ndjson"));
      String outcomes = Files.readString(out.resolve("OperationOutcome.ndjson"),
          StandardCharsets.UTF_8);
      assertThat(outcomes).contains("FC-614");
      if (claims0 == null) {
        claims0 = claims;
        outcomes0 = outcomes;
      } else {
        assertThat(claims).as("Claim.ndjson, --threads " + t).isEqualTo(claims0);
        assertThat(outcomes).as("OperationOutcome.ndjson, --threads " + t).isEqualTo(outcomes0);
      }
    }
  }
}
