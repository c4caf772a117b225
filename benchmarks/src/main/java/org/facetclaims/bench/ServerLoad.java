package org.facetclaims.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.facetclaims.fhir.server.StandaloneServer;

/**
 * Latency of {@code $facet-claims} under concurrent clients: starts the standalone server on an
 * ephemeral loopback port (in this JVM), warms up, then has {@code clients} threads post a
 * two-joint Procedure for {@code seconds}, and prints p50/p90/p99/max latency, throughput and
 * errors. Bounded in count and time; loopback only.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.facetclaims.bench.ServerLoad [clients] [seconds]}
 */
public final class ServerLoad {
  static final String BODY = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\","
      + "\"resource\":{\"resourceType\":\"Procedure\",\"id\":\"load\",\"status\":\"completed\","
      + "\"subject\":{\"reference\":\"Patient/load-1\"},\"performer\":[{\"actor\":{\"reference\":"
      + "\"Practitioner/load-md\"}}],\"code\":{\"text\":\"Left lumbar radiofrequency medial branch"
      + " neurotomy under fluoroscopy, 80 C\"},\"performedDateTime\":\"2026-02-02T08:30:00-06:00\","
      + "\"bodySite\":[{\"text\":\"Left L3-L4 facet joint\"},{\"text\":\"Left L4-L5 facet joint\"}]}}]}";

  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    StandaloneServer server = StandaloneServer.builder().port(0).build().start();
    try {
      URI uri = URI.create(server.baseUrl() + "/$facet-claims");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/fhir+json")
          .POST(HttpRequest.BodyPublishers.ofString(BODY)).timeout(Duration.ofSeconds(10)).build();
      // Warm up: JIT, HAPI's model scanning.
      for (int i = 0; i < 2000; i++) {
        http.send(req, HttpResponse.BodyHandlers.ofString());
      }
      AtomicInteger errors = new AtomicInteger();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          long[] lat = new long[1 << 20];
          int n = 0;
          while (System.nanoTime() < end && n < lat.length) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            lat[n++] = System.nanoTime() - t0;
            if (r.statusCode() != 200 || !r.body().contains("\"64635\"")) {
              errors.incrementAndGet();
            }
          }
          return Arrays.copyOf(lat, n);
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : futures) {
        for (long l : f.get()) {
          all.add(l);
        }
      }
      pool.shutdown();
      long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("clients=%d seconds=%d requests=%d errors=%d throughput=%.0f/s%n", clients,
          seconds, a.length, errors.get(), a.length / (double) seconds);
      System.out.printf("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", pct(a, 50),
          pct(a, 90), pct(a, 99), a[a.length - 1] / 1e6);
    } finally {
      server.stop();
    }
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
