package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's limits at, just under and just over each (request body, Bundle entries), and
 * what it tells callers who send what it does not serve: fixed messages without echoes of the
 * request, and no server or HAPI version.
 */
class ServerLimitsTest {
  static final int LIMIT = 4096;
  static StandaloneServer server;
  static HttpClient http;

  @BeforeAll
  static void start() {
    FacetClaims facet = FacetClaims.builder()
        .limits(InputLimits.DEFAULT.withMaxResources(5)).build();
    server = StandaloneServer.builder().port(0).maxBodyBytes(LIMIT).facetClaims(facet).build()
        .start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** A Parameters body of exactly {@code bytes} bytes with one Procedure. */
  static String body(int bytes) {
    String head = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\","
        + "\"resource\":{\"resourceType\":\"Procedure\",\"id\":\"p\",\"status\":\"completed\","
        + "\"subject\":{\"reference\":\"Patient/1\"},\"performedDateTime\":\"2026-02-02\","
        + "\"code\":{\"text\":\"Radiofrequency ablation under fluoroscopy\"},"
        + "\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}]}}]";
    String s = head + " ".repeat(bytes - head.length() - 1) + "}";
    assertThat(s.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
    return s;
  }

  static HttpResponse<String> post(String path, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/fhir+json").POST(body)
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A body sent chunked, without a Content-Length. */
  static HttpRequest.BodyPublisher chunked(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(b));
  }

  @ParameterizedTest(name = "{0} bytes against a limit of 4096")
  @ValueSource(ints = {LIMIT - 1, LIMIT})
  void bodiesAtOrUnderTheLimitAreServed(int bytes) throws Exception {
    for (HttpRequest.BodyPublisher p : new HttpRequest.BodyPublisher[] {
        HttpRequest.BodyPublishers.ofString(body(bytes)), chunked(body(bytes))}) {
      HttpResponse<String> r = post("/$facet-claims", p);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("\"resourceType\":\"Claim\"").contains("64635");
    }
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    HttpResponse<String> declared = post("/$facet-claims",
        HttpRequest.BodyPublishers.ofString(body(LIMIT + 1)));
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("FCS-413").contains("4097 bytes").contains("4096");
    HttpResponse<String> streamed = post("/$facet-claims", chunked(body(LIMIT + 1)));
    assertThat(streamed.statusCode()).isEqualTo(413);
    assertThat(streamed.body()).contains("FCS-413").contains("over the limit of 4096 bytes");
  }

  @Test
  void aClientStillSendingAFarLargerBodyGetsThe413() throws Exception {
    // 2 MB against 4 KB: the server answers before the client has sent it all. It reads and
    // drops the rest (up to its cap) first, so the client, which reads the answer only once
    // it has sent everything, is not cut off mid-send ("broken pipe", no answer).
    String big = body(2 << 20);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> declared = post("/$facet-claims",
          HttpRequest.BodyPublishers.ofString(big));
      assertThat(declared.statusCode()).isEqualTo(413);
      assertThat(declared.body()).contains("FCS-413");
      HttpResponse<String> streamed = post("/$facet-claims", chunked(big));
      assertThat(streamed.statusCode()).isEqualTo(413);
      assertThat(streamed.body()).contains("FCS-413");
    }
  }

  @Test
  void aBodyDeclaredPastTheDrainCapIsAnsweredWithoutReadingIt() throws Exception {
    // Headers that promise 1 GB, and not a byte of it: the answer comes at once, and the
    // connection is closed rather than read from.
    URI base = URI.create(server.baseUrl());
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST " + base.getPath() + "/$facet-claims HTTP/1.1\r\n"
          + "Host: " + base.getHost() + "\r\nContent-Type: application/fhir+json\r\n"
          + "Content-Length: " + (1L << 30) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close")
          .contains("FCS-413");
    }
    assertThat(BodyLimitFilter.DRAIN_MAX).isLessThan(1L << 30);
  }

  static String bundleBody(int entries) {
    StringBuilder sb = new StringBuilder("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":"
        + "\"resource\",\"resource\":{\"resourceType\":\"Bundle\",\"type\":\"collection\","
        + "\"entry\":[");
    for (int i = 0; i < entries; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p")
          .append(i).append("\"}}");
    }
    return sb.append("]}}]}").toString();
  }

  @Test
  void bundleEntriesOverTheLimitAre413() throws Exception {
    HttpResponse<String> at = post("/$facet-claims",
        HttpRequest.BodyPublishers.ofString(bundleBody(5)));
    assertThat(at.statusCode()).isEqualTo(200);
    assertThat(at.body()).contains("FC-503");
    HttpResponse<String> over = post("/$facet-claims",
        HttpRequest.BodyPublishers.ofString(bundleBody(6)));
    assertThat(over.statusCode()).isEqualTo(413);
    assertThat(over.body()).contains("FCS-413: FCA-012").contains("6 entries; the limit is 5");
  }

  @Test
  void unknownPathsAndMethodsGetFixedAnswersWithoutEcho() throws Exception {
    String marker = "Zanzibarova";
    HttpResponse<String> type = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
        + "/" + marker + "/1?name=" + marker)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(type.statusCode()).isEqualTo(404);
    assertThat(type.body()).contains("FCS-404").doesNotContain(marker);
    HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create(
        server.baseUrl().replace("/fhir", "/" + marker))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(outside.statusCode()).isEqualTo(404);
    assertThat(outside.body()).contains("OperationOutcome").contains("FCS-404")
        .doesNotContain(marker).doesNotContain("Jetty").doesNotContain("<html");
    HttpResponse<String> method = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
        + "/$facet-claims")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).contains("FCS-405").doesNotContain("HAPI");
    assertThat(method.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void noServerOrLibraryVersionIsAnnounced() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
        + "/metadata")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Server")).isEmpty();
    assertThat(r.headers().firstValue("X-Powered-By")).isEmpty();
  }
}
