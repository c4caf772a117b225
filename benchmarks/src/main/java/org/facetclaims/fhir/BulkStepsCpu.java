package org.facetclaims.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.facetclaims.core.Finding;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The bulk steps per record in <b>thread CPU time</b>, which a shared machine disturbs much less
 * than wall time (JMH's): on N synthetic records (default 20,000, seed 1, as
 * {@code run-bulk.sh}), each step over all records, R rounds (default 8), the best round of each
 * step. The records are the bulk file's, coded as the bulk coder does for one-record sessions.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.facetclaims.fhir.BulkStepsCpu [N] [R]
 * </pre>
 */
public final class BulkStepsCpu {
  private BulkStepsCpu() {}

  public static void main(String[] args) throws IOException, FastProcedureDecoder.Fallback {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, n, 1, 1);
    List<String> lines = w.toString().lines().toList();
    FacetClaims facet = FacetClaims.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
    FacetClaims.CodingOptions options = FacetClaims.CodingOptions
        .of(PayerProfile.MEDICARE_PHYSICIAN).withCoverage(new Reference("Coverage/bench"));
    // As the bulk command builds it: the grammar remembers the readings of repeated texts.
    FacetClaims remembering = FacetClaims.builder().rememberedTexts(8192)
        .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
    FastProcedureDecoder decoder = new FastProcedureDecoder(facet.limits());
    IParser hapi = facet.fhirContext().newJsonParser();
    FastResourceEncoder encoder = new FastResourceEncoder(hapi);
    ResultJsonWriter writer = new ResultJsonWriter(facet.clock());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"parse: SafeParser + HAPI", "parse: fast decoder", "read (with grammar)",
        "code + build Claim/outcome", "encode: HAPI", "encode: fast encoder",
        "read (remembered texts)", "code (no Claim built)", "write JSON from the result"};
    long[] best = new long[names.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    for (int round = 0; round < rounds; round++) {
      long[] t = new long[names.length + 1];
      t[0] = mx.getCurrentThreadCpuTime();
      for (String line : lines) {
        facet.parse(line.getBytes(StandardCharsets.UTF_8));
      }
      t[1] = mx.getCurrentThreadCpuTime();
      List<Procedure> parsed = new ArrayList<>(n);
      for (String line : lines) {
        parsed.add(decoder.decode(line));
      }
      t[2] = mx.getCurrentThreadCpuTime();
      List<ReadProcedure> read = new ArrayList<>(n);
      for (Procedure p : parsed) {
        read.add(facet.read(p, "Procedure", new ResourceIndex(p, 1000)));
      }
      t[3] = mx.getCurrentThreadCpuTime();
      List<Resource> made = new ArrayList<>(2 * n);
      for (ReadProcedure r : read) {
        List<Finding> findings = new ArrayList<>(r.findings);
        if (r.documented != null && r.date != null) {
          SessionClaim sc = facet.codeSession(FacetClaims.sessionKey(r), List.of(r), options,
              options.coverage(), findings);
          if (sc != null) {
            made.add(sc.claim());
          }
        }
        if (!findings.isEmpty()) {
          made.add(OutcomeWriter.write(findings, List.of(r), "bench|" + r.label));
        }
      }
      t[4] = mx.getCurrentThreadCpuTime();
      for (Resource r : made) {
        hapi.encodeResourceToString(r);
      }
      t[5] = mx.getCurrentThreadCpuTime();
      for (Resource r : made) {
        encoder.encode(r);
      }
      t[6] = mx.getCurrentThreadCpuTime();
      for (Procedure p : parsed) {
        remembering.read(p, "Procedure", new ResourceIndex(p, 1000));
      }
      t[7] = mx.getCurrentThreadCpuTime();
      // The bulk command's path: code the session, then write Claim and outcome JSON directly.
      List<CodedSession> coded = new ArrayList<>(n);
      List<List<Finding>> findingsOf = new ArrayList<>(n);
      for (ReadProcedure r : read) {
        List<Finding> findings = new ArrayList<>(r.findings);
        if (r.documented != null && r.date != null) {
          coded.add(facet.codeForClaim(FacetClaims.sessionKey(r), List.of(r), options,
              options.coverage(), findings, null));
        } else {
          coded.add(null);
        }
        findingsOf.add(findings);
      }
      t[8] = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        if (coded.get(i) != null) {
          writer.claim(coded.get(i));
        }
        if (!findingsOf.get(i).isEmpty()) {
          writer.outcome(findingsOf.get(i), List.of(read.get(i)), "bench|" + i, null);
        }
      }
      t[9] = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < names.length; i++) {
        best[i] = Math.min(best[i], t[i + 1] - t[i]);
      }
    }
    System.out.printf(Locale.ROOT, "%,d records, best of %d rounds, CPU time per record:%n", n,
        rounds);
    for (int i = 0; i < names.length; i++) {
      System.out.printf(Locale.ROOT, "  %-28s %6.2f us%n", names[i], best[i] / 1e3 / n);
    }
    // Issue #4's measure: the adapter's own work (read, code, build) against HAPI's parse plus
    // encode of the same records.
    double hapiParseEncode = best[0] + best[4];
    System.out.printf(Locale.ROOT, "adapter work / HAPI parse+encode: %.1f %% (grammar reads"
        + " every text), %.1f %% (remembered texts, as bulk runs)%n",
        100.0 * (best[2] + best[3]) / hapiParseEncode,
        100.0 * (best[6] + best[3]) / hapiParseEncode);
    // As the bulk command runs now: no Claim is built, so the adapter's own work is reading and
    // coding; its JSON writing replaces HAPI's encoding.
    System.out.printf(Locale.ROOT, "bulk path, adapter work (read remembered + code, no Claim"
        + " built) / HAPI parse+encode: %.1f %%; whole bulk path (decode + read + code + write)"
        + " %.2f us%n", 100.0 * (best[6] + best[7]) / hapiParseEncode,
        (best[1] + best[6] + best[7] + best[8]) / 1e3 / n);
  }
}
