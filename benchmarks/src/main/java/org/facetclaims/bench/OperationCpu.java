package org.facetclaims.bench;

import ca.uhn.fhir.context.FhirContext;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.facetclaims.fhir.server.FacetClaimsOperationProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The {@code $facet-claims} operation alone, in <b>CPU time</b> and bytes allocated per call:
 * the server benchmark's two-joint Procedure (parsed once) given to
 * {@link FacetClaimsOperationProvider#facetClaims} as HAPI's server would, N calls a round, R
 * rounds (default 30,000 and 12); it prints the median and best round of the second half (after
 * warm-up) and the last round's allocation. What a request costs the library, without HTTP,
 * HAPI's request parsing and response encoding, which wall-clock server benchmarks mix in and a
 * shared machine disturbs. An older build is measured with its jar first on the class path.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.facetclaims.bench.OperationCpu [N] [R]
 * </pre>
 */
public final class OperationCpu {
  private OperationCpu() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    String body = ServerLoad.BODY.substring(ServerLoad.BODY.indexOf("{\"resourceType\":\"Procedure\""),
        ServerLoad.BODY.lastIndexOf("}]}"));
    IBaseResource procedure = FhirContext.forR4Cached().newJsonParser().parseResource(body);
    List<IBaseResource> resources = List.of(procedure);
    FacetClaimsOperationProvider operation = new FacetClaimsOperationProvider();
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long[] cpu = new long[rounds];
    long allocated = 0;
    int entries = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long a0 = mx.getThreadAllocatedBytes(thread);
      for (int i = 0; i < n; i++) {
        Bundle b = operation.facetClaims(resources, null, null, null, null);
        entries += b.getEntry().size();
      }
      cpu[r] = mx.getCurrentThreadCpuTime() - c0;
      allocated = mx.getThreadAllocatedBytes(thread) - a0;
    }
    long[] warm = Arrays.copyOfRange(cpu, rounds / 2, rounds);
    Arrays.sort(warm);
    System.out.printf(Locale.ROOT, "$facet-claims, %,d calls a round (%d entries a call): CPU"
        + " median %.2f us, best %.2f us; %,.0f B allocated per call%n", n,
        entries / ((long) n * rounds), warm[warm.length / 2] / 1e3 / n, warm[0] / 1e3 / n,
        allocated / (double) n);
  }
}
