package org.facetclaims.bench;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.SessionClaim;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.facetclaims.fhir.cli.SyntheticProcedures;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Reference;

/**
 * The bulk record's steps in <b>CPU time</b>, which a shared machine disturbs much less than
 * wall time (JMH's), through the public API: on N synthetic records (default 20,000, seed 1, as
 * {@code run-bulk.sh}), each step over all records, R rounds (default 8), the best round of
 * each. The steps on this thread (thread CPU time): HAPI's parse ({@link FacetClaims#parse}),
 * the adapter's own work on the parsed Procedures ({@link FacetClaims#code}: reading with the
 * text grammar, coding, building the Claim and OperationOutcome), HAPI's encoding of those. The
 * bulk coder on one worker (process CPU time: its reading and worker threads): its whole
 * per-line path, fast and with HAPI alone.
 *
 * <p>A third argument {@code bulk} runs only the bulk coder's fast path on one worker (the
 * other steps take most of a round's time), for comparing builds: put this class before
 * another build's jar on the class path.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.facetclaims.bench.BulkStepsCpu [N] [R] [bulk]
 * java -cp benchmarks/target/classes:/path/to/facet-claims.jar \
 *     org.facetclaims.bench.BulkStepsCpu 20000 10 bulk
 * </pre>
 */
public final class BulkStepsCpu {
  private BulkStepsCpu() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    boolean bulkOnly = args.length > 2 && args[2].equals("bulk");
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, n, 1, 1);
    String ndjson = w.toString();
    List<byte[]> lines = new ArrayList<>(n);
    for (String line : ndjson.lines().toList()) {
      lines.add(line.getBytes(StandardCharsets.UTF_8));
    }
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    // As the bulk command builds it: the grammar remembers the readings of repeated texts.
    FacetClaims facet = FacetClaims.builder().rememberedTexts(8192).clock(clock).build();
    CodingOptions options = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN)
        .withCoverage(new Reference("Coverage/bench"));
    IParser hapi = facet.fhirContext().newJsonParser();
    BulkCoder fast = BulkCoder.builder(facet).threads(1)
        .coverage(new Reference("Coverage/bench")).build();
    BulkCoder hapiAlone = BulkCoder.builder(facet).threads(1)
        .coverage(new Reference("Coverage/bench")).hapi(true).build();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String[] names = {"parse (FacetClaims.parse)", "code (FacetClaims.code)",
        "encode (HAPI)", "bulk, one worker", "bulk --hapi-parser, one worker"};
    long[] best = new long[names.length];
    Arrays.fill(best, Long.MAX_VALUE);
    if (bulkOnly) {
      long[] each = new long[rounds];
      for (int round = 0; round < rounds; round++) {
        each[round] = processCpu(os, fast, ndjson);
      }
      long[] sorted = each.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%,d records, %d rounds, bulk on one worker, CPU time per"
          + " record: best %.2f us, median %.2f us; rounds:", n, rounds, sorted[0] / 1e3 / n,
          sorted[rounds / 2] / 1e3 / n);
      for (long t : each) {
        System.out.printf(Locale.ROOT, " %.2f", t / 1e3 / n);
      }
      System.out.println();
      return;
    }
    for (int round = 0; round < rounds; round++) {
      long[] t = new long[names.length];
      long t0 = mx.getCurrentThreadCpuTime();
      List<IBaseResource> parsed = new ArrayList<>(n);
      for (byte[] line : lines) {
        parsed.add(facet.parse(line));
      }
      long t1 = mx.getCurrentThreadCpuTime();
      List<IBaseResource> made = new ArrayList<>(2 * n);
      for (IBaseResource p : parsed) {
        CodingOutput out = facet.code(p, options);
        for (SessionClaim s : out.sessions()) {
          made.add(s.claim());
        }
        made.add(out.outcome());
      }
      long t2 = mx.getCurrentThreadCpuTime();
      for (IBaseResource r : made) {
        hapi.encodeResourceToString(r);
      }
      long t3 = mx.getCurrentThreadCpuTime();
      t[0] = t1 - t0;
      t[1] = t2 - t1;
      t[2] = t3 - t2;
      t[3] = processCpu(os, fast, ndjson);
      t[4] = processCpu(os, hapiAlone, ndjson);
      for (int i = 0; i < names.length; i++) {
        best[i] = Math.min(best[i], t[i]);
      }
    }
    System.out.printf(Locale.ROOT, "%,d records, best of %d rounds, CPU time per record:%n", n,
        rounds);
    for (int i = 0; i < names.length; i++) {
      System.out.printf(Locale.ROOT, "  %-32s %6.2f us%n", names[i], best[i] / 1e3 / n);
    }
    System.out.printf(Locale.ROOT, "adapter work (code) / HAPI parse+encode: %.1f %%%n",
        100.0 * best[1] / (best[0] + best[2]));
  }

  private static long processCpu(com.sun.management.OperatingSystemMXBean os, BulkCoder coder,
      String ndjson) throws IOException {
    long before = os.getProcessCpuTime();
    coder.run(new BufferedReader(new StringReader(ndjson)), Writer.nullWriter(),
        Writer.nullWriter());
    return os.getProcessCpuTime() - before;
  }
}
