package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage-check flags, the same on {@code code} and {@code bulk}, run in-process. */
class CoverageFlagsTest {
  static final String EXAMPLE = Path.of("..", "examples", "ex6-bundle-one-session.json")
      .toString();

  @TempDir
  Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void codeWithAndWithoutTheChecks() {
    String[] on = run("code", EXAMPLE);
    assertThat(on[0]).isEqualTo("0");
    assertThat(on[1]).contains("\"code\": \"FC-6");
    String[] off = run("code", "--no-coverage-checks", EXAMPLE);
    assertThat(off[0]).isEqualTo("0");
    assertThat(off[1]).doesNotContain("\"code\": \"FC-6");
    String[] bad = run("code", "--abn", "maybe", EXAMPLE);
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2].strip()).isEqualTo("facet-claims: FCC-003: --abn takes on-file, none or unknown,"
        + " not 'maybe'");
  }

  @Test
  void bulkTakesTheSameFlags() throws Exception {
    Path in = dir.resolve("Procedure.ndjson");
    assertThat(run("generate", "--count", "300", "--seed", "3", "--output", in.toString())[0])
        .isEqualTo("0");
    String[] on = run("bulk", "--quiet", "--input", in.toString(), "--output",
        dir.resolve("on").toString());
    assertThat(on[0]).as(on[2]).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("on/OperationOutcome.ndjson")))
        .contains("FC-606").contains("FC-614");
    String[] pos = run("bulk", "--quiet", "--place-of-service", "11", "--input", in.toString(),
        "--output", dir.resolve("pos").toString());
    assertThat(pos[0]).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("pos/OperationOutcome.ndjson")))
        .contains("FC-606").doesNotContain("FC-614");
    String[] off = run("bulk", "--quiet", "--no-coverage-checks", "--input", in.toString(),
        "--output", dir.resolve("off").toString());
    assertThat(off[0]).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("off/OperationOutcome.ndjson")))
        .doesNotContain("\"code\":\"FC-6");
  }

  @Test
  void stateFlagChoosesTheContractor() {
    String[] ohio = run("code", "--state", "OH", EXAMPLE);
    assertThat(ohio[0]).as(ohio[2]).isEqualTo("0");
    assertThat(ohio[1]).doesNotContain("\"code\": \"FC-631\"")
        .doesNotContain("\"code\": \"FC-629\"");
    assertThat(run("code", "--state", "ohio", EXAMPLE)[0]).isEqualTo("0");
    // A state the operator typed that is none is a usage error at once (FC-629 is for the
    // input's states), not a finding on every record of a run.
    String[] bad = run("code", "--state", "Atlantis", EXAMPLE);
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[1]).isEmpty();
    assertThat(bad[2]).startsWith("facet-claims: FCC-011: --state 'Atlantis' is not a US state");
  }

  @Test
  void typeOfBillFlag() throws Exception {
    // the hospital outpatient type of bill alone binds prior authorization (no place of service)
    String[] hospital = run("code", "--state", "OH", "--type-of-bill", "0131", EXAMPLE);
    assertThat(hospital[0]).as(hospital[2]).isEqualTo("0");
    assertThat(hospital[1]).contains("\"code\": \"FC-613\"").contains("type of bill 0131")
        .doesNotContain("\"code\": \"FC-614\"");
    String[] asc = run("code", "--state", "OH", "--type-of-bill", "831", EXAMPLE);
    assertThat(asc[1]).doesNotContain("\"code\": \"FC-613\"")
        .doesNotContain("\"code\": \"FC-614\"");
    for (String bad : new String[] {"13", "01310", "0931", "banana"}) {
      String[] r = run("code", "--type-of-bill", bad, EXAMPLE);
      assertThat(r[0]).as(bad).isEqualTo("2");
      assertThat(r[2].strip()).as(bad).isEqualTo("facet-claims: FCC-003: --type-of-bill '" + bad
          + "' is not a type of bill: a NUBC type of bill is four characters with the leading"
          + " zero (0131) or the three after it (131): facility type 1-8, bill classification"
          + " digit, frequency digit or letter");
    }
    Path in = dir.resolve("Procedure.ndjson");
    assertThat(run("generate", "--count", "50", "--seed", "3", "--output", in.toString())[0])
        .isEqualTo("0");
    String[] bulk = run("bulk", "--quiet", "--type-of-bill", "0131", "--input", in.toString(),
        "--output", dir.resolve("tob").toString());
    assertThat(bulk[0]).as(bulk[2]).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("tob/OperationOutcome.ndjson")))
        .contains("FC-613").doesNotContain("FC-614");
    String[] unused = run("code", "--no-coverage-checks", "--type-of-bill", "0131", EXAMPLE);
    assertThat(unused[2]).contains("--type-of-bill has no effect");
  }
}
