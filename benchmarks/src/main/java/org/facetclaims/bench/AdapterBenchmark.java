package org.facetclaims.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.cli.SyntheticProcedures;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Procedure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where one Procedure's time goes in the adapter: HAPI parse, HAPI encode, and the adapter's own
 * work (reading with the text grammar, coding, Claim building) on an already parsed resource.
 * The goal: the adapter's own work under 10 % of parse plus encode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdapterBenchmark {
  private final FacetClaims facet = FacetClaims.create();
  private final FhirContext ctx = facet.fhirContext();
  private String json;
  private byte[] bytes;
  private Procedure parsed;
  private IParser parser;
  private IParser encoder;
  private CodingOutput coded;

  @Setup
  public void setup() throws IOException {
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, 1, 3, 1);
    json = w.toString().strip();
    bytes = json.getBytes(StandardCharsets.UTF_8);
    parser = ctx.newJsonParser();
    encoder = ctx.newJsonParser();
    parsed = parser.parseResource(Procedure.class, json);
    coded = facet.code(parsed, PayerProfile.MEDICARE_PHYSICIAN);
    if (coded.sessions().isEmpty()) {
      throw new IllegalStateException("the benchmark record codes to no Claim");
    }
  }

  /** HAPI parse of one Procedure (part of the floor). */
  @Benchmark
  public IBaseResource hapiParse() {
    return parser.parseResource(Procedure.class, json);
  }

  /** HAPI encode of the produced Claim (part of the floor). */
  @Benchmark
  public String hapiEncodeClaim() {
    return encoder.encodeResourceToString(coded.sessions().get(0).claim());
  }

  /** The adapter's own work on a parsed Procedure: read, grammar, code, build Claim and outcome. */
  @Benchmark
  public CodingOutput adapterWork() {
    return facet.code(parsed, PayerProfile.MEDICARE_PHYSICIAN);
  }

  /** End to end for one record: safe parse, adapter work, encode the Claim. */
  @Benchmark
  public String endToEnd() {
    CodingOutput out = facet.code(facet.parse(bytes), PayerProfile.MEDICARE_PHYSICIAN);
    return encoder.encodeResourceToString(out.sessions().get(0).claim());
  }
}
