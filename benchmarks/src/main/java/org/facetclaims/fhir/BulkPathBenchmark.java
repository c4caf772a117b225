package org.facetclaims.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.facetclaims.core.Finding;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome;
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
 * Where one bulk record's time goes, step by step, over 100 synthetic records (all the generator's
 * forms: text sites, coded sites with an mCODE laterality, nerves in a note, other methods, not
 * completed): parse (SafeParser with HAPI, or the fast decoder), the adapter's own work (reading
 * with the text grammar, coding, building the Claim and OperationOutcome), encode (HAPI or the
 * fast encoder), and the whole per-line pipeline of the bulk coder both ways. Scores are per
 * record. In the adapter's package to reach its package-private parts.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BulkPathBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BulkPathBenchmark {
  static final int N = 100;

  private final FacetClaims facet = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  private final FacetClaims.CodingOptions options =
      FacetClaims.CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN)
          .withCoverage(new Reference("Coverage/bench"));
  private final List<String> lines = new ArrayList<>();
  private final List<Procedure> parsed = new ArrayList<>();
  private final List<ReadProcedure> read = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<OperationOutcome> outcomes = new ArrayList<>();
  /** Every text the reader hands the grammar for the 100 records (code, notes, sites...). */
  private final List<String> texts = new ArrayList<>();
  private final org.facetclaims.fhir.text.ClinicalTextGrammar grammar =
      org.facetclaims.fhir.text.ClinicalTextGrammar.standard();
  private FastProcedureDecoder decoder;
  private IParser hapiJson;
  private FastResourceEncoder encoder;
  private ResultJsonWriter writer;

  @Setup
  public void setup() throws IOException {
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, N, 5, 1);
    lines.addAll(w.toString().lines().toList());
    decoder = new FastProcedureDecoder(facet.limits());
    hapiJson = facet.fhirContext().newJsonParser().setPrettyPrint(false);
    encoder = new FastResourceEncoder(hapiJson);
    writer = new ResultJsonWriter(facet.clock());
    for (String line : lines) {
      Procedure p = (Procedure) facet.parse(line.getBytes(StandardCharsets.UTF_8));
      parsed.add(p);
      ReadProcedure r = read(p);
      read.add(r);
      Object[] made = code(r);
      if (made[0] != null) {
        claims.add((Claim) made[0]);
      }
      if (made[1] != null) {
        outcomes.add((OperationOutcome) made[1]);
      }
      try {
        if (decoder.decode(line) == null) {
          throw new IllegalStateException();
        }
      } catch (FastProcedureDecoder.Fallback e) {
        throw new IllegalStateException("a benchmark record is not decoded fast: " + line);
      }
    }
    for (Procedure p : parsed) {
      texts.add(p.getCode().getText());
      p.getCode().getCoding().forEach(c -> texts.add(c.getDisplay()));
      p.getNote().forEach(n -> texts.add(n.getText()));
      p.getBodySite().forEach(b -> {
        texts.add(b.getText());
        b.getCoding().forEach(c -> texts.add(c.getDisplay()));
      });
    }
    texts.removeIf(t -> t == null || t.isBlank());
    if (claims.size() < N / 2) {
      throw new IllegalStateException("only " + claims.size() + " claims");
    }
  }

  private ReadProcedure read(Procedure p) {
    return facet.read(p, "Procedure", new ResourceIndex(p, facet.limits().maxResources()));
  }

  /** As the bulk coder does for a one-record session: code, Claim, OperationOutcome. */
  private Object[] code(ReadProcedure r) {
    List<Finding> findings = new ArrayList<>(r.findings);
    Claim claim = null;
    if (r.documented != null && r.date != null) {
      SessionClaim sc = facet.codeSession(FacetClaims.sessionKey(r), List.of(r), options,
          options.coverage(), findings);
      claim = sc == null ? null : sc.claim();
    }
    OperationOutcome oo = findings.isEmpty() ? null
        : OutcomeWriter.write(findings, List.of(r), "bench|" + r.label);
    return new Object[] {claim, oo};
  }

  /** SafeParser: the pre-checks and HAPI's parse (the bulk coder's path before the fast one). */
  @Benchmark
  @OperationsPerInvocation(N)
  public void parseHapi(Blackhole bh) {
    for (String line : lines) {
      bh.consume(facet.parse(line.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void parseFast(Blackhole bh) throws FastProcedureDecoder.Fallback {
    for (String line : lines) {
      bh.consume(decoder.decode(line));
    }
  }

  /** The adapter's own work: read (with the text grammar), code, build Claim and outcome. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void adapterWork(Blackhole bh) {
    for (Procedure p : parsed) {
      bh.consume(code(read(p)));
    }
  }

  /** Of which: reading (ProcedureReader with the text grammar). */
  @Benchmark
  @OperationsPerInvocation(N)
  public void adapterRead(Blackhole bh) {
    for (Procedure p : parsed) {
      bh.consume(read(p));
    }
  }

  /** Of which: the text grammar alone, on the same texts the reader gives it. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void adapterGrammar(Blackhole bh) {
    for (String t : texts) {
      bh.consume(grammar.read(t));
    }
  }

  /** Of which: coding with the engine and building the Claim and OperationOutcome. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void adapterCodeAndBuild(Blackhole bh) {
    for (ReadProcedure r : read) {
      bh.consume(code(r));
    }
  }

  /** HAPI's compact JSON of the Claims and OperationOutcomes of the 100 records. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void encodeHapi(Blackhole bh) {
    for (Claim c : claims) {
      bh.consume(hapiJson.encodeResourceToString(c));
    }
    for (OperationOutcome o : outcomes) {
      bh.consume(hapiJson.encodeResourceToString(o));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void encodeFast(Blackhole bh) {
    for (Claim c : claims) {
      bh.consume(encoder.encode(c));
    }
    for (OperationOutcome o : outcomes) {
      bh.consume(encoder.encode(o));
    }
  }

  /** One record through the bulk coder's steps with HAPI: parse, read, code, build, encode. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void endToEndHapi(Blackhole bh) {
    for (String line : lines) {
      Object[] made = code(read((Procedure) facet.parse(line.getBytes(StandardCharsets.UTF_8))));
      for (Object o : made) {
        if (o != null) {
          bh.consume(hapiJson.encodeResourceToString((org.hl7.fhir.r4.model.Resource) o));
        }
      }
    }
  }

  /**
   * The bulk command's path: fast decoder, read, code, and the Claim and outcome written as JSON
   * straight from the coding result (no HAPI objects built).
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void endToEndBulk(Blackhole bh) throws FastProcedureDecoder.Fallback {
    for (String line : lines) {
      ReadProcedure r = read(decoder.decode(line));
      bh.consume(codeAndWrite(r));
    }
  }

  /** Of which: coding and writing the JSON (the bulk command's replacement of build + encode). */
  @Benchmark
  @OperationsPerInvocation(N)
  public void adapterCodeAndWriteJson(Blackhole bh) {
    for (ReadProcedure r : read) {
      bh.consume(codeAndWrite(r));
    }
  }

  private int codeAndWrite(ReadProcedure r) {
    List<Finding> findings = new ArrayList<>(r.findings);
    int size = 0;
    if (r.documented != null && r.date != null) {
      CodedSession cs = facet.codeForClaim(FacetClaims.sessionKey(r), List.of(r), options,
          options.coverage(), findings, null);
      if (cs != null) {
        size += writer.claim(cs).length;
      }
    }
    if (!findings.isEmpty()) {
      size += writer.outcome(findings, List.of(r), "bench|" + r.label, null).length;
    }
    return size;
  }

  /**
   * The path before the JSON writer (and still the one for values it declines): fast decoder,
   * HAPI Claim and outcome built, fast encoder.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void endToEndFast(Blackhole bh) throws FastProcedureDecoder.Fallback {
    for (String line : lines) {
      Object[] made = code(read(decoder.decode(line)));
      for (Object o : made) {
        if (o != null) {
          bh.consume(encoder.encode((org.hl7.fhir.r4.model.Resource) o));
        }
      }
    }
  }
}
