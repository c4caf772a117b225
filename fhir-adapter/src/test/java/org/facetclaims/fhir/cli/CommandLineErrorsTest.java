package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option and usage errors through the real picocli entry point: one line on standard error with
 * its stable {@code FCC-} id, exit 2; and the catalogue in docs/command-line.md lists exactly the
 * ids the command lines use.
 */
class CommandLineErrorsTest {
  static final String EX6 = CodeCommandTest.EX6;
  private static final Pattern ID = Pattern.compile("FCC-\\d{3}");

  @TempDir
  Path dir;

  /** Runs the command line; asserts exit 2 and one error line with {@code id}; the line. */
  static String error(String id, String... args) {
    String[] r = ReadableOutputTest.run(args);
    assertThat(r[0]).as("exit of %s: %s", String.join(" ", args), r[2]).isEqualTo("2");
    List<String> lines = r[2].lines().filter(l -> !l.contains(": warning: ")).toList();
    assertThat(lines).as(String.join(" ", args)).hasSize(1);
    assertThat(lines.get(0)).startsWith("facet-claims: " + id + ": ");
    return lines.get(0);
  }

  @Test
  void picocliErrorsHaveIds() {
    assertThat(error("FCC-001", "code", "--profle", "rt-lt-lines", EX6))
        .contains("Unknown option: '--profle'");
    assertThat(error("FCC-002", "bulk", "--output", "out"))
        .contains("Missing required option: '--input=FILE'");
    assertThat(error("FCC-002")).contains("Missing command");
    assertThat(error("FCC-003", "code", "--format", "banana", EX6)).contains("--format");
    assertThat(error("FCC-003", "serve", "--port", "eighty")).contains("'eighty'");
  }

  @Test
  void optionValuesHaveIds() throws IOException {
    assertThat(error("FCC-003", "code", "--abn", "maybe", EX6))
        .isEqualTo("facet-claims: FCC-003: --abn takes on-file, none or unknown, not 'maybe'");
    error("FCC-003", "code", "--fail-on", "often", EX6);
    error("FCC-003", "code", "--claims", "all", EX6);
    error("FCC-003", "code", "--discontinued", "halfway", EX6);
    error("FCC-003", "code", "--revenue-code", "36", EX6);
    error("FCC-003", "bulk", "--input", EX6, "--output", dir.toString(), "--output-mode", "777x");
    error("FCC-003", "bulk", "--input", EX6, "--output", dir.toString(),
        "--fail-on-malformed", "some");
    assertThat(error("FCC-004", "code", "--max-input-mb", "0", EX6))
        .isEqualTo("facet-claims: FCC-004: --max-input-mb must be between 1 and 1024");
    // the library's own range check, under the command line's id
    assertThat(error("FCC-004", "bulk", "--input", EX6, "--output", dir.toString(),
        "--threads", "0")).isEqualTo("facet-claims: FCC-004: threads must be 1-256, not 0");
    assertThat(error("FCC-005", "code", "--place-of-service", "banana", EX6))
        .contains("is not a CMS place-of-service code");
    assertThat(error("FCC-006", "code", "--profile", "medicaid", EX6))
        .contains("unknown profile 'medicaid'; use one of medicare-physician");
    error("FCC-006", "code", "--facility-profile", "medicaid", EX6);
    assertThat(error("FCC-011", "code", "--state", "Atlantis", EX6))
        .isEqualTo("facet-claims: FCC-011: --state 'Atlantis' is not a US state, the District"
            + " of Columbia or a US territory: give its USPS code (OH) or its name (Ohio)");
    assertThat(error("FCC-010", "code", "--mue-dates", "2026-01-01..2026-03-31", EX6))
        .isEqualTo("facet-claims: FCC-010: --mue-dates needs --mue");
  }

  @Test
  void filesHaveIds() throws IOException {
    Path missing = dir.resolve("visit.json");
    assertThat(error("FCC-008", "code", missing.toString()))
        .isEqualTo("facet-claims: FCC-008: cannot read " + missing + ": no such file");
    error("FCC-008", "bulk", "--input", missing.toString(), "--output", dir.toString());
    error("FCC-008", "code", "--mue", missing.toString(), EX6);
    Path bad = Files.writeString(dir.resolve("bad.properties"), "name = x\ncolour = red\n");
    assertThat(error("FCC-007", "code", "--profile", bad.toString(), EX6))
        .startsWith("facet-claims: FCC-007: bad.properties line 2: unknown key 'colour'");
    Path notes = Files.writeString(dir.resolve("notes.csv"), "hello,world\n");
    assertThat(error("FCC-009", "code", "--mue", notes.toString(), EX6)).contains("no MUE row");
    Path badRow = Files.writeString(dir.resolve("rows.csv"), "64635,many,2\n");
    assertThat(error("FCC-009", "code", "--ptp", badRow.toString(), EX6))
        .startsWith("facet-claims: FCC-009: rows.csv line 1");
  }

