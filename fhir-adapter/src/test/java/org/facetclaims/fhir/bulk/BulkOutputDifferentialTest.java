package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.fhir.codec.TestInputs;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The whole bulk output is the same byte for byte with the fast path (fast decoder, JSON
 * renderer) and with HAPI alone, on synthetic records, every test input, odd variants of a rich
 * record and lines that are not ordinary JSON objects.
 */
class BulkOutputDifferentialTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void bulkOutputIsTheSameByteForByteWithAndWithoutTheFastPath() throws IOException {
    List<String> lines = new ArrayList<>(TestInputs.synthetic(2000, 11, 3));
    for (Path file : TestInputs.inputFiles()) {
      lines.add(MAPPER.writeValueAsString(MAPPER.readTree(Files.readString(file))));
    }
    List<String> mutants = TestInputs.mutants(TestInputs.RICH);
    for (int i = 0; i < mutants.size(); i += 7) {
      lines.add(mutants.get(i));
    }
    lines.addAll(TestInputs.oddLines());
    lines.add("");
    lines.add("   ");
    String in = String.join("\n", lines) + "\n";
    String[] hapi = run(in, true);
    String[] fast = run(in, false);
    assertThat(fast[0]).isEqualTo(hapi[0]);
    assertThat(fast[1]).isEqualTo(hapi[1]);
    assertThat(fast[2].replaceAll(", \\d+ ms$", "")).isEqualTo(hapi[2].replaceAll(", \\d+ ms$", ""));
    assertThat(hapi[0].lines().count()).isGreaterThan(500);
    assertThat(hapi[1]).contains("FC-512");
  }

  private static String[] run(String ndjson, boolean hapi) throws IOException {
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    BulkSummary s = BulkCoder.builder(TestInputs.FACET).threads(2).window(50).hapi(hapi)
        .coverage(new Reference("Coverage/bulk")).build()
        .run(new BufferedReader(new StringReader(ndjson)), claims, outcomes);
    return new String[] {claims.toString(), outcomes.toString(), s.toString()};
  }
}
