package org.facetclaims.bench;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.SessionClaim;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.facetclaims.fhir.cli.SyntheticProcedures;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One bulk record's time in steady state, over 100 synthetic records (every form the generator
 * writes), through the public API only: the bulk coder's whole per-line path on one thread
 * (fast decoder and JSON renderer, or HAPI alone), and the pieces a caller of
 * {@link FacetClaims} sees: safe parse, coding a parsed Procedure (reading with the text
 * grammar, coding, building the Claim and OperationOutcome), HAPI's encoding of the results,
 * and the text grammar on the records' texts. Scores are per record.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BulkBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BulkBenchmark {
  static final int N = 100;

  private final FacetClaims facet = FacetClaims.builder().rememberedTexts(8192)
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  private final CodingOptions options = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN)
      .withCoverage(new Reference("Coverage/bench"));
  private String ndjson;
  private final List<byte[]> lines = new ArrayList<>();
  private final List<Procedure> parsed = new ArrayList<>();
  private final List<IBaseResource> results = new ArrayList<>();
  /** Every text of the records that the reader hands the grammar (code, notes, sites). */
  private final List<String> texts = new ArrayList<>();
  private final ClinicalTextGrammar grammar = ClinicalTextGrammar.standard();
  private BulkCoder fast;
  private BulkCoder hapi;
  private IParser hapiJson;

  @Setup
  public void setup() throws IOException {
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, N, 5, 1);
    ndjson = w.toString();
    hapiJson = facet.fhirContext().newJsonParser().setPrettyPrint(false);
    for (String line : ndjson.lines().toList()) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      lines.add(bytes);
      Procedure p = (Procedure) facet.parse(bytes);
      parsed.add(p);
      CodingOutput out = facet.code(p, options);
      for (SessionClaim s : out.sessions()) {
        results.add(s.claim());
      }
      results.add(out.outcome());
      texts.add(p.getCode().getText());
      p.getCode().getCoding().forEach(c -> texts.add(c.getDisplay()));
      p.getNote().forEach(n -> texts.add(n.getText()));
      p.getBodySite().forEach(b -> {
        texts.add(b.getText());
        b.getCoding().forEach(c -> texts.add(c.getDisplay()));
      });
    }
    texts.removeIf(t -> t == null || t.isBlank());
    if (results.size() < N * 3 / 2) {
      throw new IllegalStateException("only " + (results.size() - N) + " claims");
    }
    fast = BulkCoder.builder(facet).threads(1).coverage(new Reference("Coverage/bench")).build();
    hapi = BulkCoder.builder(facet).threads(1).coverage(new Reference("Coverage/bench"))
        .hapi(true).build();
  }

  /** The bulk command's per-line path: fast decoder, read, code, JSON rendered directly. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object bulk() throws IOException {
    return fast.run(new BufferedReader(new StringReader(ndjson)), Writer.nullWriter(),
        Writer.nullWriter());
  }

  /** The same with HAPI alone ({@code bulk --hapi-parser}): HAPI parse, HAPI objects, encode. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object bulkHapiAlone() throws IOException {
    return hapi.run(new BufferedReader(new StringReader(ndjson)), Writer.nullWriter(),
        Writer.nullWriter());
  }

  /** {@link FacetClaims#parse}: the pre-checks and HAPI's parse. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void parse(Blackhole bh) {
    for (byte[] line : lines) {
      bh.consume(facet.parse(line));
    }
  }

  /** The adapter's own work on a parsed Procedure: read, grammar, code, Claim and outcome. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void code(Blackhole bh) {
    for (Procedure p : parsed) {
      bh.consume(facet.code(p, options));
    }
  }

  /** HAPI's compact JSON of the Claims and OperationOutcomes of the 100 records. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void encodeWithHapi(Blackhole bh) {
    for (IBaseResource r : results) {
      bh.consume(hapiJson.encodeResourceToString(r));
    }
  }

  /** The text grammar alone, on the texts the reader gives it for the 100 records. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void grammar(Blackhole bh) {
    for (String t : texts) {
      bh.consume(grammar.read(t));
    }
  }
}