  @Test
  void serveRefusesBadProfilesAndATakenPortWithIds() throws IOException {
    Path shadow = Files.writeString(dir.resolve("shadow.properties"),
        "name = medicare-physician\nbase = rt-lt-lines\n");
    assertThat(error("FCC-010", "serve", "--port", "0", "--profile", shadow.toString()))
        .contains("has the name of a standard profile");
    Path ours = Files.writeString(dir.resolve("ours.properties"), "name = ours\n");
    assertThat(error("FCC-010", "serve", "--port", "0", "--profile", ours.toString(),
        "--profile", ours.toString())).contains("two profiles are named 'ours'");
    assertThat(error("FCC-003", "serve", "--port", "0", "--profile", "rt-lt-lines"))
        .contains("serve --profile takes a profile file");
    error("FCC-008", "serve", "--port", "0", "--profile", dir.resolve("none").toString());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(error("FCC-012", "serve", "--port", String.valueOf(taken.getLocalPort())))
          .contains("the port is taken");
    }
  }

  @Test
  void theAuditCommandsOptionErrorsHaveIds() {
    error("FCC-003", "audit", "--input", EX6, "--output", dir.toString(), "--format", "xml");
    error("FCC-003", "generate-claims", "--output", dir.resolve("c.csv").toString(),
        "--lines", "0");
    Path nowhere = dir.resolve("no-folder").resolve("c.csv");
    assertThat(error("FCC-008", "generate-claims", "--lines", "10", "--output",
        nowhere.toString())).isEqualTo("facet-claims: FCC-008: cannot write " + nowhere
            + ": no such folder");
    assertThat(error("FCC-008", "generate", "--count", "1", "--output", nowhere.toString()))
        .startsWith("facet-claims: FCC-008: cannot write " + nowhere + ": ")
        .doesNotContain("Exception");
  }

  /** Every FCC id the command lines print is in the catalogue, and the catalogue has no other. */
  @Test
  void theCatalogueListsExactlyTheIdsInUse() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java/org/facetclaims/fhir"),
        Path.of("../audit/src/main/java/org/facetclaims/audit/cli"),
        Path.of("../spark/src/main/java/org/facetclaims/spark/cli"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = ID.matcher(Files.readString(f));
          while (m.find()) {
            used.add(m.group());
          }
        }
      }
    }
    List<String> doc = Files.readAllLines(CommandLineDocsTest.DOC);
    Set<String> catalogued = new TreeSet<>();
    for (String line : doc.subList(doc.indexOf("## Error ids"), doc.size())) {
      Matcher m = Pattern.compile("^\\| `(FCC-\\d{3})` \\|").matcher(line);
      if (m.find()) {
        catalogued.add(m.group(1));
      }
    }
    assertThat(catalogued).isEqualTo(used);
  }

  /**
   * The audit's input-error ids (FCI-) in the catalogue are exactly those of
   * {@link org.facetclaims.audit.AuditInputException.Kind}, and a wrong input prints its id.
   */
  @Test
  void auditInputErrorsHaveTheirIds(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    List<String> doc = Files.readAllLines(CommandLineDocsTest.DOC);
    Set<String> catalogued = new TreeSet<>();
    for (String line : doc.subList(doc.indexOf("## Error ids"), doc.size())) {
      Matcher m = Pattern.compile("^\\| `(FCI-\\d{3})` \\|").matcher(line);
      if (m.find()) {
        catalogued.add(m.group(1));
      }
    }
    Set<String> kinds = new TreeSet<>();
    for (org.facetclaims.audit.AuditInputException.Kind k
        : org.facetclaims.audit.AuditInputException.Kind.values()) {
      kinds.add(k.id());
    }
    assertThat(catalogued).isEqualTo(kinds);
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = Main.run(new String[] {"audit", "--input", dir.resolve("none.csv").toString(),
        "--output", dir.resolve("out").toString()}, new java.io.PrintWriter(
        java.io.OutputStream.nullOutputStream()), new java.io.PrintWriter(err, true));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("facet-claims: FCI-001: cannot read "
        + dir.resolve("none.csv") + ": no such file");
  }
}
