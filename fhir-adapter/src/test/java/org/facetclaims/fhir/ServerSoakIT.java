package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real server at {@code -Xmx256m} under mixed traffic: normal requests, bodies of tiny
 * elements near and over the element budget, bodies over the size limit, and slow clients that
 * trickle their bodies. Every normal request is answered 200; nothing is a 500 or a cut answer;
 * the heap after a full collection stays flat (at the end, within 32 MB of the warmed-up
 * server's). It runs {@code -Dsoak.seconds} (default 40) in the build; docs/limits.md has the
 * numbers of a longer run.
 */
class ServerSoakIT {
  static final int SECONDS = Integer.getInteger("soak.seconds", 40);

  static final String PROCEDURE = "{\"resourceType\":\"Procedure\",\"id\":\"p\","
      + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/1\"},"
      + "\"performedDateTime\":\"2026-02-02\",\"code\":{\"text\":\"Radiofrequency ablation under"
      + " fluoroscopy\"},\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}";

  static String parameters(int extraSites) {
    StringBuilder sb = new StringBuilder("{\"resourceType\":\"Parameters\",\"parameter\":[{"
        + "\"name\":\"resource\",\"resource\":").append(PROCEDURE);
    for (int i = 0; i < extraSites; i++) {
      sb.append(",{\"text\":\"L9-L10\"}");
    }
    return sb.append("]}}]}").toString();
  }

  @Test
  void theServerHoldsUnderMixedTrafficAt256m() throws Exception {
    Path log = Files.createTempFile("facet-soak", ".log");
    ProcessBuilder pb = JarProcess.builder(List.of("-Xmx256m"), "serve", "--port", "0");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process server = pb.start();
    try {
      URI base = awaitStart(server, log);
      Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      // The baseline: the server warmed up by a few normal requests, then collected.
      traffic(http, base, parameters(2), System.nanoTime() + 2_000_000_000L, counts, "warm-up",
          200);
      long startHeap = heapAfterGc(server.pid());
      long end = System.nanoTime() + SECONDS * 1_000_000_000L;
      ExecutorService pool = Executors.newCachedThreadPool();
      List<Future<?>> clients = new ArrayList<>();
      String normal = parameters(2);
      // About 40,000 elements: under the server's budget whatever its cores (at least 50,000).
      String nearBudget = parameters(20_000);
      String overBudget = parameters(400_000); // 7 MB of tiny elements: over the size limit
      String overElements = parameters(200_000); // 3.6 MB: under the size, over the elements
      for (int i = 0; i < 2; i++) {
        clients.add(pool.submit(() -> traffic(http, base, normal, end, counts, "normal",
            200)));
      }
      clients.add(pool.submit(() -> traffic(http, base, nearBudget, end, counts, "near",
          200, 503)));
      clients.add(pool.submit(() -> traffic(http, base, overBudget, end, counts, "size",
          413, 503)));
      for (int i = 0; i < 2; i++) {
        clients.add(pool.submit(() -> traffic(http, base, overElements, end, counts,
            "elements", 413, 503)));
      }
      clients.add(pool.submit(() -> slowClients(base, 60, end, counts)));
      Thread.sleep(SECONDS * 1000L / 3);
      long midHeap = heapAfterGc(server.pid());
      for (Future<?> f : clients) {
        f.get(SECONDS + 120, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
      long endHeap = heapAfterGc(server.pid());
      String logText = Files.readString(log);
      assertThat(server.isAlive()).as(logText).isTrue();
      assertThat(counts.get("normal:200").get()).as("%s", counts).isGreaterThan(10);
      assertThat(counts.get("elements:413").get()).as("%s", counts).isPositive();
      assertThat(logText).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
      // Flat: what the traffic leaves behind once it stops is what a few requests left.
      assertThat(endHeap).as("heap after GC: %d KiB warmed up, %d KiB at a third (requests in"
          + " work), %d KiB at the end; %s", startHeap >> 10, midHeap >> 10, endHeap >> 10,
          counts).isLessThan(startHeap + (32L << 20));
      System.out.printf("soak %d s: %s; heap after GC %d MiB warmed up, %d MiB at a third"
          + " (requests in work), %d MiB at the end%n", SECONDS, counts, startHeap >> 20,
          midHeap >> 20, endHeap >> 20);
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
      server.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  static URI awaitStart(Process server, Path log) throws Exception {
    Pattern serving = Pattern.compile("serving (http://\\S+/fhir)");
    for (int i = 0; i < 300; i++) {
      Matcher m = serving.matcher(Files.readString(log));
      if (m.find()) {
        return URI.create(m.group(1));
      }
      if (!server.isAlive()) {
        throw new AssertionError("the server ended: " + Files.readString(log));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not start: " + Files.readString(log));
  }

  /** Sends {@code body} in a loop; every status must be one of {@code expected}. */
  static Void traffic(HttpClient http, URI base, String body, long end,
      Map<String, AtomicLong> counts, String kind, int... expected) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/$facet-claims"))
        .header("Content-Type", "application/fhir+json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    while (System.nanoTime() < end) {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      counts.computeIfAbsent(kind + ":" + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
      boolean ok = false;
      for (int e : expected) {
        ok |= r.statusCode() == e;
      }
      assertThat(ok).as("%s answered %d: %.200s", kind, r.statusCode(), r.body()).isTrue();
      if (r.statusCode() == 200) {
        // Never a cut answer: a whole Bundle.
        assertThat(r.body()).startsWith("{\"resourceType\":\"Bundle\"").endsWith("}")
            .contains("\"OperationOutcome\"");
      } else {
        assertThat(r.body()).contains("OperationOutcome").contains("FCS-");
      }
    }
    return null;
  }

  /** Keeps {@code n} clients trickling a byte every 2 s, reopening each one closed. */
  static Void slowClients(URI base, int n, long end, Map<String, AtomicLong> counts)
      throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try {
      while (System.nanoTime() < end) {
        sockets.removeIf(Socket::isClosed);
        while (sockets.size() < n) {
          Socket s = new Socket(base.getHost(), base.getPort());
          s.getOutputStream().write(("POST " + base.getPath() + "/$facet-claims HTTP/1.1\r\n"
              + "Host: x\r\nContent-Type: application/fhir+json\r\nContent-Length: 100000"
              + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
          sockets.add(s);
          counts.computeIfAbsent("slow:opened", k -> new AtomicLong()).incrementAndGet();
        }
        for (Socket s : sockets) {
          try {
            OutputStream out = s.getOutputStream();
            out.write(' ');
            out.flush();
          } catch (IOException e) {
            s.close(); // answered 408 and closed by the server
            counts.computeIfAbsent("slow:closed", k -> new AtomicLong()).incrementAndGet();
          }
        }
        Thread.sleep(2000);
      }
    } finally {
      for (Socket s : sockets) {
        s.close();
      }
    }
    return null;
  }

  /** The server's used heap after a full collection, from jcmd. */
  static long heapAfterGc(long pid) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, Long.toString(pid), "GC.run");
    String info = run(jcmd, Long.toString(pid), "GC.heap_info");
    Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
    assertThat(m.find()).as(info).isTrue();
    return Long.parseLong(m.group(1)) * 1024;
  }

  static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return out;
  }
}
