package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line carries the claims audit: audit and generate-claims, with their exit codes. */
class AuditCommandWiringTest {
  @TempDir
  Path dir;

  private int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
  }

  @Test
  void auditRunsOnGeneratedClaimsAndExitsZero() throws Exception {
    Path csv = dir.resolve("claims.csv");
    StringWriter err = new StringWriter();
    assertThat(run(err, "generate-claims", "--lines", "300", "--output", csv.toString()))
        .isZero();
    assertThat(run(err, "audit", "--quiet", "--input", csv.toString(), "--output",
        dir.resolve("out").toString())).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(dir.resolve("out").resolve("lines.csv")).exists();
    assertThat(Files.readAllLines(dir.resolve("out").resolve("lines.csv")))
        .hasSize(Files.readAllLines(csv).size());
    assertThat(dir.resolve("out").resolve("report.html")).exists();
  }

  @Test
  void unreadableInputExitsTwoWithOneLine() throws Exception {
    Path csv = dir.resolve("wrong.csv");
    Files.writeString(csv, "A,B\n1,2\n");
    StringWriter err = new StringWriter();
    assertThat(run(err, "audit", "--input", csv.toString(), "--output",
        dir.resolve("out").toString())).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(err.toString()).startsWith("facet-claims: FCI-004: missing required columns BENE_ID")
        .doesNotContain("Exception").hasLineCount(1);
  }
}
