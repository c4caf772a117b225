package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.facetclaims.fhir.bulk.BulkSummary;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Coverage-guided fuzzing of the bulk line reader: a few NDJSON lines (Procedures around fuzzed
 * values, Bundles, and raw fuzzed lines) through {@link BulkCoder} on one thread. The property:
 * the run always finishes, every line is counted, every output line is one Claim or one
 * OperationOutcome, the output is the same with HAPI alone ({@code hapi(true)}: no fast decoder,
 * no JSON renderer), and no output or message names the patient. Regression inputs:
 * {@code BulkLinesFuzzTestInputs/}.
 */
class BulkLinesFuzzTest {
  /** A fixed clock, so that the fast path's output and HAPI's can be compared byte for byte. */
  private static final FacetClaims FACET = FacetClaims.builder()
      .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T12:00:00Z"),
          java.time.ZoneOffset.UTC)).build();

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"{\"resourceType\":\"Procedure\"", "{\"resourceType\":\"Bundle\"",
      "\"status\":\"completed\"", "L4-L5", "radiofrequency"})
  void bulkRunAlwaysFinishes(FuzzedDataProvider data) throws IOException {
    int n = data.consumeInt(1, 4);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int shape = data.consumeInt(0, 3);
      String line;
      if (shape == 0) {
        line = ReaderFuzzTest.procedureJson(data, "p" + i, "Patient/1", data.consumeBoolean());
      } else if (shape == 1) {
        line = ReaderFuzzTest.bundleJson(data);
      } else if (shape == 2) {
        line = "";
      } else {
        line = data.consumeString(200);
      }
      in.append(line).append(data.consumeBoolean() ? "\n" : "\r\n");
    }
    String input = in.toString();
    long expectedLines = new BufferedReader(new StringReader(input)).lines().count();
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    int window = data.consumeInt(1, 3);
    BulkSummary s = BulkCoder.builder(FACET).threads(1).window(window).build()
        .run(new BufferedReader(new StringReader(input)), claims, outcomes);
    assertThat(s.lines()).isEqualTo(expectedLines);
    // The fast decoder and the direct JSON writer give HAPI's output, byte for byte.
    StringWriter hapiClaims = new StringWriter();
    StringWriter hapiOutcomes = new StringWriter();
    BulkCoder.builder(FACET).threads(1).window(window).hapi(true).build()
        .run(new BufferedReader(new StringReader(input)), hapiClaims, hapiOutcomes);
    assertThat(claims.toString()).isEqualTo(hapiClaims.toString());
    assertThat(outcomes.toString()).isEqualTo(hapiOutcomes.toString());
    check(claims.toString(), Claim.class, s.claims());
    check(outcomes.toString(), OperationOutcome.class, s.outcomes());
    FuzzSupport.assertNoCanary(outcomes.toString());
  }

  private static void check(String ndjson, Class<? extends IBaseResource> type, long count) {
    long lines = 0;
    for (String line : ndjson.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      IBaseResource r = FACET.fhirContext().newJsonParser().parseResource(line);
      assertThat(r).isInstanceOf(type);
    }
    assertThat(lines).isEqualTo(count);
  }
}
