package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.junit.jupiter.api.Test;

/** The bulk command's warm-up changes no output, and never throws. */
class BulkWarmUpTest {
  @Test
  void theWarmUpLeavesNothingBehindThatChangesAnOutput() throws IOException {
    FacetClaims fresh = FacetClaims.builder().rememberedTexts(64)
        .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, 300, 42, 2);
    String in = w.toString();
    StringWriter c1 = new StringWriter();
    StringWriter o1 = new StringWriter();
    BulkCoder.builder(fresh).threads(2).build()
        .run(new BufferedReader(new StringReader(in)), c1, o1);
    Main.warmUp(fresh); // codes its own synthetic lines with the same grammar and engine
    Main.warmUp(null); // and never throws
    StringWriter c2 = new StringWriter();
    StringWriter o2 = new StringWriter();
    BulkCoder.builder(fresh).threads(2).build()
        .run(new BufferedReader(new StringReader(in)), c2, o2);
    assertThat(c2.toString()).isEqualTo(c1.toString()).isNotEmpty();
    assertThat(o2.toString()).isEqualTo(o1.toString());
  }
}
