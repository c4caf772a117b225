package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server under hostile traffic and odd requests: every method on every path answered with
 * an OperationOutcome (never an empty 500), media types and charsets checked, the element
 * budget, slow clients that cannot starve the others, the body deadline, and the cap on
 * requests worked on at once.
 */
class ServerHardeningTest {
  static StandaloneServer server;
  static HttpClient http;

  @BeforeAll
  static void start() {
    FacetClaims facet = FacetClaims.builder()
        .limits(InputLimits.DEFAULT.withMaxElements(2000)).build();
    server = StandaloneServer.builder().port(0).maxBodyBytes(256 * 1024).facetClaims(facet)
        .build().start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String parameters(String procedureJson) {
    return "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\","
        + "\"resource\":" + procedureJson + "}]}";
  }

  static final String PROCEDURE = "{\"resourceType\":\"Procedure\",\"id\":\"p\","
      + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/1\"},"
      + "\"performedDateTime\":\"2026-02-02\",\"code\":{\"text\":\"Radiofrequency ablation under"
      + " fluoroscopy\"},\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}]}";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "OPTIONS, /metadata", "PUT, /metadata", "DELETE, /metadata", "PATCH, /metadata",
      "POST, /metadata", "OPTIONS, /$facet-claims", "PUT, /$facet-claims",
      "PATCH, /$facet-claims", "GET, /$facet-claims", "DELETE, /Procedure/1",
      "PUT, /Procedure/1", "GET, /Procedure/1"})
  void everyMethodOnEveryPathGetsAnOperationOutcome(String method, String path)
      throws Exception {
    HttpResponse<String> r = send(method, path, "application/fhir+json",
        method.equals("GET") || method.equals("DELETE") || method.equals("OPTIONS") ? null
            : parameters(PROCEDURE));
    assertThat(r.statusCode()).as(r.body()).isIn(200, 400, 404, 405);
    if (r.statusCode() != 200) {
      assertThat(r.body()).as("%s %s", method, path).contains("OperationOutcome")
          .containsPattern("FCS-(400|404|405|001|005)");
    }
    assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("HAPI-");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "text/plain", "application/x-www-form-urlencoded",
      "application/fhir+json; charset=UTF-16", "application/fhir+json; charset=x-nonsense",
      "application/fhir+xml; charset=UTF-7", "application/fhir+json; charset=\"ISO-8859-1\""})
  void otherMediaTypesAndCharsetsAre415(String contentType) throws Exception {
    HttpResponse<String> r = send("POST", "/$facet-claims", contentType, parameters(PROCEDURE));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
    assertThat(r.body()).contains("OperationOutcome").contains("FCS-415");
  }

  @Test
  void utf8InAnyCaseIsServed() throws Exception {
    for (String type : new String[] {"application/fhir+json", "application/json;charset=utf-8",
        "application/fhir+json; charset=\"UTF-8\""}) {
      HttpResponse<String> r = send("POST", "/$facet-claims", type, parameters(PROCEDURE));
      assertThat(r.statusCode()).as(type + ": " + r.body()).isEqualTo(200);
    }
  }

  @Test
  void aUtf7DoctypeNeverReachesHapi() throws Exception {
    // '+ADw-' is '<' in UTF-7: a UTF-8 pre-check sees no DOCTYPE, a UTF-7 decoder does.
    String body = "<Parameters xmlns=\"http://hl7.org/fhir\">+ADw-!DOCTYPE x [+ADw-!ENTITY e"
        + " SYSTEM \"file:///etc/passwd\"+AD4-]+AD4-</Parameters>";
    HttpResponse<String> r = send("POST", "/$facet-claims", "application/fhir+xml;charset=UTF-7",
        body);
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body()).doesNotContain("root:");
  }

  @Test
  void xmlDepthHiddenByCommentsIs400NotAStackOverflow() throws Exception {
    StringBuilder sb = new StringBuilder("<Parameters xmlns=\"http://hl7.org/fhir\">");
    for (int i = 0; i < 5000; i++) {
      sb.append("<parameter><!-- </parameter> -->");
    }
    HttpResponse<String> r = send("POST", "/$facet-claims", "application/fhir+xml",
        sb.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("FCA-007");
  }

  @Test
  void bodiesOverTheElementBudgetAre413() throws Exception {
    StringBuilder sites = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      sites.append(i == 0 ? "" : ",").append("{\"text\":\"x\"}");
    }
    HttpResponse<String> r = send("POST", "/$facet-claims", "application/fhir+json",
        parameters(PROCEDURE.replace("{\"text\":\"Left L4-L5 facet joint\"}", sites)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(r.body()).contains("FCS-413: FCA-013");
    assertThat(server.limits().maxElements()).isEqualTo(2000);
  }

  /** Opens a request that promises a body and sends one byte of it. */
  static Socket slowClient(URI base) throws IOException {
    Socket s = new Socket(base.getHost(), base.getPort());
    OutputStream out = s.getOutputStream();
    out.write(("POST " + base.getPath() + "/$facet-claims HTTP/1.1\r\nHost: " + base.getHost()
        + "\r\nContent-Type: application/fhir+json\r\nContent-Length: 100000\r\n\r\n{")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  @Test
  void slowClientsCannotStarveTheOthers() throws Exception {
    // More slow clients than Jetty has threads (200): before the body reader, each held a
    // thread while its body trickled in, and the server answered nobody.
    URI base = URI.create(server.baseUrl());
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 260; i++) {
        slow.add(slowClient(base));
      }
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        HttpResponse<String> r = send("POST", "/$facet-claims", "application/fhir+json",
            parameters(PROCEDURE));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms, a guard against starvation")
            .isLessThan(10_000);
        for (Socket s : slow) {
          s.getOutputStream().write(' ');
        }
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aBodyThatDoesNotArriveInTimeIs408() throws Exception {
    try (StandaloneServer quick = StandaloneServer.builder().port(0)
        .bodyTimeout(Duration.ofSeconds(1)).build().start();
        Socket s = slowClient(URI.create(quick.baseUrl()))) {
      s.setSoTimeout(10_000);
      long start = System.nanoTime();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("FCS-408")
          .containsIgnoringCase("connection: close");
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(500L, 8_000L);
    }
  }

  /** A clock that takes its time: each Claim's creation waits, so a request stays in work. */
  static final class SlowClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Instant.parse("2026-11-27T12:00:00Z");
    }
  }

  @Test
  void requestsPastTheWorkLimitWaitThenGet503WithRetryAfter() throws Exception {
    FacetClaims slow = FacetClaims.builder().clock(new SlowClock()).build();
    try (StandaloneServer one = StandaloneServer.builder().port(0).facetClaims(slow)
        .maxConcurrentRequests(1).queue(0, Duration.ofSeconds(1)).build().start()) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(one.baseUrl() + "/$facet-claims"))
          .header("Content-Type", "application/fhir+json")
          .POST(HttpRequest.BodyPublishers.ofString(parameters(PROCEDURE))).build();
      CompletableFuture<HttpResponse<String>> first =
          http.sendAsync(req, HttpResponse.BodyHandlers.ofString());
      Thread.sleep(500);
      HttpResponse<String> second = http.send(req, HttpResponse.BodyHandlers.ofString());
      assertThat(second.statusCode()).as(second.body()).isEqualTo(503);
      assertThat(second.headers().firstValue("Retry-After")).isPresent();
      assertThat(second.body()).contains("OperationOutcome").contains("FCS-503");
      assertThat(first.get().statusCode()).isEqualTo(200);
      assertThat(first.get().body()).contains("\"Claim\"");
    }
  }
}
