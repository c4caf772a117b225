package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and csv formats of {@code code} for every bundled example, against golden files in
 * {@code src/test/resources/cli/} (rewritten with {@code -Ddocs.update=true}; review the diff).
 */
class ReadableOutputTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final Path GOLDEN = Path.of("src", "test", "resources", "cli");

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .sorted().toList().stream();
    }
  }

  static String[] run(String... args) {
    return CoverageFlagsTest.run(args);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void textMatchesItsGoldenFile(String example) throws IOException {
    String[] r = run("code", "--format", "text", EXAMPLES.resolve(example).toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertGolden(example.replace(".json", ".txt"), r[1]);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void csvMatchesItsGoldenFile(String example) throws IOException {
    String[] r = run("code", "--format", "csv", EXAMPLES.resolve(example).toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).startsWith(ReadableOutput.CSV_HEADER + System.lineSeparator());
    assertGolden(example.replace(".json", ".csv"), r[1]);
  }

  /**
   * Expected payments in text and csv: golden files {@code payments-NAME.txt/.csv} for an
   * example coded with these options (facility claims turn payments on).
   */
  static Stream<Arguments> paymentCases() {
    return Stream.of(
        Arguments.of("ex9-hospital-outpatient", "ex9-facility-session.json",
            List.of("--claims", "both", "--place-of-service", "22", "--state", "OH", "--utn",
                "A1B2C3D4E5F6G7")),
        Arguments.of("ex9-asc", "ex9-facility-session.json",
            List.of("--claims", "both", "--place-of-service", "24", "--state", "OH")),
        Arguments.of("ex6-office", "ex6-bundle-one-session.json",
            List.of("--expected-payment", "--place-of-service", "11", "--state", "OH")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paymentCases")
  void paymentsInTextAndCsvMatchTheirGoldenFiles(String name, String example,
      List<String> options) throws IOException {
    for (String format : List.of("text", "csv")) {
      List<String> args = new java.util.ArrayList<>(List.of("code", "--format", format));
      args.addAll(options);
      args.add(EXAMPLES.resolve(example).toString());
      String[] r = run(args.toArray(String[]::new));
      assertThat(r[0]).as(r[2]).isEqualTo("0");
      if (format.equals("csv")) {
        assertThat(r[1]).startsWith(ReadableOutput.CSV_HEADER + ReadableOutput.CSV_PAYMENT_COLUMNS
            + System.lineSeparator());
      }
      assertGolden("payments-" + name + "." + (format.equals("text") ? "txt" : "csv"), r[1]);
    }
  }

  @org.junit.jupiter.api.Test
  void withoutPaymentsTheCsvHasItsFormerColumns() {
    String[] r = run("code", "--format", "csv", "--claims", "both", "--no-expected-payment",
        "--place-of-service", "22", EXAMPLES.resolve("ex9-facility-session.json").toString());
    assertThat(r[1].lines().findFirst()).contains(ReadableOutput.CSV_HEADER);
    // both claims' lines, the facility's with its own layout and no payment columns
    assertThat(r[1].lines().skip(1).map(l -> l.split(",").length)).allMatch(n -> n >= 11);
    assertThat(r[1].lines().count()).isEqualTo(5);
  }

  static void assertGolden(String name, String actual) throws IOException {
    // The tests run in fhir-adapter/; the files show the paths as from the repository's root.
    String text = actual.replace(System.lineSeparator(), "\n").replace("../examples/",
        "examples/");
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("docs.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(text).as("%s (regenerate with -Ddocs.update=true and review)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(ReadableOutput.csvField("64635")).isEqualTo("64635");
    assertThat(ReadableOutput.csvField("right L4-L5; left L4-L5"))
        .isEqualTo("right L4-L5; left L4-L5");
    assertThat(ReadableOutput.csvField("a, b")).isEqualTo("\"a, b\"");
    assertThat(ReadableOutput.csvField("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(ReadableOutput.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(List.of(ReadableOutput.CSV_HEADER.split(","))).hasSize(11);
  }
}
