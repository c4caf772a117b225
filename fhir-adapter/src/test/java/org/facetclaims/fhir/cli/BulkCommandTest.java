package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulk}: exit codes on malformed input, the summary once, outcomes linked to Claims. */
class BulkCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  static String[] run(String... args) {
    return ReadableOutputTest.run(args);
  }

  private Path generated(int count) {
    Path in = dir.resolve("Procedure-" + count + ".ndjson");
    assertThat(run("generate", "--count", String.valueOf(count), "--seed", "5", "--output",
        in.toString())[0]).isEqualTo("0");
    return in;
  }

  @Test
  void everyOutcomeOfASessionWithAClaimReferencesThatClaim() throws Exception {
    Path out = dir.resolve("out");
    String[] r = run("bulk", "--quiet", "--input", generated(200).toString(), "--output",
        out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    Set<String> claims = new HashSet<>();
    for (String line : Files.readAllLines(out.resolve("Claim.ndjson"))) {
      claims.add("Claim/" + JSON.readTree(line).get("id").asText());
    }
    int linked = 0;
    for (String line : Files.readAllLines(out.resolve("OperationOutcome.ndjson"))) {
      JsonNode ext = JSON.readTree(line).get("extension");
      if (ext == null) {
        continue;
      }
      for (JsonNode e : ext) {
        assertThat(e.get("url").asText()).isEqualTo(OutcomeMapping.CLAIM_EXTENSION);
        assertThat(claims).contains(e.get("valueReference").get("reference").asText());
        linked++;
      }
    }
    assertThat(linked).isGreaterThan(0);
  }

  @Test
  void aFileOfNothingButMalformedLinesExits3() throws Exception {
    Path pretty = Files.writeString(dir.resolve("pretty.json"),
        "{\n  \"resourceType\": \"Procedure\",\n  \"status\": \"completed\"\n}\n");
    String[] r = run("bulk", "--quiet", "--input", pretty.toString(), "--output",
        dir.resolve("o1").toString());
    assertThat(r[0]).isEqualTo("3");
    assertThat(r[2]).contains("4 of 4 lines are malformed")
        .contains("is the input NDJSON, one resource a line?");
  }

  @Test
  void failOnMalformedTakesACountOrAShare() throws Exception {
    Path in = generated(50);
    Path mixed = dir.resolve("mixed.ndjson");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(in));
    lines.add(10, "not json");
    lines.add(20, "{\"resourceType\":");
    Files.write(mixed, lines);
    assertThat(run("bulk", "--quiet", "--input", mixed.toString(), "--output",
        dir.resolve("a").toString())[0]).isEqualTo("0");
    assertThat(run("bulk", "--quiet", "--fail-on-malformed", "1", "--input", mixed.toString(),
        "--output", dir.resolve("b").toString())[0]).isEqualTo("3");
    assertThat(run("bulk", "--quiet", "--fail-on-malformed", "2", "--input", mixed.toString(),
        "--output", dir.resolve("c").toString())[0]).isEqualTo("0");
    assertThat(run("bulk", "--quiet", "--fail-on-malformed", "1%", "--input", mixed.toString(),
        "--output", dir.resolve("d").toString())[0]).isEqualTo("3");
    assertThat(run("bulk", "--quiet", "--fail-on-malformed", "10%", "--input", mixed.toString(),
        "--output", dir.resolve("e").toString())[0]).isEqualTo("0");
    String[] bad = run("bulk", "--fail-on-malformed", "lots", "--input", mixed.toString(),
        "--output", dir.resolve("f").toString());
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2].strip()).isEqualTo("facet-claims: FCC-003: --fail-on-malformed takes a number of"
        + " lines (0 or more) or a percentage (0% to 100%), not 'lots'");
  }

  @Test
  void anOutputThatCannotBeWrittenSaysWhyInWords() throws Exception {
    Path in = generated(10);
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
    String[] r = run("bulk", "--quiet", "--input", in.toString(), "--output", file.toString());
    assertThat(r[0]).isEqualTo("4"); // FCO-003: the output folder cannot be created
    assertThat(r[2]).startsWith("facet-claims: ").doesNotContain("Exception");
  }

  @Test
  void theSummaryIsPrintedOnce() {
    String[] r = run("bulk", "--input", generated(100).toString(), "--output",
        dir.resolve("s").toString());
    assertThat(r[0]).isEqualTo("0");
    List<String> done = r[2].lines().filter(l -> l.contains("done")).toList();
    assertThat(done).hasSize(1);
    assertThat(done.get(0)).startsWith("facet-claims: done: 100 lines, ");
  }
}
