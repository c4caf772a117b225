package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
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
