package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code code}: several inputs, folders, --fail-on severities, --explain, option checks. */
class CodeCommandTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final String EX1 = EXAMPLES.resolve("ex1-text-sites.json").toString();
  static final String EX6 = EXAMPLES.resolve("ex6-bundle-one-session.json").toString();

  @TempDir
  Path dir;

  static String[] run(String... args) {
    return ReadableOutputTest.run(args);
  }

  @Test
  void oneInputIsOnePrettyPrintedBundleAsBefore() {
    String[] r = run("code", EX6);
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).startsWith("{\n  \"resourceType\": \"Bundle\"");
    assertThat(r[2]).isEmpty();
  }

  @Test
  void severalInputsAreOneBundleALineInOneRun() {
    String[] r = run("code", EX1, EX6);
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    List<String> lines = r[1].lines().toList();
    assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("{\"resourceType\":\"Bundle\""));
    assertThat(lines.get(0)).contains("\"64635\"").contains("\"LT\"");
    assertThat(lines.get(1)).contains("\"50\"");
  }

  @Test
  void aFolderIsItsJsonFilesInNameOrder() throws Exception {
    Files.copy(Path.of(EX6), dir.resolve("b.json"));
    Files.copy(Path.of(EX1), dir.resolve("a.json"));
    Files.writeString(dir.resolve("notes.txt"), "not an input");
    String[] r = run("code", "--format", "csv", dir.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    List<String> rows = r[1].lines().toList();
    assertThat(rows.get(0)).isEqualTo(ReadableOutput.CSV_HEADER);
    assertThat(rows.subList(1, rows.size())).extracting(l -> l.split(",")[0] + " " + l.split(",")[5])
        .containsExactly(dir.resolve("a.json") + " 64635", dir.resolve("a.json") + " 64636",
            dir.resolve("b.json") + " 64635");
    String[] empty = run("code", Files.createDirectory(dir.resolve("empty")).toString());
    assertThat(empty[0]).isEqualTo("2");
    assertThat(empty[2]).contains("a folder without .json or .xml files");
  }

  @Test
  void anUnreadableInputIsReportedAndTheOthersAreStillCoded() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"resourceType\":\"Procedure\",");
    String[] r = run("code", "--format", "text", EX1, bad.toString(),
        dir.resolve("missing.json").toString(), EX6);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).contains("== " + EX1 + " ==").contains("== " + EX6 + " ==")
        .doesNotContain("bad.json");
    assertThat(r[2].lines().toList()).containsExactly(
        "facet-claims: " + bad + ": FCA-003: input is not well-formed JSON (truncated input at"
            + " line 1, column 29)",
        "facet-claims: FCC-008: cannot read " + dir.resolve("missing.json") + ": no such file");
  }

  @Test
  void failOnTakesEachSeverity() {
    // ex1 has a warning (FC-508) and information, ex6 information only, neither an error
    assertThat(run("code", "--fail-on", "error", EX1)[0]).isEqualTo("0");
    assertThat(run("code", "--fail-on", "warning", EX1)[0]).isEqualTo("3");
    assertThat(run("code", "--fail-on", "WARNING", "--format", "csv", EX1)[0]).isEqualTo("3");
    assertThat(run("code", "--fail-on", "warning", EX6)[0]).isEqualTo("0");
    assertThat(run("code", "--fail-on", "information", EX6)[0]).isEqualTo("3");
    assertThat(run("code", "--fail-on", "error", EX1, EX6)[0]).isEqualTo("0");
    assertThat(run("code", "--fail-on", "warning", EX6, EX1)[0]).isEqualTo("3");
    String[] bad = run("code", "--fail-on", "fatal", EX6);
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2].strip()).isEqualTo(
        "facet-claims: FCC-003: --fail-on takes error, warning or information, not 'fatal'");
  }

  @Test
  void explainWritesTheEngineStepsInTheTextOrOnStandardError() {
    String[] text = run("code", "--format", "text", "--explain", EX6);
    assertThat(text[1]).contains("  steps:").contains("SELECT_EDITION: ")
        .contains("BUILD_LINES: ");
    assertThat(text[2]).isEmpty();
    String[] fhir = run("code", "--explain", EX6);
    assertThat(fhir[1]).startsWith("{").doesNotContain("SELECT_EDITION");
    assertThat(fhir[2]).contains("step SELECT_EDITION: ").contains("64635-50 x1");
  }

  @Test
  void placeOfServiceMustBeACmsCode() {
    String[] r = run("code", "--place-of-service", "banana", EX6);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).isEmpty();
    assertThat(r[2]).startsWith("facet-claims: FCC-005: --place-of-service 'banana' is not a CMS"
        + " place-of-service code");
    assertThat(run("code", "--place-of-service", "30", EX6)[0]).isEqualTo("2");
    assertThat(run("code", "--place-of-service", "24", EX6)[0]).isEqualTo("0");
  }

  @Test
  void aCoverageOptionThatCannotApplyIsAWarning() {
    String[] r = run("code", "--profile", "rt-lt-lines", "--abn", "on-file", EX6);
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[2].strip()).isEqualTo("facet-claims: warning: --abn has no effect: the coverage"
        + " checks are off (profile rt-lt-lines; --coverage-checks turns them on)");
    String[] two = run("code", "--no-coverage-checks", "--place-of-service", "22",
        "--history-complete", EX6);
    assertThat(two[2].strip()).isEqualTo("facet-claims: warning: --place-of-service,"
        + " --history-complete have no effect: the coverage checks are off"
        + " (--no-coverage-checks; --coverage-checks turns them on)");
    assertThat(run("code", "--abn", "on-file", EX6)[2]).isEmpty();
  }
}
